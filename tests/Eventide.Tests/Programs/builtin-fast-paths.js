// Builtin fast paths (replace, split, sort, filter, join, slice, indexOf/includes, Array.from,
// number-to-string) against the general paths' edge cases: holes read through the prototype,
// fromIndex conversions that shorten the array, species, patched iteration, array-likes.
{
// replace
const s = 'a1b22c333d';
console.log(s.replace(/\d+/g, '[$&]'), s.replace(/(\d)(\d)?/g, '<$2$1>'), s.replace(/\d/, 'X'), s.replace(/z/g, 'q'));
console.log(s.replace(/(?<n>\d+)/g, '{$<n>}'), s.replace(/x*/g, '-'), '😀a😀'.replace(/(?:)/gu, '.'));
console.log(s.replace(/\d+/g, (m, i) => m.length + '@' + i), s.replace(/\d/y, 'Y'), 'aaa'.replace(/a/gy, 'b'));
const re = /b/g; re.lastIndex = 5; console.log('abcb'.replace(re, '$`|$\''), re.lastIndex);
console.log(RegExp.lastMatch, RegExp.$1, RegExp.input);
'x1y2'.replace(/(\d)/g, '$1'); console.log(RegExp.lastMatch, RegExp.$1);
// split
console.log('a,b,,c'.split(','), 'a,b,c'.split(',', 2), ''.split(','), ''.split(''), 'abc'.split(''), 'abc'.split('', 2), 'abc'.split(), 'a--b--'.split('--'), 'abc'.split(',', 0));
// sort
console.log([3, 1, undefined, 10, 2, , 'b', 'a'].sort(), [5, 1, 4].sort((a, b) => a - b), ['b', 'a', 'c', 'a'].sort());
const sp = [3, , 1, , 2]; sp.sort(); console.log(sp, sp.length, 1 in sp, 3 in sp);
const al = { length: 4, 0: 'd', 2: 'a', 3: undefined }; Array.prototype.sort.call(al); console.log(JSON.stringify(al));
console.log([1, 2, 3].toSorted((a, b) => b - a), [, 'b', 'a'].toSorted());
console.log(['ab', 'a', 'abcde', 'abcd', 'abcdf', 'abcd\0', '\uffff', ''].sort());
try { [3, 2, 1].sort(() => { throw new Error('cmp'); }); } catch (e) { console.log(e.message); }
const arr = [5, 4, 3, 2, 1]; arr.sort((a, b) => { arr.length = 0; return a - b; }); console.log(arr);
// filter
class MyA extends Array {} const ma = MyA.from([1, 2, 3, 4]).filter(x => x % 2); console.log(ma instanceof MyA, ma);
const fa = [1, 2, 3, 4, 5]; console.log(fa.filter((x, i, a) => { if (i === 0) a.push(6); a[3] = 9; return x > 1; }));
console.log([1, , 3].filter(() => true), Array.prototype.filter.call({ length: 3, 0: 'a', 2: 'c' }, x => x));
const g = [1, 2, 3]; Object.defineProperty(g, 1, { get() { return 42; } }); console.log(g.filter(x => x > 1));
console.log('Straße ǅ ΑΣ'.toUpperCase(), 'ΑΣ'.toLowerCase(), 'abc'.toUpperCase());
}
{
console.log([1,2,3].join(), [1,null,undefined,'x',{toString(){return 'o'}}].join('-'), [].join(), [,].join('+'), Array.prototype.join.call({length:3,0:'a',2:'c'}, '|'));
const cyc=[1,2]; cyc.push(cyc); console.log(cyc.join(';'));
const big = Array.from({length: 30000}, (_, i) => i); console.log(big.join('').length, big.join(', ').length);
try { const s = 'x'.repeat(1 << 20); const a = new Array(600).fill(s); a.join(''); console.log('no throw'); } catch (e) { console.log(e.constructor.name, e.message); }
// number to string
for (const v of [0, -0, 1, -1, 255, 256, 4095, 4096, -4096, 123456789, 2**53-1, 2**53, -(2**53), 1e21, 1.5, -0.1, NaN, Infinity, -Infinity, 1e-7])
  console.log(String(v), v.toString(2), v.toString(16), v.toString(36), v.toString(7));
console.log((255).toString(16), (-255).toString(2), (35).toString(36), (36).toString(36), (0.5).toString(2), (2**52+0.5).toString(3));
// indexOf / includes
const arr = ['a', 'b', NaN, 0, -0, undefined, 'b'];
console.log(arr.indexOf('b'), arr.indexOf('b', 2), arr.indexOf(NaN), arr.includes(NaN), arr.indexOf(-0), arr.includes(undefined), arr.indexOf('z'), arr.indexOf('b', -1), arr.includes('a', 100));
const holes = [1, , 3]; console.log(holes.indexOf(undefined), holes.includes(undefined));
Array.prototype[1] = 'P'; console.log(holes.indexOf('P'), holes.includes('P')); delete Array.prototype[1];
const shrink = [1, 2, 3, 4]; console.log(shrink.indexOf(4, { valueOf() { shrink.length = 1; return 0; } }), shrink.includes(undefined, { valueOf() { return 0; } }));
const shrink2 = [1, 2, 3, 4]; console.log(shrink2.includes(undefined, { valueOf() { shrink2.length = 1; return 0; } }));
Array.prototype[3] = 'Q'; const sh3 = [1, 2, 3, 4]; console.log(sh3.includes('Q', { valueOf() { sh3.length = 1; return 0; } }), sh3.indexOf('Q', { valueOf() { sh3.length = 4; sh3.length = 1; return 0; } })); delete Array.prototype[3];
console.log(Array.prototype.indexOf.call({length: 2, 0: 'x', 1: 'y'}, 'y'), Array.prototype.includes.call('abc', 'c'));
// Array.from
const src = [1, 2, 3]; const f1 = Array.from(src); f1.push(4); console.log(src, f1, Array.from([1, , 3]), Array.from(src, x => x * 2), Array.from('héllo'), Array.from(new Set([1, 1, 2])));
class B extends Array {} console.log(B.from(src) instanceof B, B.from(src).length);
const own = [1, 2]; own[Symbol.iterator] = function* () { yield 'own'; }; console.log(Array.from(own));
const saved = Array.prototype[Symbol.iterator]; Array.prototype[Symbol.iterator] = function* () { yield 'patched'; }; console.log(Array.from([1, 2])); Array.prototype[Symbol.iterator] = saved;
const itp = Object.getPrototypeOf([][Symbol.iterator]()); const nx = itp.next; itp.next = function () { const r = nx.call(this); if (!r.done) r.value = r.value * 10; return r; }; console.log(Array.from([1, 2])); itp.next = nx;
console.log(Array.from(src) !== src, Object.getPrototypeOf(Array.from(src)) === Array.prototype);
}
// slice
const sl = [1, 2, 3, 4, 5]; const c1 = sl.slice(1, 3); c1.push(9); console.log(sl, c1, sl.slice(-2), sl.slice(3, 1), sl.slice(10), [1, , 3].slice(), Array.prototype.slice.call({ length: 2, 0: 'a', 1: 'b' }));
const sl2 = [1, 2, 3, 4]; console.log(sl2.slice({ valueOf() { sl2.length = 1; return 3; } }), sl2.slice(0, { valueOf() { sl2.length = 0; return 2; } }));
class S extends Array {} console.log(S.from([1, 2, 3]).slice(1) instanceof S);
const sp2 = [1, 2, 3]; sp2.constructor = { [Symbol.species]: function (n) { return { length: 0, n }; } }; console.log(JSON.stringify(sp2.slice(1)), JSON.stringify(sp2.filter(x => x > 1)));

// Array.prototype.sort / toSorted without a comparator: ToString order by UTF-16 code units,
// stable, undefined last, holes removed to the end.
const show = (label, a) => console.log(label, JSON.stringify(a), a.length);
show('strings', ['b', 'a', 'B', 'A', '', 'aa', 'a', '\u00e9', 'e', 'z', '\ud83d\ude00', '\uffff'].sort());
show('numbers as strings', [10, 9, 1, 100, -1, -10, 0, -0, 2.5, 1e21, NaN, Infinity].sort());
const mixed = [1, '1', 2, '2', 1, '1', true, 'true', null, 'null'];
show('stable for equal strings', mixed.slice().sort().map(v => typeof v + ':' + v));
show('undefined and holes', [3, undefined, , 1, undefined, , 2].sort());
const holey = [3, , 1];
holey.sort();
console.log('holes moved', 0 in holey, 1 in holey, 2 in holey, holey.length);
const objs = [{ toString() { return 'b'; }, id: 1 }, { toString() { return 'a'; }, id: 2 }, { toString() { return 'b'; }, id: 3 }];
show('objects by toString', objs.sort().map(o => o.id));
let conversions = 0;
const counted = [{ toString() { conversions++; return 'x'; } }, { toString() { conversions++; return 'y'; } }];
counted.sort();
console.log('toString called per element at least once', conversions >= 2);
try { [Symbol('s'), 'a'].sort(); } catch (e) { console.log(e.constructor.name, e.message); }
show('toSorted', ['c', undefined, 'a', , 'b'].toSorted());
const big = [];
for (let i = 0; i < 5000; i++) big.push('k' + ((i * 7919) % 1009));
const sorted = big.slice().sort();
let ordered = true;
for (let i = 1; i < sorted.length; i++) if (sorted[i - 1] > sorted[i]) ordered = false;
console.log('big', ordered, sorted[0], sorted[sorted.length - 1], sorted.indexOf('k5'), sorted.lastIndexOf('k5'));
const bigMixed = [];
for (let i = 0; i < 300; i++) bigMixed.push(i % 3 === 0 ? i % 10 : String(i % 10));
console.log('big mixed stable', bigMixed.sort().map(v => typeof v === 'number' ? 'n' : 's').join('').slice(0, 60));
const like = { length: 4, 0: 'd', 1: 'a', 3: 'c' };
Array.prototype.sort.call(like);
console.log('array-like', JSON.stringify(like));
console.log('comparator', [5, 1, 10, 2].sort((a, b) => a - b).join(), [5, 1, 10, 2].sort((a, b) => b - a).join(), ['b', 'a'].sort(() => 0).join());
show('shared prefixes and NUL', ['abcd2', 'ab\0', 'ab', 'abcd10', 'abcd1', 'ab\0\0x', 'abc', 'abcd', 'ab\0', '\0', '', 'abcd1', 'b', 'a\uffff', 'a\ud800'].sort());
const prefixed = [];
for (let i = 0; i < 200; i++) prefixed.push('item_' + ((i * 37) % 101));
console.log('long common prefix', prefixed.sort().slice(0, 8).join(), prefixed.slice(-3).join());

// forEach, map, filter, some, every, the find family and reduce called from script run their
// callbacks as frames of the caller's dispatch loop (each return hands the result to the builtin's
// loop, which runs the same frame again). Everything a callback can see must be as when the
// builtin calls it from .NET: arguments, this, scopes, throws, and what the loop's own steps throw.
const data = [1, 2, 3, , 5];
let s = 0;
data.forEach(x => { s += x; });
console.log(s, data.map(x => x * 2), data.filter(x => x % 2), data.some(x => x > 4), data.every(x => x > 0));
console.log(data.find(x => x > 2), data.findIndex(x => x === undefined), data.findLast(x => x < 3), data.findLastIndex(x => x > 100));
console.log(data.reduce((a, x) => a + x), data.reduceRight((a, x) => a + ',' + x, 'r'), [].reduce((a, b) => a, 7), [].map(x => x));
try { [].reduce((a, b) => a); } catch (e) { console.log(e.constructor.name, e.message); }
try { [1].forEach(5); } catch (e) { console.log(e.constructor.name, e.message); }

// this: a sloppy function's primitive this is wrapped on every call, a strict one's is not.
function sloppyThis() { return typeof this; }
console.log([1, 2].map(sloppyThis, 5), [1, 2].map(function () { 'use strict'; return typeof this; }, 5));
const wrappers = [1, 2].map(function () { return this; }, 'w');
console.log(wrappers[0] === wrappers[1], String(wrappers[0]));
console.log([1].map(function () { return this.k; }, { k: 'K' }));

// Parameter lists: more or fewer than passed, defaults, rest, patterns, arguments (the .NET path).
console.log([1, 2].map(function (a, b, c, d) { return [a, b, c.length, d, arguments.length]; }));
console.log([1, 2].map((a, b = 10, ...r) => [a, b, r.length]));
console.log([[1, 2], [3, 4]].map(([a, b]) => a + b), [{ v: 1 }].map(({ v, w = 'w' }) => v + w));
console.log([5, 6].reduce(function (acc, x) { return acc + arguments.length + x; }, ''));
console.log([1, 2, 3].map((v, i) => { let x; var y; if (i === 1) { x = 'set'; y = 'set'; } return `${x}/${y}`; }));
console.log([1, 2, 3].map((v, i, a) => { v = 'reassigned'; a = null; return i; }), [4, 5].filter((v, i) => { v = 0; return i === 1; }));

// Callbacks the loop does not run as frames go through the builtin's own loop.
console.log(['1', '2', '3'].map(Number), [1, 2].map(function (x) { return x + this.d; }.bind({ d: 1 })));
console.log([1, 2].map(async x => x).every(p => p instanceof Promise), [1, 2].map(function* () {}).length);
class K {}
try { [1].map(K); } catch (e) { console.log(e.constructor.name, e.message); }

// Throws: from the callback (its own handlers first, then the caller's), and from the loop's own
// steps after a callback returned (a getter, a species' non-writable index), which the callback's
// handlers must not see.
try { [1, 2, 3].forEach(x => { if (x === 2) throw new Error('boom ' + x); }); } catch (e) { console.log('caught', e.message); }
console.log([1, 2].map(x => { try { throw x; } catch (e) { return e * 10; } finally { s++; } }), s);
const withGetter = { length: 3, 0: 'a', get 1() { throw new Error('getter'); }, 2: 'c' };
for (const method of ['forEach', 'map', 'filter', 'some', 'every', 'find', 'findIndex', 'reduce']) {
  try {
    Array.prototype[method].call(withGetter, (x, y) => { try { return method === 'some' ? false : x || y; } catch (e) { console.log('wrong handler'); } }, 'init');
  } catch (e) { console.log(method, 'threw', e.message); }
}
class Frozen extends Array { static get [Symbol.species]() { return function () { return Object.freeze([]); }; } }
try { Frozen.from([1, 2]).map(x => { try { return x; } catch { console.log('wrong handler'); } }); } catch (e) { console.log(e.constructor.name); }
function thrower() { [1].forEach(() => { null.x; }); }
try { thrower(); } catch (e) { console.log(e.message, e.stack.split('\n')[1].trim().split('/').pop()); }

// Scopes: each call gets its own, closures keep them; nested loops and recursion.
const fns = [];
[1, 2, 3].forEach(x => { let y = x * 10; fns.push(() => y); });
console.log(fns.map(f => f()));
console.log([1, 2, 3].map(x => [x, x + 1].map(y => y * x).reduce((a, b) => a + b)));
function depth(n) { return n === 0 ? 0 : [n - 1].map(depth)[0] + 1; }
console.log(depth(200));
function runaway(n) { return [n].map(runaway)[0]; }
try { runaway(1); } catch (e) { console.log(e instanceof RangeError, e.message); }

// The array changes under the loop: the length is read once, elements as they are reached.
const m = [1, 2, 3, 4];
console.log(m.map((x, i, a) => { if (i === 0) { a.pop(); a[1] = 20; } return x; }));
const grow = [1, 2];
grow.forEach((x, i, a) => { if (a.length < 6) a.push(x * 10); });
console.log(grow);
const sparse = [];
sparse[5000] = 'last';
let visits = 0;
sparse.forEach(() => visits++);
console.log(visits, sparse.findIndex(x => x === 'last'), sparse.filter(() => true));

// Early exits and the results of each.
let calls = 0;
console.log([1, 2, 3, 4].every(x => (calls++, x < 2)), calls, [1, 2, 3].some(x => x === 2), [0, '', null].some(x => x));
console.log([1, 2, 3].findLast(x => x < 3), [1, 2, 3].findLastIndex(x => x > 5), [3, 4].find(x => x > 3));
console.log(Array.prototype.map.call('abc', c => c.toUpperCase()), Array.prototype.filter.call({ length: 2, 0: 'x', 1: 'y' }, x => x === 'y'));

// Inside async functions and generators, and a callback that awaits nothing but returns a promise.
async function inAsync() { await null; return [1, 2].map(x => x + 1); }
inAsync().then(v => console.log('async', v));
function* gen() { yield* [1, 2].map(x => x * 3); }
console.log([...gen()]);
const spreadArgs = [[1, 2], [3, 4]];
console.log(spreadArgs.map(pair => Math.max(...pair)), spreadArgs.map(pair => new Set(pair).size));

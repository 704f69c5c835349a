// for-of over arrays: the element goes straight to the loop's variable while iteration is the
// default; holes, growth and shrinking during the loop, nested and labeled loops, early exits,
// a throwing hole getter, and patched iteration must all behave as the spec's iterator would.
'use strict';
const out = [];
for (const x of [1, , 3]) out.push(x);
const grow = [1, 2];
for (const x of grow) { out.push(x); if (grow.length < 5) grow.push(x * 10); }
const shrink = [1, 2, 3, 4, 5];
for (const x of shrink) { out.push(x); shrink.length = 3; }
for (const row of [[1, 2], [3, 4]]) for (const cell of row) out.push(cell);
outer: for (const x of [5, 6, 7]) { for (const y of [8, 9]) { if (y === 9) continue outer; if (x === 7) break outer; out.push(x * y); } }
console.log('arrays', out.join());

let loops = 0;
function firstBig(list) { for (const n of list) { loops++; if (n > 10) return n; } return -1; }
console.log('early return', firstBig([1, 20, 30]), firstBig([]), firstBig([3]), loops);

let sum = 0;
for (let round = 0; round < 2000; round++) for (const v of [round, 1, 2]) sum += v;
console.log('hot loop', sum);

function* twice() { yield 'g1'; yield 'g2'; }
const mixed = [];
for (const source of [[1, 2], twice(), new Set(['s']), 'ab', [3].values()]) for (const v of source) mixed.push(v);
console.log('mixed sources', mixed.join());

Object.defineProperty(Array.prototype, 1, { get() { throw new Error('hole getter at length ' + this.length); }, configurable: true });
function collect(a) {
  const seen = [];
  try { for (const x of a) seen.push(x); } catch (e) { return 'caught ' + e.message + ' after ' + seen.join(); }
  return seen.join();
}
console.log('throwing hole', collect([1, , 3]), collect([1, 2, 3]));
delete Array.prototype[1];

const patched = [];
const original = Array.prototype[Symbol.iterator];
for (let i = 0; i < 4; i++) {
  if (i === 2) Array.prototype[Symbol.iterator] = function* () { yield 'patched'; };
  for (const v of [i]) patched.push(v);
}
Array.prototype[Symbol.iterator] = original;
const ArrayIteratorPrototype = Object.getPrototypeOf([][Symbol.iterator]());
const originalNext = ArrayIteratorPrototype.next;
ArrayIteratorPrototype.next = function () { const r = originalNext.call(this); if (!r.done) r.value = 'via next ' + r.value; return r; };
for (const v of [7]) patched.push(v);
ArrayIteratorPrototype.next = originalNext;
for (const v of [8]) patched.push(v);
console.log('patched iteration', patched.join());

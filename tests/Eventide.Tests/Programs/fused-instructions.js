// The dispatch loop runs some instruction pairs and triples as one step (a comparison and its
// conditional jump, x++ as a statement, x op= y as a statement, o[k]++ as a statement) and reads
// and writes typed-array elements in place. Each case here checks a value or an order of side effects
// those shortcuts must keep.
const log = [];

// Comparisons feeding jumps, with numbers, NaN and non-numbers (valueOf runs once, in order).
const values = [1, 2, NaN, -0, 0, '3', null, undefined, { valueOf() { log.push('valueOf'); return 2; } }];
let pairs = [];
for (const a of values) for (const b of values) {
  pairs.push(`${a < b ? 1 : 0}${a <= b ? 1 : 0}${a > b ? 1 : 0}${a >= b ? 1 : 0}${a === b ? 1 : 0}${a !== b ? 1 : 0}`);
  if (!(a < b)) pairs.push('n');
  while (a === b) { pairs.push('eq'); break; }
}
console.log(pairs.join(' '), log.length);

// x++ / x-- as statements, on numbers, strings, BigInts, objects, and on a const.
let i = 0, s = '5', big = 10n, o = { valueOf() { log.push('o'); return 7; } };
i++; i++; i--; s++; big++; o++;
console.log(i, s, typeof s, big, o, log.slice(-1));
let neg = -0; neg++; neg--; console.log(Object.is(neg, 0), Object.is(-0 + 0, 0));
const c = 1;
try { c++; } catch (e) { console.log(e.constructor.name, e.message); }
try { c += 1; } catch (e) { console.log(e.constructor.name, e.message); }
let tdz = () => { late++; }; try { tdz(); } catch (e) { console.log(e.constructor.name, e.message); }
let late = 1; tdz(); console.log(late);

// x op= y as a statement: every operator, and the right side evaluated after the left is read.
let x = 6, trace = [];
x += 1; x -= 2; x *= 3; x /= 5; x %= 2; x **= 3; x <<= 4; x >>= 1; x >>>= 1; x &= 7; x |= 8; x ^= 3;
console.log(x);
let y = 1;
y += (y = 10, 5); console.log(y);
let str = 'a'; str += 1; str += null; str += {}; console.log(str);

// o.x++ / o[k]++ as statements: getter and setter in order, once each.
const target = {
  get p() { trace.push('get'); return 1; },
  set p(v) { trace.push('set ' + v); },
};
const key = 'p';
target.p++; target[key]++; target[key]--; ++target.p;
console.log(trace.join(','));
const arr = [1, 2, 3]; arr[1]++; arr[5]++; arr.length++; console.log(arr, arr.length);
const frozen = Object.freeze({ n: 1 }); frozen.n++; console.log(frozen.n);
(function () { 'use strict'; try { frozen.n++; } catch (e) { console.log(e.constructor.name, e.message); } })();
try { null[0]++; } catch (e) { console.log(e.constructor.name, e.message); }
class K { #n = 1; static s = 0; bump() { this.#n++; K.s++; return this.#n; } }
console.log(new K().bump(), K.s);

// Typed-array elements: types, conversions, and every key that is not an in-bounds integer.
const types = [Int8Array, Uint8Array, Uint8ClampedArray, Int16Array, Uint16Array, Int32Array, Uint32Array, Float32Array, Float64Array];
for (const T of types) {
  const ta = new T(4);
  ta[0] = 300.7; ta[1] = -1.5; ta[2] = NaN; ta[3] = 2 ** 40 + 3;
  ta[-0] += 1; ta[4] = 9; ta[1.5] = 9; ta[-1] = 9; ta['2'] ^= 1;
  let sum = 0;
  for (let k = 0; k < ta.length; k++) sum += ta[k];
  console.log(T.name, Array.from(ta).join(','), sum, ta[4], ta[-0], ta[1.5], ta[NaN], Object.is(new Float64Array([NaN])[0], NaN));
}
const counts = new Uint32Array(4);
for (let k = 0; k < 10; k++) counts[k & 3]++;
console.log(counts.join(','));
const rab = new ArrayBuffer(8, { maxByteLength: 16 });
const fixed = new Uint8Array(rab, 0, 8), tracking = new Uint8Array(rab);
fixed[7] = 7; rab.resize(4);
console.log(fixed[0], fixed.length, tracking[3], tracking.length, fixed[7]);
fixed[0] = 1; console.log(tracking[0]);
rab.resize(16); fixed[7] = 8; tracking[15] = 15; console.log(fixed[7], tracking[15], tracking.length);
const detached = new Float64Array(new ArrayBuffer(16));
structuredClone(detached.buffer, { transfer: [detached.buffer] });
detached[0] = 1; console.log(detached[0], detached.length);
const sub = new Uint8Array(new ArrayBuffer(8), 4, 2); sub[0] = 5; sub[2] = 6; console.log(sub[0], sub[2], new Uint8Array(sub.buffer).join(''));
Object.defineProperty(Uint8Array.prototype, 'length', { get() { return 2; }, configurable: true });
let seen = 0; const u = new Uint8Array(5); for (let k = 0; k < u.length; k++) seen++;
console.log(seen);
delete Uint8Array.prototype.length;
seen = 0; for (let k = 0; k < u.length; k++) seen++;
console.log(seen);

// A small integer literal and the operator after it, on numbers and on everything else.
const operands = [5, -5, -0, 0.5, NaN, Infinity, 2 ** 32 + 7, -(2 ** 31) - 1, '7', '', null, undefined, true, 3n, [2], { valueOf: () => 9 }];
const results = [];
for (const v of operands) {
  const row = [];
  try { row.push(v + 1, v - 1, v * 3, v % 2, v & 255, v | 1, v ^ 3, v << 13, v >> 2, v >>> 17); } catch (e) { row.push(e.constructor.name); }
  try { row.push(v < 1, v > 1, v <= 0, v >= 0, v === 5, v !== 5); } catch (e) { row.push(e.constructor.name); }
  let branches = '';
  if (v < 1) branches += 'a'; if (v > 1) branches += 'b'; if (v <= 0) branches += 'c'; if (v >= 0) branches += 'd';
  if (v === 5) branches += 'e'; if (v !== 5) branches += 'f'; while (v === -5) { branches += 'g'; break; }
  row.push(branches);
  results.push(row.map(r => Object.is(r, -0) ? '-0' : String(r)).join(' '));
}
console.log(results.join('\n'));
let count = 0;
for (let k = 0; k < 10; k++) for (let j = 10; j > 0; j -= 3) if (j % 2 === 1) count++;
console.log(count);

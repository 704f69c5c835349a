// Element reads and writes of every Number element type (the dispatch loop reads and writes them in
// place), with integer, fractional, negative, out-of-range and non-finite values and keys.
const types = [Int8Array, Uint8Array, Uint8ClampedArray, Int16Array, Uint16Array, Int32Array, Uint32Array, Float32Array, Float64Array];
const values = [0, 1, -1, 127, 128, 255, 256, -129, 65535, 65536, -32769, 2147483647, 2147483648, -2147483649, 4294967295, 1.5, -1.5, 0.1, NaN, Infinity, -Infinity, -0, 1e10];
for (const T of types) {
  const a = new T(4); const out = [];
  for (const v of values) { a[1] = v; out.push(a[1]); a[2] = v; a[2]++; out.push(a[2]); out.push(Object.is(a[1], -0)); }
  out.push(a[-0], a[4], a[1.5], a["1"], a[-1], a.length);
  console.log(T.name, out.join(','));
}
const buffer = new ArrayBuffer(8, { maxByteLength: 16 });
const tracking = new Uint8Array(buffer); tracking[3] = 9; console.log(tracking[3], tracking.length);
buffer.resize(2); console.log(tracking[3], tracking.length);
const fixed = new Uint16Array(new ArrayBuffer(16), 4, 2); fixed[0] = 0x1234; fixed[1] = -1; fixed[2] = 5; console.log(fixed[0], fixed[1], fixed[2], fixed.length);
class Longer extends Uint8Array { get length() { return 42; } }
console.log(new Longer(3).length);
const shadowed = new Uint8Array(2); Object.defineProperty(shadowed, 'length', { value: 7 }); console.log(shadowed.length);
console.log({ length: 7 }.length, 'abc'.length, [1, 2].length, (function (a, b) {}).length);
const { length } = [1, 2, 3]; console.log(length);
let s = 'ab'; for (let i = 0; i < 3; i++) s += 'x'; console.log(s.length);
try { null.length; } catch (e) { console.log(e.message); }
try { let u; u.length; } catch (e) { console.log(e.message); }

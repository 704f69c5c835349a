// The dispatch loop reads and writes a typed array's element in place when the key is a Number
// that is an integer index inside a fixed-length view over a live buffer; every other key (NaN,
// -0, fractions, out of range, 2^31 and beyond) and every other view (length-tracking, shrunk,
// detached) must behave exactly as [[Get]]/[[Set]] do: undefined reads, ignored writes.
const keys = [0, -0, 1, 3, 4, 5, -1, 1.5, NaN, Infinity, -Infinity, 2 ** 31, -(2 ** 31), 2 ** 32, 2 ** 32 + 1, 2 ** 53, 1e-300];
const show = v => Object.is(v, -0) ? '-0' : String(v);

function readAll(view) { const out = []; for (const k of keys) out.push(show(view[k])); return out.join(','); }
function writeAll(view, value) { for (const k of keys) view[k] = value; return Array.from(view, show).join(','); }
function bump(view) { for (let i = 0; i < view.length + 2; i++) view[i]++; return Array.from(view, show).join(','); }

for (const C of [Uint8Array, Int8Array, Uint8ClampedArray, Int16Array, Uint16Array, Int32Array, Uint32Array, Float32Array, Float64Array]) {
  const buffer = new ArrayBuffer(6 * C.BYTES_PER_ELEMENT);
  const view = new C(buffer, C.BYTES_PER_ELEMENT, 4); // an offset view: element 0 is the buffer's second
  for (let i = 0; i < 4; i++) view[i] = i * 100 - 150.75;
  console.log(C.name, readAll(view), writeAll(view, 2 ** 31 + 7.5), bump(view), new C(buffer).join(','));
  view[2] = NaN; view[3] = -0;
  console.log(C.name, show(view[2]), show(view[3]), Object.keys(view).join(','));
}

// A resizable buffer: a fixed-length view goes out of bounds when it shrinks, a length-tracking one follows it.
const rab = new ArrayBuffer(8, { maxByteLength: 16 });
const fixed = new Uint8Array(rab, 2, 4), tracking = new Uint8Array(rab, 2);
function fill(view, n) { for (let i = 0; i < n; i++) view[i] = i + 1; let s = 0; for (let i = 0; i < n; i++) s += view[i] ?? 100; return s; }
console.log(fill(fixed, 6), fill(tracking, 8), fixed.length, tracking.length);
rab.resize(4);
console.log(fill(fixed, 6), fill(tracking, 8), fixed.length, tracking.length, readAll(fixed), readAll(tracking));
rab.resize(16);
console.log(fill(fixed, 6), fill(tracking, 16), fixed.length, tracking.length, Array.from(new Uint8Array(rab)).join(','));

// A detached buffer: every element read is undefined and every write is ignored.
const source = new Float64Array([1.5, 2.5, 3.5]);
const moved = structuredClone(source.buffer, { transfer: [source.buffer] });
console.log(fill(source, 3), readAll(source), source.length, new Float64Array(moved).join(','));

// indexOf / lastIndexOf / includes on every Number element type with edge values (searched in place), subarrays, and a fromIndex whose valueOf shrinks the buffer
const types = [Int8Array, Uint8Array, Uint8ClampedArray, Int16Array, Uint16Array, Int32Array, Uint32Array, Float32Array, Float64Array];
const probes = [0, -0, 1, -1, 127, 128, 255, 256, -128, -129, 65535, -32768, 2 ** 31 - 1, -(2 ** 31), 2 ** 32 - 1, 2 ** 32, 0.5, 1.1, NaN, Infinity, -Infinity, 3.4028234663852886e38, 1e-45, '1', undefined, null, 1n];
const out = [];
for (const T of types) {
  const a = new T([0, 1, -1, 127, 128, 255, 256, -128, 65535, -32768, 2 ** 31 - 1, 2 ** 32 - 1, 0.5, 1.1, NaN, Infinity, -0, 1, 0]);
  for (const p of probes) out.push(`${T.name} ${String(p)}: ${a.indexOf(p)} ${a.lastIndexOf(p)} ${a.includes(p)} ${a.indexOf(p, 3)} ${a.indexOf(p, -3)} ${a.lastIndexOf(p, 5)} ${a.lastIndexOf(p, -4)} ${a.includes(p, 10)}`);
}
// subarrays (byte offsets), empty ranges, fromIndex edge values
const base = new Uint16Array([5, 6, 7, 5, 6, 7]);
const sub = base.subarray(2, 5);
out.push(sub.indexOf(5), sub.lastIndexOf(7), sub.includes(6), sub.indexOf(7, 100), sub.lastIndexOf(7, -100), sub.indexOf(5, -Infinity), sub.lastIndexOf(5, Infinity));
// fromIndex's valueOf runs first, also for a search value of another type; it may shrink the buffer
const rab = new ArrayBuffer(8, { maxByteLength: 16 });
const ta = new Uint8Array(rab);
ta.set([1, 2, 3, 4, 5, 6, 7, 8]);
out.push(ta.indexOf(8, { valueOf() { rab.resize(4); return 0; } }));
rab.resize(8); ta.set([1, 2, 3, 4, 5, 6, 7, 8]);
out.push(ta.includes(3, { valueOf() { rab.resize(2); return 0; } }));
rab.resize(8);
out.push(ta.includes(undefined, { valueOf() { rab.resize(2); return 0; } }));
rab.resize(8); ta.set([1, 2, 3, 4, 5, 6, 7, 8]);
out.push(ta.lastIndexOf(2, { valueOf() { rab.resize(3); return 7; } }));
const seen = [];
new Uint8Array(2).indexOf('x', { valueOf() { seen.push('valueOf'); return 0; } });
out.push(seen.join());
const big = new Uint8Array(100000); big[99999] = 9; big[50000] = 9;
out.push(big.indexOf(9), big.lastIndexOf(9), big.indexOf(9, 50001), big.includes(10));
console.log(out.join('\n'));

// Typed arrays: a byte histogram over a 4 MB Uint8Array (xorshift-filled) and a 120×120 Float64Array matrix multiply.
function fill(bytes) {
  let x = 2463534242;
  for (let i = 0; i < bytes.length; i++) {
    x ^= x << 13; x ^= x >>> 17; x ^= x << 5;
    bytes[i] = x & 0xff;
  }
}
function histogram(bytes) {
  const counts = new Uint32Array(256);
  for (let i = 0; i < bytes.length; i++) counts[bytes[i]]++;
  return counts;
}
function multiply(a, b, n) {
  const c = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    for (let k = 0; k < n; k++) {
      const aik = a[i * n + k];
      for (let j = 0; j < n; j++) c[i * n + j] += aik * b[k * n + j];
    }
  }
  return c;
}
const bytes = new Uint8Array(4 * 1024 * 1024);
fill(bytes);
const counts = histogram(bytes);
let most = 0;
for (let v = 1; v < 256; v++) if (counts[v] > counts[most]) most = v;
const n = 120;
const a = new Float64Array(n * n), b = new Float64Array(n * n);
for (let i = 0; i < n * n; i++) { a[i] = (i % 7) - 3; b[i] = (i % 5) * 0.5; }
const c = multiply(a, b, n);
let trace = 0;
for (let i = 0; i < n; i++) trace += c[i * n + i];
console.log('checksum', counts[0], most, counts[most], trace);

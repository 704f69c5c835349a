// Buffer: base64 and hex round trips of a 1 MB buffer (xorshift-filled), 40 times, and a
// utf8 encode/decode of a mixed-script string; prints a checksum so the engines can be compared.
const size = 1024 * 1024;
const bytes = Buffer.alloc(size);
let x = 88172645;
for (let i = 0; i < size; i++) {
  x ^= x << 13; x ^= x >>> 17; x ^= x << 5;
  bytes[i] = x & 0xff;
}
let sum = 0;
for (let round = 0; round < 40; round++) {
  const text = bytes.toString(round % 2 ? 'hex' : 'base64');
  const back = Buffer.from(text, round % 2 ? 'hex' : 'base64');
  if (!back.equals(bytes)) throw new Error('round trip failed');
  sum = (sum + text.length + back[round * 997]) % 1000000007;
}
const mixed = 'héllo wörld, 你好, 🎉 '.repeat(20000);
for (let round = 0; round < 20; round++) {
  const encoded = Buffer.from(mixed, 'utf8');
  sum = (sum + encoded.length + encoded.toString('utf8').length) % 1000000007;
}
console.log(sum);

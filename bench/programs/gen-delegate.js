// Deep yield* delegation: every value crosses 40 generator frames.
function* leaf(n) { for (let i = 0; i < n; i++) yield i; return n; }
function* level(depth, n) { return depth === 0 ? yield* leaf(n) : yield* level(depth - 1, n); }
let sum = 0, count = 0;
const it = level(40, 100000);
for (let r = it.next(); !r.done; r = it.next()) { sum = (sum + r.value) % 1000000007; count++; }
console.log('checksum', sum, count);

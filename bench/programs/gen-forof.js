// A generator consumed by for-of: millions of yields.
function* range(n) { for (let i = 0; i < n; i++) yield i; }
let sum = 0;
for (const x of range(3000000)) sum = (sum + x) % 1000000007;
console.log('checksum', sum);

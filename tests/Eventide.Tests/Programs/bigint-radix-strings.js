// BigInt.prototype.toString in every power-of-two radix and others, signs and chunk edges; a BigInt
// near the size bound whose binary digits would exceed the longest string fails as V8 does.
const values = [0n, 1n, -1n, 255n, -256n, 2n ** 64n + 5n, -(2n ** 127n) - 99n, 0x123456789abcdef0123456789n, 7n, -8n, 2n ** 62n - 1n, -(2n ** 62n)];
for (const v of values) console.log([2, 4, 8, 16, 32, 36, 10, 3, 7].map(r => v.toString(r)).join(' '));
const wide = (1n << 4000n) - 1n;
for (const r of [2, 8, 16, 32]) { const s = wide.toString(r); console.log(r, s.length, s.slice(0, 4), s.slice(-4), BigInt.asUintN(4000, -1n).toString(r) === s); }
const m = -(1n << (2n ** 30n - 2n));
try { console.log(m.toString(2).length); } catch (e) { console.log(e.constructor.name, e.message); }

// A bitwise result taken straight by the operator after it (the dispatch loop's bitwiseResult), and the cases it must leave alone.
let x = 2463534242, y = 7, s = "s", o = {valueOf() { return 3; }};
console.log(x ^ (x << 13), x ^ (x >>> 17), y + (x & 255), y - (x | 1), y * (x >> 3), y / (x & 7), y % (x & 5));
console.log(y < (x & 3), y > (x & 3), y === (y | 0), y !== (y | 0), y <= (x ^ x), y >= (x >>> 30));
console.log(s + (x & 255), o + (x & 1), o ^ (x << 2), 1n + 2n, (y << 1) + (y << 2), ((y << 1) | 1) << 1);
for (let i = 0; i < 5; i++) { if (i < (y & 3)) console.log('lt', i); else console.log('ge', i); }
let a = [1, 2]; console.log(a[0] ^ (a[1] << 3), (x | 0) ^ (x >> 5) ^ (x << 7));

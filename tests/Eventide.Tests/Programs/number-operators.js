// Number operators on the fast paths (fused operands, a StoreLocal or jump after the operator,
// negated literals folded into constants, ToInt32 by one conversion) against their general cases.
const edges = [0, -0, 0.5, -0.5, 1.9, -1.9, 2147483647, 2147483648, -2147483648, -2147483649,
  4294967295, 4294967296, 4294967297, 2463534242, -2463534242, 2 ** 52 + 0.5, 2 ** 53, -(2 ** 53) - 2,
  2 ** 62 + 2 ** 40 + 7, 2 ** 63, -(2 ** 63), 2 ** 64 + 4096, 1e20, -1e20, 1e300, -1e300,
  Number.MAX_VALUE, Number.MIN_VALUE, NaN, Infinity, -Infinity];
for (const x of edges) {
  console.log(String(x), x | 0, x >>> 0, ~x, x >> 1, x << 3, x ^ -1, x & 0xff, -x, Object.is(-x, -0));
}
// Literals negated at compile time, and negation of everything else at run time.
const y = 7;
console.log(-5, -0, Object.is(-0, 0), 1 / -0, -1.5, -(3), - -4, -(-0), y * -1, y ^ -5, y - -2, -y, ~y, ~-y, (-y) ** 2);
console.log((-2) ** 2, (-2) ** 3, -(2 ** 2), [-1, -2.5].map(v => v * -1), { [-1]: 'neg key' }[-1]);
console.log(-'3', ~'5', -null, ~undefined, -true, ~[], -{ valueOf() { return 2; } }, -10n, ~10n, -(-(2n ** 70n)));
switch (-1) { case -1: console.log('case -1'); break; default: console.log('default'); }
// Results stored straight into a local, in loops.
let h = 2463534242, s = 0, p = 1, q = 100, r = 0;
for (let i = 0; i < 50; i++) {
  h ^= h << 13; h ^= h >>> 17; h ^= h << 5;
  s = s - i; s = s ^ i;
  p = p * -1.5; q = q / -2; r = r % 7 + i;
}
console.log(h, h >>> 0, s, p, q, r);
let a = 7, b = 2;
a = a - b; b = a * b;
const cmp = [a < b, a > b, a <= b, a >= b, a === b, a !== b, a < NaN, NaN >= a];
console.log(a, b, a / b, a % b, -a % b, a & b, a | b, a ^ b, a << b, a >> b, -a >>> b, cmp.join());
// Operands that are not Numbers take the general path after a Number operand.
let t = 3;
t = t - '1'; t = t * [2]; t = t ^ { valueOf: () => 6 };
console.log(t);
try { console.log(t - 2n); } catch (e) { console.log(e.constructor.name, e.message); }
// A length as the right operand (i < a.length): arrays, strings (flat and concatenated), typed arrays,
// lengths that change inside the loop, a shadowed typed array length, and left operands that are not Numbers.
const arr = [1, 2, 3], str = 'abcd', cat = str + 'ef' + str, typed = new Int16Array(5);
let seen = [];
for (let i = 0; i < arr.length; i++) { seen.push(arr[i]); if (i === 1) arr.push(4); }
for (let i = 0; i <= cat.length - 1; i++) seen.push(cat[i]);
for (let i = typed.length; i > 0; i--) seen.push(i * typed.length);
console.log(seen.join(' '), 2 * arr.length, 10 - str.length, 7 % cat.length, 1 << arr.length, 'n' + arr.length, null < arr.length, [5] > str.length);
const shadowed = new Uint8Array(3);
Object.defineProperty(shadowed, 'length', { value: 100 });
let count = 0;
for (let i = 0; i < shadowed.length; i++) count++;
console.log(count, 0 < shadowed.length);

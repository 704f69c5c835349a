// The dispatch loop runs an operand instruction (a small integer, a local, a constant, a closure
// variable) together with the operator after it, and `x = x op y;` with its StoreLocal, when both
// operands are Numbers. Every case here has a value the shortcut must compute exactly as the
// operator does, or an operand that must leave it (strings, BigInts, objects with valueOf).
const log = [];
const obj = { valueOf() { log.push('valueOf'); return 3; } };
const operands = [0, -0, 1, -1, 2.5, -7.25, 31, 32, 33, -33, 2 ** 31, 2 ** 32 + 5, -(2 ** 31) - 1, 2 ** 53, NaN, Infinity, -Infinity,
  '4', 'x', null, undefined, true, 5n, obj];

function show(v) { return typeof v === 'bigint' ? v + 'n' : Object.is(v, -0) ? '-0' : String(v); }

// Two locals: LoadLocal2 and the operator, and a local after another value.
function locals(a, b) {
  const out = [];
  try {
    out.push(a + b, a - b, a * b, a / b, a % b, a & b, a | b, a ^ b, a << b, a >> b, a >>> b);
    out.push(a < b, a <= b, a > b, a >= b, a === b, a !== b, a == b, a != b);
    let c = a; c = c + b; out.push(c); c = c * b; out.push(c);
    let d = 0; d = (a + 1) * b; out.push(d);
  } catch (e) { out.push(e.constructor.name); }
  return out.map(show).join(',');
}

// A closure variable and a constant as the right operand.
function closure(a) {
  let k = a;
  return (x) => {
    const out = [];
    try { out.push(x + k, x - k, x * k, x < k, x >= k, x === k, x << k, x * 0.5, x + 1.5, x - 1e21, x % 2.5); }
    catch (e) { out.push(e.constructor.name); }
    return out.map(show).join(',');
  };
}

// A local and an integer (LoadLocal, LoadInt, operator), and i++ / i-- as statements.
function withInts(a) {
  const out = [];
  try {
    out.push(a + 5, a - 1, a * 3, a % 2, a & 255, a | 0, a ^ 1, a << 13, a >> 1, a >>> 17, a < 10, a >= 0, a === 1, a !== 1);
    let y = a; y = y + 5; out.push(y); y = y ^ 3; out.push(y);
    let i = a; i++; out.push(i); i--; i--; out.push(i);
  } catch (e) { out.push(e.constructor.name); }
  return out.map(show).join(',');
}

for (const a of operands) {
  console.log(show(a), withInts(a), closure(a)(a));
  for (const b of operands) console.log(' ', show(a), show(b), locals(a, b));
}
console.log(log.length);

// Loops whose conditions and updates take the fused paths, with a body that changes the type.
let total = 0;
for (let i = 0; i < 100; i++) { total = total + i; if (i === 50) total = total + '!'; }
console.log(total);
let m = 0, n = 10;
while (m < n) { m = m + 3; }
console.log(m);
let w = 5; do { w = w - 2; } while (w >= 0);
console.log(w);
let big = 0n; for (let j = 0n; j < 5n; j++) big = big + j;
console.log(big);
let xs = 2463534242;
for (let j = 0; j < 1000; j++) { xs ^= xs << 13; xs ^= xs >>> 17; xs ^= xs << 5; }
console.log(xs);

// A property read (o.x, this.x) and the operator after it: own data, inherited, getters, strings,
// and a shape that changes under a warm site.
class P {
  constructor(x, y) { this.x = x; this.y = y; }
  sum() { return this.x + this.y; }
  less() { return this.x < this.y; }
  get twice() { log.push('twice'); return this.x * 2; }
}
const pts = [new P(1, 2), new P(2.5, -1), new P('a', 1), new P(1n, 2n), Object.assign(new P(3, 4), { z: 1 }), new P(NaN, 0)];
for (const p of pts) {
  const out = [];
  try { out.push(p.sum(), p.less(), p.x * p.y, p.x - 1, p.twice + p.x, p.x << p.y, p.y >= p.x, p.x === p.y); }
  catch (e) { out.push(e.constructor.name); }
  console.log(out.map(show).join(','));
}
const protoHeld = Object.create({ n: 5 });
let acc = 0;
for (let i = 0; i < 5; i++) { acc = acc + protoHeld.n; if (i === 2) Object.getPrototypeOf(protoHeld).n = '5'; }
console.log(acc, log.length);
const counter = { n: 0 };
for (let i = 0; i < 20; i++) { counter.n = counter.n + 1; if (i === 10) Object.defineProperty(counter, 'n', { get() { return 100; }, set(v) { log.push('set ' + v); } }); }
console.log(counter.n, log.slice(-2).join(';'));

// A local, then a local with an integer and its operator (LoadLocal2 a b; LoadInt k; op): the
// second local and the integer run together, the first waits below (x ^= x << 13, a + (b - 1)).
function localThenLocalWithInteger(a, b) {
  const out = [];
  try {
    out.push(a ^ (b << 13), a + (b - 1), a - (b * 3), a * (b % 4), a < (b + 2), a >>> (b >> 1), a | (b & 255));
    let x = a; x ^= x << 13; x ^= x >>> 17; x ^= x << 5; out.push(x);
  } catch (e) { out.push(e.constructor.name); }
  return out.map(show).join(',');
}
for (const a of operands) console.log('ll', show(a), localThenLocalWithInteger(a, 7), localThenLocalWithInteger(3, a));

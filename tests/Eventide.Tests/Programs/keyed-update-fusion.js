// a[k]++ and a[k] op= v: ReferenceKey, Dup2 and GetKeyed run as one dispatch on typed arrays and
// dense arrays with a Number key; everything else takes the general path. Both must agree with node.
const show = (label, v) => console.log(label, Array.isArray(v) || ArrayBuffer.isView(v) ? Array.from(v, String).join(',') : String(v));

const u8 = new Uint8Array(4);
for (let i = 0; i < 600; i++) u8[i & 3]++;
show('u8 wraps', u8);
const i8 = new Int8Array([127, -128, 0]);
i8[0]++; i8[1]--; i8[2] -= 1;
show('i8', i8);
const f32 = new Float32Array([0.1, 1e39, -0]);
f32[0] += 0.2; f32[1] *= 2; f32[2] += 0;
show('f32', f32);
const f64 = new Float64Array(3);
for (let i = 0; i < 10; i++) f64[i % 3] += i / 3;
show('f64', f64);
const clamped = new Uint8ClampedArray([250, 3]);
clamped[0] += 10; clamped[1] -= 10;
show('clamped', clamped);
const big = new BigInt64Array([1n, 2n]);
big[0]++; big[1] += 5n;
show('bigint', big);
try { big[0] += 1; } catch (e) { console.log('bigint mix', e.constructor.name, e.message); }

// Keys that are not in range or not integers: the read gives undefined, the write is ignored.
const t = new Int32Array(2);
t[5]++; t[-1] += 3; t[1.5] += 1; t[NaN]++; t[-0] += 7; t['1'] += 2; t[0x100000000] |= 1;
show('int32 keys', t);
console.log('no new properties', Object.keys(t).join(','));

// Dense arrays, holes, getters on the prototype, strings and non-number elements.
const a = [1, 2, 3];
for (let i = 0; i < 9; i++) a[i % 3] += i;
show('dense', a);
const holey = [1, , 3];
Array.prototype[1] = 40;
holey[1] += 2;
delete Array.prototype[1];
show('hole through proto', holey);
let reads = 0;
Object.defineProperty(Array.prototype, 5, { get() { reads++; return 100; }, configurable: true });
const sparse = [0];
sparse.length = 6;
sparse[5] += 1;
delete Array.prototype[5];
console.log('getter hole', sparse[5], reads, Object.prototype.hasOwnProperty.call(sparse, 5));
const mixed = ['a', null, undefined, true, {}, 1n];
mixed[0] += 'b'; mixed[1]++; mixed[2]++; mixed[3] += 1; mixed[4] += 1; mixed[5] *= 3n;
console.log('mixed', mixed.map(String).join('|'));
const outside = [1];
outside[3] += 1;
console.log('past the end', outside.length, String(outside[3]), 3 in outside);
const frozen = Object.freeze([1, 2]);
frozen[0]++;
show('frozen sloppy', frozen);
(function () { 'use strict'; try { frozen[1] += 1; } catch (e) { console.log('frozen strict', e.constructor.name, e.message); } })();

// Objects, proxies and getters on the receiver itself.
const log = [];
const p = new Proxy([10, 20], {
  get(target, key) { log.push('get ' + String(key)); return target[key]; },
  set(target, key, v) { log.push('set ' + String(key) + '=' + v); target[key] = v; return true; },
});
p[1] += 5; p[0]++;
console.log('proxy', log.join(', '), p[1]);
const counter = { n: 1 };
const key = 'n';
counter[key] += 2; counter[key]++;
console.log('object', counter.n);
const withGetter = [0, 0];
Object.defineProperty(withGetter, 0, { get() { return 7; }, set(v) { log.push('setter ' + v); } });
withGetter[0] += 1;
console.log('own accessor', log[log.length - 1], withGetter[0]);

// A detached buffer reads undefined.
const buffer = new ArrayBuffer(8);
const view = new Int32Array(buffer);
view[0] = 5;
structuredClone(buffer, { transfer: [buffer] });
view[0] += 1;
console.log('detached', view.length, String(view[0]));

// The key expression runs once; the value is read before the right-hand side runs.
const order = [];
const arr2 = [1, 2];
arr2[(order.push('key'), 1)] += (order.push('rhs'), arr2[1] = 100, 1);
console.log('order', order.join(','), arr2.join(','));

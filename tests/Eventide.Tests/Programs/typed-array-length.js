// ta.length through the dispatch loop's fast path and the getter it stands for: shadowed own, on the concrete prototype, replaced on %TypedArray%.prototype (compared with node).
const out = [];
const originalLength = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(Uint8Array.prototype), 'length');
function f(a) { return a.length; }
const a = new Uint8Array(3), b = new Uint8Array(4), c = new Int8Array(5);
for (let i = 0; i < 3; i++) out.push(f(a), f(b), f(c));
Object.defineProperty(a, 'length', { value: 42 });
out.push(f(a), f(b));
Object.defineProperty(Int8Array.prototype, 'length', { get() { return 'proto'; }, configurable: true });
out.push(f(c), f(b));
delete Int8Array.prototype.length;
out.push(f(c));
const TA = Object.getPrototypeOf(Uint8Array.prototype);
Object.defineProperty(TA, 'length', { get() { return 'replaced'; }, configurable: true });
out.push(f(b), f(c));
const o = Object.create(b); out.push(f(o));
console.log(out.join());
// The loop's `i < ta.length` after each way of changing %TypedArray%.prototype.length.
function count(t) { let n = 0; for (let i = 0; i < t.length && i < 10; i++) n++; return n; }
const t = new Uint16Array(6);
const steps = [
  () => Reflect.defineProperty(TA, 'length', { get() { return 2; }, configurable: true }),
  () => TA.__defineGetter__('length', function () { return 3; }),
  () => delete TA.length,
  () => Object.defineProperty(TA, 'length', { value: 4, writable: true, configurable: true }),
  () => { TA.length = 5; },
  () => Object.defineProperty(TA, 'length', originalLength), // back to the intrinsic getter (node's own writes use it)
];
const seen = [count(t)];
for (const step of steps) { step(); seen.push(count(t), String(t.length)); }
Object.freeze(TA);
seen.push(count(t), t.length);
console.log(seen.join());

// ta.length through the dispatch loop's fast path and the getter it stands for: shadowed own, on the concrete prototype, replaced on %TypedArray%.prototype (compared with node).
const out = [];
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

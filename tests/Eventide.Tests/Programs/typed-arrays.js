// Typed arrays: construction from every kind of source, element conversions, resizable buffers, prototype methods and errors (compared with node).
const t = (f) => { try { return f(); } catch (e) { return `${e.name}: ${e.message}`; } };
console.log(new Int8Array([127, 128, -129, 1.9, -1.9, NaN]), new Uint8ClampedArray([300, -5, 1.5, 2.5, 0.5, NaN]));
console.log(new Uint16Array([65536, -1]), new Int32Array([2 ** 31, -(2 ** 31) - 1]), new Uint32Array([-1, 2 ** 32 + 3]));
console.log(new Float32Array([0.1, 1e40, -1e-50]), new Float64Array([0.1, -0]));
console.log(new BigInt64Array([2n ** 63n, -1n]), new BigUint64Array([-1n, 2n ** 64n + 5n]));
console.log(new Uint8Array(new Set([1, 2])), new Uint8Array({ length: 2, 0: 7 }), new Uint8Array('12'), new Int16Array(new Uint8Array([255, 1])));
const buf = new ArrayBuffer(8);
const view = new Uint16Array(buf, 2, 2);
view[0] = 0xffff;
console.log(view, view.byteOffset, view.byteLength, view.length, new Uint8Array(buf), Uint16Array.BYTES_PER_ELEMENT, view.BYTES_PER_ELEMENT);
const a = new Int16Array([5, -3, 10, 0, 7]);
console.log(a[-1], a[5], a['1'], a[1.5], '1.5' in a, 5 in a, 4 in a, Object.keys(a), Object.getOwnPropertyDescriptor(a, 0));
a.foo = 1; a[10] = 4; a[-0] = 9;
console.log(a, a.foo, a[10], Object.keys(a));
console.log(a.map((x) => x * 2), a.filter((x) => x > 0), a.reduce((s, x) => s + x), a.join('|'), a.indexOf(10), a.lastIndexOf(7), a.includes(-3));
console.log(a.slice(1, 3), a.subarray(1, 3), a.subarray(-2).byteOffset, [...a.entries()].slice(0, 2), [...a.keys()], a.at(-1));
console.log(a.toSorted(), a.toReversed(), a.with(0, 100), a.find((x) => x < 0), a.findIndex((x) => x > 50), a.findLast((x) => x > 0), a.findLastIndex((x) => x === 9));
console.log(new Float64Array([3, NaN, -0, 0, -Infinity, 1]).sort(), new Uint8Array([3, 1, 2]).sort((x, y) => y - x), new BigInt64Array([3n, -1n, 2n]).sort());
const s = new Uint8Array(6);
s.set([1, 2, 3], 1); s.set(new Uint8Array([9, 9]), 4);
console.log(s, s.fill(7, -2), s.copyWithin(0, 3), s.reverse(), s.every((x) => x < 10), s.some((x) => x === 2));
const sub = s.subarray(2, 4); sub[0] = 42;
console.log(s, sub, sub.buffer === s.buffer);
// Resizable buffers: length-tracking views follow, fixed views go out of bounds.
const rab = new ArrayBuffer(4, { maxByteLength: 12 });
const tracking = new Uint8Array(rab);
const fixed = new Uint8Array(rab, 0, 4);
console.log(rab.resizable, rab.maxByteLength, tracking.length, fixed.length);
rab.resize(8);
tracking[7] = 1;
console.log(rab.byteLength, tracking.length, fixed.length, tracking);
rab.resize(2);
console.log(tracking.length, fixed.length, fixed.byteLength, fixed[0], t(() => fixed.fill(1)), [...tracking]);
console.log(t(() => rab.resize(13)), t(() => new ArrayBuffer(4).resize(2)), new ArrayBuffer(4).resizable);
const sab = new SharedArrayBuffer(2, { maxByteLength: 4 });
sab.grow(4);
console.log(sab.byteLength, sab.growable, new Int8Array(sab).length, t(() => sab.grow(2)));
console.log(new ArrayBuffer(6).slice(1, -1).byteLength, ArrayBuffer.isView(view), ArrayBuffer.isView(buf));
// Errors, worded as V8 words them.
for (const f of [() => new Uint8Array(-1), () => new Uint8Array(2 ** 53), () => Uint8Array(1), () => new Int16Array(new ArrayBuffer(4), 1),
  () => new Int16Array(new ArrayBuffer(5)), () => new Int16Array(new ArrayBuffer(4), 8), () => new Int16Array(new ArrayBuffer(4), 0, 4),
  () => new ArrayBuffer(-1), () => ArrayBuffer(1), () => new ArrayBuffer(4, { maxByteLength: 2 }), () => Uint8Array.prototype.fill.call(1),
  () => new Uint8Array(4).set([1, 2, 3], 3), () => new BigInt64Array([1]), () => new Uint8Array([1n]), () => new Uint8Array(2).sort(1),
  () => new Uint8Array(2).with(5, 1), () => new (Object.getPrototypeOf(Uint8Array))(), () => Object.freeze(new Uint8Array(2)),
  () => Atomics.add(new Float64Array(4), 0, 1), () => Atomics.load(new Int8Array(4), 9)]) {
  console.log(t(f));
}
const i32 = new Int32Array(new SharedArrayBuffer(8));
console.log(Atomics.add(i32, 0, 5), Atomics.sub(i32, 0, 2), Atomics.or(i32, 1, 6), Atomics.and(i32, 1, 3), Atomics.xor(i32, 1, 1), Atomics.exchange(i32, 0, 9),
  Atomics.compareExchange(i32, 0, 9, 4), Atomics.load(i32, 0), Atomics.store(i32, 1, -0), Atomics.notify(i32, 0, 1), Atomics.wait(i32, 0, 1, 0), Atomics.wait(i32, 0, 4, 0), i32);
console.log(Object.prototype.toString.call(new Uint8Array(1)), String(new Uint8Array([1, 2])), JSON.stringify(new Float32Array([0.5])), Array.isArray(new Uint8Array(1)));

// DataView reads and writes every element type in both byte orders over shared buffers (compared with node).
const buf = new ArrayBuffer(16);
const dv = new DataView(buf);
const bytes = new Uint8Array(buf);
const show = () => Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join(' ');
dv.setUint16(0, 0x1234);
dv.setUint16(2, 0x1234, true);
console.log(show(), dv.getUint16(0), dv.getUint16(0, true), dv.getInt16(2), dv.getInt16(2, true));
dv.setInt32(4, -2);
dv.setFloat32(8, Math.PI, true);
dv.setInt8(12, -128);
dv.setUint8(13, 255);
console.log(show(), dv.getInt32(4), dv.getUint32(4), dv.getFloat32(8, true), dv.getFloat32(8), dv.getInt8(12), dv.getUint8(13), dv.getInt8(13));
dv.setFloat64(0, -1.5);
console.log(show(), dv.getFloat64(0), dv.getFloat64(0, true));
dv.setBigInt64(8, -3n, true);
console.log(show(), dv.getBigInt64(8, true), dv.getBigUint64(8, true), dv.getBigInt64(8));
dv.setBigUint64(0, 2n ** 64n - 1n);
console.log(dv.getBigUint64(0), dv.getBigInt64(0), dv.getUint32(0), dv.getInt16(6));
// Wrapping and rounding on write, as the element conversions say.
dv.setUint8(0, 257); dv.setInt8(1, 200); dv.setUint16(2, -1); dv.setInt32(4, 2 ** 31 + 5); dv.setFloat32(8, 0.1);
console.log(dv.getUint8(0), dv.getInt8(1), dv.getUint16(2), dv.getInt32(4), dv.getFloat32(8));
// A view with an offset and length sees its window only.
const win = new DataView(buf, 4, 8);
win.setUint32(0, 0xdeadbeef);
console.log(win.byteOffset, win.byteLength, win.getUint32(0).toString(16), dv.getUint32(4).toString(16), win.buffer === buf);
// Typed arrays in the platform's (little-endian) order seen through DataView.
const u32 = new Uint32Array(buf, 0, 1);
u32[0] = 0x01020304;
console.log(dv.getUint32(0, true).toString(16), dv.getUint32(0).toString(16), bytes.slice(0, 4));
const f64 = new Float64Array([1, -0, NaN, Infinity]);
const fdv = new DataView(f64.buffer);
console.log(fdv.getFloat64(8, true), Object.is(fdv.getFloat64(8, true), -0), fdv.getFloat64(16, true), fdv.getFloat64(24, true), fdv.getUint8(15));
for (const bad of [() => dv.getInt32(13), () => dv.getInt8(-1), () => dv.setFloat64(9, 1), () => new DataView(buf, 17), () => new DataView(buf, 8, 9), () => new DataView({}), () => DataView(buf)]) {
  try { bad(); } catch (e) { console.log(`${e.name}: ${e.message}`); }
}
console.log(dv, Object.prototype.toString.call(dv));

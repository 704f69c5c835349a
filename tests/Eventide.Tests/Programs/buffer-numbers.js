'use strict';
// read/write of integers, bigints and floats in both byte orders, with node's errors.
const b = Buffer.from([0x01, 0x82, 0xf3, 0x04, 0xf5, 0x86, 0x07, 0x98, 0xff, 0x00]);
for (const m of ['readUInt8', 'readInt8', 'readUInt16LE', 'readUInt16BE', 'readInt16LE', 'readInt16BE', 'readUInt32LE', 'readUInt32BE', 'readInt32LE', 'readInt32BE',
  'readFloatLE', 'readFloatBE', 'readDoubleLE', 'readDoubleBE', 'readBigUInt64LE', 'readBigUInt64BE', 'readBigInt64LE', 'readBigInt64BE', 'readUint8', 'readUint32BE', 'readBigUint64LE'])
  console.log(m, b[m](), b[m](1), b[m].name, b[m].length);
for (let n = 1; n <= 6; n++) console.log('bytes', n, b.readUIntLE(1, n), b.readUIntBE(1, n), b.readIntLE(1, n), b.readIntBE(1, n));
const w = Buffer.alloc(8);
const show = (r) => console.log(r, w.toString('hex'));
show(w.writeUInt8(255)); show(w.writeInt8(-2, 1)); show(w.writeUInt16LE(0x1234, 2)); show(w.writeUInt16BE(0x1234, 4)); show(w.writeInt16LE(-2, 6));
show(w.writeUInt32LE(0xdeadbeef)); show(w.writeUInt32BE(0xdeadbeef, 4)); show(w.writeInt32LE(-123456)); show(w.writeInt32BE(-1, 4));
show(w.writeFloatLE(1.5)); show(w.writeFloatBE(-0.1, 4)); show(w.writeDoubleLE(Math.PI)); show(w.writeDoubleBE(-Infinity)); show(w.writeDoubleLE(NaN));
show(w.writeBigUInt64LE(0x0102030405060708n)); show(w.writeBigUInt64BE(2n ** 64n - 1n)); show(w.writeBigInt64LE(-2n)); show(w.writeBigInt64BE(-(2n ** 63n)));
for (let n = 1; n <= 6; n++) {
  show(w.fill(0).writeUIntLE(2 ** (8 * n) - 3, 1, n)); show(w.fill(0).writeUIntBE(2 ** (8 * n) - 3, 1, n));
  show(w.fill(0).writeIntLE(-(2 ** (8 * n - 1)), 0, n)); show(w.fill(0).writeIntBE(-5, 2, n));
}
show(w.writeUInt8(1.7)); show(w.writeUInt16LE(NaN)); show(w.writeInt32LE(-0.5)); show(w.writeFloatLE('x')); show(w.writeUint16BE(7)); show(w.writeBigUint64LE(9n));
console.log(w.readFloatLE(0), w.writeFloatLE(0.1), w.readFloatLE(0), w.writeDoubleBE(0.1), w.readDoubleBE(0), w.readDoubleLE(0));
console.log(Buffer.from([0x80]).readInt8(0), Buffer.from([0xff, 0xff, 0xff, 0x7f]).readInt32LE(), Buffer.from([0, 0, 0, 0, 0, 0x80]).readIntLE(0, 6), Buffer.from([0x80, 0, 0, 0, 0]).readIntBE(0, 5));

'use strict';
// Buffer.from / alloc / allocUnsafe / concat / compare / byteLength / isBuffer / isEncoding, as node.
const { Buffer: B, kMaxLength, constants, SlowBuffer } = require('buffer');
console.log(B === Buffer, Buffer.name, Buffer.length, Buffer.poolSize, kMaxLength, constants);
const b = Buffer.from('hello');
console.log(b, b.length, b instanceof Uint8Array, b instanceof Buffer, Object.getPrototypeOf(Buffer.prototype) === Uint8Array.prototype);
console.log(Buffer.from([1, 2, 3, 256, -1, 1.5, '7', 'x']));
console.log(Buffer.from({ length: 3, 0: 9, 1: 8 }), Buffer.from({ type: 'Buffer', data: [1, 2] }));
console.log(Buffer.from(new Uint16Array([1, 258])), Buffer.from(new String('str')), Buffer.from({ length: 'x' }));
const ab = new ArrayBuffer(8);
const shared = Buffer.from(ab, 2, 4);
new Uint8Array(ab)[3] = 42;
console.log(shared, shared.byteOffset, shared.buffer === ab, Buffer.from(ab, 6), Buffer.from(ab, '1', '2'));
const copy = Buffer.from(b);
copy[0] = 72;
console.log(b.toString(), copy.toString());
console.log(Buffer.alloc(4), Buffer.alloc(5, 'ab'), Buffer.alloc(4, 1), Buffer.alloc(6, 'aGk=', 'base64'), Buffer.alloc(3, Buffer.from([7, 8])));
console.log(Buffer.alloc(0), Buffer.allocUnsafe(3).length, Buffer.allocUnsafeSlow(2).length, new SlowBuffer(2).length);
console.log(Buffer.isBuffer(b), Buffer.isBuffer(new Uint8Array(2)), Buffer.isBuffer('x'), Buffer.isBuffer(b.subarray(1)));
for (const e of ['utf8', 'UTF-8', 'ucs2', 'UCS-2', 'utf16le', 'latin1', 'binary', 'ascii', 'base64', 'base64url', 'hex', 'Hex', 'utf32', '', null, 5])
  console.log('isEncoding', e, Buffer.isEncoding(e));
for (const [s, e] of [['héllo €', 'utf8'], ['héllo', 'latin1'], ['ab', 'ucs2'], ['aGVsbG8=', 'base64'], ['aGVsbG8', 'base64url'], ['abcd', 'hex'], ['abc', 'hex'], ['Y Q = =', 'base64'], ['x', undefined], ['', 'utf8']])
  console.log('byteLength', JSON.stringify(s), e, Buffer.byteLength(s, e));
console.log(Buffer.byteLength(new Uint16Array(3)), Buffer.byteLength(new ArrayBuffer(5)), Buffer.byteLength(new DataView(new ArrayBuffer(7))), Buffer.byteLength('abc', 'nope'));
console.log(Buffer.concat([Buffer.from('ab'), new Uint8Array([99]), Buffer.from('de')]));
console.log(Buffer.concat([Buffer.from('abc'), Buffer.from('def')], 4), Buffer.concat([Buffer.from('ab')], 4), Buffer.concat([]));
console.log(Buffer.compare(Buffer.from('a'), Buffer.from('b')), Buffer.compare(Buffer.from('b'), Buffer.from('a')), Buffer.compare(Buffer.from('ab'), Buffer.from('ab')), Buffer.compare(Buffer.from('a'), Buffer.from('ab')));
console.log([Buffer.from('c'), Buffer.from('a'), Buffer.from('b')].sort(Buffer.compare));
console.log(Buffer.of(1, 2, 300), Buffer.copyBytesFrom(new Uint16Array([1, 2, 3]), 1), Buffer.copyBytesFrom(new Uint8Array([5, 6, 7]), 1, 1));
const old = new Buffer('abc');
console.log(old, Buffer(2), old instanceof Buffer);
const sub = b.subarray(1, 3);
console.log(sub, sub instanceof Buffer, sub.constructor === Buffer, b.map((x) => x + 1) instanceof Buffer);
const p = Buffer.prototype;
console.log(p.toString.name, p.toLocaleString.name, p.inspect.name, p.hexSlice.name, p.swap16.name, p.readUIntLE.name, p.writeIntBE.name, p.readBigInt64LE.name, p.readUint8 === p.readUInt8);
console.log(p.readUIntLE.length, p.writeDoubleLE.length, p.indexOf.length, p.fill.length, p.write.length, p.toString.length, p.copy.length, p.compare.length, p.hexWrite.length, p.utf8Slice.length);

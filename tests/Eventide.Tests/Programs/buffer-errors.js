'use strict';
// node's errors for bad arguments: class, code and message.
const t = (label, f) => {
  try {
    console.log(label, f());
  } catch (e) {
    console.log(label, `${e.name} [${e.code}]: ${e.message}`, e instanceof Error, Object.prototype.hasOwnProperty.call(e, 'code'));
  }
};
t('alloc -1', () => Buffer.alloc(-1)); t('alloc str', () => Buffer.alloc('5')); t('alloc NaN', () => Buffer.alloc(NaN)); t('alloc big', () => Buffer.alloc(2 ** 53));
t('allocUnsafe', () => Buffer.allocUnsafe(-5)); t('allocUnsafeSlow', () => Buffer.allocUnsafeSlow({})); t('alloc max', () => Buffer.alloc(2 ** 32 + 1));
t('from {}', () => Buffer.from({})); t('from 5', () => Buffer.from(5)); t('from null', () => Buffer.from(null)); t('from undefined', () => Buffer.from());
t('from sym', () => Buffer.from(Symbol('s'))); t('from fn', () => Buffer.from(function f() {})); t('from enc', () => Buffer.from('x', 'foo'));
t('toString enc', () => Buffer.from('ab').toString('foo')); t('toString null', () => Buffer.from('ab').toString(null));
t('concat 5', () => Buffer.concat(5)); t('concat [1]', () => Buffer.concat([1])); t('concat [b, "x"]', () => Buffer.concat([Buffer.from('a'), 'x'])); t('concat len', () => Buffer.concat([Buffer.from('a')], -1));
t('compare 1', () => Buffer.compare(1, Buffer.from('a'))); t('compare 2', () => Buffer.compare(Buffer.from('a'), 'b')); t('equals', () => Buffer.from('a').equals('a'));
t('compare inst', () => Buffer.from('a').compare([1])); t('compare ts', () => Buffer.from('a').compare(Buffer.from('b'), -1)); t('compare te', () => Buffer.from('a').compare(Buffer.from('b'), 0, 5));
t('compare ss', () => Buffer.from('a').compare(Buffer.from('b'), 0, 1, 1.5)); t('compare se', () => Buffer.from('a').compare(Buffer.from('b'), 0, 1, 0, '1'));
t('indexOf {}', () => Buffer.from('a').indexOf({})); t('indexOf enc', () => Buffer.from('a').indexOf('a', 0, 'nope')); t('copy 1', () => Buffer.from('a').copy(1));
t('copy ts', () => Buffer.from('a').copy(Buffer.alloc(1), -1)); t('copy ss', () => Buffer.from('a').copy(Buffer.alloc(1), 0, 5)); t('copy se', () => Buffer.from('a').copy(Buffer.alloc(1), 0, 0, -1));
t('fill enc', () => Buffer.from('a').fill('x', 'foo')); t('fill enc type', () => Buffer.from('a').fill('x', 0, 1, 5)); t('fill end', () => Buffer.from('abc').fill('a', 0, 5)); t('fill hex', () => Buffer.from('abc').fill('zz', 'hex'));
t('fill off', () => Buffer.from('abc').fill('a', -1)); t('fill off str', () => Buffer.from('abc').fill(1, '1'));
t('readUInt8 5', () => Buffer.from('abc').readUInt8(5)); t('readUInt32LE', () => Buffer.from('abc').readUInt32LE(0)); t('readUInt8 1.5', () => Buffer.from('abc').readUInt8(1.5)); t('readUInt8 str', () => Buffer.from('abc').readUInt8('1'));
t('readInt16BE NaN', () => Buffer.from('abc').readInt16BE(NaN)); t('readDoubleLE', () => Buffer.alloc(7).readDoubleLE()); t('readBigInt64BE 1', () => Buffer.alloc(8).readBigInt64BE(1)); t('readFloatBE -1', () => Buffer.alloc(8).readFloatBE(-1));
t('writeUInt8 256', () => Buffer.alloc(4).writeUInt8(256)); t('writeInt8 -129', () => Buffer.alloc(4).writeInt8(-129)); t('writeUInt16LE', () => Buffer.alloc(4).writeUInt16LE(65536)); t('writeInt16BE', () => Buffer.alloc(4).writeInt16BE(-32769));
t('writeInt32LE', () => Buffer.alloc(4).writeInt32LE(2 ** 31)); t('writeUInt32BE', () => Buffer.alloc(4).writeUInt32BE(-1)); t('writeUInt32LE big', () => Buffer.alloc(4).writeUInt32LE(2 ** 40));
t('writeBigInt64LE', () => Buffer.alloc(8).writeBigInt64LE(2n ** 63n)); t('writeBigUInt64LE', () => Buffer.alloc(8).writeBigUInt64LE(-1n)); t('writeBigUInt64BE small', () => Buffer.alloc(8).writeBigUInt64BE(5n));
t('writeUIntLE 7', () => Buffer.alloc(8).writeUIntLE(1, 0, 7)); t('readIntBE no len', () => Buffer.alloc(8).readIntBE(0)); t('readIntBE no off', () => Buffer.alloc(8).readIntBE(undefined, 2)); t('readUIntLE str len', () => Buffer.alloc(8).readUIntLE(0, '2'));
t('writeIntLE 47', () => Buffer.alloc(8).writeIntLE(2 ** 47, 0, 6)); t('writeUIntBE 40', () => Buffer.alloc(8).writeUIntBE(2 ** 40, 0, 5)); t('writeIntBE 24', () => Buffer.alloc(8).writeIntBE(2 ** 23, 0, 3));
t('writeUInt16LE off', () => Buffer.alloc(8).writeUInt16LE(1, 7)); t('writeDoubleLE off', () => Buffer.alloc(8).writeDoubleLE(1, 1)); t('writeUInt8 off', () => Buffer.alloc(2).writeUInt8(1, 2)); t('writeUInt8 off str', () => Buffer.alloc(2).writeUInt8(1, '0'));
t('writeUIntLE no off', () => Buffer.alloc(8).writeUIntLE(1, undefined, 2)); t('write tiny', () => Buffer.alloc(2).writeInt32LE(1));
t('swap16', () => Buffer.alloc(3).swap16()); t('swap32', () => Buffer.alloc(3).swap32()); t('swap64', () => Buffer.alloc(3).swap64());
t('byteLength 5', () => Buffer.byteLength(5)); t('write 5', () => Buffer.from('abc').write(5)); t('write off', () => Buffer.from('abc').write('a', 5)); t('write len', () => Buffer.from('abc').write('a', 0, 5)); t('write enc', () => Buffer.from('abc').write('a', 0, 1, 'foo'));
t('from ab off', () => Buffer.from(new ArrayBuffer(4), 5)); t('from ab len', () => Buffer.from(new ArrayBuffer(4), 1, 5)); t('Buffer(3, x)', () => Buffer(3, 'x'));
t('INSPECT_MAX_BYTES', () => { require('buffer').INSPECT_MAX_BYTES = -1; });
t('atob none', () => atob()); t('atob bad', () => atob('a')); t('btoa bad', () => btoa('€')); t('atob eq', () => atob('YQ=x')); t('atob star', () => atob('YQ*='));
t('isUtf8', () => require('buffer').isUtf8('x'));

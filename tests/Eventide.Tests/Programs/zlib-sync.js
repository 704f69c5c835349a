// zlib one-shot functions: node's errors for corrupt, truncated and misused input (messages, errno, code), option checks, unzip detection, crc32, the module's keys, empty inputs' exact bytes and round trips of every format.
const zlib = require('zlib');
const t = (f) => { try { const r = f(); console.log('ok', r && r.length); } catch (e) { console.log(e.name, e.message, e.errno, e.code, Object.keys(e)); } };
const gz = zlib.gzipSync('hello world');
console.log(gz.slice(0,10));
t(() => zlib.gunzipSync(Buffer.from('not gzip data')));
t(() => zlib.inflateSync(Buffer.from('not zlib data')));
t(() => zlib.inflateRawSync(Buffer.from('not raw data!!')));
t(() => zlib.gunzipSync(gz.subarray(0, gz.length - 4)));
t(() => zlib.gunzipSync(gz.subarray(0, 5)));
t(() => zlib.gunzipSync(Buffer.concat([gz, Buffer.from('garbage')])));
console.log(zlib.gunzipSync(Buffer.concat([gz, gz])).toString());
t(() => zlib.inflateSync(Buffer.concat([zlib.deflateSync('abc'), Buffer.from('garbage')])));
const bad = Buffer.from(gz); bad[bad.length-6] ^= 1; t(() => zlib.gunzipSync(bad));
const z = zlib.deflateSync('abc'); const bz = Buffer.from(z); bz[bz.length-1]^=1; t(() => zlib.inflateSync(bz));
t(() => zlib.brotliDecompressSync(Buffer.from('not brotli data')));
const br = zlib.brotliCompressSync('hello hello hello'); t(() => zlib.brotliDecompressSync(br.subarray(0, br.length-2)));
t(() => zlib.gzipSync(123));
t(() => zlib.gzipSync('x', { level: 42 }));
t(() => zlib.gzipSync('x', { level: 'x' }));
t(() => zlib.gzipSync('x', { windowBits: 3 }));
t(() => zlib.gzipSync('x', { strategy: 9 }));
t(() => zlib.gzipSync('x', { chunkSize: 3 }));
t(() => zlib.gunzipSync(zlib.gzipSync('x'.repeat(1000)), { maxOutputLength: 10 }));
t(() => zlib.brotliCompressSync('x', { params: { 9999: 1 } }));
t(() => zlib.brotliCompressSync('x', { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 99 } }));
console.log(zlib.unzipSync(zlib.deflateSync('a')).toString(), zlib.unzipSync(gz).toString());
t(() => zlib.unzipSync(Buffer.from('xx')));
t(() => zlib.inflateSync(Buffer.alloc(0)));
t(() => zlib.gunzipSync(Buffer.alloc(0)));
t(() => zlib.inflateRawSync(Buffer.alloc(0)));
console.log(zlib.crc32('hello'), zlib.crc32('world', 123), zlib.crc32(Buffer.from('abc')));
t(() => zlib.crc32(1));
console.log(Object.keys(zlib));
console.log(zlib.deflateSync('').toString('hex'), zlib.gzipSync('').toString('hex'), zlib.deflateRawSync('').toString('hex'));
const big = Buffer.alloc(200000).map((_, i) => (i * 7) % 251 ^ (i >> 6));
for (const [c, d] of [['gzipSync', 'gunzipSync'], ['deflateSync', 'inflateSync'], ['deflateRawSync', 'inflateRawSync'], ['brotliCompressSync', 'brotliDecompressSync'], ['gzipSync', 'unzipSync']]) {
  const out = zlib[d](zlib[c](big));
  console.log(c, d, out.equals(big));
}
console.log(zlib.inflateSync(zlib.deflateSync(big).subarray(0, 1000), { finishFlush: zlib.constants.Z_SYNC_FLUSH }).length > 0);
console.log(zlib.constants.Z_SYNC_FLUSH, Object.getPrototypeOf(zlib.constants), Object.isFrozen(zlib.constants), zlib.codes.Z_DATA_ERROR, zlib.codes[-5]);
console.log(zlib.Z_BEST_SPEED, Object.keys(zlib).includes('Z_OK'), 'BROTLI_OPERATION_FLUSH' in zlib, zlib.gzip.name, zlib.gzip.length, zlib.gzipSync.name, zlib.createGzip.name);
const u16 = new Uint16Array([1, 2, 3]);
console.log(zlib.inflateSync(zlib.deflateSync(u16)), zlib.inflateSync(zlib.deflateSync(u16.buffer)), zlib.gunzipSync(zlib.gzipSync(new DataView(u16.buffer))));
console.log(zlib.crc32(new Uint8Array([1, 2, 3])), zlib.crc32(''), zlib.crc32('', 7));
try { zlib.crc32('x', -1); } catch (e) { console.log(e.code, e.message); }
const info = zlib.deflateSync('abc', { info: true });
console.log(Object.keys(info), info.engine.constructor.name, info.engine.bytesWritten, zlib.inflateSync(info.buffer).toString());
const br2 = zlib.brotliCompressSync('brotli edge');
for (const [name, input] of [['empty', Buffer.alloc(0)], ['trailing', Buffer.concat([br2, Buffer.from('xyz')])], ['twice', Buffer.concat([br2, br2])], ['ok', br2]]) {
  try { console.log(name, zlib.brotliDecompressSync(input).toString()); } catch (e) { console.log(name, e.code, e.errno, e.message); }
}
console.log(zlib.brotliCompressSync('').toString('hex'), zlib.brotliDecompressSync(zlib.brotliCompressSync('')).length);
console.log(zlib.brotliCompressSync(Buffer.alloc(1000, 'a'), { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 0, [zlib.constants.BROTLI_PARAM_LGWIN]: 10 } }).length < 100);

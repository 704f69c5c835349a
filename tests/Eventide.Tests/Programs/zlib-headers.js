// zlib and gzip headers: preset-dictionary flag (Missing dictionary), window size, bad magic, method and flags as soon as their bytes arrive, short inputs, gzip's optional extra/name/comment fields and header CRC (checked), one byte at a time through a stream.
const zlib = require('zlib');
for (const b of [[0x78, 0xbb, 1, 2, 3, 4, 5, 6], [0x88, 0x98, 1], [0x79, 0x9b], [0x1f, 0x8b, 7, 0], [0x1f, 0x8b, 8, 0xe0, 0, 0, 0, 0, 0, 3, 3, 0], [0x1f], [0x1f, 0x8b, 8, 8, 0, 0, 0, 0, 0, 3, 0x61, 0x62]]) {
  for (const f of ['inflateSync', 'unzipSync', 'gunzipSync']) {
    try { console.log(f, b.length, zlib[f](Buffer.from(b)).length); } catch (e) { console.log(f, b.length, e.code, e.errno, e.message); }
  }
}
// gzip header fields: extra, name, comment, header crc
const body = zlib.deflateRawSync('fields');
const trailer = zlib.gzipSync('fields').subarray(-8);
const bare = Buffer.from([0x1f, 0x8b, 8, 4 | 8 | 16 | 2, 0, 0, 0, 0, 0, 3, 3, 0, 0x41, 0x42, 0x43, 0x6e, 0x61, 0x6d, 0x65, 0, 0x63, 0]);
const crc = zlib.crc32(bare) & 0xffff;
const header = Buffer.concat([bare, Buffer.from([crc & 0xff, crc >> 8])]);
console.log(zlib.gunzipSync(Buffer.concat([header, body, trailer])).toString());
try { zlib.gunzipSync(Buffer.concat([bare, Buffer.from([0xaa, 0xbb]), body, trailer])); } catch (e) { console.log(e.code, e.errno, e.message); }
try { zlib.gunzipSync(Buffer.concat([bare.subarray(0, 14)])); } catch (e) { console.log(e.code, e.errno, e.message); }
const s = zlib.createGunzip(); const out = []; s.on('data', (d) => out.push(d)); s.on('end', () => console.log('stream', Buffer.concat(out).toString()));
const all = Buffer.concat([header, body, trailer]); for (const byte of all) s.write(Buffer.from([byte])); s.end();

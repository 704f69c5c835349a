// zlib option checks per mode: windowBits ranges (gzip from 9, 0 for inflate's header window, 'invalid window size' when the header's window is larger), memLevel, level, flush ranges (brotli's operations up to 3), maxOutputLength, brotli parameter keys and values.
const zlib = require('zlib');
for (const f of ['deflateSync', 'deflateRawSync', 'gzipSync', 'inflateSync', 'inflateRawSync', 'gunzipSync', 'unzipSync']) {
  for (const wb of [0, 8, 9, 16]) {
    const input = f.startsWith('in') || f.startsWith('gun') || f.startsWith('un') ? (f === 'inflateRawSync' ? zlib.deflateRawSync('a') : f === 'gunzipSync' ? zlib.gzipSync('a') : zlib.deflateSync('a')) : 'a';
    try { const r = zlib[f](input, { windowBits: wb }); console.log(f, wb, 'ok', r.length); } catch (e) { console.log(f, wb, e.code, e.message); }
  }
}
for (const opt of [{ memLevel: 0 }, { memLevel: 10 }, { level: -2 }, { level: NaN }, { level: Infinity }, { flush: 6 }, { finishFlush: -1 }, { maxOutputLength: 0 }, { chunkSize: NaN }, { strategy: '1' }]) {
  try { zlib.deflateSync('a', opt); console.log(JSON.stringify(opt), 'ok'); } catch (e) { console.log(JSON.stringify(opt), e.code, e.message); }
}
for (const p of [{ 1: 'x' }, { '-1': 1 }, { abc: 1 }, { 8: 1 }, { 9: 1 }]) {
  try { zlib.brotliCompressSync('a', { params: p }); console.log(JSON.stringify(p), 'ok'); } catch (e) { console.log(JSON.stringify(p), e.code, e.message); }
}
try { zlib.brotliCompressSync('a', { flush: 9 }); } catch (e) { console.log(e.code, e.message); }

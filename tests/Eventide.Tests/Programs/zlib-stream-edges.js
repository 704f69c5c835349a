// zlib stream edges: a flush mode on every write (output decodable after each), async iteration through a pipe, write after end, destroy mid-stream, flush() on a decompressor and after the end, a sync-flushed unfinished deflate, the streams' flush flags and defaults.
const zlib = require('zlib');
const { Readable, pipeline } = require('stream');
(async () => {
  const g = zlib.createGzip({ flush: zlib.constants.Z_SYNC_FLUSH });
  const parts = [];
  g.on('data', (d) => parts.push(d));
  for (const w of ['alpha ', 'beta ', 'gamma']) {
    await new Promise((r) => g.write(w, r));
    await new Promise((r) => setImmediate(r));
    console.log('after write', parts.length > 0, zlib.gunzipSync(Buffer.concat(parts), { finishFlush: zlib.constants.Z_SYNC_FLUSH }).toString());
  }
  g.end();
  await new Promise((r) => g.on('end', r));
  console.log(zlib.gunzipSync(Buffer.concat(parts)).toString());
  const chunks = [];
  for await (const c of Readable.from([zlib.gzipSync('iterated text')]).pipe(zlib.createGunzip())) chunks.push(c);
  console.log(Buffer.concat(chunks).toString());
  const d = zlib.createDeflate();
  d.end('x');
  d.write('y', (err) => console.log('write after end', err && err.code));
  d.on('error', (e) => console.log('error event', e.code));
  d.resume();
  await new Promise((r) => d.on('close', r));
  const i = zlib.createInflate();
  i.on('close', () => console.log('destroyed mid-stream closes', i.destroyed));
  i.write(zlib.deflateSync('abc').subarray(0, 3));
  i.destroy();
  await new Promise((r) => setTimeout(r, 20));
  const u = zlib.createGunzip();
  u.flush(() => console.log('gunzip flush cb'));
  u.end(zlib.gzipSync('z'));
  u.resume();
  await new Promise((r) => u.on('end', r));
  u.flush(() => console.log('flush after end'));
  await new Promise((r) => setTimeout(r, 20));
  const ds = zlib.deflateSync('abc', { finishFlush: zlib.constants.Z_SYNC_FLUSH });
  console.log('unfinished sync', ds.subarray(-4), zlib.inflateSync(ds, { finishFlush: zlib.constants.Z_SYNC_FLUSH }).toString());
  try { zlib.inflateSync(ds); } catch (e) { console.log(e.code, e.message); }
  const z = zlib.createGzip();
  console.log(z.readableHighWaterMark, z.writableHighWaterMark, z._chunkSize, z._defaultFlushFlag, z._finishFlushFlag, z._defaultFullFlushFlag, z._level, z._strategy, z.bytesWritten, z._closed);
  const b = zlib.createBrotliCompress();
  console.log(b._defaultFlushFlag, b._finishFlushFlag, b._defaultFullFlushFlag);
  z.close(); b.close();
})();

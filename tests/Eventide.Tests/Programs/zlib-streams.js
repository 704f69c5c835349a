// zlib streams and callbacks: callback forms complete after the loop's immediates (work on the thread pool),
// util.promisify, output as input arrives in chunkSize pieces, flush() and params() mid-stream, pipeline
// from and to files, stream errors as 'error' then 'close', close(callback).
const zlib = require('zlib');
const fs = require('fs');
const util = require('util');
const { pipeline, Transform } = require('stream');
const big = Buffer.alloc(100000).map((_, i) => (i * 7) % 251 ^ (i >> 6));
const order = [];
const step = (f) => new Promise((resolve) => f(resolve));
(async () => {
  await step((done) => {
    zlib.gzip(big, (err, gz) => {
      order.push('gzip callback');
      console.log('gzip cb', err, Buffer.isBuffer(gz), gz.length < big.length);
      done();
    });
    order.push('after the call');
    setImmediate(() => order.push('immediate'));
  });
  console.log(order);
  await step((done) => zlib.gunzip(Buffer.from('bad data'), (err, out) => { console.log('gunzip bad', err.message, err.code, err.errno, out); done(); }));
  zlib.inflateRaw(123, () => {});
})().catch((e) => console.log('caught', e.code, e.message)).then(async () => {
  const deflated = await util.promisify(zlib.deflate)('promised');
  console.log('promisify', (await util.promisify(zlib.inflate)(deflated)).toString());
  const br = await util.promisify(zlib.brotliCompress)('brotli text', { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 4, [zlib.constants.BROTLI_PARAM_MODE]: zlib.constants.BROTLI_MODE_TEXT } });
  console.log('brotli', (await util.promisify(zlib.brotliDecompress)(br)).toString());
  try { await util.promisify(zlib.inflate)(Buffer.from('nope')); } catch (e) { console.log('rejected', e.message, e.code); }
  try { await util.promisify(zlib.gunzip)(zlib.gzipSync('x'.repeat(5000)), { maxOutputLength: 100 }); } catch (e) { console.log('too large', e.name, e.code, e.message); }
  let calls = 0;
  await step((done) => {
    zlib.gunzip(zlib.gzipSync('y'.repeat(5000)), { maxOutputLength: 100, chunkSize: 64 }, (err) => { calls++; console.log('too large once', err.code); setTimeout(done, 5); });
  });
  console.log('callback calls', calls);
  const info = await util.promisify(zlib.gzip)('abc', { info: true });
  console.log('info', Object.keys(info), info.engine.constructor.name, info.engine.bytesWritten);

  // One write: the output comes in chunkSize pieces; several writes: output arrives before the end.
  const gz = zlib.gzipSync(big);
  for (const chunkSize of [undefined, 30000]) {
    const sizes = [];
    const gunzip = zlib.createGunzip({ chunkSize });
    gunzip.on('data', (d) => sizes.push(d.length));
    await step((done) => gunzip.on('end', done).end(gz));
    console.log('sizes', chunkSize, sizes, gunzip.bytesWritten === gz.length);
  }
  const gunzip = zlib.createGunzip();
  let received = 0;
  gunzip.on('data', (d) => { received += d.length; });
  await step((done) => gunzip.write(gz.subarray(0, 20000), done));
  console.log('after the first write', received > 30000, received < big.length);
  await step((done) => gunzip.on('end', done).end(gz.subarray(20000)));
  console.log('in the end', received);

  // flush() makes what was written so far decodable; params() changes the level mid-stream.
  const deflate = zlib.createDeflate();
  const chunks = [];
  deflate.on('data', (d) => chunks.push(d));
  deflate.write('part one, ');
  await step((done) => deflate.flush(done));
  console.log('flushed', zlib.inflateSync(Buffer.concat(chunks), { finishFlush: zlib.constants.Z_SYNC_FLUSH }).toString());
  await step((done) => deflate.params(9, zlib.constants.Z_FILTERED, done));
  deflate.write('part two, ');
  await step((done) => deflate.flush(zlib.constants.Z_FULL_FLUSH, done));
  deflate.end('part three');
  await step((done) => deflate.on('end', done));
  console.log('params', zlib.inflateSync(Buffer.concat(chunks)).toString(), deflate.bytesWritten);
  try { deflate.params(99, 0, () => {}); } catch (e) { console.log(e.code, e.message); }
  const brs = zlib.createBrotliCompress();
  const brChunks = [];
  brs.on('data', (d) => brChunks.push(d));
  brs.write('brotli streamed ');
  await step((done) => brs.flush(done));
  console.log('brotli flushed', zlib.createBrotliDecompress()._processChunk(Buffer.concat(brChunks), zlib.constants.BROTLI_OPERATION_FLUSH).toString());
  await step((done) => brs.on('end', done).end('and ended'));
  console.log('brotli ended', zlib.brotliDecompressSync(Buffer.concat(brChunks)).toString());

  // pipeline through files, both ways.
  const dir = fs.mkdtempSync((process.env.TMPDIR || '/tmp') + '/eventide-zlib-');
  fs.writeFileSync(dir + '/in.txt', big);
  await util.promisify(pipeline)(fs.createReadStream(dir + '/in.txt'), zlib.createGzip(), fs.createWriteStream(dir + '/in.txt.gz'));
  console.log('pipeline', zlib.gunzipSync(fs.readFileSync(dir + '/in.txt.gz')).equals(big));
  await util.promisify(pipeline)(fs.createReadStream(dir + '/in.txt.gz'), zlib.createGunzip(), fs.createWriteStream(dir + '/out.txt'));
  console.log('pipeline back', fs.readFileSync(dir + '/out.txt').equals(big));
  await util.promisify(pipeline)(fs.createReadStream(dir + '/in.txt'), zlib.createBrotliCompress(), zlib.createBrotliDecompress(), zlib.createDeflateRaw(), zlib.createInflateRaw(), fs.createWriteStream(dir + '/chain.txt'));
  console.log('chain', fs.readFileSync(dir + '/chain.txt').equals(big));
  fs.rmSync(dir, { recursive: true });

  // Errors: 'error' then 'close'; a pipeline reports the error.
  const events = [];
  const g = zlib.createGunzip();
  g.on('error', (e) => events.push(`error ${e.message} ${e.code} ${e.errno}`));
  g.on('close', () => events.push(`close ${g.destroyed}`));
  g.end('not gzip');
  await step((done) => g.on('close', done));
  console.log(events);
  const t = zlib.createInflate();
  t.on('error', (e) => console.log('truncated', e.message, e.code));
  t.end(zlib.deflateSync(big).subarray(0, 500));
  await step((done) => t.on('close', done));
  await step((done) => pipeline(require('stream').Readable.from([Buffer.from('junk junk junk')]), zlib.createBrotliDecompress(), (err) => { console.log('pipeline error', err.message, err.code.startsWith('ERR__ERROR_FORMAT_')); done(); }));
  const c = zlib.createGzip();
  await step((done) => c.close(() => { console.log('close cb', c.destroyed, c._closed); done(); }));
  console.log(zlib.createGzip() instanceof Transform, zlib.Gzip() instanceof zlib.Gzip, zlib.Inflate({ windowBits: 0 }) instanceof zlib.Inflate);
  try { zlib.createGzip({ chunkSize: Infinity }); } catch (e) { console.log(e.code, e.message); }
  try { zlib.createInflate({ dictionary: 'x' }); } catch (e) { console.log(e.code, e.message); }
});

// node:stream <-> web streams: Readable.toWeb/fromWeb, Writable.toWeb/fromWeb, Duplex.toWeb/fromWeb,
// Readable.from over a ReadableStream, pipeline through web streams, errors and cancellation crossing over.
const { Readable, Writable, Duplex, PassThrough, pipeline } = require('stream');
const log = (...a) => console.log(...a.map((x) => (x instanceof Error ? `${x.name}: ${x.message}` : x)));

async function toWeb() {
  log('-- Readable.toWeb');
  const web = Readable.toWeb(Readable.from(['a', 'b', 'c']));
  log(web);
  const chunks = [];
  for await (const c of web) chunks.push(c);
  log(chunks);
  const bytes = Readable.toWeb(new Readable({ read() { this.push(Buffer.from('xyz')); this.push(null); } }));
  const reader = bytes.getReader();
  log(await reader.read(), await reader.read());
  const failing = new Readable({ read() { this.destroy(new Error('node side broke')); } });
  await Readable.toWeb(failing).getReader().read().catch((e) => log('read', e));
  const canceled = new Readable({ read() {} });
  canceled.on('close', () => log('node readable closed', canceled.destroyed));
  await Readable.toWeb(canceled).cancel(new Error('web canceled'));
  await new Promise((r) => setImmediate(r));
  const done = Readable.from([]);
  done.resume();
  await new Promise((r) => done.on('end', r));
  log(Readable.toWeb(done));
  try { Readable.toWeb({}); } catch (e) { log(e.code, e.message); }
}

async function fromWeb() {
  log('-- Readable.fromWeb');
  const rs = new ReadableStream({ start(c) { c.enqueue(new TextEncoder().encode('hello ')); c.enqueue(new TextEncoder().encode('web')); c.close(); } });
  const node = Readable.fromWeb(rs, { encoding: 'utf8' });
  let text = '';
  for await (const s of node) text += s;
  log(text, rs.locked);
  const objects = Readable.fromWeb(new ReadableStream({ start(c) { c.enqueue({ n: 1 }); c.enqueue({ n: 2 }); c.close(); } }), { objectMode: true });
  const got = [];
  objects.on('data', (o) => got.push(o));
  await new Promise((r) => objects.on('end', r));
  log(got);
  const erroring = Readable.fromWeb(new ReadableStream({ pull(c) { c.error(new Error('web side broke')); } }));
  erroring.on('error', (e) => log('error event', e));
  await new Promise((r) => erroring.on('close', r));
  erroring.resume();
  let canceledWith;
  const cancelMe = Readable.fromWeb(new ReadableStream({ cancel(r) { canceledWith = r; } }));
  cancelMe.destroy(new Error('stop'));
  cancelMe.on('error', () => {});
  await new Promise((r) => cancelMe.on('close', r));
  log('canceled with', canceledWith);
  log('-- Readable.from(web)');
  const fromIt = Readable.from(new ReadableStream({ start(c) { c.enqueue(1); c.enqueue(2); c.close(); } }));
  const nums = [];
  for await (const n of fromIt) nums.push(n);
  log(nums);
  try { Readable.fromWeb({}); } catch (e) { log(e.code, e.message); }
  try { Readable.fromWeb(new ReadableStream(), { encoding: 'nope' }); } catch (e) { log(e.code, e.message); }
}

async function writables() {
  log('-- Writable.toWeb');
  const seen = [];
  const sink = new Writable({ highWaterMark: 2, write(chunk, enc, cb) { seen.push(chunk.toString()); setImmediate(cb); } });
  const ws = Writable.toWeb(sink);
  log(ws);
  const writer = ws.getWriter();
  await writer.write(new TextEncoder().encode('one'));
  await writer.write(new TextEncoder().encode('two'));
  await writer.close();
  log(seen, sink.writableFinished);
  log('-- Writable.fromWeb');
  const written = [];
  const web = new WritableStream({ write(chunk) { written.push(chunk); }, close() { log('web sink closed'); } });
  const node = Writable.fromWeb(web);
  node.write('abc');
  node.write(Buffer.from('de'));
  node.end('f');
  await new Promise((r) => node.on('finish', r));
  log(written.map((c) => [c.constructor.name, Buffer.from(c).toString()]));
  const failingWeb = Writable.fromWeb(new WritableStream({ write() { throw new Error('web write failed'); } }));
  failingWeb.on('error', (e) => log('error event', e));
  failingWeb.write('x');
  await new Promise((r) => failingWeb.on('close', r));
  try { Writable.fromWeb(new WritableStream(), { objectMode: 1 }); } catch (e) { log(e.code, e.message); }
}

async function duplexes() {
  log('-- Duplex.toWeb');
  const pass = new PassThrough();
  const { readable, writable } = Duplex.toWeb(pass);
  log(readable, writable);
  const w = writable.getWriter();
  w.write(new TextEncoder().encode('through'));
  w.close();
  const parts = [];
  for await (const c of readable) parts.push(Buffer.from(c).toString());
  log(parts);
  log('-- Duplex.fromWeb');
  const ts = new TransformStream({ transform(chunk, c) { c.enqueue(Buffer.from(chunk).toString().toUpperCase()); } });
  const duplex = Duplex.fromWeb(ts, { encoding: 'utf8' });
  duplex.end('shout');
  let out = '';
  for await (const s of duplex) out += s;
  log(out);
  try { Duplex.fromWeb({ readable: 1 }); } catch (e) { log(e.code, e.message); }
}

async function pipelines() {
  log('-- pipeline through a web stream');
  const upper = Duplex.fromWeb(new TransformStream({ transform(chunk, c) { c.enqueue(Buffer.from(chunk).toString().toUpperCase()); } }));
  const collected = [];
  await new Promise((resolve, reject) => pipeline(
    Readable.from(['a', 'b']),
    upper,
    new Writable({ write(chunk, enc, cb) { collected.push(chunk.toString()); cb(); } }),
    (err) => (err ? reject(err) : resolve())));
  log(collected);
  log('-- pipeline with web streams');
  const { pipeline: pipelinePromise } = require('stream/promises');
  const out = [];
  await pipelinePromise(ReadableStream.from(['x', 'y']), new TransformStream({ transform(c, ctl) { ctl.enqueue(c + '!'); } }), new WritableStream({ write(c) { out.push(c); } }));
  log(out);
  const nodeOut = [];
  await pipelinePromise(Readable.from(['p', 'q']), new WritableStream({ write(c) { nodeOut.push(c); } }));
  await pipelinePromise(new ReadableStream({ start(c) { c.enqueue('r'); c.close(); } }), new Writable({ objectMode: true, write(c, e, cb) { nodeOut.push(c); cb(); } }));
  log(nodeOut);
  await pipelinePromise(ReadableStream.from(['z']), new WritableStream({ write() { throw new Error('web sink failed'); } })).catch((e) => log('pipeline rejected', e));
}

async function finishedAndState() {
  log('-- finished and state helpers');
  const { finished, isDisturbed, isErrored, isReadable } = require('stream');
  const finishedPromise = require('stream/promises').finished;
  const rs = new ReadableStream({ start(c) { c.enqueue(1); c.close(); } });
  const events = [];
  finished(rs, (err) => events.push(`rs finished ${err}`));
  const fp = finishedPromise(rs).then(() => events.push('rs finished (promise)'));
  log(isDisturbed(rs), isReadable(rs));
  rs.getReader().read().then((r) => events.push(`read ${r.value}`));
  log(isDisturbed(rs), isReadable(rs));
  const es = new ReadableStream({ start(c) { c.error(new Error('x')); } });
  finished(es, (err) => events.push(`es finished ${err.message}`));
  log(isErrored(es), isErrored(rs));
  const ws = new WritableStream();
  finished(ws, (err) => events.push(`ws finished ${err}`));
  ws.getWriter().close();
  const aborted = new WritableStream();
  finished(aborted, (err) => events.push(`aborted finished ${err}`));
  aborted.abort('gone');
  const ac = new AbortController();
  finished(new ReadableStream(), { signal: ac.signal }, (err) => events.push(`signal ${err.name}`));
  ac.abort();
  await fp;
  await new Promise((r) => setTimeout(r, 1));
  log(events);
}

(async () => {
  await finishedAndState();
  await toWeb();
  await fromWeb();
  await writables();
  await duplexes();
  await pipelines();
})();

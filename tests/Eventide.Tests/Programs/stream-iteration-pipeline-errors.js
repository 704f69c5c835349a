const { Readable, Writable, Transform, PassThrough, pipeline, finished } = require('stream');
const log = (...a) => console.log(...a);
async function main() {
  // async iteration
  const r = Readable.from(['a', 'b', 'c']);
  for await (const x of r) log('iter', x);
  log('destroyed after iter', r.destroyed, r.readableEnded);
  const r2 = Readable.from([1, 2, 3, 4]);
  r2.on('close', () => log('r2 close'));
  for await (const x of r2) { log('iter2', x); if (x === 2) break; }
  log('r2 destroyed', r2.destroyed);
  async function* gen() { yield 'x'; yield 'y'; }
  log(await Readable.from(gen()).toArray());
  log(await Readable.from([1, 2, 3, 4, 5]).map((x) => x * 2).filter((x) => x > 4).toArray());
  log(await Readable.from([1, 2, 3, 4, 5]).take(2).toArray(), await Readable.from([1, 2, 3]).drop(1).toArray());
  log(await Readable.from([1, 2, 3]).reduce((a, b) => a + b, 0));
  // Transform
  const up = new Transform({
    transform(chunk, enc, cb) { cb(null, String(chunk).toUpperCase()); },
    flush(cb) { this.push('!'); cb(); },
  });
  const got = [];
  await new Promise((resolve, reject) => pipeline(Readable.from(['ab', 'cd']), up, new Writable({
    write(chunk, enc, cb) { got.push(String(chunk)); cb(); },
  }), (err) => (err ? reject(err) : resolve())));
  log('pipeline', got);
  // pipeline error
  const bad = new Transform({ transform(chunk, enc, cb) { cb(new Error('boom')); } });
  await new Promise((resolve) => pipeline(Readable.from(['a']), bad, new PassThrough(), (err) => { log('pipeline err', err.message); resolve(); }));
  // generator stages with stream/promises
  const { pipeline: pp } = require('stream/promises');
  const out = [];
  await pp(Readable.from([1, 2, 3]), async function* (src) { for await (const x of src) yield x * 10; }, async function (src) { for await (const x of src) out.push(x); });
  log('pp', out);
  // destroy semantics
  const d = new Readable({ read() {} });
  d.on('error', (e) => log('error', e.message, d.destroyed, d.errored === e, d.closed));
  d.on('close', () => log('close', d.closed));
  d.destroy(new Error('bad'));
  log('sync', d.destroyed, d.errored && d.errored.message);
  process.nextTick(() => log('tick'));
  await new Promise((r) => setTimeout(r, 5));
  // finished
  const w = new Writable({ write(c, e, cb) { cb(); } });
  finished(w, (err) => log('finished', err));
  w.end('x');
  const r3 = new Readable({ read() {} });
  finished(r3, (err) => log('finished r3', err.code, err.message));
  r3.destroy();
  await new Promise((r) => setTimeout(r, 5));
  // errors
  const r4 = new Readable({ read() {} });
  r4.on('error', (e) => log(e.code, e.message, e.name));
  r4.push(null); r4.push('x');
  try { new Writable().write(null); } catch (e) { log(e.code, e.message, e.name); }
  try { new Writable().write(5); } catch (e) { log(e.code, e.message); }
  const r5 = new Readable();
  r5.on('error', (e) => log(e.code, e.message));
  r5.read();
  await new Promise((r) => setTimeout(r, 5));
  try { pipeline(Readable.from([1])); } catch (e) { log(e.code, e.message); }
}
main();

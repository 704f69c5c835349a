const { Readable, Writable, Transform, PassThrough, pipeline, finished } = require('stream');
const log = (...a) => console.log(...a);
const steps = [];
const next = () => { const s = steps.shift(); if (s) setTimeout(s, 2); };
steps.push(() => {
  log('--- readable with read(n)');
  let i = 0;
  const r = new Readable({ highWaterMark: 5, read(size) { log('_read', size, r.readableLength); i++; if (i < 4) this.push('x'.repeat(3)); else this.push(null); } });
  r.on('readable', function () {
    log('readable', r.readableLength);
    let c;
    while ((c = r.read(4)) !== null) log('got', String(c));
  });
  r.on('end', () => { log('end'); next(); });
});
steps.push(() => {
  log('--- unshift');
  const r = new Readable({ read() {} });
  r.push('hello');
  r.once('readable', () => {
    const c = r.read(2);
    log('read', String(c));
    r.unshift(c);
    log('len', r.readableLength, String(r.read()));
    r.push(null);
    r.read();
    r.on('end', () => { log('end'); try { r.unshift('z'); } catch (e) { log(e.message); } next(); });
    r.on('error', (e) => log('error', e.code, e.message));
  });
});
steps.push(() => {
  log('--- two destinations');
  const r = new Readable({ objectMode: true, read() {} });
  const mk = (name, delay) => new Writable({ objectMode: true, highWaterMark: 1, write(c, e, cb) { log(name, c); setTimeout(cb, delay); } });
  const a = mk('A', 1); const b = mk('B', 3);
  a.on('drain', () => log('A drain')); b.on('drain', () => log('B drain'));
  r.pipe(a); r.pipe(b);
  [1, 2, 3].forEach((x) => r.push(x));
  r.push(null);
  let done = 0;
  const fin = (n) => () => { log(n, 'finish'); if (++done === 2) next(); };
  a.on('finish', fin('A')); b.on('finish', fin('B'));
});
steps.push(() => {
  log('--- destroy with pending writes');
  const w = new Writable({ highWaterMark: 1, write(c, e, cb) { log('write', String(c)); setTimeout(cb, 5); } });
  w.write('a', (err) => log('cb a', err && err.code));
  w.write('b', (err) => log('cb b', err && err.code));
  w.end((err) => log('end cb', err && err.code));
  w.on('error', (e) => log('error', e.message));
  w.on('close', () => { log('close', w.destroyed, w.writableFinished, w.errored && w.errored.message); setTimeout(() => { w.write('c', (err) => log('cb c', err.code, err.message)); next(); }, 10); });
  process.nextTick(() => w.destroy(new Error('stop')));
});
steps.push(() => {
  log('--- transform object mode backpressure');
  let count = 0;
  const t = new Transform({ objectMode: true, highWaterMark: 2, transform(c, e, cb) { log('transform', c); this.push(c * 2); cb(); } });
  const src = Readable.from([1, 2, 3, 4, 5, 6]);
  src.pipe(t);
  setTimeout(() => {
    log('buffered', t.readableLength, t.writableLength);
    t.on('data', (d) => log('data', d));
    t.on('end', () => { log('t end'); next(); });
  }, 5);
});
steps.push(() => {
  log('--- pipeline with function source and error in sink');
  pipeline(function* () { yield 'a'; yield 'b'; }, new Transform({ transform(c, e, cb) { cb(null, String(c) + '!'); } }),
    new Writable({ write(c, e, cb) { log('sink', String(c)); cb(String(c) === 'b!' ? new Error('sink fail') : null); } }),
    (err, v) => { log('done', err && err.message, v); next(); });
});
steps.push(() => {
  log('--- finished on ended streams');
  const r = Readable.from([]);
  r.resume();
  r.on('end', () => setTimeout(() => finished(r, (err) => { log('finished after end', err); next(); }), 1));
});
steps.push(() => {
  log('--- readable error then close with ticks');
  const r = new Readable({ read() {} });
  r.on('error', (e) => { log('error'); process.nextTick(() => log('tick in error')); Promise.resolve().then(() => log('micro in error')); });
  r.on('close', () => log('close'));
  r.destroy(new Error('e'), (err) => log('destroy cb', err.message));
  Promise.resolve().then(() => log('micro'));
  process.nextTick(() => log('tick'));
  setTimeout(next, 2);
});
steps.push(() => {
  log('--- write after end');
  const w = new Writable({ write(c, e, cb) { cb(); } });
  w.on('error', (e) => log('error', e.code, e.message));
  w.on('close', () => { log('close'); next(); });
  w.end();
  log('write ret', w.write('x', (e) => log('cb', e.code)));
});
next();

const { Readable, Writable, Transform, pipeline, PassThrough } = require("stream");
const log = (...a) => console.log(...a);
let n = 0;
const mark = (n) => { process.nextTick(() => log('tick', n)); Promise.resolve().then(() => log('micro', n)); };
setTimeout(() => {
  const a = Readable.from(['x', 'y']);
  const b = new PassThrough({ objectMode: true });
  const c = new Writable({ objectMode: true, write(ch, e, cb) { log('write', ch); cb(); } });
  for (const [name, s] of [['a', a], ['b', b], ['c', c]]) for (const ev of ['end', 'finish', 'close', 'prefinish']) s.on(ev, () => { log(name, ev); mark(name + ev); });
  pipeline(a, b, c, (err) => log('pipeline done', err));
  mark('p');
}, 1);
setTimeout(() => {


const watch = (name, s) => { for (const ev of ['end', 'finish', 'close', 'error']) s.on(ev, (e) => { log(name, ev, e ? e.message : ''); mark(name + ev); }); };
setTimeout(() => {
  const a = new Readable({ read() {} });
  const b = new Transform({ transform(c, e, cb) { cb(String(c) === 'bad' ? new Error('tx') : null, c); } });
  const c = new Writable({ write(ch, e, cb) { log('write', String(ch)); cb(); } });
  watch('a', a); watch('b', b); watch('c', c);
  pipeline(a, b, c, (err) => log('pipeline done', err && err.message, a.destroyed, b.destroyed, c.destroyed));
  a.push('ok');
  setTimeout(() => a.push('bad'), 2);
}, 1);
setTimeout(() => {
  log('--- destination destroyed');
  const a = Readable.from(['1', '2', '3']);
  const c = new Writable({ highWaterMark: 1, write(ch, e, cb) { log('write', String(ch)); setTimeout(cb, 1); } });
  watch('a', a); watch('c', c);
  pipeline(a, c, (err) => log('pipeline done', err && err.code));
  setTimeout(() => c.destroy(), 1);
}, 150);
setTimeout(() => {
  log('--- transform last, readable result');
  const t = new PassThrough();
  const ret = pipeline(Readable.from(['p', 'q']), t, (err) => log('done', err));
  log('ret is t', ret === t);
  ret.on('data', (d) => log('data', String(d)));
}, 300);
}, 50);

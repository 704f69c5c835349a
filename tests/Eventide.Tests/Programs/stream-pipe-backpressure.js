const { Readable, Writable, Duplex, PassThrough } = require('stream');
const log = (...a) => console.log(...a);
const tick = (name) => process.nextTick(() => log('tick', name));
const micro = (name) => Promise.resolve().then(() => log('micro', name));
// pipe with backpressure
let n = 0;
const src = new Readable({
  highWaterMark: 4,
  read() { n++; log('_read', n); this.push(n <= 5 ? 'chunk' + n : null); },
});
const dst = new Writable({
  highWaterMark: 6,
  write(chunk, enc, cb) { log('write', String(chunk)); setTimeout(cb, 1); },
});
for (const ev of ['pipe', 'unpipe', 'drain', 'finish', 'close']) dst.on(ev, () => log('dst', ev));
for (const ev of ['end', 'close', 'pause', 'resume']) src.on(ev, () => log('src', ev, src.readableFlowing));
src.pipe(dst);
tick('a'); micro('a');
dst.on('close', () => {
  // cork / writev
  const w = new Writable({
    writev(chunks, cb) { log('writev', chunks.map((c) => String(c.chunk))); cb(); },
    write(chunk, enc, cb) { log('write1', String(chunk)); cb(); },
  });
  w.cork();
  w.write('a', () => log('cb a')); w.write('b', () => log('cb b')); w.write('c');
  log('corked', w.writableCorked, w.writableLength);
  process.nextTick(() => w.uncork());
  w.on('finish', () => log('w finish'));
  w.end(() => log('w end cb'));
  tick('b'); micro('b');
  setTimeout(part2, 5);
});
function part2() {
  // setEncoding and read(n)
  const r = new Readable({ read() {} });
  r.setEncoding('utf8');
  r.push('héllo wörld');
  r.push(null);
  r.once('readable', () => {
    log('read3', JSON.stringify(r.read(3)), r.readableLength);
    log('readAll', JSON.stringify(r.read()), r.readableLength);
    log('readMore', r.read());
  });
  r.on('end', () => { log('r end'); part3(); });
}
function part3() {
  // Duplex with allowHalfOpen false
  const d = new Duplex({
    allowHalfOpen: false,
    read() {},
    write(chunk, enc, cb) { log('duplex write', String(chunk)); cb(); },
    final(cb) { log('final'); cb(); },
  });
  for (const ev of ['end', 'finish', 'close', 'prefinish']) d.on(ev, () => log('duplex', ev));
  d.on('data', (c) => log('duplex data', String(c)));
  d.write('x');
  d.push('y');
  d.push(null);
  log('duplex', d instanceof Writable, d instanceof Readable, d instanceof Duplex);
  // construct
  const c = new Writable({
    construct(cb) { log('construct'); setTimeout(() => { log('constructed'); cb(); }, 2); },
    write(chunk, enc, cb) { log('c write', String(chunk)); cb(); },
  });
  c.write('early');
  c.end();
  c.on('finish', () => log('c finish'));
  c.on('close', () => { log('c close'); part4(); });
}
function part4() {
  const p = new PassThrough();
  p.on('unpipe', () => log('unpipe'));
  const r = new Readable({ read() {} });
  r.pipe(p);
  r.unpipe(p);
  log('flowing after unpipe', r.readableFlowing, r.isPaused());
  const r2 = new Readable({ read() {} });
  r2.on('data', (c) => log('data', String(c)));
  r2.pause(); r2.push('q'); log('paused', r2.isPaused(), r2.readableLength);
  r2.resume(); tick('c');
  const w = new Writable({ write(c, e, cb) { cb(); }, emitClose: false });
  w.on('close', () => log('should not close'));
  w.on('finish', () => log('finish no close'));
  w.end();
  const w2 = new Writable({ write(c, e, cb) { cb(); }, autoDestroy: false });
  w2.on('finish', () => log('finish no destroy', w2.destroyed));
  w2.end('z');
  w2.end('again');
  w2.on('error', (e) => log('w2 error', e.code, e.message));
}

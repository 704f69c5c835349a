const { Readable, Writable, PassThrough, finished } = require('stream');
const log = (...a) => console.log(...a);
const steps = [];
const next = () => { const s = steps.shift(); if (s) setTimeout(s, 3); };
steps.push(() => {
  log('--- dest error unpipes');
  const r = new Readable({ read() {} });
  const w = new Writable({ write(c, e, cb) { cb(new Error('wfail')); } });
  w.on('error', (e) => log('w error', e.message, r.readableFlowing, r._readableState.pipes.length));
  w.on('unpipe', () => log('unpipe'));
  w.on('close', () => { log('w close'); next(); });
  r.pipe(w);
  r.push('x');
});
steps.push(() => {
  log('--- readable and data together');
  const r = new Readable({ read() {} });
  r.on('readable', () => log('readable', r.readableFlowing, String(r.read())));
  r.on('data', (d) => log('data', String(d)));
  r.push('a');
  setTimeout(() => { r.removeAllListeners('readable'); setTimeout(() => { log('flowing now', r.readableFlowing); r.push('b'); r.push(null); }, 1); }, 2);
  r.on('end', () => { log('end'); next(); });
});
steps.push(() => {
  log('--- iterate destroyed stream');
  const r = new Readable({ read() {} });
  r.destroy();
  (async () => {
    try { for await (const x of r) log(x); log('no error'); } catch (e) { log('iter err', e.code); }
    const r2 = new Readable({ read() {} });
    r2.push('a');
    setTimeout(() => r2.destroy(new Error('late')), 2);
    try { for await (const x of r2) log('got', String(x)); } catch (e) { log('iter err2', e.message); }
    const r3 = Readable.from(['a']);
    r3.on('close', () => log('r3 close'));
    const it = r3[Symbol.asyncIterator]();
    log(await it.next());
    log(await it.return());
    log(r3.destroyed);
    const r4 = Readable.from(['a', 'b']);
    for await (const x of r4.iterator({ destroyOnReturn: false })) { log('r4', x); break; }
    log('r4 destroyed', r4.destroyed, await r4.toArray());
    next();
  })();
});
steps.push(() => {
  log('--- autoDestroy false');
  const r = new Readable({ autoDestroy: false, read() {} });
  r.on('end', () => { log('end', r.destroyed); setTimeout(() => { log('still', r.destroyed, r.closed); r.destroy(); }, 1); });
  r.on('close', () => { log('close'); next(); });
  r.resume();
  r.push(null);
});
steps.push(() => {
  log('--- premature close');
  const w = new Writable({ write(c, e, cb) {} });
  finished(w, (err) => { log('finished', err.code, err.message); next(); });
  w.write('a');
  w.destroy();
});
steps.push(() => {
  log('--- highWaterMark 0 and invalid');
  const r = new Readable({ highWaterMark: 0, read() { log('_read'); } });
  r.on('readable', () => log('readable'));
  try { new Readable({ highWaterMark: -1 }); } catch (e) { log(e.code, e.message); }
  try { new Writable({ highWaterMark: 1.5 }); } catch (e) { log(e.code, e.message); }
  try { new PassThrough({ readableHighWaterMark: 'x' }); } catch (e) { log(e.code, e.message); }
  log(new PassThrough({ readableHighWaterMark: 3, writableHighWaterMark: 7 }).readableHighWaterMark);
  log(new PassThrough({ readableObjectMode: true }).readableHighWaterMark);
  setTimeout(next, 3);
});
next();

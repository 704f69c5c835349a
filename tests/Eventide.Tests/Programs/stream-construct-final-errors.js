const { Readable, Writable, Duplex } = require('stream');
const log = (...a) => console.log(...a);
const steps = [];
const next = () => { const s = steps.shift(); if (s) setTimeout(s, 5); };
steps.push(() => {
  log('--- readable construct');
  const r = new Readable({
    construct(cb) { log('construct'); process.nextTick(() => { log('constructed'); cb(); }); },
    read() { log('_read'); this.push('v'); this.push(null); },
  });
  log('read before', r.read());
  r.on('data', (d) => log('data', String(d)));
  r.on('end', () => log('end'));
  r.on('close', () => { log('close'); next(); });
});
steps.push(() => {
  log('--- construct error');
  const w = new Writable({ construct(cb) { cb(new Error('no')); }, write(c, e, cb) { log('never'); cb(); } });
  w.write('a', (err) => log('write cb', err && err.message));
  w.on('error', (e) => log('error', e.message));
  w.on('close', () => { log('close', w.destroyed); next(); });
});
steps.push(() => {
  log('--- final error');
  const w = new Writable({ write(c, e, cb) { cb(); }, final(cb) { setTimeout(() => cb(new Error('final fail')), 1); } });
  w.on('error', (e) => log('error', e.message));
  w.on('finish', () => log('finish?'));
  w.on('close', () => { log('close', w.writableFinished); next(); });
  w.end('a', (err) => log('end cb', err && err.message));
});
steps.push(() => {
  log('--- destroy in construct');
  const d = new Duplex({ construct(cb) { setTimeout(cb, 2); }, read() {}, write(c, e, cb) { cb(); }, destroy(err, cb) { log('_destroy', err && err.message); cb(err); } });
  d.on('error', (e) => log('error', e.message));
  d.on('close', () => { log('close'); next(); });
  d.destroy(new Error('early'));
  log('destroyed', d.destroyed);
});
steps.push(() => {
  log('--- double callback');
  const w = new Writable({ write(c, e, cb) { cb(); cb(); } });
  w.on('error', (e) => log('error', e.code, e.message));
  w.write('a');
  setTimeout(next, 5);
});
steps.push(() => {
  log('--- sync write error');
  const w = new Writable({ write(c, e, cb) { cb(new Error('sync fail')); } });
  w.on('error', (e) => log('error', e.message));
  w.on('close', () => { log('close'); next(); });
  log('ret', w.write('a', (err) => log('cb', err.message)));
  process.nextTick(() => log('tick'));
});
next();

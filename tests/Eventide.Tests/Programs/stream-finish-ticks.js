const { Writable } = require('stream');
const log = (...a) => console.log(...a);
const w = new Writable({ write(c, e, cb) { log('write'); cb(); } });
w.on('finish', () => log('finish'));
w.write('a', () => log('cb a'));
w.end(() => log('end cb'));
process.nextTick(() => log('tick1'));
setTimeout(() => {
  const w = new Writable({ write(c, e, cb) { log('write'); cb(); } });
  w.on('finish', () => log('finish2'));
  w.write('a', () => log('cb a2'));
  process.nextTick(() => log('tick2'));
  w.end(() => log('end cb2'));
}, 10);
setTimeout(() => {
  const w = new Writable({ writev(c, cb) { log('writev'); cb(); } });
  w.on('finish', () => log('finish3'));
  w.cork();
  w.write('a', () => log('cb a3'));
  w.write('b', () => log('cb b3'));
  w.end(() => log('end cb3'));
  process.nextTick(() => log('tick3'));
}, 20);
setTimeout(() => {
const w = new Writable({ write(c, e, cb) { log('write'); setTimeout(() => { process.nextTick(() => log('tick-in-cb')); cb(); log('after cb'); }, 1); } });
w.on('finish', () => log('finish'));
w.write('a', () => log('cb a'));
w.end(() => log('end cb'));
setTimeout(() => {
  const w = new Writable({ write(c, e, cb) { log('write'); cb(); }, final(cb) { log('final'); cb(); } });
  w.on('finish', () => log('finish2'));
  w.on('prefinish', () => log('prefinish2'));
  w.write('a', () => log('cb a2'));
  w.end(() => log('end cb2'));
  process.nextTick(() => log('tick2'));
}, 10);
setTimeout(() => {
  const w = new Writable({ write(c, e, cb) { log('write'); cb(); } });
  w.on('finish', () => log('finish3'));
  w.on('prefinish', () => log('prefinish3'));
  w.end(() => log('end cb3'));
  process.nextTick(() => log('tick3'));
}, 20);
}, 50);

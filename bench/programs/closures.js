// Closures: an event emitter and counters.
class Emitter {
  constructor() { this.handlers = {}; }
  on(name, fn) { (this.handlers[name] ||= []).push(fn); return () => this.off(name, fn); }
  off(name, fn) { const hs = this.handlers[name]; const i = hs.indexOf(fn); if (i >= 0) hs.splice(i, 1); }
  emit(name, ...args) { const hs = this.handlers[name]; if (hs) for (const h of hs) h(...args); }
}
function counter() { let n = 0; return { inc: () => ++n, get: () => n }; }
const e = new Emitter();
const counters = Array.from({ length: 20 }, counter);
const offs = counters.map((c, i) => e.on('tick', v => { if (v % (i + 1) === 0) c.inc(); }));
for (let v = 0; v < 100000; v++) e.emit('tick', v);
offs.slice(0, 10).forEach(off => off());
for (let v = 0; v < 100000; v++) e.emit('tick', v);
console.log('checksum', counters.reduce((a, c) => a + c.get(), 0));

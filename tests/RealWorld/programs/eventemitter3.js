'use strict';
// eventemitter3: on/once/off, context, symbols, listener introspection, prefixed storage.
const EventEmitter = require('eventemitter3');
const show = (label, value) => console.log(label, JSON.stringify(value));

const ee = new EventEmitter();
const log = [];
const ctx = { name: 'ctx' };
function withCtx(a) { log.push(this.name + ':' + a); }
ee.on('data', a => log.push('on:' + a));
ee.once('data', a => log.push('once:' + a));
ee.on('data', withCtx, ctx);
show('emit returns', [ee.emit('data', 1), ee.emit('data', 2), ee.emit('nothing')]);
show('log', log.splice(0));
show('listenerCount', [ee.listenerCount('data'), ee.listeners('data').length, ee.eventNames()]);
ee.off('data', withCtx, ctx);
ee.emit('data', 3);
show('after off with context', log.splice(0));
ee.removeListener('data', withCtx, { name: 'other' });
const sym = Symbol('evt');
ee.on(sym, (...args) => log.push(args.length));
for (let n = 0; n <= 7; n++) ee.emit(sym, ...Array.from({ length: n }, (_, i) => i));
show('arity dispatch', log.splice(0));
show('eventNames with symbol', ee.eventNames().map(String));
ee.removeAllListeners('data');
show('removeAllListeners event', [ee.listenerCount('data'), ee.eventNames().length]);
ee.removeAllListeners();
show('removeAllListeners', ee.eventNames().length);
class Job extends EventEmitter {
  run() {
    this.emit('start');
    setTimeout(() => { this.emit('progress', 50); this.emit('done', { ok: true }); }, 5);
    return this;
  }
}
const job = new Job();
job.on('start', () => log.push('start')).on('progress', p => log.push('progress ' + p)).once('done', r => { log.push('done ' + r.ok); show('job', log.splice(0)); });
job.run();
show('instanceof', [job instanceof EventEmitter, typeof EventEmitter.prefixed, EventEmitter.EventEmitter === EventEmitter]);
const many = new EventEmitter();
let total = 0;
for (let i = 0; i < 100; i++) many.on('add', n => { total += n * i; });
many.emit('add', 2);
show('many listeners', [total, many.listenerCount('add')]);
const onceAll = new EventEmitter();
const h = () => log.push('h');
onceAll.once('x', h);
onceAll.once('x', h);
onceAll.removeListener('x', h, undefined, true);
onceAll.emit('x');
show('remove once-only', [log.splice(0), onceAll.listenerCount('x')]);
const selfRemove = new EventEmitter();
selfRemove.on('e', function a() { log.push('a'); selfRemove.off('e', a); });
selfRemove.on('e', () => log.push('b'));
selfRemove.emit('e'); selfRemove.emit('e');
show('self removal during emit', log.splice(0));
const err = new EventEmitter();
try { err.emit('error', new Error('unhandled?')); show('error event', 'no throw'); } catch (e) { show('error event threw', e.message); }
show('addListener alias', EventEmitter.prototype.addListener === EventEmitter.prototype.on);

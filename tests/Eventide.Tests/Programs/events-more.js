// events: key order, inspect of an emitter, removeAllListeners' announcements, on()'s close option,
// defaultMaxListeners validation, captureRejections toggles.
const EventEmitter = require('events');
const show = (f) => { try { console.log(f()); } catch (e) { console.log(e.name, e.code, JSON.stringify(e.message)); } };
console.log(Object.keys(EventEmitter));
console.log(Object.getOwnPropertyNames(EventEmitter.prototype));
console.log(new EventEmitter());
const e = new EventEmitter();
e.on('removeListener', (n) => console.log('removed', n));
e.on('a', () => {}); e.on('a', () => {}); e.on('b', () => {});
e.removeAllListeners('a'); console.log(e.eventNames());
e.on('c', () => {}); e.removeAllListeners(); console.log(e.eventNames(), e._eventsCount);
show(() => { EventEmitter.defaultMaxListeners = -1; });
show(() => { EventEmitter.captureRejections = 1; });
EventEmitter.captureRejections = true; console.log(new EventEmitter()[Object.getOwnPropertySymbols(new EventEmitter()).find((s) => s.description === 'kCapture')]);
EventEmitter.captureRejections = false;
show(() => e.once('x', null));
show(() => e.removeListener('x', 1));
show(() => EventEmitter.listenerCount(e, 'c'));
class Sub extends EventEmitter {}
console.log(new Sub().on('x', () => {}));
(async () => {
  const ee = new EventEmitter();
  const it = EventEmitter.on(ee, 'data', { close: ['end'] });
  setTimeout(() => { ee.emit('data', 1); ee.emit('data', 2); ee.emit('end'); }, 1);
  for await (const [v] of it) console.log('data', v);
  console.log('closed by end');
  const t = new EventTarget(); const ac = new AbortController();
  const p = EventEmitter.once(t, 'x', { signal: ac.signal }); ac.abort('why');
  await p.catch((err) => console.log(err.name, err.cause));
  await EventEmitter.once(ee, 'x', { signal: 1 }).catch((err) => console.log(err.code, err.message));
})();

// events.on/once/addAbortListener/getEventListeners with EventEmitters, EventTargets and abort signals.
const { on, once, addAbortListener, getEventListeners, EventEmitter } = require('events');
(async () => {
  const ee = new EventEmitter();
  setTimeout(() => { ee.emit('foo', 'bar'); ee.emit('foo', 42); }, 5);
  const ac = new AbortController();
  let n = 0;
  try {
    for await (const args of on(ee, 'foo', { signal: ac.signal })) { console.log('on', args); if (++n === 2) ac.abort(); }
  } catch (e) { console.log('on ended', e.name, e.code); }
  const et = new EventTarget();
  setTimeout(() => { et.dispatchEvent(new Event('tick')); et.dispatchEvent(new Event('tick')); }, 5);
  for await (const [ev] of on(et, 'tick')) { console.log('et', ev.type); if (++n === 4) break; }
  const l = () => {};
  et.addEventListener('x', l);
  console.log(getEventListeners(et, 'x').length, getEventListeners(et, 'x')[0] === l, getEventListeners(ee, 'foo'));
  const c2 = new AbortController();
  addAbortListener(c2.signal, () => console.log('abort listener'));
  c2.abort();
  addAbortListener(AbortSignal.abort(), () => console.log('already aborted listener'));
  try { addAbortListener(undefined, l) } catch (e) { console.log(e.code, e.message) }
  const ee2 = new EventEmitter();
  setTimeout(() => ee2.emit('error', new Error('boom')), 5);
  try { for await (const x of on(ee2, 'data')) { console.log(x) } } catch (e) { console.log('on error', e.message) }
  console.log(await Promise.race([once(ee2, 'x', 5), 'options are not validated']));
  console.log('end');
})();
const events = require('events');
const ac = new AbortController();
events.setMaxListeners(20, ac.signal);
console.log(events.getMaxListeners(ac.signal), events.getMaxListeners(new EventTarget()));
const ee = new events.EventEmitter();
events.setMaxListeners(3, ee);
console.log(ee.getMaxListeners(), events.getMaxListeners(ee));
try { events.setMaxListeners(-1) } catch (e) { console.log(e.code, e.message) }
try { events.setMaxListeners('a') } catch (e) { console.log(e.code, e.message) }
try { events.setMaxListeners(1, {}) } catch (e) { console.log(e.code, e.message) }
events.setMaxListeners(15);
console.log(events.defaultMaxListeners, events.EventEmitter.defaultMaxListeners);

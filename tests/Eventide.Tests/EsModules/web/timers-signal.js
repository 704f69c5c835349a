// timers/promises with { signal } and { ref }, events.once with an EventTarget and with a signal,
// EventTarget listener errors and async listeners, and the AbortSignal.timeout timer being unref'd.
const tp = require('timers/promises');
const { once } = require('events');
(async () => {
  const ac = new AbortController();
  const p = tp.setTimeout(1000, 'v', { signal: ac.signal });
  ac.abort();
  try { await p; } catch (e) { console.log(e.name, e.code, e.message, e.cause.name, e instanceof Error); console.log(Object.keys(e)); }
  try { await tp.setTimeout(10, 'v', { signal: AbortSignal.abort('why') }); } catch (e) { console.log(e.name, e.cause); }
  try { await tp.setTimeout(10, 'v', { signal: 1 }); } catch (e) { console.log(e.code, e.message); }
  try { await tp.setTimeout(10, 'v', 5); } catch (e) { console.log(e.code, e.message); }
  console.log(await tp.setTimeout(5, 'ok', { signal: new AbortController().signal }));
  console.log(await tp.setImmediate('imm'));
  const ac2 = new AbortController();
  const p2 = tp.setImmediate('x', { signal: ac2.signal }); ac2.abort(new Error('stop'));
  try { await p2 } catch (e) { console.log(e.message, e.cause.message) }
  const ac3 = new AbortController(); let n = 0;
  try { for await (const v of tp.setInterval(10, 'tick', { signal: ac3.signal })) { console.log(v, ++n); if (n === 3) ac3.abort(); } } catch (e) { console.log('interval', e.name, e.code) }
  for await (const v of tp.setInterval(5, 'i')) { console.log(v); if (++n > 4) break; }
  // resilient fetcher pattern
  const controller = new AbortController();
  const t = setTimeout(() => controller.abort(), 20);
  try { await tp.setTimeout(100, null, { signal: controller.signal }); } catch (e) { console.log('fetch aborted', e.name, controller.signal.aborted, controller.signal.reason.name) } finally { clearTimeout(t) }
  const s = AbortSignal.timeout(10);
  s.onabort = (ev) => console.log('onabort', ev.type, ev.isTrusted, s.reason.name, s.reason.message, s.reason.code);
  await tp.setTimeout(30);
  console.log(s.aborted);
  try { s.throwIfAborted() } catch (e) { console.log('thrown', e.name) }
  const a1 = new AbortController(), a2 = new AbortController();
  const any = AbortSignal.any([a1.signal, a2.signal]);
  any.addEventListener('abort', () => console.log('any aborted', any.reason));
  a2.abort('r2'); a1.abort('r1');
  console.log(AbortSignal.any([AbortSignal.abort(5)]).reason, AbortSignal.any([]).aborted);
  // events.once with EventTarget and signal
  const et = new EventTarget();
  setTimeout(() => et.dispatchEvent(new Event('go')), 5);
  const [ev] = await once(et, 'go'); console.log('once et', ev.type);
  const EE = require('events');
  const ee = new EE(); const ac4 = new AbortController();
  const op = once(ee, 'never', { signal: ac4.signal }); ac4.abort();
  try { await op } catch (e) { console.log('once aborted', e.name, e.code, e.message) }
  setTimeout(() => ee.emit('x', 1, 2), 5);
  console.log(await once(ee, 'x'));
  // listener options
  const t3 = new EventTarget();
  const ac5 = new AbortController();
  t3.addEventListener('e', () => console.log('with signal'), { signal: ac5.signal });
  t3.addEventListener('e', { handleEvent(e) { console.log('handleEvent', this === obj, e.type) } });
  const obj = { handleEvent() {} };
  t3.addEventListener('e', () => console.log('once'), { once: true });
  t3.addEventListener('e', (e) => { e.stopImmediatePropagation(); console.log('stopper') });
  t3.addEventListener('e', () => console.log('never'));
  t3.dispatchEvent(new Event('e')); ac5.abort(); t3.dispatchEvent(new Event('e'));
  const ce = new Event('c', { cancelable: true }); t3.addEventListener('c', (e) => e.preventDefault()); console.log(t3.dispatchEvent(ce), ce.defaultPrevented);
  const nc = new Event('c'); console.log(t3.dispatchEvent(nc), nc.defaultPrevented);
  t3.addEventListener('async', async () => { throw new Error('async boom') });
  process.on('uncaughtException', (e) => console.log('uncaught:', e.message));
  t3.dispatchEvent(new Event('async'));
  await tp.setTimeout(1);
  console.log('done');
  AbortSignal.timeout(100000); // must not keep the process alive
})();

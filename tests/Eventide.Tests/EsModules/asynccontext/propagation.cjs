// AsyncLocalStorage and AsyncResource: the store through await, promise reactions, timers,
// setImmediate, process.nextTick and queueMicrotask, as node 20 propagates it.
const { AsyncLocalStorage, AsyncResource, executionAsyncId, triggerAsyncId, createHook } = require('node:async_hooks');
const als = new AsyncLocalStorage();
const other = new AsyncLocalStorage();
const log = (...a) => console.log(...a);

log('outside', als.getStore());
als.run({ id: 1 }, () => {
  log('sync', als.getStore());
  setTimeout(() => log('timeout', als.getStore()), 300);
  const iv = setInterval(() => { log('interval', als.getStore()); clearInterval(iv); }, 350);
  setImmediate(() => log('immediate', als.getStore()));
  process.nextTick(() => log('nextTick', als.getStore()));
  queueMicrotask(() => log('microtask', als.getStore()));
  Promise.resolve().then(() => log('then', als.getStore()));
  (async () => { await null; log('after await', als.getStore()); await new Promise(r => setTimeout(r, 200)); log('after timer await', als.getStore()); })();
  other.run('o', () => log('nested', als.getStore(), other.getStore()));
  als.exit(() => log('exit', als.getStore()));
  log('after exit', als.getStore());
});
log('after run', als.getStore());

// then registered outside, resolved inside: the context of then() wins
let resolveLater;
const later = new Promise(r => { resolveLater = r; });
later.then(() => log('then registered outside', als.getStore()));
als.run('inner', () => resolveLater());

// promise created inside, then() outside
let p2;
als.run('creator', () => { p2 = Promise.resolve(); });
p2.then(() => log('then outside on promise made inside', als.getStore()));

// a thenable resolved inside
als.run('thenable', () => { Promise.resolve({ then(r) { log('thenable then', als.getStore()); r(); } }); });

// run returns the callback's value; args passed
log('run returns', als.run(5, (a, b) => a + b + als.getStore(), 1, 2));
// errors restore
try { als.run('boom', () => { throw new Error('x'); }); } catch (e) { log('caught', e.message, als.getStore()); }

// enterWith
setTimeout(() => {
  als.enterWith('entered');
  log('enterWith', als.getStore());
  setTimeout(() => log('enterWith timer', als.getStore()), 0);
  setTimeout(() => log('enterWith timer 2', als.getStore()), 5);
}, 800);
setTimeout(() => log('next callback', als.getStore()), 1000);

// snapshot / bind
const snap = als.run('snap', () => AsyncLocalStorage.snapshot());
log('snapshot', snap(() => als.getStore()), typeof snap, snap.name);
const bound = als.run('bound', () => AsyncLocalStorage.bind(function (x) { return [x, als.getStore(), this]; }));
log('bound', bound.call('self', 7), bound.length, bound.name);

// AsyncResource
class Res extends AsyncResource { constructor() { super('MyRes'); } }
const r = als.run('res', () => new Res());
log('resource', r.runInAsyncScope(function (a) { return [a, als.getStore(), this]; }, 'thisArg', 9));
log('ids', typeof r.asyncId(), typeof r.triggerAsyncId(), r.asyncId() > 0, typeof executionAsyncId(), typeof triggerAsyncId());
const rb = r.bind((x) => als.getStore() + x);
log('resource bind', rb('!'), rb.length, rb.asyncResource === r, rb.name);
const sb = als.run('static', () => AsyncResource.bind(function named() { return als.getStore(); }));
log('static bind', sb(), sb.name, sb.asyncResource.constructor.name);
log('emitDestroy', r.emitDestroy() === r);
try { new AsyncResource(); } catch (e) { log(e.name, e.code, e.message); }
try { r.bind(5); } catch (e) { log(e.name, e.code, e.message); }
try { als.run(1, 5); } catch (e) { log(e.name, e.code, e.message); }
const hook = createHook({ init() {} });
log('hook', hook.enable() === hook, hook.disable() === hook);
// disable
als.enterWith('d');
als.disable();
log('disabled', als.getStore());
als.run('again', () => log('after disable run', als.getStore()));
log(Object.keys(require('node:async_hooks')).sort().join());

// The rest runs after the first part is over (its timers are done by 1 s).
setTimeout(() => {
// Interleaved async functions each keep their own store across awaits.
const req = new AsyncLocalStorage();
const tick = () => new Promise((r) => setImmediate(r));
async function handle(id, steps) {
  const seen = [];
  for (let i = 0; i < steps; i++) { await (i % 2 ? tick() : null); seen.push(req.getStore().id); }
  return seen.join('');
}
Promise.all([1, 2, 3].map((id) => req.run({ id }, () => handle(id, 4)))).then((r) => log('interleaved', r, req.getStore()));
// Async generators and for await.
req.run({ id: 'gen' }, async () => {
  async function* g() { yield req.getStore().id; await tick(); yield req.getStore().id; }
  const out = [];
  for await (const v of g()) out.push(v);
  log('async generator', out);
});
// A promise resolved in one context, awaited in another: the awaiting context.
let resolveShared;
const shared = new Promise((r) => { resolveShared = r; });
req.run({ id: 'waiter' }, async () => { await shared; log('awaiter sees', req.getStore().id); });
req.run({ id: 'resolver' }, () => setTimeout(() => resolveShared(), 50));
// nextTick and queueMicrotask with arguments, inside a timer inside run.
req.run({ id: 'deep' }, () => setTimeout(() => {
  process.nextTick((a) => log('deep nextTick', a, req.getStore().id), 'arg');
  queueMicrotask(() => setImmediate(() => log('deep immediate', req.getStore().id)));
}, 60));
}, 2000);

// Symbol keys and stores of any type.
const storeTypes = [0, '', null, false, NaN];
for (const s of storeTypes) als.run(s, () => log('store', Object.is(als.getStore(), s)));
log(new AsyncLocalStorage());

// AbortController and AbortSignal: abort reasons, the abort event and onabort, throwIfAborted,
// AbortSignal.abort/timeout/any, the resilient-fetch pattern, printing and node's error codes.
const show = (f) => { try { f(); } catch (e) { console.log(e.name, e.code, e.message); } };
show(() => AbortSignal.timeout(-1));
show(() => AbortSignal.timeout('a'));
show(() => AbortSignal.timeout(1.5));
show(() => new AbortSignal());
show(() => AbortSignal.any(5));
show(() => AbortSignal.any([5]));
show(() => AbortSignal.prototype.aborted);
show(() => AbortController.prototype.abort.call({}));
show(() => Object.getOwnPropertyDescriptor(AbortController.prototype, 'signal').get.call({}));

const c = new AbortController();
console.log(c, c.signal, [c.signal], { c });
console.log(Object.getOwnPropertyNames(AbortSignal.prototype), Object.getOwnPropertyNames(AbortSignal), Object.getOwnPropertyNames(AbortController.prototype));
console.log(Object.prototype.toString.call(c), Object.prototype.toString.call(c.signal), c.signal instanceof EventTarget, AbortSignal.length);
console.log(c.signal.aborted, c.signal.reason, c.signal.onabort);
c.signal.onabort = (e) => console.log('onabort', e.type, e.isTrusted, e.target === c.signal, typeof e.timeStamp);
c.signal.addEventListener('abort', (e) => console.log('listener', e.type, c.signal.aborted));
c.abort();
c.abort('second abort is ignored');
console.log(c.signal, c.signal.reason.name, c.signal.reason.message, c.signal.reason.code, c.signal.reason instanceof DOMException, c.signal.reason instanceof Error);
console.log(c.signal.reason.stack.split('\n')[0]);
show(() => c.signal.throwIfAborted());
const r = new AbortController();
r.abort(new Error('custom'));
show(() => r.signal.throwIfAborted());
const u = new AbortController();
u.abort(undefined);
console.log(u.signal.reason.name);

const s = AbortSignal.abort('why');
console.log(s.aborted, s.reason);
console.log(AbortSignal.abort().reason.message);

// any(): follows its sources, with the first reason.
const a1 = new AbortController();
const a2 = new AbortController();
const any = AbortSignal.any([a1.signal, a2.signal]);
const nested = AbortSignal.any([any]);
any.addEventListener('abort', () => console.log('any aborted', any.reason));
nested.addEventListener('abort', () => console.log('nested aborted', nested.reason));
a2.abort('r2');
a1.abort('r1');
console.log(AbortSignal.any([AbortSignal.abort(5)]).reason, AbortSignal.any([]).aborted);

// The resilient fetcher's pattern: a timer aborts the controller.
const controller = new AbortController();
const timer = setTimeout(() => controller.abort(), 20);
controller.signal.addEventListener('abort', () => {
  console.log('fetch timed out', controller.signal.aborted, controller.signal.reason.name);
  clearTimeout(timer);
});

// timeout(): a TimeoutError DOMException; the timer does not keep the process alive.
const ts = AbortSignal.timeout(10);
ts.onabort = () => console.log('timeout', ts.reason.name, ts.reason.message, ts.reason.code);
setTimeout(() => {
  console.log(ts.aborted);
  show(() => ts.throwIfAborted());
  AbortSignal.timeout(100000);
}, 30);

// The seed's ResilientFetcher pattern, with a fetch stand-in that honours its signal.
function fakeFetch(url, { signal }) {
  return new Promise((resolve, reject) => {
    const slow = url.includes('slow');
    const timer = setTimeout(() => resolve({ ok: true, json: async () => ({ url }) }), slow ? 100 : 5);
    signal.addEventListener('abort', () => { clearTimeout(timer); reject(signal.reason); }, { once: true });
  });
}
async function fetchWithTimeout(url, timeout) {
  const controller = new AbortController();
  const timeoutId = setTimeout(() => controller.abort(), timeout);
  try {
    const response = await fakeFetch(url, { signal: controller.signal });
    return await response.json();
  } finally {
    clearTimeout(timeoutId);
  }
}
// Started after the timers above, so that the order does not depend on the clock.
setTimeout(async () => {
  console.log('fetched', await fetchWithTimeout('/api/fast', 50));
  try {
    await fetchWithTimeout('/api/slow', 50);
  } catch (e) {
    console.log('fetch failed', e.name, e.message, e.code, e instanceof DOMException);
  }
}, 40);

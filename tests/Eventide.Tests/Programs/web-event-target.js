// EventTarget, Event and CustomEvent as node implements them: listener options, handleEvent
// objects, dispatch results, errors reported as uncaught exceptions, printing and node's codes.
const show = (f) => { try { f(); } catch (e) { console.log(e.name, e.code, e.message, e.stack.split('\n')[0]); } };
show(() => new Event());
show(() => new Event('x', 5));
show(() => Event.prototype.type);
show(() => new EventTarget().dispatchEvent({}));
show(() => new EventTarget().addEventListener('x'));
show(() => new EventTarget().addEventListener('x', 5));
show(() => new EventTarget().addEventListener('x', () => {}, { signal: 1 }));
show(() => CustomEvent.prototype.detail);

const ev = new Event('x');
console.log(Object.keys(ev), ev.eventPhase, ev.target, ev.currentTarget, ev.returnValue, ev.composedPath(), ev.isTrusted);
console.log(ev.bubbles, ev.composed, ev.cancelBubble, ev.srcElement, Event.NONE, Event.AT_TARGET, Event.prototype.BUBBLING_PHASE);
const t = new EventTarget();
t.addEventListener('x', (e) => console.log('phase', e.eventPhase, e.target === t, e.currentTarget === t, e.composedPath().length, e.cancelBubble));
t.dispatchEvent(ev);
console.log('after', ev.eventPhase, ev.target === t, ev.currentTarget);
t.dispatchEvent(ev);

console.log(Object.getOwnPropertyNames(Event.prototype));
console.log(Object.getOwnPropertyNames(EventTarget.prototype), Object.keys(EventTarget.prototype));
console.log(Object.prototype.toString.call(ev), Object.prototype.toString.call(t), String(t));
const ce = new CustomEvent('q', { detail: { a: 1 } });
console.log(ce.detail, new CustomEvent('q').detail, ce instanceof Event, Object.getOwnPropertyNames(CustomEvent.prototype));
console.log(t, [t], { t });
console.log(typeof ev.timeStamp, ev.timeStamp >= 0);

// Options: once, signal, capture, passive; duplicates are ignored; stopImmediatePropagation.
const t3 = new EventTarget();
const ac = new AbortController();
const obj = { handleEvent(e) { console.log('handleEvent', this === obj, e.type); } };
t3.addEventListener('e', () => console.log('with signal'), { signal: ac.signal });
t3.addEventListener('e', obj);
t3.addEventListener('e', obj);
t3.addEventListener('e', () => console.log('once'), { once: true });
t3.addEventListener('e', (e) => { e.stopImmediatePropagation(); console.log('stopper', e.cancelBubble); });
t3.addEventListener('e', () => console.log('never'));
console.log(t3.dispatchEvent(new Event('e')));
ac.abort();
console.log(t3.dispatchEvent(new Event('e')));
const cap = () => console.log('capture listener');
t3.addEventListener('c2', cap, true);
t3.addEventListener('c2', cap, { capture: false });
t3.dispatchEvent(new Event('c2'));
t3.removeEventListener('c2', cap, true);
t3.dispatchEvent(new Event('c2'));
t3.removeEventListener('c2', cap);
t3.dispatchEvent(new Event('c2'));
t3.addEventListener('p', (e) => { e.preventDefault(); console.log('passive prevented', e.defaultPrevented); }, { passive: true });

// defaultPrevented only for cancelable events; dispatchEvent's result.
const cancelable = new Event('c', { cancelable: true });
t3.addEventListener('c', (e) => e.preventDefault());
console.log(t3.dispatchEvent(cancelable), cancelable.defaultPrevented, cancelable.returnValue);
const plain = new Event('c');
console.log(t3.dispatchEvent(plain), plain.defaultPrevented, plain.returnValue);

// Removal during dispatch; a listener added during dispatch.
const t4 = new EventTarget();
const second = () => console.log('second (removed, never runs)');
t4.addEventListener('r', () => { console.log('first'); t4.removeEventListener('r', second); t4.addEventListener('r', () => console.log('added during dispatch')); });
t4.addEventListener('r', second);
t4.dispatchEvent(new Event('r'));
t4.addEventListener('n', null);

// initEvent, the on-handler-less target, symbols as types.
const late = new Event('a');
late.initEvent('b', true, true);
console.log(late.type, late.bubbles, late.cancelable);
const sym = Symbol('s');
show(() => t4.addEventListener(sym, () => console.log('symbol type')));

// Errors in listeners: reported on the next tick as uncaught exceptions; the rest still run.
process.on('uncaughtException', (e) => console.log('uncaught:', e.message));
const t2 = new EventTarget();
t2.addEventListener('z', () => { throw new Error('boom'); });
t2.addEventListener('z', () => console.log('runs after the throwing listener'));
t2.addEventListener('z', async () => { throw new Error('async boom'); });
t2.addEventListener('y', function (e) { t2.dispatchEvent(e); });
console.log(t2.dispatchEvent(new Event('z')));
t2.dispatchEvent(new Event('y'));
console.log('sync end');

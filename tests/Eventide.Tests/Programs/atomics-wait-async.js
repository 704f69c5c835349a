// Atomics.waitAsync in one agent: not-equal / timed-out results, notify waking a waiter (its promise resolved by a poll-phase task, after the microtasks and before setImmediate), timeouts that do not keep the loop alive.
const i = new Int32Array(new SharedArrayBuffer(16));
const r = Atomics.waitAsync(i, 0, 0);
console.log(r.async, typeof r.value, Object.keys(r));
r.value.then(v => console.log('resolved', v));
Promise.resolve().then(()=>console.log('micro'));
setImmediate(()=>console.log('immediate'));
console.log('notify', Atomics.notify(i, 0));
console.log(Atomics.waitAsync(i, 0, 1));
console.log(Atomics.waitAsync(i, 0, 0, 0));
const t = Atomics.waitAsync(i, 1, 0, 30);
t.value.then(v => console.log('t', v));
const never = Atomics.waitAsync(i, 2, 0);
console.log('notify 2 with count 0', Atomics.notify(i, 2, 0));
const b = new BigInt64Array(new SharedArrayBuffer(16));
const rb = Atomics.waitAsync(b, 0, 0n, 10);
rb.value.then(v => console.log('big', v));
console.log(Atomics.notify(new Int32Array(4), 0));
try { Atomics.waitAsync(new Int32Array(4), 0, 0); } catch (e) { console.log(e.constructor.name, e.message); }

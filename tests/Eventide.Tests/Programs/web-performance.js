// performance: now() and timeOrigin, marks and measures, the entry getters and clears, toJSON,
// and node's errors (times vary, so only their types and order are printed).
const t0 = performance.now();
console.log(typeof t0, t0 >= 0, performance.now() >= t0, typeof performance.timeOrigin, performance.timeOrigin > 1.6e12);
console.log(Math.abs(performance.timeOrigin + performance.now() - Date.now()) < 1000);
console.log(performance instanceof EventTarget, Object.prototype.toString.call(performance), typeof global, global === globalThis);
const m1 = performance.mark('a');
const m2 = performance.mark('b', { detail: { step: 2 } });
console.log(m1.name, m1.entryType, m1.duration, m1.detail, m2.detail, typeof m1.startTime, m2.startTime >= m1.startTime);
console.log(Object.keys(m1.toJSON()), Object.prototype.toString.call(m1));
const fixed = performance.mark('fixed', { startTime: 1e9 });
console.log(fixed, fixed.startTime);
const measure = performance.measure('a to b', 'a', 'b');
console.log(measure.name, measure.entryType, measure.duration === m2.startTime - m1.startTime, measure.startTime === m1.startTime);
const opts = performance.measure('opts', { start: 1e9 + 1, end: 1e9 + 4, detail: 'd' });
console.log(opts.startTime, opts.duration, opts.detail);
console.log(opts);
console.log(performance.measure('dur', { start: 1e9 + 2, duration: 3 }).duration);
console.log(performance.getEntriesByName('a').length, performance.getEntriesByType('mark').map((e) => e.name));
console.log(performance.getEntries().map((e) => `${e.entryType}:${e.name}`));
console.log(performance.getEntriesByName('a', 'measure').length);
try { performance.measure('x', 'nope'); } catch (e) { console.log(e.name, e.code, e.message, e instanceof DOMException); }
try { performance.mark('neg', { startTime: -1 }); } catch (e) { console.log(e.name, e.code, e.message); }
try { performance.mark(); } catch (e) { console.log(e.name, e.code, e.message); }
performance.clearMarks('a');
console.log(performance.getEntriesByType('mark').map((e) => e.name));
performance.clearMarks();
performance.clearMeasures();
console.log(performance.getEntries().length, Object.keys(performance.toJSON()));
console.log(typeof performance.nodeTiming, performance.nodeTiming.name);
queueMicrotask(() => console.log('microtask'));
console.log('end');

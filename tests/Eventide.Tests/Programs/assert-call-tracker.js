// assert.CallTracker (deprecated): counts, report, verify, reset and its errors.
const assert = require('assert');
process.on('warning', (w) => console.log('warning:', w.name, w.code, w.message));
const tracker = new assert.CallTracker();
function foo(a) { return a * 2; }
const callsfoo = tracker.calls(foo, 2);
console.log(callsfoo(3), callsfoo.name, callsfoo.length);
console.log(tracker.getCalls(callsfoo));
console.log(tracker.report().map(({ stack, ...r }) => r));
try { tracker.verify(); } catch (e) { console.log(e.name, e.code, e.message, e.operator); }
const c2 = tracker.calls(() => {}, 1);
try { tracker.verify(); } catch (e) { console.log(e.name, e.code, e.message); }
callsfoo(1); c2();
tracker.verify(); console.log('verified');
tracker.reset(callsfoo); console.log(tracker.getCalls(callsfoo));
const noop = tracker.calls(); console.log(typeof noop, noop.name);
try { tracker.calls(foo, 0.5); } catch (e) { console.log(e.code, e.message); }
try { tracker.getCalls(foo); } catch (e) { console.log(e.code, e.message); }

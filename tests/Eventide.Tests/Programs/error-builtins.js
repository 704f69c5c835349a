// Error built-ins: stack headers, toString, captureStackTrace, stackTraceLimit, prepareStackTrace, cause, AggregateError.
function show(label, v) { console.log(label, typeof v === 'string' ? JSON.stringify(v) : v); }
function firstLine(s) { return String(s).split('\n')[0]; }

// stack headers: name/message set after construction
class MyError extends Error { constructor(m) { super(m); this.name = 'MyError'; } }
const e1 = new MyError('boom');
show('sub stack', firstLine(e1.stack));
const e2 = new Error('m'); e2.name = 'Late'; e2.message = 'changed';
show('late stack', firstLine(e2.stack));
class Named extends Error {}
Named.prototype.name = 'ProtoNamed';
show('proto name', firstLine(new Named('z').stack));
class Named2 extends Error { get name() { return 'Getter'; } }
show('getter name', firstLine(new Named2('q').stack));
show('no msg', firstLine(new RangeError().stack));
const eo = new Error('x'); eo.name = undefined;
show('toString undefined name', eo.toString());

// toString edge cases
show('toString obj', Error.prototype.toString.call({ name: 'N', message: 'M' }));
show('toString empty name', Error.prototype.toString.call({ name: '', message: 'M' }));
show('toString empty msg', Error.prototype.toString.call({ name: 'N', message: '' }));
show('toString nothing', Error.prototype.toString.call({}));
try { Error.prototype.toString.call(1); } catch (e) { show('toString prim', e.constructor.name + ': ' + e.message); }

// captureStackTrace
const o = {};
Error.captureStackTrace(o);
show('capture own', Object.getOwnPropertyNames(o));
show('capture first', firstLine(o.stack));
const o2 = { name: 'Foo', message: 'bar' };
Error.captureStackTrace(o2);
show('capture header', firstLine(o2.stack));
function outer() { inner(); }
function inner() { const t = {}; Error.captureStackTrace(t, inner); show('capture skip', t.stack.split('\n')[1].trim().split(' ')[1]); }
outer();
const desc = Object.getOwnPropertyDescriptor(o, 'stack');
show('capture desc', JSON.stringify({ w: desc.writable, e: desc.enumerable, c: desc.configurable, get: typeof desc.get, value: typeof desc.value }));
const ed = Object.getOwnPropertyDescriptor(new Error('x'), 'stack');
show('error stack desc', JSON.stringify({ w: ed.writable, e: ed.enumerable, c: ed.configurable, get: typeof ed.get, value: typeof ed.value }));
show('proto has stack', Object.prototype.hasOwnProperty.call(Error.prototype, 'stack'));
try { Error.captureStackTrace(1); } catch (e) { show('capture prim', e.constructor.name + ': ' + e.message); }

// stackTraceLimit
const saved = Error.stackTraceLimit;
Error.stackTraceLimit = 0;
show('limit 0', JSON.stringify(new Error('a').stack));
Error.stackTraceLimit = 'x';
show('limit str', new Error('b').stack);
delete Error.stackTraceLimit;
show('limit deleted', new Error('c').stack);
Error.stackTraceLimit = saved;

// prepareStackTrace
Error.prepareStackTrace = (err, sites) => {
  const s = sites[0];
  return `${err.name}|${typeof s.getFileName}|${s.getFunctionName()}|${typeof s.getLineNumber()}|${s.isNative()}|${s.isToplevel()}|${sites.length > 0}`;
};
function named() { return new Error('p'); }
show('prepare', named().stack);
Error.prepareStackTrace = (err, sites) => sites.map(s => s.getFunctionName()).slice(0, 2);
function a1() { return a2(); }
function a2() { return new Error('q').stack; }
show('prepare array', JSON.stringify(a1()));
Error.prepareStackTrace = () => { throw new Error('inside'); };
try { new Error('r').stack; } catch (e) { show('prepare throws', e.message); }
delete Error.prepareStackTrace;

// cause
show('cause own', Object.prototype.hasOwnProperty.call(new Error('x', { cause: 0 }), 'cause'));
show('cause undefined present', 'cause' in new Error('x', { cause: undefined }));
show('cause absent', 'cause' in new Error('x', {}));
show('cause prim options', 'cause' in new Error('x', 'str'));
const causeDesc = Object.getOwnPropertyDescriptor(new Error('x', { cause: 1 }), 'cause');
show('cause desc', JSON.stringify(causeDesc));
show('keys', JSON.stringify(Object.getOwnPropertyNames(new Error('x', { cause: 1 }))));

// AggregateError
const ag = new AggregateError([1, 2], 'agg', { cause: 'c' });
show('agg keys', JSON.stringify(Object.getOwnPropertyNames(ag)));
show('agg errors', JSON.stringify(ag.errors));
show('agg name', ag.name + ' ' + ag.message + ' ' + ag.cause);
show('agg len', AggregateError.length);
try { new AggregateError(1); } catch (e) { show('agg noniter', e.constructor.name + ': ' + e.message); }
show('agg proto', Object.getPrototypeOf(AggregateError) === Error);
show('msg toString', new Error({ toString() { return 'TS'; } }).message);
show('Error()', Error('call') instanceof Error);

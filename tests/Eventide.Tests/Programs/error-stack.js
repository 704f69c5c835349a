// Error.prototype.stack as V8 makes it: frames captured at construction, the "Name: message"
// header formatted on first access; Error.captureStackTrace and Error.stackTraceLimit.
// Locations are reduced to FILE:line:col and node's own internal frames are dropped.
function clean(stack) {
  if (typeof stack !== 'string') return stack;
  return stack.split('\n').filter((l) => !l.includes('node:internal'))
    .map((l) => l.replace(/\((?:.*[\/\\])?[^\/\\()]+\.js:(\d+):(\d+)\)/, '(FILE:$1:$2)')).join('\n');
}
function show(label, o) {
  console.log(label, JSON.stringify(clean(o.stack)), Object.prototype.hasOwnProperty.call(o, 'stack'), Object.getOwnPropertyNames(o).join());
}

class MyError extends Error { constructor(m) { super(m); this.name = 'MyError'; } }
show('subclass name set in constructor', new MyError('boom'));
class P extends Error {}
P.prototype.name = 'PName';
show('name on the prototype', new P('x'));
class ValidationError extends Error {}
ValidationError.prototype.name = 'ValidationError';
class Sub extends ValidationError { constructor() { super('sub'); this.code = 'E_SUB'; } }
show('two levels of constructors skipped', new Sub());
const changed = new Error('first'); changed.message = 'second'; show('message changed before access', changed);
const fixed = new Error('first'); const firstStack = fixed.stack; fixed.message = 'second';
show('message changed after access', fixed);
const renamed = new Error('x'); renamed.name = 'Renamed'; show('renamed', renamed);
const overwritten = new TypeError('t'); overwritten.stack = 'custom'; show('overwritten', overwritten);
const deleted = new Error('m'); console.log('deleted', delete deleted.stack, deleted.stack, 'stack' in deleted);
const emptyName = new Error(''); emptyName.name = ''; show('empty name and message', emptyName);
const undefName = new Error('a'); undefName.name = undefined; show('undefined name', undefName);
const objName = new Error('msg'); objName.name = { toString() { return 'Obj'; } }; show('object name', objName);
const symName = new Error('x'); symName.name = Symbol('s');
try { symName.stack; } catch (e) { console.log('symbol name:', e.constructor.name, e.message); }
console.log('Error.prototype.stack', Object.getOwnPropertyDescriptor(Error.prototype, 'stack'));
console.log('from the prototype', clean(Object.create(new Error('proto')).stack));
const base = new Error('base'); const child = Object.create(base); child.message = 'child';
console.log('holder formats', clean(child.stack), child.hasOwnProperty('stack'));
const frozen = new Error('x'); Object.freeze(frozen); console.log('frozen', clean(frozen.stack), Object.isFrozen(frozen));
const sealed = new Error('x'); Object.seal(sealed); sealed.message = 'y'; console.log('sealed', clean(sealed.stack));
const described = new Error('d'); described.name = 'Late';
const desc = Object.getOwnPropertyDescriptor(described, 'stack'); described.name = 'Later';
console.log('descriptor', clean(desc.value), desc.writable, desc.enumerable, desc.configurable, clean(described.stack));
const enumerable = new Error('e'); Object.defineProperty(enumerable, 'stack', { enumerable: true });
console.log('made enumerable', Object.keys(enumerable), clean(enumerable.stack));
console.log('cause', clean(new Error('m', { cause: 'c' }).stack), clean(new AggregateError([1], 'agg').stack));
console.log('keys', Object.keys(new Error('k')), JSON.stringify(new Error('j')));
class Eq extends Error { constructor() { super('msg'); this.message = 'changed in ctor'; } }
show('message set in constructor', new Eq());
const GetterName = class extends TypeError { get name() { return 'GetterName'; } };
show('name getter', new GetterName('g'));
function F() {} show('Reflect.construct with another new.target', Reflect.construct(Error, ['r'], F));
function thrower() { throw new RangeError('deep'); }
try { thrower(); } catch (e) { show('thrown', e); }
try { null.x; } catch (e) { show('engine error', e); }

// Error.stackTraceLimit
console.log('stackTraceLimit', Object.getOwnPropertyDescriptor(Error, 'stackTraceLimit'));
function f() { return new Error('b'); } function g() { return f(); }
for (const limit of ['x', 0, 1, -1, NaN, 2.7, undefined]) {
  Error.stackTraceLimit = limit;
  show('limit ' + String(limit), g());
}
delete Error.stackTraceLimit; show('limit deleted', new Error('a'));
Error.stackTraceLimit = 10;

// Error.captureStackTrace
console.log('captureStackTrace', Object.getOwnPropertyDescriptor(Error, 'captureStackTrace').enumerable, Error.captureStackTrace.length);
const plain = {}; Error.captureStackTrace(plain); show('plain object', plain);
const named = { name: 'N', message: 'M' }; Error.captureStackTrace(named); named.message = 'changed'; show('name and message read late', named);
function outer() { return inner(); } function inner() { const x = {}; Error.captureStackTrace(x, inner); return x; }
show('frames above fn left out', outer());
function notOnStack() {} const none = {}; Error.captureStackTrace(none, notOnStack); show('fn not on the stack', none);
class C { constructor() { Error.captureStackTrace(this, C); } } show('constructor', new C());
const again = new Error('q'); Error.captureStackTrace(again); show('error again', again);
const arr = []; Error.captureStackTrace(arr); show('array', arr);
const fn = function namedFn() {}; Error.captureStackTrace(fn); console.log('function', clean(fn.stack).split('\n')[0]);
for (const bad of [1, undefined, 'str', new Proxy({}, {})]) {
  try { Error.captureStackTrace(bad); } catch (e) { console.log('bad target', e.constructor.name, e.message); }
}
try { Error.captureStackTrace(Object.freeze({})); } catch (e) { console.log('frozen target', e.constructor.name, e.message); }
const ro = {}; Object.defineProperty(ro, 'stack', { value: 1, writable: false, configurable: false });
Error.captureStackTrace(ro); console.log('non-configurable stack kept', ro.stack);
Error.stackTraceLimit = 0; const zero = {}; Error.captureStackTrace(zero); show('limit 0 capture', zero);
Error.stackTraceLimit = 'no'; const off = {}; Error.captureStackTrace(off); show('limit off capture', off);
Error.stackTraceLimit = 10;

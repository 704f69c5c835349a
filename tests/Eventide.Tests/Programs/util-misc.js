// util's helpers beside inspect: deprecate, debuglog (disabled), promisify/callbackify edge cases,
// styleText, system errors, parseEnv, aborted, the legacy is* functions, isDeepStrictEqual.
const util = require('util');
const show = (f) => { try { console.log(f()); } catch (e) { console.log(e.name, e.code, JSON.stringify(e.message)); } };
process.on('warning', (w) => console.log('warning:', w.name, w.code, w.message));

const f = util.deprecate(function foo(a) { return a + 1; }, 'foo is old', 'DEP0999');
console.log(f(1), f(2), f.name, f.length);
util.deprecate(() => 2, 'same code, no second warning', 'DEP0999')();
const g = util.deprecate(() => 2, 'g is old'); g(); g();
class A { constructor(x) { this.x = x; } }
const B = util.deprecate(A, 'A old', 'DEP0001');
console.log(new B(5), B.prototype === A.prototype, Object.getPrototypeOf(B) === A);
show(() => util.deprecate(() => 1, 'x', 5));

const d = util.debuglog('eventide-test-section');
console.log(d.enabled, d('not printed'), util.debug === util.debuglog);

show(() => util.promisify(3));
show(() => util.promisify(Object.assign(() => {}, { [util.promisify.custom]: 4 })));
const custom = () => {}; custom[util.promisify.custom] = () => 'custom';
console.log(util.promisify(custom) === custom[util.promisify.custom], util.promisify.custom);
util.promisify((a, cb) => cb(null, a * 2, 'ignored'))(21).then((v) => console.log('promisified', v));
util.promisify((cb) => cb(new Error('bad')))().catch((e) => console.log('rejected', e.message));
show(() => util.callbackify(3));
show(() => util.callbackify(async () => 1)(1));
const cbified = util.callbackify(async function named(a) { if (a) throw a; return 'ok'; });
console.log(cbified.name, cbified.length);
cbified(0, (err, v) => console.log('callback', err, v));
cbified(null, (err, v) => console.log('callback', err, v));
util.callbackify(async () => { throw null; })((e) => console.log('falsy', e.name, e.code, e.message, e.reason));
util.callbackify(async () => { throw 0; })((e) => console.log('falsy', e.code, e.reason));

console.log(JSON.stringify(util.styleText('red', 'x')), JSON.stringify(util.styleText(['bold', 'underline'], 'y')));
show(() => util.styleText('nope', 'x'));
show(() => util.styleText('red', 3));
console.log(util.inspect.colors.red, util.inspect.colors.grey, util.inspect.styles.number, Object.keys(util.inspect.colors).length);
show(() => util.stripVTControlCharacters('\u001b[31mred\u001b[39m'));
show(() => util.stripVTControlCharacters(3));
console.log(util.toUSVString('a\ud800b') === 'a\ufffdb');

console.log(util.getSystemErrorName(-13), util.getSystemErrorName(-2), util.getSystemErrorName(-99999));
show(() => util.getSystemErrorName(1));
show(() => util.getSystemErrorName('x'));
console.log(util.getSystemErrorMap().size, util.getSystemErrorMap().get(-98), [...util.getSystemErrorMap().keys()].slice(0, 5));
const ex = util._errnoException(-2, 'open');
console.log(ex.message, ex.errno, ex.code, ex.syscall);
const hp = util._exceptionWithHostPort(-111, 'connect', '127.0.0.1', 80);
console.log(hp.message, hp.errno, hp.code, hp.address, hp.port);

console.log(util.parseEnv('A=1\n# c\nB="x y"\nexport C=3\nD = 4 # cmt\nE=\'q\'\nF=`z`\nG="a\\nb"\nH'));
show(() => util.parseEnv(3));
console.log(util._extend({ a: 1 }, { b: 2 }), util._extend({ a: 1 }, null));

const ac = new AbortController();
util.aborted(ac.signal, {}).then(() => console.log('aborted resolved'));
ac.abort();
util.aborted(3, {}).catch((e) => console.log(e.code, e.message));
util.aborted(ac.signal, 3).catch((e) => console.log(e.code, e.message));
console.log(util.transferableAbortSignal(ac.signal) === ac.signal, util.transferableAbortController() instanceof AbortController);
show(() => util.transferableAbortSignal(3));

console.log(util.isArray([]), util.isBoolean(false), util.isBuffer(Buffer.alloc(0)), util.isDate(new Date()), util.isError(new TypeError()),
  util.isFunction(() => 1), util.isNull(null), util.isNullOrUndefined(undefined), util.isNumber(1), util.isObject(() => 1),
  util.isPrimitive(null), util.isRegExp(/x/), util.isString(''), util.isSymbol(Symbol()), util.isUndefined(undefined));
console.log(util.TextEncoder === TextEncoder, util.TextDecoder === TextDecoder);
console.log(util.isDeepStrictEqual({ a: [1, { b: 2 }] }, { a: [1, { b: 2 }] }), util.isDeepStrictEqual([1], ['1']),
  util.isDeepStrictEqual(new Set([{ a: 1 }]), new Set([{ a: 1 }])), util.isDeepStrictEqual(NaN, NaN), util.isDeepStrictEqual(0, -0));
function Sub() {} util.inherits(Sub, A);
console.log(Sub.super_ === A, Object.getPrototypeOf(Sub.prototype) === A.prototype);
console.log(util.format('%s:%d:%i:%j:%o', 'a', 1.5, 2.7, { x: 1 }, [1]), util.formatWithOptions({ colors: true }, '%O', 1));
console.log(JSON.stringify([util.styleText(['red'], 'x'), util.styleText('bold', 'x'), util.styleText('red', 'x', { validateStream: false })]));
show(() => util.styleText('red', 'x', { stream: 3 }));
show(() => util.styleText('red', 'x', { validateStream: 3 }));

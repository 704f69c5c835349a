// V8's Error.prepareStackTrace: called when a stack is first read, with the error and CallSite
// objects; what it returns is the stack. depd, callsites and source-map-support rely on it.
const mine = (sites) => sites.filter((s) => s.getFileName() === __filename);
const describe = (s) => [
  s.getFunctionName(), s.getMethodName(), s.getTypeName(), s.getLineNumber(), s.getColumnNumber(),
  s.isToplevel(), s.isConstructor(), s.isAsync(), s.isEval(), s.isNative(), typeof s.getThis(), typeof s.getFunction(),
  s.getEnclosingLineNumber(), s.getPromiseIndex(), String(s).replace(__filename, 'FILE'),
].join(' | ');

const early = new Error('made before');
Error.prepareStackTrace = (err, sites) => `prepared ${err.message}: ${mine(sites).length} frames`;
console.log(early.stack);

Error.prepareStackTrace = (err, sites) => mine(sites).map(describe).join('\n');
function plain() { return new Error('plain').stack; }
function Ctor() { this.stack = new Error('ctor').stack; }
const obj = { method() { return new Error('method').stack; } };
function strict() { 'use strict'; return new Error('strict').stack; }
class K { static make() { return new Error('static').stack; } get g() { return new Error('getter').stack; } }
console.log(plain());
console.log(new Ctor().stack);
console.log(obj.method());
console.log(strict());
console.log(K.make());
console.log(new K().g);

async function later() { await null; return new Error('async').stack; }
async function outer() { return await later(); }

// depd's way: an object's own stack through Error.captureStackTrace, sliced.
function getStack() {
  const limit = Error.stackTraceLimit;
  const holder = {};
  const previous = Error.prepareStackTrace;
  Error.prepareStackTrace = (o, sites) => sites;
  Error.stackTraceLimit = Math.max(10, limit);
  Error.captureStackTrace(holder);
  const stack = holder.stack.slice(1);
  Error.prepareStackTrace = previous;
  Error.stackTraceLimit = limit;
  return stack;
}
function callerOfGetStack() { return getStack(); }
const sites = callerOfGetStack();
console.log(Array.isArray(sites), sites[0].constructor.name, Object.prototype.toString.call(sites[0]), sites[0].getFunctionName(), sites[0].getFileName() === __filename);
console.log(Object.getOwnPropertyNames(Object.getPrototypeOf(sites[0])).sort().join());
try { Object.getPrototypeOf(sites[0]).getFileName.call({}); } catch (e) { console.log(e.constructor.name, e.message); }

// An error made inside prepareStackTrace gets the default format; a throw reaches the reader.
Error.prepareStackTrace = (err) => `outer sees: ${new Error('inner').stack.split('\n')[0]} for ${err.message}`;
console.log(new Error('nested').stack);
Error.prepareStackTrace = () => { throw new RangeError('prepare failed'); };
try { console.log(new Error('t').stack); } catch (e) { console.log('reading stack threw', e.name, e.message); }
Error.prepareStackTrace = (err, s) => ({ frames: mine(s).length });
console.log(new Error('object').stack);
Error.prepareStackTrace = (err, s) => mine(s).map(describe).join('\n');
outer().then((stack) => {
  console.log(stack);
  Error.prepareStackTrace = undefined;
  console.log(new Error('default again').stack.split('\n')[0]);
});

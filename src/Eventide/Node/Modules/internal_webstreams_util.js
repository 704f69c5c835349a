'use strict';
// What the WHATWG Streams classes share (https://streams.spec.whatwg.org/): promise plumbing as the
// spec words it, queue-with-sizes, strategy extraction, the queuing strategies and the node errors
// the classes throw. Promise reactions go through the original Promise.prototype.then, so a script
// that replaces `then` cannot reorder or observe the streams' own steps.
const { inspect, makeNodeError, invalidArgType, invalidArgValue, invalidState, invalidThis, validateObject, inspectNamed, customInspectSymbol } = require('internal/errors');

// The internal slots of every stream object, and the key that lets the module construct the
// classes scripts may not (the controllers, the BYOB request).
const kState = Symbol('kState');
const kIllegal = Symbol('kIllegal');
// What node:stream's isDisturbed/isErrored/isReadable and finished() ask of a web stream.
const kIsDisturbed = Symbol('kIsDisturbed');
const kIsErrored = Symbol('kIsErrored');
const kIsReadable = Symbol.for('nodejs.stream.readable');
const kIsClosedPromise = Symbol('kIsClosedPromise');

const promiseThen = Function.prototype.call.bind(Promise.prototype.then);
const PromiseResolve = (value) => Promise.resolve(value);
const PromiseReject = (reason) => Promise.reject(reason);

// A promise with its resolving functions, and whether it has settled (the spec asks of a promise's [[PromiseState]]).
function createDeferred() {
  const deferred = { promise: undefined, resolve: undefined, reject: undefined, settled: false };
  deferred.promise = new Promise((resolve, reject) => {
    deferred.resolve = (value) => { deferred.settled = true; resolve(value); };
    deferred.reject = (reason) => { deferred.settled = true; reject(reason); };
  });
  return deferred;
}

// "Mark promise as handled": no unhandled-rejection report for it.
function setPromiseHandled(promise) { promiseThen(promise, undefined, () => {}); }

// "Upon settlement": reacts without creating an observable promise of its own.
function uponPromise(promise, onFulfilled, onRejected) { promiseThen(promise, onFulfilled, onRejected); }

// "Transforming a promise with": a new promise from the reactions.
function transformPromise(promise, onFulfilled, onRejected) { return promiseThen(promise, onFulfilled, onRejected); }

// A callback of an underlying source/sink/transformer, invoked as a promise-returning operation:
// node calls each through an async wrapper, so a synchronous throw becomes a rejected promise and
// a returned promise is adopted (two more ticks than answering it as is).
function invokePromise(fn, thisArg, args) {
  return new Promise((resolve) => resolve(Reflect.apply(fn, thisArg, args)));
}

// A new promise resolved with the value, adopting it when it is a promise (two more ticks than the
// value itself): how node settles a start algorithm's result and a BYOB read's answer.
function adoptPromise(value) { return new Promise((resolve) => resolve(value)); }

// A member of an underlying source, sink or transformer: a function, or undefined when absent.
// node binds each one, so anything else fails as Function.prototype.bind would.
function callbackMember(dict, name) {
  const fn = dict?.[name];
  if (fn === undefined) return undefined;
  if (typeof fn !== 'function') throw new TypeError('Bind must be called on a function');
  return fn;
}

// 8.1 Queue-with-sizes: container[kQueue] holds { value, size }, container[kQueueTotalSize] their sum.
const kQueue = Symbol('kQueue');
const kQueueTotalSize = Symbol('kQueueTotalSize');

// 8.1 DequeueValue
function DequeueValue(container) {
  const pair = container[kQueue].shift();
  container[kQueueTotalSize] = Math.max(0, container[kQueueTotalSize] - pair.size);
  return pair.value;
}

// 8.1 EnqueueValueWithSize
function EnqueueValueWithSize(container, value, size) {
  size = +size;
  if (typeof size !== 'number' || Number.isNaN(size) || size < 0 || size === Infinity)
    throw invalidArgValue('size', size, 'is invalid', RangeError);
  container[kQueue].push({ value, size });
  container[kQueueTotalSize] += size;
}

// 8.1 PeekQueueValue
function PeekQueueValue(container) { return container[kQueue][0].value; }

// 8.1 ResetQueue
function ResetQueue(container) {
  container[kQueue] = [];
  container[kQueueTotalSize] = 0;
}

// 7.4 ExtractHighWaterMark
function ExtractHighWaterMark(strategy, defaultHWM) {
  let highWaterMark = strategy?.highWaterMark;
  if (highWaterMark === undefined) return defaultHWM;
  highWaterMark = +highWaterMark;
  if (Number.isNaN(highWaterMark) || highWaterMark < 0) throw invalidArgValue('strategy.highWaterMark', highWaterMark, 'is invalid', RangeError);
  return highWaterMark;
}

// 7.4 ExtractSizeAlgorithm
function ExtractSizeAlgorithm(strategy) {
  const size = strategy?.size;
  if (size === undefined) return () => 1;
  if (typeof size !== 'function') throw invalidArgType('strategy.size', 'Function', size);
  return (chunk) => size(chunk);
}

// 8.3 CanTransferArrayBuffer / TransferArrayBuffer / IsDetachedBuffer, over structuredClone's transfer.
function isDetachedBuffer(buffer) {
  if (buffer.byteLength !== 0) return false;
  try {
    new Uint8Array(buffer);
    return false;
  } catch {
    return true;
  }
}

const { structuredClone: clone } = require('internal/web_binding'); // the engine's own, granted as a global or not
function TransferArrayBuffer(buffer) { return clone(buffer, { transfer: [buffer] }); }

function CanTransferArrayBuffer(buffer) { return !isDetachedBuffer(buffer); }

// 8.3 CloneAsUint8Array
function CloneAsUint8Array(view) { return new Uint8Array(view.buffer.slice(view.byteOffset, view.byteOffset + view.byteLength)); }

// How node prints the stream classes: "Name { fields }"; past the depth limit node's helper
// answers its unbound `this`, so the stream prints as undefined.
function customInspect(self, depth, options, fields) {
  return depth < 0 ? undefined : inspectNamed(self.constructor.name, fields, options);
}

// 7.2/7.3 ByteLengthQueuingStrategy and CountQueuingStrategy
const kHighWaterMark = Symbol('kHighWaterMark');
const byteLengthSize = { size(chunk) { return chunk.byteLength; } }.size;
const countSize = { size() { return 1; } }.size;

function makeStrategy(name, size) {
  const Strategy = {
    [name]: class {
      constructor(init) {
        validateObject(init, 'init');
        if (init.highWaterMark === undefined) throw makeNodeError(TypeError, 'ERR_MISSING_OPTION', 'init.highWaterMark is required');
        this[kHighWaterMark] = +init.highWaterMark;
      }
      get highWaterMark() {
        if (!(kHighWaterMark in Object(this))) throw invalidThis(name);
        return this[kHighWaterMark];
      }
      get size() {
        if (!(kHighWaterMark in Object(this))) throw invalidThis(name);
        return size;
      }
      [customInspectSymbol](depth, options) { return customInspect(this, depth, options, { highWaterMark: this.highWaterMark }); }
    },
  }[name];
  Object.defineProperty(Strategy.prototype, Symbol.toStringTag, { value: name, configurable: true });
  return Strategy;
}

const ByteLengthQueuingStrategy = makeStrategy('ByteLengthQueuingStrategy', byteLengthSize);
const CountQueuingStrategy = makeStrategy('CountQueuingStrategy', countSize);

// A class whose methods and accessors are enumerable (WebIDL), with its toStringTag.
function defineWebIdlClass(Class, name) {
  for (const key of Object.getOwnPropertyNames(Class.prototype)) {
    if (key === 'constructor') continue;
    Object.defineProperty(Class.prototype, key, { enumerable: true });
  }
  Object.defineProperty(Class.prototype, Symbol.toStringTag, { value: name, configurable: true });
}
defineWebIdlClass(ByteLengthQueuingStrategy, 'ByteLengthQueuingStrategy');
defineWebIdlClass(CountQueuingStrategy, 'CountQueuingStrategy');

module.exports = {
  kState, kIllegal, kIsDisturbed, kIsErrored, kIsReadable, kIsClosedPromise,
  promiseThen, PromiseResolve, PromiseReject, createDeferred, setPromiseHandled, uponPromise, transformPromise, invokePromise, adoptPromise, callbackMember,
  kQueue, kQueueTotalSize, DequeueValue, EnqueueValueWithSize, PeekQueueValue, ResetQueue,
  ExtractHighWaterMark, ExtractSizeAlgorithm, isDetachedBuffer, TransferArrayBuffer, CanTransferArrayBuffer, CloneAsUint8Array,
  customInspect, defineWebIdlClass, ByteLengthQueuingStrategy, CountQueuingStrategy,
  invalidArgType, invalidArgValue, invalidState, invalidThis, validateObject, makeNodeError, customInspectSymbol, inspect,
};

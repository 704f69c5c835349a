'use strict';
// node's util module: the native inspection functions plus promisify/callbackify/types helpers.
const util = require('internal/util');
const kCustomPromisify = Symbol.for('nodejs.util.promisify.custom');

util.promisify = function promisify(original) {
  if (typeof original !== 'function') {
    const err = new TypeError('The "original" argument must be of type function');
    err.code = 'ERR_INVALID_ARG_TYPE';
    throw err;
  }
  if (original[kCustomPromisify]) return original[kCustomPromisify];
  function fn(...args) {
    return new Promise((resolve, reject) => {
      Reflect.apply(original, this, [...args, (err, ...values) => (err ? reject(err) : resolve(values[0]))]);
    });
  }
  Object.setPrototypeOf(fn, Object.getPrototypeOf(original));
  Object.defineProperty(fn, kCustomPromisify, { value: fn, enumerable: false, writable: false, configurable: true });
  return Object.defineProperties(fn, Object.getOwnPropertyDescriptors(original));
};
util.promisify.custom = kCustomPromisify;

util.callbackify = function callbackify(original) {
  return function (...args) {
    const callback = args.pop();
    Reflect.apply(original, this, args).then((value) => process.nextTick(callback, null, value), (reason) => process.nextTick(callback, reason));
  };
};

util.isDeepStrictEqual = (a, b) => require('assert').isDeepStrictEqual(a, b);
// Brand checks through the intrinsics' own getters (they throw or answer undefined for anything else).
const typedArrayTag = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(Uint8Array.prototype), Symbol.toStringTag).get;
const brandCheck = (proto, name) => {
  const getter = Object.getOwnPropertyDescriptor(proto, name).get;
  return (v) => { try { getter.call(v); return true; } catch { return false; } };
};
const typedArrayOf = (name) => (v) => typedArrayTag.call(v) === name;
util.types = {
  isTypedArray: (v) => typedArrayTag.call(v) !== undefined,
  isArrayBuffer: brandCheck(ArrayBuffer.prototype, 'byteLength'),
  isSharedArrayBuffer: brandCheck(SharedArrayBuffer.prototype, 'byteLength'),
  isAnyArrayBuffer: (v) => util.types.isArrayBuffer(v) || util.types.isSharedArrayBuffer(v),
  isDataView: brandCheck(DataView.prototype, 'buffer'),
  isArrayBufferView: (v) => ArrayBuffer.isView(v),
  isInt8Array: typedArrayOf('Int8Array'),
  isUint8Array: typedArrayOf('Uint8Array'),
  isUint8ClampedArray: typedArrayOf('Uint8ClampedArray'),
  isInt16Array: typedArrayOf('Int16Array'),
  isUint16Array: typedArrayOf('Uint16Array'),
  isInt32Array: typedArrayOf('Int32Array'),
  isUint32Array: typedArrayOf('Uint32Array'),
  isFloat32Array: typedArrayOf('Float32Array'),
  isFloat64Array: typedArrayOf('Float64Array'),
  isBigInt64Array: typedArrayOf('BigInt64Array'),
  isBigUint64Array: typedArrayOf('BigUint64Array'),
  isPromise: (v) => v instanceof Promise,
  isDate: (v) => v instanceof Date,
  isRegExp: (v) => v instanceof RegExp,
  isMap: (v) => v instanceof Map,
  isSet: (v) => v instanceof Set,
  isAsyncFunction: (v) => typeof v === 'function' && v[Symbol.toStringTag] === 'AsyncFunction',
  isGeneratorFunction: (v) => typeof v === 'function' && /^(Async)?GeneratorFunction$/.test(v[Symbol.toStringTag]),
  isGeneratorObject: (v) => Object.prototype.toString.call(v) === '[object Generator]',
};
util.deprecate = (fn) => fn;
module.exports = util;

'use strict';
// util.types in node's key order: the native brand checks (internal/util) plus the typed-array kinds.
const native = require('internal/util').types;
const typedArrayTag = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(Uint8Array.prototype), Symbol.toStringTag).get;
const typedArrayOf = (name) => ({ [`is${name}`]: (value) => typedArrayTag.call(value) === name })[`is${name}`];

// KeyObject and CryptoKey by class, when node:crypto defines them.
const instanceOfCrypto = (name) => (value) => {
  const ctor = require('crypto')[name];
  return typeof ctor === 'function' && value instanceof ctor;
};

module.exports = {
  isExternal: native.isExternal,
  isDate: native.isDate,
  isArgumentsObject: native.isArgumentsObject,
  isBigIntObject: native.isBigIntObject,
  isBooleanObject: native.isBooleanObject,
  isNumberObject: native.isNumberObject,
  isStringObject: native.isStringObject,
  isSymbolObject: native.isSymbolObject,
  isNativeError: native.isNativeError,
  isRegExp: native.isRegExp,
  isAsyncFunction: native.isAsyncFunction,
  isGeneratorFunction: native.isGeneratorFunction,
  isGeneratorObject: native.isGeneratorObject,
  isPromise: native.isPromise,
  isMap: native.isMap,
  isSet: native.isSet,
  isMapIterator: native.isMapIterator,
  isSetIterator: native.isSetIterator,
  isWeakMap: native.isWeakMap,
  isWeakSet: native.isWeakSet,
  isArrayBuffer: native.isArrayBuffer,
  isDataView: native.isDataView,
  isSharedArrayBuffer: native.isSharedArrayBuffer,
  isProxy: native.isProxy,
  isModuleNamespaceObject: native.isModuleNamespaceObject,
  isAnyArrayBuffer: native.isAnyArrayBuffer,
  isBoxedPrimitive: native.isBoxedPrimitive,
  isArrayBufferView: native.isArrayBufferView,
  isTypedArray: native.isTypedArray,
  isUint8Array: typedArrayOf('Uint8Array'),
  isUint8ClampedArray: typedArrayOf('Uint8ClampedArray'),
  isUint16Array: typedArrayOf('Uint16Array'),
  isUint32Array: typedArrayOf('Uint32Array'),
  isInt8Array: typedArrayOf('Int8Array'),
  isInt16Array: typedArrayOf('Int16Array'),
  isInt32Array: typedArrayOf('Int32Array'),
  isFloat32Array: typedArrayOf('Float32Array'),
  isFloat64Array: typedArrayOf('Float64Array'),
  isBigInt64Array: typedArrayOf('BigInt64Array'),
  isBigUint64Array: typedArrayOf('BigUint64Array'),
  isKeyObject: instanceOfCrypto('KeyObject'),
  isCryptoKey: instanceOfCrypto('CryptoKey'),
};

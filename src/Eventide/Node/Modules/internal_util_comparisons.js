'use strict';
// node's deep equality (assert.deepEqual / deepStrictEqual, util.isDeepStrictEqual): strict mode
// compares primitives with Object.is, prototypes and own enumerable symbols; loose mode uses ==.
const types = require('internal/util_types');

const kStrict = true;
const kLoose = false;
const toStringTag = (v) => Object.prototype.toString.call(v);
const isEnumerable = (o, k) => Object.prototype.propertyIsEnumerable.call(o, k);

function ownKeys(value, strict) {
  const keys = Object.keys(value);
  if (strict) for (const symbol of Object.getOwnPropertySymbols(value)) if (isEnumerable(value, symbol)) keys.push(symbol);
  return keys;
}

function primitiveEqual(a, b, strict) {
  if (strict) return Object.is(a, b);
  // eslint-disable-next-line eqeqeq
  return a == b || (Number.isNaN(a) && Number.isNaN(b));
}

function innerDeepEqual(a, b, strict, memos) {
  if (a === b) return a !== 0 || !strict || Object.is(a, b);
  if (typeof a !== 'object' || a === null || typeof b !== 'object' || b === null) {
    if (strict || (typeof a === 'object' && a !== null) || (typeof b === 'object' && b !== null)) {
      return strict ? Object.is(a, b) : false;
    }
    return primitiveEqual(a, b, strict);
  }
  if (strict && Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return false;
  if (toStringTag(a) !== toStringTag(b)) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && a.length !== b.length) return false;
  if (types.isDate(a) !== types.isDate(b) || (types.isDate(a) && a.getTime() !== b.getTime())) return false;
  if (types.isRegExp(a) !== types.isRegExp(b)) return false;
  if (types.isRegExp(a) && (a.source !== b.source || a.flags !== b.flags || a.lastIndex !== b.lastIndex)) return false;
  if (types.isNativeError(a) || a instanceof Error) {
    if (!(types.isNativeError(b) || b instanceof Error) || a.message !== b.message || a.name !== b.name) return false;
  }
  if (types.isArrayBufferView(a)) {
    if (!types.isArrayBufferView(b) || a.byteLength !== b.byteLength) return false;
    const left = new Uint8Array(a.buffer, a.byteOffset, a.byteLength);
    const right = new Uint8Array(b.buffer, b.byteOffset, b.byteLength);
    if (!strict && (types.isFloat32Array(a) || types.isFloat64Array(a))) {
      for (let i = 0; i < a.length; i++) if (!primitiveEqual(a[i], b[i], strict)) return false;
    } else {
      for (let i = 0; i < left.length; i++) if (left[i] !== right[i]) return false;
    }
  }
  if (types.isBoxedPrimitive(a)) {
    if (!types.isBoxedPrimitive(b) || !Object.is(a.valueOf(), b.valueOf())) return false;
  } else if (types.isBoxedPrimitive(b)) return false;
  const keysA = ownKeys(a, strict);
  const keysB = ownKeys(b, strict);
  if (keysA.length !== keysB.length) return false;
  for (const key of keysA) if (!isEnumerable(b, key)) return false;

  // Cycles: a pair already under comparison counts as equal.
  memos ??= { a: new Map(), b: new Map(), position: 0 };
  const seenA = memos.a.get(a);
  if (seenA !== undefined) {
    const seenB = memos.b.get(b);
    if (seenB !== undefined) return seenA === seenB;
  }
  memos.position++;
  memos.a.set(a, memos.position);
  memos.b.set(b, memos.position);
  const result = compareContents(a, b, strict, memos, keysA);
  memos.a.delete(a);
  memos.b.delete(b);
  return result;
}

function compareContents(a, b, strict, memos, keys) {
  if (types.isMap(a)) {
    if (!types.isMap(b) || a.size !== b.size || !mapEqual(a, b, strict, memos)) return false;
  } else if (types.isMap(b)) return false;
  if (types.isSet(a)) {
    if (!types.isSet(b) || a.size !== b.size || !setEqual(a, b, strict, memos)) return false;
  } else if (types.isSet(b)) return false;
  for (const key of keys) if (!innerDeepEqual(a[key], b[key], strict, memos)) return false;
  return true;
}

function setEqual(a, b, strict, memos) {
  const pending = [];
  for (const value of a) {
    if (typeof value === 'object' && value !== null) pending.push(value);
    else if (!b.has(value) && !(!strict && [...b].some((other) => primitiveEqual(value, other, false)))) return false;
  }
  const candidates = [...b].filter((v) => (typeof v === 'object' && v !== null) || !a.has(v));
  for (const value of pending) {
    const index = candidates.findIndex((other) => innerDeepEqual(value, other, strict, memos));
    if (index < 0) return false;
    candidates.splice(index, 1);
  }
  return true;
}

function mapEqual(a, b, strict, memos) {
  const pending = [];
  for (const [key, value] of a) {
    if (typeof key === 'object' && key !== null) pending.push([key, value]);
    else if (!b.has(key) || !innerDeepEqual(value, b.get(key), strict, memos)) return false;
  }
  const candidates = [...b].filter(([k]) => typeof k === 'object' && k !== null);
  for (const [key, value] of pending) {
    const index = candidates.findIndex(([k, v]) => innerDeepEqual(key, k, strict, memos) && innerDeepEqual(value, v, strict, memos));
    if (index < 0) return false;
    candidates.splice(index, 1);
  }
  return true;
}

module.exports = {
  isDeepEqual: (a, b) => innerDeepEqual(a, b, kLoose),
  isDeepStrictEqual: (a, b) => innerDeepEqual(a, b, kStrict),
};

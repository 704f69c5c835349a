'use strict';
const { Buffer } = require('buffer'); // node's own modules use the module's Buffer, granted as a global or not
// node's crypto, the parts programs reach for: random bytes, UUIDs and integers, hashes and HMACs
// (createHash/createHmac/hash), PBKDF2, timingSafeEqual and the Web Crypto object (getRandomValues,
// randomUUID, subtle.digest), on .NET's System.Security.Cryptography (internal/crypto).
// Ciphers, key pairs and signing are not here yet.
const binding = require('internal/crypto');
const { makeNodeError, invalidArgType, outOfRange } = require('internal/errors');

const kState = Symbol('kState');
const kFinalized = Symbol('kFinalized');

function toBytes(data, encoding, name = 'data') {
  if (typeof data === 'string') return Buffer.from(data, encoding);
  if (ArrayBuffer.isView(data)) return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  if (data instanceof ArrayBuffer) return new Uint8Array(data);
  throw invalidArgType(name, ['string', 'Buffer', 'TypedArray', 'DataView'], data);
}

function output(bytes, encoding) {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return encoding === undefined || encoding === 'buffer' ? buffer : buffer.toString(encoding);
}

class Hash {
  constructor(algorithm, key) {
    if (typeof algorithm !== 'string') throw invalidArgType('algorithm', 'string', algorithm);
    const state = binding.newHash(algorithm, key);
    if (state === null) throw key === undefined ? new Error('Digest method not supported') : new Error(`Invalid digest: ${algorithm}`);
    this[kState] = state;
    this[kFinalized] = false;
  }
  update(data, encoding) {
    if (this[kFinalized]) throw makeNodeError(Error, 'ERR_CRYPTO_HASH_FINALIZED', 'Digest already called');
    binding.update(this[kState], toBytes(data, encoding));
    return this;
  }
  digest(encoding) {
    if (this[kFinalized]) throw makeNodeError(Error, 'ERR_CRYPTO_HASH_FINALIZED', 'Digest already called');
    this[kFinalized] = true;
    return output(binding.digest(this[kState]), encoding);
  }
  copy() {
    if (this[kFinalized]) throw makeNodeError(Error, 'ERR_CRYPTO_HASH_FINALIZED', 'Digest already called');
    const copy = Object.create(Hash.prototype);
    copy[kState] = binding.copy(this[kState]);
    copy[kFinalized] = false;
    return copy;
  }
}

class Hmac extends Hash {
  constructor(algorithm, key) {
    super(algorithm, toBytes(key, undefined, 'key'));
  }
  copy() { throw new TypeError('hmac.copy is not a function'); }
}

const createHash = (algorithm) => new Hash(algorithm);
const createHmac = (algorithm, key) => new Hmac(algorithm, key);
const hash = (algorithm, data, encoding = 'hex') => createHash(algorithm).update(data).digest(encoding);

function randomBytes(size, callback) {
  if (typeof size !== 'number') throw invalidArgType('size', 'number', size);
  if (!(size >= 0 && size <= 2147483647)) throw outOfRange('size', '>= 0 && <= 2147483647', size);
  if (callback !== undefined && typeof callback !== 'function') throw invalidArgType('callback', 'function', callback);
  const buffer = binding.randomFill(Buffer.alloc(size));
  if (callback === undefined) return buffer;
  binding.afterPoll(() => callback(null, buffer));
}

function randomFillSync(view, offset = 0, size = view.byteLength - offset) {
  if (!ArrayBuffer.isView(view)) throw invalidArgType('buf', ['ArrayBuffer', 'ArrayBufferView'], view);
  binding.randomFill(new Uint8Array(view.buffer, view.byteOffset + offset, size));
  return view;
}

// RFC 4122 version 4 from 16 random bytes.
function randomUUID() {
  const b = binding.randomFill(new Uint8Array(16));
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  const hex = Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

function randomInt(min, max, callback) {
  if (typeof max === 'undefined' || typeof max === 'function') { callback = max; max = min; min = 0; }
  if (!Number.isSafeInteger(min)) throw invalidArgType('min', 'a safe integer', min);
  if (!Number.isSafeInteger(max)) throw invalidArgType('max', 'a safe integer', max);
  if (max <= min) throw outOfRange('max', `greater than the value of "min" (${min})`, max);
  const range = max - min;
  if (range > 2 ** 48 - 1) throw outOfRange('max - min', `<= ${2 ** 48 - 1}`, range);
  // Rejection sampling over 48 random bits, so every value is equally likely.
  const limit = 2 ** 48 - (2 ** 48 % range);
  let n;
  do {
    const b = binding.randomFill(new Uint8Array(6));
    n = b.reduce((acc, x) => acc * 256 + x, 0);
  } while (n >= limit);
  const value = min + (n % range);
  if (callback === undefined) return value;
  process.nextTick(callback, null, value);
}

function timingSafeEqual(a, b) {
  if (!ArrayBuffer.isView(a) && !(a instanceof ArrayBuffer)) throw invalidArgType('buf1', ['ArrayBuffer', 'Buffer', 'TypedArray', 'DataView'], a);
  if (!ArrayBuffer.isView(b) && !(b instanceof ArrayBuffer)) throw invalidArgType('buf2', ['ArrayBuffer', 'Buffer', 'TypedArray', 'DataView'], b);
  const x = toBytes(a), y = toBytes(b);
  if (x.length !== y.length) throw makeNodeError(RangeError, 'ERR_CRYPTO_TIMING_SAFE_EQUAL_LENGTH', 'Input buffers must have the same byte length');
  let diff = 0;
  for (let i = 0; i < x.length; i++) diff |= x[i] ^ y[i];
  return diff === 0;
}

function pbkdf2Sync(password, salt, iterations, keylen, digest) {
  const derived = binding.pbkdf2(toBytes(password, undefined, 'password'), toBytes(salt, undefined, 'salt'), iterations, keylen, digest);
  if (derived === null) throw makeNodeError(TypeError, 'ERR_CRYPTO_INVALID_DIGEST', `Invalid digest: ${digest}`);
  return output(derived);
}

function pbkdf2(password, salt, iterations, keylen, digest, callback) {
  if (typeof callback !== 'function') throw invalidArgType('callback', 'function', callback);
  const key = pbkdf2Sync(password, salt, iterations, keylen, digest);
  binding.afterPoll(() => callback(null, key));
}

// ------------------------------------------------------------------ Web Crypto

const integerArrays = ['Int8Array', 'Uint8Array', 'Uint8ClampedArray', 'Int16Array', 'Uint16Array', 'Int32Array', 'Uint32Array', 'BigInt64Array', 'BigUint64Array'];

function getRandomValues(view) {
  if (!ArrayBuffer.isView(view) || view instanceof DataView || !integerArrays.includes(Object.prototype.toString.call(view).slice(8, -1)))
    throw new DOMException('The data argument must be an integer-type TypedArray', 'TypeMismatchError');
  if (view.byteLength > 65536) throw new DOMException('The requested length exceeds 65,536 bytes', 'QuotaExceededError');
  binding.randomFill(view);
  return view;
}

const subtleDigests = { 'SHA-1': 'sha1', 'SHA-256': 'sha256', 'SHA-384': 'sha384', 'SHA-512': 'sha512' };

class SubtleCrypto {
  digest(algorithm, data) {
    return new Promise((resolve, reject) => {
      const name = typeof algorithm === 'string' ? algorithm : algorithm?.name;
      const digest = subtleDigests[`${name}`.toUpperCase()];
      if (digest === undefined) { reject(new DOMException('Unrecognized algorithm name', 'NotSupportedError')); return; }
      const bytes = hash(digest, toBytes(data), 'buffer');
      binding.afterPoll(() => resolve(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength)));
    });
  }
}

class Crypto {
  get subtle() { return subtle; }
  getRandomValues(view) { return getRandomValues(view); }
  randomUUID() { return randomUUID(); }
  get [Symbol.toStringTag]() { return 'Crypto'; }
}
const subtle = new SubtleCrypto();
const webcrypto = new Crypto();

module.exports = {
  createHash, createHmac, hash, getHashes: () => binding.hashes(), Hash, Hmac,
  randomBytes, randomFillSync, randomUUID, randomInt, getRandomValues, timingSafeEqual, pbkdf2, pbkdf2Sync,
  webcrypto, subtle, constants: {},
};

'use strict';
// node's buffer module: Buffer is a Uint8Array subclass (FastBuffer) whose byte work (encoding,
// decoding, searching, comparing, filling, copying) is done by the native binding internal/buffer;
// this side validates arguments with node's coded errors and shapes the results. Buffers own
// their memory (no shared 8 KiB pool), so buf.buffer holds exactly the buffer's bytes.
const binding = require('internal/buffer');
const { makeNodeError, invalidArgType, invalidArgValue, outOfRange, missingArgs, customInspectSymbol, inspect, emitWarning } = require('internal/errors');

const kMaxLength = 2 ** 32;
const kStringMaxLength = 2 ** 29 - 24;
let INSPECT_MAX_BYTES = 50;

// Encodings as the binding numbers them (Eventide.Node.NodeEncoding).
const UTF8 = 0, UTF16LE = 1, LATIN1 = 2, ASCII = 3, BASE64 = 4, BASE64URL = 5, HEX = 6;
const kEncodingNames = ['utf8', 'utf16le', 'latin1', 'ascii', 'base64', 'base64url', 'hex'];

// The binding's number for an encoding name (any case), or undefined when node does not know it.
function encodingCode(encoding) {
  switch (encoding) {
    case 'utf8': case 'utf-8': return UTF8;
    case 'hex': return HEX;
    case 'base64': return BASE64;
    case 'latin1': case 'binary': return LATIN1;
    case 'ucs2': case 'ucs-2': case 'utf16le': case 'utf-16le': return UTF16LE;
    case 'ascii': return ASCII;
    case 'base64url': return BASE64URL;
  }
  const lower = `${encoding}`.toLowerCase();
  return lower !== encoding ? encodingCode(lower) : undefined;
}

const unknownEncoding = (encoding) => makeNodeError(TypeError, 'ERR_UNKNOWN_ENCODING', `Unknown encoding: ${encoding}`);
const bufferOutOfBounds = (name) => makeNodeError(RangeError, 'ERR_BUFFER_OUT_OF_BOUNDS',
  name ? `"${name}" is outside of buffer bounds` : 'Attempt to access memory outside buffer bounds');

// An encoding given by the caller: undefined is utf8, anything node does not know throws.
function requireEncoding(encoding) {
  if (encoding === undefined) return UTF8;
  const code = encodingCode(encoding);
  if (code === undefined) throw unknownEncoding(encoding);
  return code;
}

function validateNumber(value, name, min, max) {
  if (typeof value !== 'number') throw invalidArgType(name, 'number', value);
  if ((min != null && value < min) || (max != null && value > max) || ((min != null || max != null) && Number.isNaN(value))) {
    const range = [min != null ? `>= ${min}` : '', max != null ? `<= ${max}` : ''].filter(Boolean).join(' && ');
    throw outOfRange(name, range, value);
  }
}

// node's validateOffset: an integer within [min, max].
function validateOffset(value, name, min = 0, max = kMaxLength) {
  if (typeof value !== 'number') throw invalidArgType(name, 'number', value);
  if (!Number.isInteger(value)) throw outOfRange(name, 'an integer', value);
  if (value < min || value > max) throw outOfRange(name, `>= ${min} && <= ${max}`, value);
}

const getTypedArrayTag = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(Uint8Array.prototype), Symbol.toStringTag).get;
const isUint8Array = (value) => getTypedArrayTag.call(value) === 'Uint8Array';
const isAnyArrayBuffer = (value) => value instanceof ArrayBuffer || (typeof SharedArrayBuffer === 'function' && value instanceof SharedArrayBuffer);

function validateBuffer(value, name) {
  if (!isUint8Array(value)) throw invalidArgType(name, ['Buffer', 'Uint8Array'], value);
}

class FastBuffer extends Uint8Array {
  // eslint-disable-next-line no-useless-constructor
  constructor(bufferOrLength, byteOffset, length) {
    super(bufferOrLength, byteOffset, length);
  }
}

// DEP0005, once, when the caller is not a package (node's isInsideNodeModules: the first frame outside node's own modules).
let deprecationShown = false;
function warnBufferConstructor() {
  if (deprecationShown) return;
  const caller = `${new Error().stack}`.split('\n').slice(1).find((line) => !line.includes('node:'));
  if (caller === undefined || caller.includes('/node_modules/')) return;
  deprecationShown = true;
  const warning = new Error('Buffer() is deprecated due to security and usability issues. Please use the Buffer.alloc(), Buffer.allocUnsafe(), or Buffer.from() methods instead.');
  warning.name = 'DeprecationWarning';
  warning.code = 'DEP0005';
  emitWarning(warning);
}

// Buffer(arg) and new Buffer(arg): deprecated (DEP0005), still Buffer.alloc / Buffer.from.
function Buffer(arg, encodingOrOffset, length) {
  warnBufferConstructor();
  if (typeof arg === 'number') {
    if (typeof encodingOrOffset === 'string') throw invalidArgType('string', 'string', arg);
    return Buffer.alloc(arg);
  }
  return Buffer.from(arg, encodingOrOffset, length);
}
Buffer.prototype = FastBuffer.prototype;
binding.setBufferPrototype(FastBuffer.prototype);
Object.defineProperty(FastBuffer.prototype, 'constructor', { value: Buffer, writable: true, enumerable: false, configurable: true });
Object.setPrototypeOf(Buffer, Uint8Array);
// Typed array methods that make new arrays (subarray, map, filter) make FastBuffers, not Buffer() calls.
Object.defineProperty(Buffer, Symbol.species, { get() { return FastBuffer; }, enumerable: false, configurable: true });

Buffer.poolSize = 8 * 1024;

function fromString(string, encoding) {
  let code = UTF8;
  if (typeof encoding === 'string' && encoding.length !== 0) {
    code = encodingCode(encoding);
    if (code === undefined) throw unknownEncoding(encoding);
  }
  return binding.bufferFromString(string, code);
}

function fromArrayBuffer(buffer, byteOffset, length) {
  byteOffset = byteOffset === undefined ? 0 : +byteOffset || 0;
  const maxLength = buffer.byteLength - byteOffset;
  if (maxLength < 0) throw bufferOutOfBounds('offset');
  if (length === undefined) length = maxLength;
  else {
    length = +length;
    if (length > 0) {
      if (length > maxLength) throw bufferOutOfBounds('length');
    } else length = 0;
  }
  return new FastBuffer(buffer, byteOffset, length);
}

function fromArrayLike(items) {
  const length = items.length;
  if (typeof length !== 'number' || !(length > 0)) return new FastBuffer();
  const buffer = new FastBuffer(length);
  buffer.set(items);
  return buffer;
}

// 'Buffer.from(value)' for objects: array-likes, views, and { type: 'Buffer', data } (toJSON's shape).
function fromObject(obj) {
  if (obj.length !== undefined || isAnyArrayBuffer(obj.buffer)) return fromArrayLike(obj);
  if (obj.type === 'Buffer' && Array.isArray(obj.data)) return fromArrayLike(obj.data);
  return undefined;
}

Buffer.from = function from(value, encodingOrOffset, length) {
  if (typeof value === 'string') return fromString(value, encodingOrOffset);
  if (typeof value === 'object' && value !== null) {
    if (isAnyArrayBuffer(value)) return fromArrayBuffer(value, encodingOrOffset, length);
    const valueOf = value.valueOf && value.valueOf();
    if (valueOf != null && valueOf !== value && (typeof valueOf === 'string' || typeof valueOf === 'object')) return from(valueOf, encodingOrOffset, length);
    const buffer = fromObject(value);
    if (buffer) return buffer;
    if (typeof value[Symbol.toPrimitive] === 'function') {
      const primitive = value[Symbol.toPrimitive]('string');
      if (typeof primitive === 'string') return fromString(primitive, encodingOrOffset);
    }
  }
  throw invalidArgType('first argument', ['string', 'Buffer', 'ArrayBuffer', 'Array', 'Array-like Object'], value);
};

Buffer.copyBytesFrom = function copyBytesFrom(view, offset, length) {
  if (!ArrayBuffer.isView(view) || view instanceof DataView) throw invalidArgType('view', ['TypedArray'], view);
  const viewLength = view.length;
  if (viewLength === 0) return new FastBuffer();
  if (offset !== undefined || length !== undefined) {
    if (offset !== undefined) {
      validateOffset(offset, 'offset', 0);
      if (offset >= viewLength) return new FastBuffer();
    } else offset = 0;
    const end = length === undefined ? viewLength : (validateOffset(length, 'length', 0), Math.min(offset + length, viewLength));
    if (end - offset <= 0) return new FastBuffer();
    view = view.subarray(offset, end);
  }
  return new FastBuffer(view.buffer.slice(view.byteOffset, view.byteOffset + view.byteLength));
};

Buffer.of = function of(...items) {
  const buffer = new FastBuffer(items.length);
  for (let k = 0; k < items.length; k++) buffer[k] = items[k];
  return buffer;
};

Buffer.alloc = function alloc(size, fill, encoding) {
  validateNumber(size, 'size', 0, kMaxLength);
  const buffer = new FastBuffer(size);
  if (fill !== undefined && fill !== 0 && size > 0) fillBuffer(buffer, fill, 0, buffer.length, encoding);
  return buffer;
};

Buffer.allocUnsafe = function allocUnsafe(size) {
  validateNumber(size, 'size', 0, kMaxLength);
  return new FastBuffer(size);
};

Buffer.allocUnsafeSlow = function allocUnsafeSlow(size) {
  validateNumber(size, 'size', 0, kMaxLength);
  return new FastBuffer(size);
};

function SlowBuffer(size) {
  validateNumber(size, 'size', 0, kMaxLength);
  return new FastBuffer(size);
}
SlowBuffer.prototype = FastBuffer.prototype;
binding.setBufferPrototype(FastBuffer.prototype);
Object.setPrototypeOf(SlowBuffer, Uint8Array);

Buffer.isBuffer = function isBuffer(b) {
  return b instanceof Buffer;
};

Buffer.compare = function compare(buf1, buf2) {
  validateBuffer(buf1, 'buf1');
  validateBuffer(buf2, 'buf2');
  if (buf1 === buf2) return 0;
  return binding.compare(buf1, buf2, 0, buf1.length, 0, buf2.length);
};

Buffer.isEncoding = function isEncoding(encoding) {
  return typeof encoding === 'string' && encoding.length !== 0 && encodingCode(encoding) !== undefined;
};
Buffer[Symbol.for('kIsEncodingSymbol')] = Buffer.isEncoding;

Buffer.concat = function concat(list, length) {
  if (!Array.isArray(list)) throw invalidArgType('list', 'Array', list);
  if (list.length === 0) return new FastBuffer();
  if (length === undefined) {
    length = 0;
    for (let i = 0; i < list.length; i++) if (list[i].length) length += list[i].length;
  } else validateOffset(length, 'length');
  const buffer = new FastBuffer(length);
  let pos = 0;
  for (let i = 0; i < list.length; i++) {
    const buf = list[i];
    if (!isUint8Array(buf)) throw invalidArgType(`list[${i}]`, ['Buffer', 'Uint8Array'], list[i]);
    pos += binding.copy(buf, buffer, pos, 0, buf.length);
  }
  return buffer;
};

Buffer.byteLength = function byteLength(string, encoding) {
  if (typeof string !== 'string') {
    if (ArrayBuffer.isView(string) || isAnyArrayBuffer(string)) return string.byteLength;
    throw invalidArgType('string', ['string', 'Buffer', 'ArrayBuffer'], string);
  }
  if (string.length === 0) return 0;
  // An unknown encoding counts as utf8 here, as in node.
  const code = encoding ? encodingCode(encoding) : UTF8;
  return binding.byteLength(string, code === undefined ? UTF8 : code);
};

const proto = Buffer.prototype;

// A method with its own name on the prototype (enumerable: node assigns them).
function define(name, fn, functionName = name) {
  Object.defineProperty(fn, 'name', { value: functionName, configurable: true });
  Object.defineProperty(proto, name, { value: fn, writable: true, enumerable: true, configurable: true });
}

Object.defineProperty(proto, 'parent', {
  enumerable: true, configurable: true,
  get() { return this instanceof Buffer ? this.buffer : undefined; },
});
Object.defineProperty(proto, 'offset', {
  enumerable: true, configurable: true,
  get() { return this instanceof Buffer ? this.byteOffset : undefined; },
});

// latin1Slice(start, end), latin1Write(string, offset, length), ... for each encoding, as node has them.
for (const [code, name] of [[UTF8, 'utf8'], [UTF16LE, 'ucs2'], [LATIN1, 'latin1'], [ASCII, 'ascii'], [BASE64, 'base64'], [BASE64URL, 'base64url'], [HEX, 'hex']]) {
  define(`${name}Slice`, function (start = 0, end = this.length) { return binding.slice(this, code, start, end); });
  define(`${name}Write`, function (string = undefined, offset = 0, length = this.length - offset) { // length 0, as node's native ones
    if (typeof string !== 'string') throw makeNodeError(TypeError, 'ERR_INVALID_ARG_TYPE', 'argument must be a string');
    return binding.write(this, string, code, offset, offset + length);
  });
}

define('toString', function toString(encoding, start, end) {
  const length = this.length;
  if (arguments.length === 0) return binding.slice(this, UTF8, 0, length);
  if (start === undefined || start <= 0) start = 0;
  else if (start >= length) return '';
  else start = Math.trunc(start) || 0;
  if (end === undefined || end > length) end = length;
  else end = Math.trunc(end) || 0;
  if (end <= start) return '';
  if (encoding === undefined) return binding.slice(this, UTF8, start, end);
  const code = encodingCode(`${encoding}`);
  if (code === undefined) throw unknownEncoding(encoding);
  return binding.slice(this, code, start, end);
});

define('toLocaleString', proto.toString, 'toString');

define('write', function write(string, offset, length, encoding) {
  if (typeof string !== 'string') throw makeNodeError(TypeError, 'ERR_INVALID_ARG_TYPE', 'argument must be a string');
  if (offset === undefined) return binding.write(this, string, UTF8, 0, this.length);
  if (length === undefined && typeof offset === 'string') {
    encoding = offset;
    length = this.length;
    offset = 0;
  } else {
    validateOffset(offset, 'offset', 0, this.length);
    const remaining = this.length - offset;
    if (length === undefined) length = remaining;
    else if (typeof length === 'string') {
      encoding = length;
      length = remaining;
    } else {
      validateOffset(length, 'length', 0, this.length);
      if (length > remaining) length = remaining;
    }
  }
  const code = !encoding ? UTF8 : encodingCode(encoding);
  if (code === undefined) throw unknownEncoding(encoding);
  return binding.write(this, string, code, offset, offset + length);
});

define('toJSON', function toJSON() {
  return { type: 'Buffer', data: Array.from(this) };
});

define('equals', function equals(otherBuffer) {
  validateBuffer(otherBuffer, 'otherBuffer');
  if (this === otherBuffer) return true;
  if (this.byteLength !== otherBuffer.byteLength) return false;
  return this.byteLength === 0 || binding.compare(this, otherBuffer, 0, this.length, 0, otherBuffer.length) === 0;
});

define('compare', function compare(target, targetStart, targetEnd, sourceStart, sourceEnd) {
  validateBuffer(target, 'target');
  if (arguments.length === 1) return binding.compare(this, target, 0, this.length, 0, target.length);
  if (targetStart === undefined) targetStart = 0;
  else validateOffset(targetStart, 'targetStart');
  if (targetEnd === undefined) targetEnd = target.length;
  else validateOffset(targetEnd, 'targetEnd', 0, target.length);
  if (sourceStart === undefined) sourceStart = 0;
  else validateOffset(sourceStart, 'sourceStart');
  if (sourceEnd === undefined) sourceEnd = this.length;
  else validateOffset(sourceEnd, 'sourceEnd', 0, this.length);
  if (sourceStart >= sourceEnd) return targetStart >= targetEnd ? 0 : -1;
  if (targetStart >= targetEnd) return 1;
  return binding.compare(this, target, sourceStart, sourceEnd, targetStart, targetEnd);
});

// node's IndexOfOffset: where a search starts, -1 when it cannot match.
function searchStart(length, offset, needleLength, forward) {
  if (offset < 0) {
    if (offset + length >= 0) return length + offset;
    return forward || needleLength === 0 ? 0 : -1;
  }
  if (offset + needleLength <= length) return offset;
  if (needleLength === 0) return length;
  return forward ? -1 : length - 1;
}

// indexOf / lastIndexOf / includes: a byte (number), a string in an encoding, or a buffer.
function bidirectionalIndexOf(buffer, value, byteOffset, encoding, forward) {
  if (!ArrayBuffer.isView(buffer)) throw invalidArgType('buffer', ['Buffer', 'TypedArray', 'DataView'], buffer);
  const length = buffer.byteLength;
  if (typeof byteOffset === 'string') {
    encoding = byteOffset;
    byteOffset = undefined;
  } else if (byteOffset > 0x7fffffff) byteOffset = 0x7fffffff;
  else if (byteOffset < -0x80000000) byteOffset = -0x80000000;
  byteOffset = +byteOffset;
  if (Number.isNaN(byteOffset)) byteOffset = forward ? 0 : length;
  byteOffset = Math.trunc(byteOffset);
  if (typeof value === 'number') {
    const start = searchStart(length, byteOffset, 1, forward);
    if (start <= -1 || length === 0) return -1;
    return binding.indexOfByte(buffer, (value >>> 0) & 255, start, forward);
  }
  let needle;
  if (typeof value === 'string') {
    const code = encoding === undefined ? UTF8 : encodingCode(encoding);
    if (code === undefined) throw unknownEncoding(encoding);
    needle = new FastBuffer(binding.fromString(value, code));
  } else if (isUint8Array(value)) needle = value;
  else throw invalidArgType('value', ['number', 'string', 'Buffer', 'Uint8Array'], value);
  const start = searchStart(length, byteOffset, needle.length, forward);
  if (needle.length === 0) return start;
  if (length === 0 || start <= -1) return -1;
  return binding.indexOf(buffer, needle, start, forward);
}

// A byte with a number or no offset (the common scan loop) in one native call, which answers
// undefined for whatever needs the general path.
define('indexOf', function indexOf(value, byteOffset, encoding) {
  return binding.indexOfNumber(this, value, byteOffset, true) ?? bidirectionalIndexOf(this, value, byteOffset, encoding, true);
});
define('lastIndexOf', function lastIndexOf(value, byteOffset, encoding) {
  return binding.indexOfNumber(this, value, byteOffset, false) ?? bidirectionalIndexOf(this, value, byteOffset, encoding, false);
});
define('includes', function includes(value, byteOffset, encoding) {
  return this.indexOf(value, byteOffset, encoding) !== -1;
});

// node's _fill: a number, a string in an encoding (repeated), or the bytes of a view (repeated).
function fillBuffer(buf, value, offset, end, encoding) {
  let code;
  if (typeof value === 'string') {
    if (offset === undefined || typeof offset === 'string') {
      encoding = offset;
      offset = 0;
      end = buf.length;
    } else if (typeof end === 'string') {
      encoding = end;
      end = buf.length;
    }
    code = encoding === undefined || encoding === null ? UTF8 : encodingCode(encoding);
    if (code === undefined) {
      if (typeof encoding !== 'string') throw invalidArgType('encoding', 'string', encoding);
      throw unknownEncoding(encoding);
    }
    if (value.length === 0) value = 0;
    else if (value.length === 1 && (code === LATIN1 || (code === UTF8 && value.charCodeAt(0) < 128))) value = value.charCodeAt(0);
  }
  if (offset === undefined) {
    offset = 0;
    end = buf.length;
  } else {
    validateOffset(offset, 'offset');
    if (end === undefined) end = buf.length;
    else validateOffset(end, 'end', 0, buf.length);
    if (offset >= end) return buf;
  }
  if (typeof value === 'number') {
    if (end - offset + offset > buf.byteLength) throw bufferOutOfBounds();
    Uint8Array.prototype.fill.call(buf, value, offset, end);
    return buf;
  }
  let pattern;
  if (typeof value === 'string') pattern = new FastBuffer(binding.fromString(value, code));
  else if (ArrayBuffer.isView(value)) pattern = value;
  else {
    Uint8Array.prototype.fill.call(buf, (value >>> 0) & 255, offset, end);
    return buf;
  }
  if (pattern.byteLength === 0) throw invalidArgValue('value', value);
  binding.fill(buf, pattern, offset, end);
  return buf;
}

define('fill', function fill(value, offset, end, encoding) {
  return fillBuffer(this, value, offset, end, encoding);
});

// node's toInteger for copy's positions: NaN and non-safe numbers become the default.
function toInteger(n, defaultValue) {
  n = +n;
  if (!Number.isNaN(n) && n >= Number.MIN_SAFE_INTEGER && n <= Number.MAX_SAFE_INTEGER) return n % 1 === 0 ? n : Math.floor(n);
  return defaultValue;
}

define('copy', function copy(target, targetStart, sourceStart, sourceEnd) {
  validateBuffer(this, 'source');
  validateBuffer(target, 'target');
  if (targetStart === undefined) targetStart = 0;
  else {
    targetStart = Number.isInteger(targetStart) ? targetStart : toInteger(targetStart, 0);
    if (targetStart < 0) throw outOfRange('targetStart', '>= 0', targetStart);
  }
  if (sourceStart === undefined) sourceStart = 0;
  else {
    sourceStart = Number.isInteger(sourceStart) ? sourceStart : toInteger(sourceStart, 0);
    if (sourceStart < 0 || sourceStart > this.byteLength) throw outOfRange('sourceStart', `>= 0 && <= ${this.byteLength}`, sourceStart);
  }
  if (sourceEnd === undefined) sourceEnd = this.byteLength;
  else {
    sourceEnd = Number.isInteger(sourceEnd) ? sourceEnd : toInteger(sourceEnd, 0);
    if (sourceEnd < 0) throw outOfRange('sourceEnd', '>= 0', sourceEnd);
  }
  if (targetStart >= target.byteLength || sourceStart >= sourceEnd) return 0;
  return binding.copy(this, target, targetStart, sourceStart, Math.min(sourceEnd, this.byteLength) - sourceStart);
});

// A position for subarray/slice: negative counts from the end, clamped to [0, length].
function adjustOffset(offset, length) {
  offset = Math.trunc(offset);
  if (offset === 0 || Number.isNaN(offset)) return 0;
  if (offset < 0) return Math.max(offset + length, 0);
  return Math.min(offset, length);
}

define('subarray', function subarray(start, end) {
  const length = this.length;
  start = adjustOffset(start, length);
  end = end !== undefined ? adjustOffset(end, length) : length;
  return new FastBuffer(this.buffer, this.byteOffset + start, end > start ? end - start : 0);
});
// Buffer's slice shares memory (unlike Uint8Array's).
define('slice', function slice(start, end) {
  return this.subarray(start, end);
});

for (const bits of [16, 32, 64]) {
  define(`swap${bits}`, function () {
    if (this.length % (bits / 8) !== 0) throw makeNodeError(RangeError, 'ERR_INVALID_BUFFER_SIZE', `Buffer size must be a multiple of ${bits}-bits`);
    binding.swap(this, bits / 8);
    return this;
  });
}

// ------------------------------------------------------------------ numbers

// node's boundsError: why an offset (or byteLength) does not fit.
function boundsError(value, length, type) {
  if (Math.floor(value) !== value) {
    validateNumber(value, type);
    throw outOfRange(type || 'offset', 'an integer', value);
  }
  if (length < 0) throw bufferOutOfBounds();
  throw outOfRange(type || 'offset', `>= ${type ? 1 : 0} and <= ${length}`, value);
}

// node's checkBounds: offset a number, offset .. offset + size - 1 inside the buffer.
function checkBounds(buf, offset, size) {
  if (typeof offset !== 'number') validateNumber(offset, 'offset');
  if (buf[offset] === undefined || buf[offset + size - 1] === undefined) boundsError(offset, buf.length - size);
}

// node's checkInt's range error (2 ** n phrasing above 32 bits).
function valueOutOfRange(value, min, max, size) {
  const n = typeof min === 'bigint' ? 'n' : '';
  let range;
  if (size > 4) {
    const bits = size * 8;
    range = min === 0 || min === 0n ? `>= 0${n} and < 2${n} ** ${bits}${n}` : `>= -(2${n} ** ${bits - 1}${n}) and < 2${n} ** ${bits - 1}${n}`;
  } else range = `>= ${min}${n} and <= ${max}${n}`;
  return outOfRange('value', range, value);
}

// Hot paths: one call each, the bytes composed in a loop (little-endian runs from the last byte down).
function readInteger(buf, offset, size, littleEndian, signed) {
  checkBounds(buf, offset, size);
  const last = offset + size - 1;
  let value = 0;
  if (littleEndian) for (let i = last; i >= offset; i--) value = value * 256 + buf[i];
  else for (let i = offset; i <= last; i++) value = value * 256 + buf[i];
  return signed && value >= 2 ** (size * 8 - 1) ? value - 2 ** (size * 8) : value;
}

function writeInteger(buf, value, offset, size, littleEndian, signed) {
  const bits = size * 8;
  const min = signed ? -(2 ** (bits - 1)) : 0;
  const max = signed ? 2 ** (bits - 1) - 1 : 2 ** bits - 1;
  value = +value;
  if (size === 1 && typeof offset !== 'number') validateNumber(offset, 'offset');
  if (value > max || value < min) throw valueOutOfRange(value, min, max, size);
  checkBounds(buf, offset, size);
  const high = size > 4 ? Math.floor(value * 2 ** -32) : 0;
  for (let i = 0; i < size; i++) buf[littleEndian ? offset + i : offset + size - 1 - i] = i < 4 ? value >>> (8 * i) : high >>> (8 * (i - 4));
  return offset + size;
}

// The byte of little-endian position i within a value of the size, written big- or little-endian.
const position = (offset, i, size, littleEndian) => offset + (littleEndian ? i : size - 1 - i);

const float32 = new Float32Array(1);
const float64 = new Float64Array(1);
const float32Bytes = new Uint8Array(float32.buffer);
const float64Bytes = new Uint8Array(float64.buffer);

function readFloat(buf, offset, bytes, array, littleEndian) {
  const size = bytes.length;
  checkBounds(buf, offset, size);
  for (let i = 0; i < size; i++) bytes[i] = buf[position(offset, i, size, littleEndian)];
  return array[0];
}

function writeFloat(buf, value, offset, bytes, array, littleEndian) {
  value = +value;
  const size = bytes.length;
  checkBounds(buf, offset, size);
  array[0] = value;
  for (let i = 0; i < size; i++) buf[position(offset, i, size, littleEndian)] = bytes[i];
  return offset + size;
}

function readBig64(buf, offset, littleEndian, signed) {
  checkBounds(buf, offset, 8);
  let low = 0, high = 0;
  for (let i = 3; i >= 0; i--) {
    low = low * 256 + buf[position(offset, i, 8, littleEndian)];
    high = high * 256 + buf[position(offset, i + 4, 8, littleEndian)];
  }
  const value = (BigInt(high) << 32n) + BigInt(low);
  return signed ? BigInt.asIntN(64, value) : value;
}

function writeBig64(buf, value, offset, littleEndian, signed) {
  const min = signed ? -(2n ** 63n) : 0n;
  const max = signed ? 2n ** 63n - 1n : 2n ** 64n - 1n;
  if (value > max || value < min) throw valueOutOfRange(value, min, max, 8);
  checkBounds(buf, offset, 8);
  const low = Number(value & 0xffffffffn);
  const high = Number((value >> 32n) & 0xffffffffn);
  for (let i = 0; i < 4; i++) {
    buf[position(offset, i, 8, littleEndian)] = low >>> (8 * i);
    buf[position(offset, i + 4, 8, littleEndian)] = high >>> (8 * i);
  }
  return offset + 8;
}

// Each method with node's alias spelled "Uint" as well as "UInt".
function defineNumberMethod(name, fn) {
  define(name, fn);
  if (name.includes('UInt')) define(name.replace('UInt', 'Uint'), fn, name);
}

for (const [size, signed] of [[1, false], [1, true], [2, false], [2, true], [4, false], [4, true]]) {
  const type = `${signed ? 'Int' : 'UInt'}${size * 8}`;
  for (const endian of size === 1 ? [''] : ['LE', 'BE']) {
    const littleEndian = endian !== 'BE';
    defineNumberMethod(`read${type}${endian}`, function (offset = 0) { return readInteger(this, offset, size, littleEndian, signed); });
    defineNumberMethod(`write${type}${endian}`, function (value, offset = 0) { return writeInteger(this, value, offset, size, littleEndian, signed); });
  }
}

for (const endian of ['LE', 'BE']) {
  const littleEndian = endian === 'LE';
  for (const signed of [false, true]) {
    const type = signed ? 'Int' : 'UInt';
    // readUIntLE(offset, byteLength) and friends: 1 to 6 bytes.
    defineNumberMethod(`read${type}${endian}`, function (offset, byteLength) {
      if (offset === undefined) throw invalidArgType('offset', 'number', offset);
      if (!(byteLength >= 1 && byteLength <= 6 && Number.isInteger(byteLength))) boundsError(byteLength, 6, 'byteLength');
      return readInteger(this, offset, byteLength, littleEndian, signed);
    });
    defineNumberMethod(`write${type}${endian}`, function (value, offset, byteLength) {
      if (!(byteLength >= 1 && byteLength <= 6 && Number.isInteger(byteLength))) boundsError(byteLength, 6, 'byteLength');
      return writeInteger(this, value, offset, byteLength, littleEndian, signed);
    });
    defineNumberMethod(`readBig${type}64${endian}`, function (offset = 0) { return readBig64(this, offset, littleEndian, signed); });
    defineNumberMethod(`writeBig${type}64${endian}`, function (value, offset = 0) { return writeBig64(this, value, offset, littleEndian, signed); });
  }
  // node names these after the host's byte order: on a little-endian host LE reads "Forwards".
  const order = littleEndian ? 'Forwards' : 'Backwards';
  define(`readFloat${endian}`, function (offset = 0) { return readFloat(this, offset, float32Bytes, float32, littleEndian); }, `readFloat${order}`);
  define(`readDouble${endian}`, function (offset = 0) { return readFloat(this, offset, float64Bytes, float64, littleEndian); }, `readDouble${order}`);
  define(`writeFloat${endian}`, function (value, offset = 0) { return writeFloat(this, value, offset, float32Bytes, float32, littleEndian); }, `writeFloat${order}`);
  define(`writeDouble${endian}`, function (value, offset = 0) { return writeFloat(this, value, offset, float64Bytes, float64, littleEndian); }, `writeDouble${order}`);
}

// ------------------------------------------------------------------ inspection

// <Buffer 68 65 6c 6c 6f>, at most INSPECT_MAX_BYTES bytes, then the other own properties.
Object.defineProperty(proto, customInspectSymbol, {
  writable: true, enumerable: false, configurable: true,
  value: function inspectBuffer(recurseTimes, ctx) {
    const shown = Math.min(INSPECT_MAX_BYTES, this.length);
    const remaining = this.length - INSPECT_MAX_BYTES;
    let str = binding.slice(this, HEX, 0, shown).replace(/(.{2})/g, '$1 ').trim();
    if (remaining > 0) str += ` ... ${remaining} more byte${remaining > 1 ? 's' : ''}`;
    if (ctx) {
      const extras = { __proto__: null };
      let any = false;
      for (const key of Reflect.ownKeys(this)) {
        if (typeof key === 'string' && /^(0|[1-9][0-9]*)$/.test(key)) continue;
        if (!ctx.showHidden && !Object.prototype.propertyIsEnumerable.call(this, key)) continue;
        extras[key] = this[key];
        any = true;
      }
      if (any) {
        if (this.length !== 0) str += ', ';
        str += inspect(extras, { ...ctx, breakLength: Infinity, compact: true }).slice(27, -2);
      }
    }
    return `<${this.constructor.name} ${str}>`;
  },
});
define('inspect', proto[customInspectSymbol]);

// ------------------------------------------------------------------ atob / btoa

function invalidCharacter(message = 'Invalid character') {
  const { DOMException } = require('internal/dom_exception');
  return new DOMException(message, 'InvalidCharacterError');
}

// WHATWG forgiving-base64 decode: ASCII whitespace ignored, '=' only at the end, then latin1.
function atob(input) {
  if (arguments.length === 0) throw missingArgs('input');
  input = `${input}`;
  let digits = 0, equals = 0;
  for (let i = 0; i < input.length; i++) {
    const c = input.charCodeAt(i);
    if (c === 0x09 || c === 0x0a || c === 0x0c || c === 0x0d || c === 0x20) continue;
    digits++;
    if (c === 0x3d) {
      if (++equals > 2) throw invalidCharacter();
    } else if (equals > 0 || !/[A-Za-z0-9+/]/.test(input[i])) throw invalidCharacter();
  }
  let remainder = digits % 4;
  if (remainder === 0) remainder = (digits - equals) % 4;
  else if (equals > 0) throw invalidCharacter();
  if (remainder === 1) throw invalidCharacter('The string to be decoded is not correctly encoded.');
  return binding.slice(binding.fromString(input, BASE64), LATIN1, 0, kMaxLength);
}

function btoa(input) {
  if (arguments.length === 0) throw missingArgs('input');
  input = `${input}`;
  for (let i = 0; i < input.length; i++) if (input.charCodeAt(i) > 0xff) throw invalidCharacter();
  return binding.slice(binding.fromString(input, LATIN1), BASE64, 0, kMaxLength);
}

function transcode(source, fromEncoding, toEncoding) {
  validateBuffer(source, 'source');
  const from = encodingCode(fromEncoding);
  const to = encodingCode(toEncoding);
  if (from === undefined || to === undefined || from > ASCII || to > ASCII) {
    const error = makeNodeError(Error, 'U_ILLEGAL_ARGUMENT_ERROR', `Unable to transcode Buffer [U_ILLEGAL_ARGUMENT_ERROR]`);
    error.errno = 1;
    throw error;
  }
  return fromString(binding.slice(source, from, 0, source.length), kEncodingNames[to]);
}

module.exports = {
  Buffer,
  SlowBuffer,
  transcode,
  isUtf8(input) {
    if (!ArrayBuffer.isView(input) && !isAnyArrayBuffer(input)) throw invalidArgType('input', ['ArrayBuffer', 'Buffer', 'TypedArray'], input);
    return binding.isUtf8(input);
  },
  isAscii(input) {
    if (!ArrayBuffer.isView(input) && !isAnyArrayBuffer(input)) throw invalidArgType('input', ['ArrayBuffer', 'Buffer', 'TypedArray'], input);
    return binding.isAscii(input);
  },
  kMaxLength,
  kStringMaxLength,
  btoa,
  atob,
  constants: { MAX_LENGTH: kMaxLength, MAX_STRING_LENGTH: kStringMaxLength },
};
Object.defineProperty(module.exports, 'INSPECT_MAX_BYTES', {
  enumerable: true, configurable: true,
  get() { return INSPECT_MAX_BYTES; },
  set(value) {
    validateNumber(value, 'INSPECT_MAX_BYTES', 0);
    INSPECT_MAX_BYTES = value;
  },
});
// Blob and File live in internal/blob (the fetch globals); loaded when first read.
for (const name of ['Blob', 'File']) {
  Object.defineProperty(module.exports, name, {
    enumerable: true, configurable: true,
    get() { return require('internal/blob')[name]; },
  });
}

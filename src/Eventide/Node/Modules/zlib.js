'use strict';
const { Buffer } = require('buffer'); // node's own modules use the module's Buffer, granted as a global or not
// node:zlib on System.IO.Compression (internal/zlib): the *Sync functions, the callback forms
// (work on the thread pool, results in the poll phase) and the Transform streams, with node's
// option checks, errors, constants and crc32. Compressed bytes may differ from node's (another
// deflate implementation); either side inflates the other's output.
const binding = require('internal/zlib');
const { Transform, finished } = require('stream');
const { makeNodeError, invalidArgType, outOfRange, validateUint32 } = require('internal/errors');

const constants = {
  __proto__: null,
  Z_NO_FLUSH: 0, Z_PARTIAL_FLUSH: 1, Z_SYNC_FLUSH: 2, Z_FULL_FLUSH: 3, Z_FINISH: 4, Z_BLOCK: 5,
  Z_OK: 0, Z_STREAM_END: 1, Z_NEED_DICT: 2, Z_ERRNO: -1, Z_STREAM_ERROR: -2, Z_DATA_ERROR: -3, Z_MEM_ERROR: -4, Z_BUF_ERROR: -5, Z_VERSION_ERROR: -6,
  Z_NO_COMPRESSION: 0, Z_BEST_SPEED: 1, Z_BEST_COMPRESSION: 9, Z_DEFAULT_COMPRESSION: -1,
  Z_FILTERED: 1, Z_HUFFMAN_ONLY: 2, Z_RLE: 3, Z_FIXED: 4, Z_DEFAULT_STRATEGY: 0, ZLIB_VERNUM: 4880,
  DEFLATE: 1, INFLATE: 2, GZIP: 3, GUNZIP: 4, DEFLATERAW: 5, INFLATERAW: 6, UNZIP: 7, BROTLI_DECODE: 8, BROTLI_ENCODE: 9,
  Z_MIN_WINDOWBITS: 8, Z_MAX_WINDOWBITS: 15, Z_DEFAULT_WINDOWBITS: 15, Z_MIN_CHUNK: 64, Z_MAX_CHUNK: Infinity, Z_DEFAULT_CHUNK: 16384,
  Z_MIN_MEMLEVEL: 1, Z_MAX_MEMLEVEL: 9, Z_DEFAULT_MEMLEVEL: 8, Z_MIN_LEVEL: -1, Z_MAX_LEVEL: 9, Z_DEFAULT_LEVEL: -1,
  BROTLI_OPERATION_PROCESS: 0, BROTLI_OPERATION_FLUSH: 1, BROTLI_OPERATION_FINISH: 2, BROTLI_OPERATION_EMIT_METADATA: 3,
  BROTLI_PARAM_MODE: 0, BROTLI_MODE_GENERIC: 0, BROTLI_MODE_TEXT: 1, BROTLI_MODE_FONT: 2, BROTLI_DEFAULT_MODE: 0,
  BROTLI_PARAM_QUALITY: 1, BROTLI_MIN_QUALITY: 0, BROTLI_MAX_QUALITY: 11, BROTLI_DEFAULT_QUALITY: 11,
  BROTLI_PARAM_LGWIN: 2, BROTLI_MIN_WINDOW_BITS: 10, BROTLI_MAX_WINDOW_BITS: 24, BROTLI_LARGE_MAX_WINDOW_BITS: 30, BROTLI_DEFAULT_WINDOW: 22,
  BROTLI_PARAM_LGBLOCK: 3, BROTLI_MIN_INPUT_BLOCK_BITS: 16, BROTLI_MAX_INPUT_BLOCK_BITS: 24,
  BROTLI_PARAM_DISABLE_LITERAL_CONTEXT_MODELING: 4, BROTLI_PARAM_SIZE_HINT: 5, BROTLI_PARAM_LARGE_WINDOW: 6,
  BROTLI_PARAM_NPOSTFIX: 7, BROTLI_PARAM_NDIRECT: 8,
  BROTLI_DECODER_RESULT_ERROR: 0, BROTLI_DECODER_RESULT_SUCCESS: 1, BROTLI_DECODER_RESULT_NEEDS_MORE_INPUT: 2, BROTLI_DECODER_RESULT_NEEDS_MORE_OUTPUT: 3,
  BROTLI_DECODER_PARAM_DISABLE_RING_BUFFER_REALLOCATION: 0, BROTLI_DECODER_PARAM_LARGE_WINDOW: 1,
  BROTLI_DECODER_NO_ERROR: 0, BROTLI_DECODER_SUCCESS: 1, BROTLI_DECODER_NEEDS_MORE_INPUT: 2, BROTLI_DECODER_NEEDS_MORE_OUTPUT: 3,
  BROTLI_DECODER_ERROR_FORMAT_EXUBERANT_NIBBLE: -1, BROTLI_DECODER_ERROR_FORMAT_RESERVED: -2,
  BROTLI_DECODER_ERROR_FORMAT_EXUBERANT_META_NIBBLE: -3, BROTLI_DECODER_ERROR_FORMAT_SIMPLE_HUFFMAN_ALPHABET: -4,
  BROTLI_DECODER_ERROR_FORMAT_SIMPLE_HUFFMAN_SAME: -5, BROTLI_DECODER_ERROR_FORMAT_CL_SPACE: -6,
  BROTLI_DECODER_ERROR_FORMAT_HUFFMAN_SPACE: -7, BROTLI_DECODER_ERROR_FORMAT_CONTEXT_MAP_REPEAT: -8,
  BROTLI_DECODER_ERROR_FORMAT_BLOCK_LENGTH_1: -9, BROTLI_DECODER_ERROR_FORMAT_BLOCK_LENGTH_2: -10,
  BROTLI_DECODER_ERROR_FORMAT_TRANSFORM: -11, BROTLI_DECODER_ERROR_FORMAT_DICTIONARY: -12,
  BROTLI_DECODER_ERROR_FORMAT_WINDOW_BITS: -13, BROTLI_DECODER_ERROR_FORMAT_PADDING_1: -14,
  BROTLI_DECODER_ERROR_FORMAT_PADDING_2: -15, BROTLI_DECODER_ERROR_FORMAT_DISTANCE: -16,
  BROTLI_DECODER_ERROR_DICTIONARY_NOT_SET: -19, BROTLI_DECODER_ERROR_INVALID_ARGUMENTS: -20,
  BROTLI_DECODER_ERROR_ALLOC_CONTEXT_MODES: -21, BROTLI_DECODER_ERROR_ALLOC_TREE_GROUPS: -22,
  BROTLI_DECODER_ERROR_ALLOC_CONTEXT_MAP: -25, BROTLI_DECODER_ERROR_ALLOC_RING_BUFFER_1: -26,
  BROTLI_DECODER_ERROR_ALLOC_RING_BUFFER_2: -27, BROTLI_DECODER_ERROR_ALLOC_BLOCK_TYPE_TREES: -30,
  BROTLI_DECODER_ERROR_UNREACHABLE: -31,
};

const codes = {};
for (const name of ['Z_OK', 'Z_STREAM_END', 'Z_NEED_DICT', 'Z_ERRNO', 'Z_STREAM_ERROR', 'Z_DATA_ERROR', 'Z_MEM_ERROR', 'Z_BUF_ERROR', 'Z_VERSION_ERROR']) {
  codes[name] = constants[name];
  codes[constants[name]] = name;
}
Object.freeze(codes);

const C = constants;
const kMaxLength = 2 ** 32;
const kFlushFlag = Symbol('kFlushFlag');
const kError = Symbol('kError');
// The empty chunks flush() writes: each carries its flush kind through the writable queue, in order.
const kFlushBuffers = [];
for (const flag of [C.Z_NO_FLUSH, C.Z_BLOCK, C.Z_PARTIAL_FLUSH, C.Z_SYNC_FLUSH, C.Z_FULL_FLUSH, C.Z_FINISH]) {
  kFlushBuffers[flag] = Buffer.alloc(0);
  kFlushBuffers[flag][kFlushFlag] = flag;
}

const bufferTooLarge = (max) => makeNodeError(RangeError, 'ERR_BUFFER_TOO_LARGE', `Cannot create a Buffer larger than ${max} bytes`);

// node's checkFiniteNumber: undefined and NaN mean "use the default"; other non-finite values are errors.
function checkFiniteNumber(number, name) {
  if (number === undefined || Number.isNaN(number)) return false;
  if (Number.isFinite(number)) return true;
  if (typeof number !== 'number') throw invalidArgType(name, 'number', number);
  throw outOfRange(name, 'a finite number', number);
}

function checkRangesOrGetDefault(number, name, lower, upper, def) {
  if (!checkFiniteNumber(number, name)) return def;
  if (number < lower || number > upper) throw outOfRange(name, `>= ${lower} and <= ${upper}`, number);
  return number;
}

const isAnyArrayBuffer = (value) => value instanceof ArrayBuffer || (typeof SharedArrayBuffer === 'function' && value instanceof SharedArrayBuffer);

// The input of the *Sync functions: strings as UTF-8, any view or ArrayBuffer as bytes.
function toInput(buffer) {
  if (typeof buffer === 'string') return Buffer.from(buffer);
  if (ArrayBuffer.isView(buffer)) return buffer;
  if (isAnyArrayBuffer(buffer)) return Buffer.from(buffer);
  throw invalidArgType('buffer', ['string', 'Buffer', 'TypedArray', 'DataView', 'ArrayBuffer'], buffer);
}

const asBuffer = (bytes) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);

// ZlibBase: the Transform every zlib and brotli stream is; the handle does the work.
function ZlibBase(opts, mode, handle, { flush, finishFlush, fullFlush, maxFlushFlag }) {
  let chunkSize = C.Z_DEFAULT_CHUNK;
  let maxOutputLength = kMaxLength;
  if (opts) {
    chunkSize = opts.chunkSize;
    if (!checkFiniteNumber(chunkSize, 'options.chunkSize')) chunkSize = C.Z_DEFAULT_CHUNK;
    else if (chunkSize < C.Z_MIN_CHUNK) throw outOfRange('options.chunkSize', `>= ${C.Z_MIN_CHUNK}`, chunkSize);
    flush = checkRangesOrGetDefault(opts.flush, 'options.flush', 0, maxFlushFlag, flush);
    finishFlush = checkRangesOrGetDefault(opts.finishFlush, 'options.finishFlush', 0, maxFlushFlag, finishFlush);
    maxOutputLength = checkRangesOrGetDefault(opts.maxOutputLength, 'options.maxOutputLength', 1, kMaxLength, kMaxLength);
    if (opts.encoding || opts.objectMode || opts.writableObjectMode) {
      opts = { ...opts, encoding: null, objectMode: false, writableObjectMode: false };
    }
  }
  Transform.call(this, { autoDestroy: true, ...opts });
  this[kError] = null;
  this.bytesWritten = 0;
  this._handle = handle;
  this._outOffset = 0;
  this._chunkSize = chunkSize;
  this._defaultFlushFlag = flush;
  this._finishFlushFlag = finishFlush;
  this._defaultFullFlushFlag = fullFlush;
  this._info = opts && opts.info;
  this._maxOutputLength = maxOutputLength;
}
Object.setPrototypeOf(ZlibBase.prototype, Transform.prototype);
Object.setPrototypeOf(ZlibBase, Transform);

Object.defineProperty(ZlibBase.prototype, '_closed', { configurable: true, enumerable: true, get() { return !this._handle; } });

ZlibBase.prototype.reset = function () {
  if (!this._handle) throw makeNodeError(Error, 'ERR_ZLIB_BINDING_CLOSED', 'zlib binding closed');
  binding.close(this._handle);
  this._handle = this._open();
};

ZlibBase.prototype._flush = function (callback) {
  this._transform(Buffer.alloc(0), '', callback);
};

ZlibBase.prototype._final = function (callback) {
  callback();
};

ZlibBase.prototype.flush = function (kind, callback) {
  if (typeof kind === 'function' || (kind === undefined && !callback)) {
    callback = kind;
    kind = this._defaultFullFlushFlag;
  }
  if (this.writableFinished) {
    if (callback) process.nextTick(callback);
  } else if (this.writableEnded) {
    if (callback) this.once('end', callback);
  } else {
    this.write(kFlushBuffers[kind], '', callback);
  }
};

ZlibBase.prototype.close = function (callback) {
  if (callback) finished(this, callback);
  this.destroy();
};

ZlibBase.prototype._destroy = function (err, callback) {
  closeHandle(this);
  callback(err);
};

ZlibBase.prototype._transform = function (chunk, encoding, cb) {
  let flushFlag = this._defaultFlushFlag;
  if (typeof chunk[kFlushFlag] === 'number') flushFlag = chunk[kFlushFlag];
  // The last chunk before end() finishes the stream (node's maxFlush with finishFlush).
  if (this.writableEnded && this.writableLength === chunk.byteLength) flushFlag = maxFlush(flushFlag, this._finishFlushFlag);
  processChunk(this, chunk, flushFlag, cb);
};

ZlibBase.prototype._processChunk = function (chunk, flushFlag, cb) {
  if (typeof cb === 'function') processChunk(this, chunk, flushFlag, cb);
  else return processChunkSync(this, chunk, flushFlag);
};

// zlib's flush kinds ordered by strength (Z_BLOCK sits between Z_PARTIAL_FLUSH and Z_SYNC_FLUSH).
const flushRank = [0, 1, 3, 4, 5, 2];
const maxFlush = (a, b) => (flushRank[a] > flushRank[b] ? a : b);

function closeHandle(stream) {
  if (!stream._handle) return;
  binding.close(stream._handle);
  stream._handle = null;
}

function processChunk(stream, chunk, flushFlag, cb) {
  if (!stream._handle) return process.nextTick(cb);
  binding.processAsync(stream._handle, chunk, flushFlag, (err, output) => {
    if (stream.destroyed) return cb();
    if (err) {
      stream[kError] = err;
      stream.destroy(err);
      return cb();
    }
    stream.bytesWritten += chunk.byteLength;
    // Pieces as node's output buffer fills: the rest of the current chunkSize buffer, then whole ones.
    for (let at = 0; at < output.byteLength && !stream.destroyed;) {
      const end = Math.min(at + stream._chunkSize - stream._outOffset, output.byteLength);
      stream.push(asBuffer(output.subarray(at, end)));
      stream._outOffset = (stream._outOffset + end - at) % stream._chunkSize;
      at = end;
    }
    cb();
  });
}

function processChunkSync(stream, chunk, flushFlag) {
  if (!stream._handle) throw makeNodeError(Error, 'ERR_ZLIB_BINDING_CLOSED', 'zlib binding closed');
  let output;
  try {
    output = binding.process(stream._handle, chunk, flushFlag);
  } finally {
    closeHandle(stream);
  }
  if (output.byteLength > stream._maxOutputLength) throw bufferTooLarge(stream._maxOutputLength);
  stream.bytesWritten = chunk.byteLength;
  return asBuffer(output);
}

const zlibDefaultOpts = { flush: C.Z_NO_FLUSH, finishFlush: C.Z_FINISH, fullFlush: C.Z_FULL_FLUSH, maxFlushFlag: C.Z_BLOCK };
const inflateModes = [C.INFLATE, C.GUNZIP, C.UNZIP];

// Zlib: deflate, inflate, gzip, gunzip, deflateRaw, inflateRaw and unzip with zlib's options.
function Zlib(opts, mode) {
  let windowBits = C.Z_DEFAULT_WINDOWBITS;
  let level = C.Z_DEFAULT_COMPRESSION;
  let memLevel = C.Z_DEFAULT_MEMLEVEL;
  let strategy = C.Z_DEFAULT_STRATEGY;
  if (opts) {
    // windowBits 0 asks inflate to take the header's; .NET's inflater always allows the largest window.
    if ((opts.windowBits == null || opts.windowBits === 0) && inflateModes.includes(mode)) windowBits = 0;
    else windowBits = checkRangesOrGetDefault(opts.windowBits, 'options.windowBits', mode === C.GZIP ? 9 : C.Z_MIN_WINDOWBITS, C.Z_MAX_WINDOWBITS, C.Z_DEFAULT_WINDOWBITS);
    level = checkRangesOrGetDefault(opts.level, 'options.level', C.Z_MIN_LEVEL, C.Z_MAX_LEVEL, C.Z_DEFAULT_COMPRESSION);
    memLevel = checkRangesOrGetDefault(opts.memLevel, 'options.memLevel', C.Z_MIN_MEMLEVEL, C.Z_MAX_MEMLEVEL, C.Z_DEFAULT_MEMLEVEL);
    strategy = checkRangesOrGetDefault(opts.strategy, 'options.strategy', C.Z_DEFAULT_STRATEGY, C.Z_FIXED, C.Z_DEFAULT_STRATEGY);
    const dictionary = opts.dictionary;
    if (dictionary !== undefined && !ArrayBuffer.isView(dictionary) && !isAnyArrayBuffer(dictionary)) {
      throw invalidArgType('options.dictionary', ['Buffer', 'TypedArray', 'DataView', 'ArrayBuffer'], dictionary);
    }
    // .NET's deflate streams take no preset dictionary: refuse rather than produce other bytes.
    if (dictionary !== undefined) {
      throw makeNodeError(TypeError, 'ERR_FEATURE_UNAVAILABLE_ON_PLATFORM', 'The feature zlib dictionary is unavailable on the current platform, which is being used to run Node.js');
    }
  }
  this._mode = mode;
  this._level = level;
  this._strategy = strategy;
  this._windowBits = windowBits;
  this._memLevel = memLevel;
  ZlibBase.call(this, opts, mode, this._open(), zlibDefaultOpts);
}
Object.setPrototypeOf(Zlib.prototype, ZlibBase.prototype);
Object.setPrototypeOf(Zlib, ZlibBase);

Zlib.prototype._open = function () {
  return binding.open(this._mode, this._level, this._strategy, this._windowBits, 0, 0);
};

Zlib.prototype.params = function (level, strategy, callback) {
  checkRangesOrGetDefault(level, 'level', C.Z_MIN_LEVEL, C.Z_MAX_LEVEL);
  checkRangesOrGetDefault(strategy, 'strategy', C.Z_DEFAULT_STRATEGY, C.Z_FIXED);
  if (this._level === level && this._strategy === strategy) {
    process.nextTick(callback);
    return;
  }
  this.flush(C.Z_SYNC_FLUSH, () => {
    if (this._handle) binding.params(this._handle, level, strategy);
    if (!this.destroyed) {
      this._level = level;
      this._strategy = strategy;
      if (callback) callback();
    }
  });
};

// Brotli: compress and decompress, with BROTLI_PARAM_* in options.params.
const kMaxBrotliParam = C.BROTLI_PARAM_NDIRECT;
const brotliDefaultOpts = { flush: C.BROTLI_OPERATION_PROCESS, finishFlush: C.BROTLI_OPERATION_FINISH, fullFlush: C.BROTLI_OPERATION_FLUSH, maxFlushFlag: C.BROTLI_OPERATION_EMIT_METADATA };

function Brotli(opts, mode) {
  let quality = C.BROTLI_DEFAULT_QUALITY;
  let window = C.BROTLI_DEFAULT_WINDOW;
  if (opts && opts.params) {
    for (const origKey of Object.keys(opts.params)) {
      const key = +origKey;
      if (Number.isNaN(key) || key < 0 || key > kMaxBrotliParam) {
        throw makeNodeError(RangeError, 'ERR_BROTLI_INVALID_PARAM', `${origKey} is not a valid Brotli parameter`);
      }
      const value = opts.params[origKey];
      if (typeof value !== 'number' && typeof value !== 'boolean') throw invalidArgType('options.params[key]', 'number', value);
      // .NET's encoder takes quality and window; mode, size hint and the rest are hints it has no setting for.
      if (key === C.BROTLI_PARAM_QUALITY) quality = Math.min(Math.max(+value, C.BROTLI_MIN_QUALITY), C.BROTLI_MAX_QUALITY);
      if (key === C.BROTLI_PARAM_LGWIN) window = Math.min(Math.max(+value, C.BROTLI_MIN_WINDOW_BITS), C.BROTLI_MAX_WINDOW_BITS);
    }
  }
  this._mode = mode;
  this._quality = quality;
  this._window = window;
  ZlibBase.call(this, opts, mode, this._open(), brotliDefaultOpts);
}
Object.setPrototypeOf(Brotli.prototype, ZlibBase.prototype);
Object.setPrototypeOf(Brotli, ZlibBase);

Brotli.prototype._open = function () {
  return binding.open(this._mode, 0, 0, 0, this._quality, this._window);
};

// The public classes: callable with or without new, as node's are.
function defineClass(name, Base, mode) {
  const Class = {
    [name]: function (opts) {
      if (!(this instanceof Class)) return new Class(opts);
      Base.call(this, opts, mode);
    },
  }[name];
  Object.setPrototypeOf(Class.prototype, Base.prototype);
  Object.setPrototypeOf(Class, Base);
  return Class;
}

const Deflate = defineClass('Deflate', Zlib, C.DEFLATE);
const Inflate = defineClass('Inflate', Zlib, C.INFLATE);
const Gzip = defineClass('Gzip', Zlib, C.GZIP);
const Gunzip = defineClass('Gunzip', Zlib, C.GUNZIP);
const DeflateRaw = defineClass('DeflateRaw', Zlib, C.DEFLATERAW);
const InflateRaw = defineClass('InflateRaw', Zlib, C.INFLATERAW);
const Unzip = defineClass('Unzip', Zlib, C.UNZIP);
const BrotliCompress = defineClass('BrotliCompress', Brotli, C.BROTLI_ENCODE);
const BrotliDecompress = defineClass('BrotliDecompress', Brotli, C.BROTLI_DECODE);

// zlibBufferSync: the whole input at once, with the finish flush.
function zlibBufferSync(engine, buffer) {
  const output = processChunkSync(engine, toInput(buffer), engine._finishFlushFlag);
  return engine._info ? { buffer: output, engine } : output;
}

// zlibBuffer: the callback forms run the input through a stream and collect what comes out.
function zlibBuffer(engine, buffer, callback) {
  if (typeof callback !== 'function') throw invalidArgType('callback', 'function', callback);
  // Anything else goes to the stream as it is, which rejects what is not a chunk.
  let input = buffer;
  if (ArrayBuffer.isView(input) && !(input instanceof Uint8Array)) input = Buffer.from(input.buffer, input.byteOffset, input.byteLength);
  else if (isAnyArrayBuffer(input)) input = Buffer.from(input);
  const buffers = [];
  let nread = 0;
  engine.on('data', (chunk) => {
    buffers.push(chunk);
    nread += chunk.length;
    if (nread > engine._maxOutputLength) {
      engine.removeAllListeners('end');
      engine.removeAllListeners('error');
      engine.on('error', () => {});
      engine.close();
      callback(bufferTooLarge(engine._maxOutputLength));
    }
  });
  engine.on('error', (err) => {
    engine.removeAllListeners('end');
    callback(err);
  });
  engine.on('end', () => {
    const result = Buffer.concat(buffers, nread);
    engine.close();
    callback(null, engine._info ? { buffer: result, engine } : result);
  });
  engine.end(input);
}

function convenience(Class) {
  return {
    async: function asyncBufferWrapper(buffer, opts, callback) {
      if (typeof opts === 'function') {
        callback = opts;
        opts = {};
      }
      return zlibBuffer(new Class(opts), buffer, callback);
    },
    sync: function syncBufferWrapper(buffer, opts) {
      return zlibBufferSync(new Class(opts), buffer);
    },
  };
}

// zlib.crc32(data[, value]): CRC-32 of a string's UTF-8 or a view's bytes, continuing from value.
function crc32(data, value = 0) {
  if (typeof data === 'string') data = Buffer.from(data);
  else if (!ArrayBuffer.isView(data)) throw invalidArgType('data', ['Buffer', 'TypedArray', 'DataView', 'string'], data);
  validateUint32(value, 'value');
  return binding.crc32(data, value);
}

const kinds = { deflate: Deflate, gzip: Gzip, deflateRaw: DeflateRaw, unzip: Unzip, inflate: Inflate, gunzip: Gunzip, inflateRaw: InflateRaw, brotliCompress: BrotliCompress, brotliDecompress: BrotliDecompress };
const zlib = { crc32, Deflate, Inflate, Gzip, Gunzip, DeflateRaw, InflateRaw, Unzip, BrotliCompress, BrotliDecompress };
for (const [name, Class] of Object.entries(kinds)) {
  const { async, sync } = convenience(Class);
  zlib[name] = async;
  zlib[`${name}Sync`] = sync;
}
for (const name of ['Deflate', 'Inflate', 'DeflateRaw', 'InflateRaw', 'Gzip', 'Gunzip', 'Unzip', 'BrotliCompress', 'BrotliDecompress']) {
  const Class = zlib[name];
  // node defines these as property descriptors' values, hence their name 'value'.
  Object.defineProperty(zlib, `create${name}`, { configurable: true, enumerable: true, writable: true, value: { value: function (options) { return new Class(options); } }.value });
}
Object.defineProperty(zlib, 'constants', { value: constants, enumerable: true, writable: false, configurable: false });
zlib.codes = codes;
// The legacy top-level names (zlib.Z_OK ...): zlib's constants, read-only and not enumerable.
for (const [name, value] of Object.entries(constants)) {
  if (!name.startsWith('BROTLI')) Object.defineProperty(zlib, name, { value, enumerable: false, writable: false });
}
module.exports = zlib;

'use strict';
// Compression Streams (CompressionStream, DecompressionStream): node:zlib's Transform streams seen
// through the web-stream bridges of Duplex.toWeb, as node makes them.
const u = require('internal/webstreams_util');
const { invalidThis, invalidArgValue, customInspectSymbol } = u;
const { newReadableWritablePairFromDuplex } = require('internal/webstreams_adapters');

const kPair = Symbol('kPair');
let zlib;

// The format names the streams take, and node:zlib's streams for them.
function makeDuplex(format, compress) {
  zlib ??= require('zlib');
  switch (format) {
    case 'deflate': return compress ? zlib.createDeflate() : zlib.createInflate();
    case 'deflate-raw': return compress ? zlib.createDeflateRaw() : zlib.createInflateRaw();
    case 'gzip': return compress ? zlib.createGzip() : zlib.createGunzip();
    default: throw invalidArgValue('format', format);
  }
}

// Compression Streams 5. CompressionStream
class CompressionStream {
  constructor(format) {
    this[kPair] = newReadableWritablePairFromDuplex(makeDuplex(format, true));
  }
  [customInspectSymbol](depth, options) {
    return u.customInspect(this, depth, options, { readable: this.readable, writable: this.writable });
  }
}

// Compression Streams 6. DecompressionStream
class DecompressionStream {
  constructor(format) {
    this[kPair] = newReadableWritablePairFromDuplex(makeDuplex(format, false));
  }
  [customInspectSymbol](depth, options) {
    return u.customInspect(this, depth, options, { readable: this.readable, writable: this.writable });
  }
}

for (const [Class, name] of [[CompressionStream, 'CompressionStream'], [DecompressionStream, 'DecompressionStream']]) {
  for (const side of ['readable', 'writable']) {
    Object.defineProperty(Class.prototype, side, {
      get() {
        if (!(this instanceof Object) || !(kPair in this)) throw invalidThis(name);
        return this[kPair][side];
      },
      enumerable: true,
      configurable: true,
    });
  }
  u.defineWebIdlClass(Class, name);
}

module.exports = { CompressionStream, DecompressionStream };

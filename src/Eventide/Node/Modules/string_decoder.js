'use strict';
// node's string_decoder: decodes a stream of Buffers without splitting characters, holding back
// the bytes of a character cut at the end of a chunk (UTF-8, UTF-16LE's two-byte units, base64's
// groups of three) until the next write or end().
const { Buffer } = require('buffer');
const binding = require('internal/buffer');
const { makeNodeError, invalidArgType } = require('internal/errors');

const kNames = { utf8: 'utf8', 'utf-8': 'utf8', ucs2: 'utf16le', 'ucs-2': 'utf16le', utf16le: 'utf16le', 'utf-16le': 'utf16le',
  latin1: 'latin1', binary: 'latin1', ascii: 'ascii', base64: 'base64', base64url: 'base64url', hex: 'hex' };

function normalize(encoding) {
  if (encoding === undefined || encoding === null || encoding === '') return 'utf8';
  const name = kNames[`${encoding}`.toLowerCase()];
  if (name === undefined) throw makeNodeError(TypeError, 'ERR_UNKNOWN_ENCODING', `Unknown encoding: ${encoding}`);
  return name;
}

// How many bytes at the end of a chunk belong to a character the next chunk completes.
function heldBytes(encoding, bytes) {
  switch (encoding) {
    case 'utf8': return binding.utf8IncompleteTail(bytes);
    case 'utf16le': return bytes.length % 2;
    case 'base64': case 'base64url': return bytes.length % 3;
    default: return 0;
  }
}

class StringDecoder {
  #pending;

  constructor(encoding) {
    this.encoding = normalize(encoding);
    this.#pending = Buffer.alloc(0);
  }

  write(buf) {
    if (typeof buf === 'string') return buf;
    if (!ArrayBuffer.isView(buf)) throw invalidArgType('buf', ['Buffer', 'TypedArray', 'DataView'], buf);
    let bytes = Buffer.from(buf.buffer, buf.byteOffset, buf.byteLength);
    if (this.#pending.length > 0) bytes = Buffer.concat([this.#pending, bytes]);
    const held = heldBytes(this.encoding, bytes);
    this.#pending = Buffer.from(bytes.subarray(bytes.length - held));
    return bytes.toString(this.encoding, 0, bytes.length - held);
  }

  end(buf) {
    const text = buf === undefined ? '' : this.write(buf);
    const rest = this.#pending;
    this.#pending = Buffer.alloc(0);
    // A cut UTF-16 unit is dropped; a cut UTF-8 character comes out as U+FFFD.
    return text + rest.toString(this.encoding, 0, this.encoding === 'utf16le' ? rest.length & ~1 : rest.length);
  }

  text(buf, offset) {
    this.#pending = Buffer.alloc(0);
    return this.write(buf.subarray(offset));
  }
}

module.exports = { StringDecoder };

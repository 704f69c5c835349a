'use strict';
// TextEncoder and TextDecoder (WHATWG Encoding, node's lib/internal/encoding.js): UTF-8 (fatal
// and BOM handling, streaming), UTF-16LE and windows-1252 (decoded as latin1, as node 20 does),
// over the byte work of internal/buffer.
const binding = require('internal/buffer');
const { makeNodeError, invalidArgType, validateObject, inspect, customInspectSymbol } = require('internal/errors');

const LATIN1 = 2;

const kLabels = new Map();
for (const [encoding, labels] of [
  ['utf-8', ['unicode-1-1-utf-8', 'unicode11utf8', 'unicode20utf8', 'utf-8', 'utf8', 'x-unicode20utf8']],
  ['utf-16le', ['csunicode', 'iso-10646-ucs-2', 'ucs-2', 'unicode', 'unicodefeff', 'utf-16', 'utf-16le']],
  ['windows-1252', ['ansi_x3.4-1968', 'ascii', 'cp1252', 'cp819', 'csisolatin1', 'ibm819', 'iso-8859-1', 'iso-ir-100', 'iso8859-1',
    'iso88591', 'iso_8859-1', 'iso_8859-1:1987', 'l1', 'latin1', 'us-ascii', 'windows-1252', 'x-cp1252']],
]) for (const label of labels) kLabels.set(label, encoding);

// The bytes an ArrayBuffer or view covers, as a Uint8Array.
function bytesOf(input, name) {
  if (input instanceof ArrayBuffer || (typeof SharedArrayBuffer === 'function' && input instanceof SharedArrayBuffer)) return new Uint8Array(input);
  if (ArrayBuffer.isView(input)) return new Uint8Array(input.buffer, input.byteOffset, input.byteLength);
  throw invalidArgType(name, ['ArrayBuffer', 'ArrayBufferView'], input);
}

function concatBytes(a, b) {
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}

const encoders = new WeakSet();

class TextEncoder {
  constructor() { encoders.add(this); }

  get encoding() {
    if (!encoders.has(this)) throw makeNodeError(TypeError, 'ERR_INVALID_THIS', 'Value of "this" must be of type TextEncoder');
    return 'utf-8';
  }

  encode(input = '') {
    return new Uint8Array(binding.fromString(`${input}`, 0));
  }

  encodeInto(src, dest) {
    if (!(dest instanceof Uint8Array)) throw invalidArgType('dest', 'Uint8Array', dest);
    return binding.encodeInto(`${src}`, dest);
  }

  [customInspectSymbol](depth, options) {
    if (typeof depth === 'number' && depth < 0) return this;
    return inspect({ encoding: this.encoding }, options);
  }
}
Object.defineProperty(TextEncoder.prototype, Symbol.toStringTag, { value: 'TextEncoder', configurable: true });

const decoders = new WeakMap();

function stateOf(self) {
  const state = decoders.get(self);
  if (state === undefined) throw makeNodeError(TypeError, 'ERR_INVALID_THIS', 'Value of "this" must be of type TextDecoder');
  return state;
}

class TextDecoder {
  constructor(encoding = 'utf-8', options = {}) {
    encoding = `${encoding}`;
    validateObject(options, 'options', true);
    const name = kLabels.get(encoding.trim().toLowerCase());
    if (name === undefined) throw makeNodeError(RangeError, 'ERR_ENCODING_NOT_SUPPORTED', `The "${encoding}" encoding is not supported`);
    decoders.set(this, {
      encoding: name, fatal: Boolean(options?.fatal), ignoreBOM: Boolean(options?.ignoreBOM), pending: null, started: false,
    });
  }

  get encoding() { return stateOf(this).encoding; }
  get fatal() { return stateOf(this).fatal; }
  get ignoreBOM() { return stateOf(this).ignoreBOM; }

  decode(input = new Uint8Array(0), options = {}) {
    const state = stateOf(this);
    // node's message here names "list" and gives no Received part.
    if (!ArrayBuffer.isView(input) && !(input instanceof ArrayBuffer) && !(typeof SharedArrayBuffer === 'function' && input instanceof SharedArrayBuffer))
      throw makeNodeError(TypeError, 'ERR_INVALID_ARG_TYPE', 'The "list" argument must be an instance of SharedArrayBuffer, ArrayBuffer or ArrayBufferView.');
    let bytes = bytesOf(input, 'input');
    validateObject(options, 'options', true);
    const stream = Boolean(options?.stream);
    if (state.pending !== null) bytes = concatBytes(state.pending, bytes);
    // A stream holds back a character cut at the end of this chunk for the next.
    const held = !stream ? 0 : state.encoding === 'utf-8' ? binding.utf8IncompleteTail(bytes) : state.encoding === 'utf-16le' ? bytes.length % 2 : 0;
    state.pending = held > 0 ? bytes.slice(bytes.length - held) : null;
    if (held > 0) bytes = bytes.subarray(0, bytes.length - held);
    let text;
    if (state.encoding === 'utf-8') {
      text = binding.decodeUtf8(bytes, state.fatal);
      if (text === null) {
        state.pending = null;
        state.started = false;
        throw makeNodeError(TypeError, 'ERR_ENCODING_INVALID_ENCODED_DATA', 'The encoded data was not valid for encoding utf-8');
      }
    } else {
      text = state.encoding === 'utf-16le' ? binding.decodeUtf16(bytes) : binding.slice(bytes, LATIN1, 0, bytes.length);
      // A lone final byte of UTF-16 is a broken character when the stream ends.
      if (state.encoding === 'utf-16le' && bytes.length % 2 === 1) text += '\ufffd';
    }
    const produced = text.length > 0;
    if (!state.started && !state.ignoreBOM && state.encoding !== 'windows-1252' && text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    state.started = stream && (state.started || produced);
    return text;
  }

  [customInspectSymbol](depth, options) {
    if (typeof depth === 'number' && depth < 0) return this;
    const state = stateOf(this);
    return `TextDecoder ${inspect({ encoding: state.encoding, fatal: state.fatal, ignoreBOM: state.ignoreBOM }, options)}`;
  }
}
Object.defineProperty(TextDecoder.prototype, Symbol.toStringTag, { value: 'TextDecoder', configurable: true });

module.exports = { TextEncoder, TextDecoder };

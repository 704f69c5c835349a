'use strict';
// Blob and File (the File API, as node's lib/internal/blob.js behaves): immutable bytes with a
// MIME type; slice shares nothing observable; text/arrayBuffer/bytes answer asynchronously.
const { invalidArgType, inspectWithName, customInspectSymbol } = require('internal/errors');

// The Encoding Standard's UTF-8 encode and decode (a leading BOM dropped), which bodies use.
const utf8Encode = (text) => new TextEncoder().encode(text);
const utf8Decode = (bytes) => new TextDecoder().decode(bytes);

const kBytes = Symbol('kBytes');
const kType = Symbol('kType');
const kName = Symbol('kName');
const kLastModified = Symbol('kLastModified');
const kPartLengths = Symbol('kPartLengths'); // the sizes of the parts the bytes came from: stream() yields one chunk each

function partBytes(part) {
  if (part instanceof Blob) return part[kBytes];
  if (part instanceof ArrayBuffer) return new Uint8Array(part.slice(0));
  if (ArrayBuffer.isView(part)) return new Uint8Array(part.buffer.slice(part.byteOffset, part.byteOffset + part.byteLength));
  return utf8Encode(String(part));
}

function concatBytes(chunks) {
  const total = chunks.reduce((n, c) => n + c.length, 0);
  const out = new Uint8Array(total);
  let offset = 0;
  for (const c of chunks) { out.set(c, offset); offset += c.length; }
  return out;
}

// The type as the File API keeps it: lower case, or '' when it has a character outside U+0020-U+007E.
function normalizeType(type) {
  const text = `${type}`;
  return /^[\x20-\x7e]*$/.test(text) ? text.toLowerCase() : '';
}

// The part lengths that cover bytes [from, to) of a blob made of parts of these lengths.
function slicePartLengths(lengths, from, to) {
  const out = [];
  let start = 0;
  for (const length of lengths) {
    const end = start + length;
    const covered = Math.min(end, to) - Math.max(start, from);
    if (covered > 0) out.push(covered);
    start = end;
  }
  return out;
}

// A readable byte stream of these chunks, one per pull, closing after the last (a pending BYOB
// read is answered with nothing).
function chunksStream(chunks) {
  let index = 0;
  return new ReadableStream({
    type: 'bytes',
    pull(controller) {
      if (index < chunks.length) controller.enqueue(chunks[index++]);
      if (index >= chunks.length) {
        controller.close();
        controller.byobRequest?.respond(0);
      }
    },
  });
}

class Blob {
  constructor(parts = [], options = undefined) {
    if (parts === null || typeof parts !== 'object' || typeof parts[Symbol.iterator] !== 'function')
      throw invalidArgType('sources', 'a sequence', parts);
    if (options !== undefined && (options === null || typeof options !== 'object'))
      throw invalidArgType('options', 'Object', options);
    const list = [...parts];
    this[kBytes] = concatBytes(list.map(partBytes));
    this[kPartLengths] = list.flatMap((part) => (part instanceof Blob ? part[kPartLengths] : [partBytes(part).length])).filter((n) => n > 0);
    this[kType] = normalizeType(options?.type ?? '');
  }
  get size() { return this[kBytes].length; }
  get type() { return this[kType]; }
  slice(start = 0, end = this.size, contentType = '') {
    const size = this.size;
    const from = start < 0 ? Math.max(size + start, 0) : Math.min(start, size);
    const to = end < 0 ? Math.max(size + end, 0) : Math.min(end, size);
    const blob = new Blob([], { type: contentType });
    blob[kBytes] = this[kBytes].slice(from, Math.max(from, to));
    blob[kPartLengths] = slicePartLengths(this[kPartLengths], from, Math.max(from, to));
    return blob;
  }
  text() { return Promise.resolve().then(() => utf8Decode(this[kBytes])); }
  arrayBuffer() { return Promise.resolve().then(() => this[kBytes].slice().buffer); }
  bytes() { return Promise.resolve().then(() => this[kBytes].slice()); }
  // A byte stream of the blob's bytes, one chunk per part it was made of.
  stream() {
    const chunks = [];
    let offset = 0;
    for (const length of this[kPartLengths]) {
      chunks.push(this[kBytes].slice(offset, offset + length));
      offset += length;
    }
    return chunksStream(chunks);
  }
  get [Symbol.toStringTag]() { return 'Blob'; }
  [customInspectSymbol](depth, options) {
    return inspectWithName(this, { size: this.size, type: this.type }, depth, options);
  }
}

class File extends Blob {
  constructor(parts, name, options = {}) {
    if (arguments.length < 2) throw new TypeError(`Failed to construct 'File': 2 arguments required, but only ${arguments.length} present.`);
    super(parts, options);
    this[kName] = `${name}`;
    this[kLastModified] = options?.lastModified === undefined ? Date.now() : Number(options.lastModified);
  }
  get name() { return this[kName]; }
  get lastModified() { return this[kLastModified]; }
  get [Symbol.toStringTag]() { return 'File'; }
  [customInspectSymbol](depth, options) {
    return inspectWithName(this, { size: this.size, type: this.type, name: this.name, lastModified: this.lastModified }, depth, options);
  }
}

function blobBytes(blob) { return blob[kBytes]; }

module.exports = { Blob, File, blobBytes, concatBytes, chunksStream, utf8Encode, utf8Decode };

'use strict';
const { Buffer } = require('buffer'); // node's own modules use the module's Buffer, granted as a global or not
// Chunks of non-object-mode streams: Buffers, plus the decoder setEncoding installs (node's
// StringDecoder: holds a partial character between chunks).
const { unknownEncoding } = require('internal/streams_errors');

const kEncodings = ['utf8', 'utf-8', 'latin1', 'binary', 'ascii', 'hex', 'base64', 'base64url', 'ucs2', 'ucs-2', 'utf16le', 'utf-16le'];
function normalizeEncoding(encoding) {
  const lower = `${encoding}`.toLowerCase();
  if (!kEncodings.includes(lower)) return undefined;
  return { 'utf-8': 'utf8', binary: 'latin1', 'ucs-2': 'utf16le', ucs2: 'utf16le', 'utf-16le': 'utf16le' }[lower] ?? lower;
}
const isEncoding = (encoding) => Buffer.isEncoding(encoding);

// A string chunk as bytes.
const fromString = (text, encoding) => Buffer.from(text, encoding);
// A string as bytes (for decoders that re-encode pushed text).
const stringToBytes = fromString;
// Any ArrayBuffer view as a byte chunk over the same memory.
const fromView = (view) => Buffer.from(view.buffer, view.byteOffset, view.byteLength);
const kChunkTypes = ['string', 'Buffer', 'TypedArray', 'DataView'];
const isBuffer = (chunk) => Buffer.isBuffer(chunk);

// Joins non-object-mode chunks (all strings stay a string).
function concat(list, totalLength) {
  if (list.every((c) => typeof c === 'string')) return list.join('');
  return Buffer.concat(list.map((c) => typeof c === 'string' ? Buffer.from(c) : c), totalLength);
}

// Takes n units (bytes or characters) off the front of a chunk list.
function take(list, n) {
  const first = list[0];
  if (n < first.length) {
    list[0] = first.slice(n);
    return first.slice(0, n);
  }
  if (n === first.length) return list.shift();
  const taken = [];
  let remaining = n;
  while (remaining > 0) {
    const chunk = list[0];
    if (remaining >= chunk.length) { taken.push(list.shift()); remaining -= chunk.length; }
    else { taken.push(chunk.slice(0, remaining)); list[0] = chunk.slice(remaining); remaining = 0; }
  }
  return concat(taken, n);
}

const kHex = '0123456789abcdef';
const kB64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
function bytesToString(bytes, encoding) {
  let s = '';
  switch (encoding) {
    case 'hex': for (const b of bytes) s += kHex[b >> 4] + kHex[b & 15]; return s;
    case 'latin1': for (const b of bytes) s += String.fromCharCode(b); return s;
    case 'ascii': for (const b of bytes) s += String.fromCharCode(b & 127); return s;
    case 'utf16le': for (let i = 0; i + 1 < bytes.length; i += 2) s += String.fromCharCode(bytes[i] | (bytes[i + 1] << 8)); return s;
    case 'base64': case 'base64url': {
      for (let i = 0; i < bytes.length; i += 3) {
        const n = (bytes[i] << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
        s += kB64[n >> 18] + kB64[(n >> 12) & 63] + (i + 1 < bytes.length ? kB64[(n >> 6) & 63] : '=') + (i + 2 < bytes.length ? kB64[n & 63] : '=');
      }
      return encoding === 'base64' ? s : s.replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_');
    }
    default: {
      for (let i = 0; i < bytes.length;) {
        const b = bytes[i];
        const need = b < 0x80 ? 0 : b >= 0xf0 && b < 0xf8 ? 3 : b >= 0xe0 ? 2 : b >= 0xc0 ? 1 : -1;
        if (need < 0 || i + need > bytes.length - 1) { s += '\ufffd'; i++; continue; }
        let c = need === 0 ? b : b & (0x3f >> need);
        let ok = true;
        for (let k = 1; k <= need; k++) {
          if ((bytes[i + k] & 0xc0) !== 0x80) { ok = false; break; }
          c = (c << 6) | (bytes[i + k] & 63);
        }
        if (!ok) { s += '\ufffd'; i++; continue; }
        s += String.fromCodePoint(c);
        i += need + 1;
      }
      return s;
    }
  }
}

// How many trailing bytes start an incomplete unit the next chunk will finish.
function incompleteTail(bytes, encoding) {
  if (encoding === 'utf16le') return bytes.length % 2;
  if (encoding === 'base64' || encoding === 'base64url') return bytes.length % 3;
  if (encoding !== 'utf8') return 0;
  for (let back = 1; back <= Math.min(3, bytes.length); back++) {
    const b = bytes[bytes.length - back];
    if ((b & 0xc0) === 0x80) continue;
    const need = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
    return need > back ? back : 0;
  }
  return 0;
}

class Decoder {
  constructor(encoding) {
    const normalized = normalizeEncoding(encoding ?? 'utf8');
    if (normalized === undefined) throw unknownEncoding(encoding);
    this.encoding = normalized;
    this.pending = new Uint8Array(0);
  }
  write(chunk) {
    if (typeof chunk === 'string') return chunk;
    let bytes = this.pending.length ? concatBytes(this.pending, chunk) : chunk;
    const tail = incompleteTail(bytes, this.encoding);
    this.pending = bytes.slice(bytes.length - tail);
    bytes = bytes.subarray ? bytes.subarray(0, bytes.length - tail) : bytes.slice(0, bytes.length - tail);
    return bytesToString(bytes, this.encoding);
  }
  end(chunk) {
    let text = chunk ? this.write(chunk) : '';
    if (this.pending.length) text += bytesToString(this.pending, this.encoding);
    this.pending = new Uint8Array(0);
    return text;
  }
}
function concatBytes(a, b) {
  const out = new Uint8Array(a.length + b.length);
  out.set(a, 0);
  out.set(b, a.length);
  return out;
}

module.exports = { isEncoding, fromString, stringToBytes, fromView, kChunkTypes, isBuffer, concat, take, Decoder, normalizeEncoding };

'use strict';
// node:querystring: parse and stringify with node's escaping (encodeURIComponent's set), repeated
// keys as arrays, '+' as space, maxKeys (default 1000) and a null-prototype result.
const { makeNodeError } = require('internal/errors');

function qsEscape(str) {
  if (typeof str !== 'string') {
    if (typeof str === 'object') str = String(str);
    else str += '';
  }
  try {
    return encodeURIComponent(str);
  } catch {
    throw makeNodeError(URIError, 'ERR_INVALID_URI', 'URI malformed');
  }
}

function qsUnescape(s) {
  try {
    return decodeURIComponent(s);
  } catch {
    return unescapeBytes(s);
  }
}

// node's unescapeBuffer: %XX sequences that are valid hex become bytes, the rest stays; decoded as UTF-8.
function unescapeBytes(s) {
  const bytes = [];
  const text = utf8Bytes(s);
  for (let i = 0; i < text.length; i++) {
    const b = text[i];
    if (b === 0x25 && i + 2 < text.length && isHex(text[i + 1]) && isHex(text[i + 2])) {
      bytes.push(parseInt(String.fromCharCode(text[i + 1], text[i + 2]), 16));
      i += 2;
    } else {
      bytes.push(b);
    }
  }
  return utf8Decode(bytes);
}

const isHex = (c) => (c >= 48 && c <= 57) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102);

// The UTF-8 bytes of a string.
function utf8Bytes(s) {
  const out = [];
  for (const ch of s) {
    let cp = ch.codePointAt(0);
    if (cp >= 0xd800 && cp <= 0xdfff) cp = 0xfffd;
    if (cp < 0x80) out.push(cp);
    else if (cp < 0x800) out.push(0xc0 | (cp >> 6), 0x80 | (cp & 63));
    else if (cp < 0x10000) out.push(0xe0 | (cp >> 12), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63));
    else out.push(0xf0 | (cp >> 18), 0x80 | ((cp >> 12) & 63), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63));
  }
  return out;
}

// UTF-8 decoding where each maximal invalid subpart becomes one U+FFFD (the Encoding Standard's decoder).
function utf8Decode(bytes) {
  let out = '';
  for (let i = 0; i < bytes.length;) {
    const b = bytes[i];
    const need = b < 0x80 ? 0 : b >= 0xf0 && b < 0xf5 ? 3 : b >= 0xe0 && b < 0xf0 ? 2 : b >= 0xc2 && b < 0xe0 ? 1 : -1;
    if (need < 0) {
      out += '\ufffd';
      i++;
      continue;
    }
    let cp = need === 0 ? b : b & (0x3f >> need);
    let seen = 0;
    while (seen < need && i + 1 + seen < bytes.length && (bytes[i + 1 + seen] & 0xc0) === 0x80) {
      cp = (cp << 6) | (bytes[i + 1 + seen] & 63);
      seen++;
    }
    if (seen < need) {
      out += '\ufffd';
      i += 1 + seen;
      continue;
    }
    out += String.fromCodePoint(cp);
    i += need + 1;
  }
  return out;
}

function parse(qs, sep = '&', eq = '=', options) {
  const obj = { __proto__: null };
  if (typeof qs !== 'string' || qs.length === 0) return obj;
  sep = sep ? `${sep}` : '&';
  eq = eq ? `${eq}` : '=';
  let maxKeys = 1000;
  if (options && typeof options.maxKeys === 'number') maxKeys = options.maxKeys > 0 ? options.maxKeys : 0;
  const decode = options && typeof options.decodeURIComponent === 'function' ? options.decodeURIComponent : qsUnescape;
  let pieces = qs.split(sep);
  if (maxKeys > 0) pieces = pieces.slice(0, maxKeys);
  for (const piece of pieces) {
    if (piece.length === 0) continue;
    const idx = piece.indexOf(eq);
    const rawKey = idx >= 0 ? piece.slice(0, idx) : piece;
    const rawValue = idx >= 0 ? piece.slice(idx + eq.length) : '';
    const key = decodeComponent(rawKey.replace(/\+/g, ' '), decode);
    const value = decodeComponent(rawValue.replace(/\+/g, ' '), decode);
    const existing = obj[key];
    if (existing === undefined) obj[key] = value;
    else if (Array.isArray(existing)) existing.push(value);
    else obj[key] = [existing, value];
  }
  return obj;
}

function decodeComponent(s, decode) {
  try {
    return decode(s);
  } catch {
    return qsUnescape(s);
  }
}

function stringifyPrimitive(v) {
  if (typeof v === 'string') return v;
  if (typeof v === 'number' && Number.isFinite(v)) return `${v}`;
  if (typeof v === 'bigint') return `${v}`;
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  return '';
}

function stringify(obj, sep = '&', eq = '=', options) {
  sep = sep || '&';
  eq = eq || '=';
  const encode = options && typeof options.encodeURIComponent === 'function' ? options.encodeURIComponent : qsEscape;
  if (obj === null || typeof obj !== 'object') return '';
  const fields = [];
  for (const k of Object.keys(obj)) {
    const v = obj[k];
    const ks = encode(stringifyPrimitive(k)) + eq;
    if (Array.isArray(v)) {
      for (const item of v) fields.push(ks + encode(stringifyPrimitive(item)));
    } else {
      fields.push(ks + encode(stringifyPrimitive(v)));
    }
  }
  return fields.join(sep);
}

module.exports = {
  unescape: qsUnescape,
  escape: qsEscape,
  stringify,
  encode: stringify,
  parse,
  decode: parse,
};

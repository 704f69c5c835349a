'use strict';
// FormData (XMLHttpRequest standard): an ordered list of name/value entries, where a value is a
// string or a File (a Blob appended with a file name becomes a File named "blob" by default).
const { Blob, File, blobBytes, concatBytes, utf8Encode } = require('internal/blob');
const { invalidArgType, customInspectSymbol, inspectWithName } = require('internal/errors');

const kEntries = Symbol('kEntries');

function entryValue(value, filename) {
  if (value instanceof Blob) {
    if (value instanceof File && filename === undefined) return value;
    return new File([value], filename === undefined ? 'blob' : `${filename}`, { type: value.type });
  }
  return `${value}`;
}

function requireArgs(method, count, given) {
  if (given < count) throw new TypeError(`Failed to execute '${method}' on 'FormData': ${count} argument${count > 1 ? 's' : ''} required, but only ${given} present.`);
}

class FormData {
  constructor(form = undefined) {
    if (form !== undefined) throw invalidArgType('form', 'undefined', form);
    this[kEntries] = [];
  }
  append(name, value, filename = undefined) {
    requireArgs('append', 2, arguments.length);
    this[kEntries].push([`${name}`, entryValue(value, filename)]);
  }
  set(name, value, filename = undefined) {
    requireArgs('set', 2, arguments.length);
    const key = `${name}`;
    const entry = [key, entryValue(value, filename)];
    const at = this[kEntries].findIndex(([n]) => n === key);
    if (at < 0) { this[kEntries].push(entry); return; }
    this[kEntries] = this[kEntries].filter(([n], i) => n !== key || i === at);
    this[kEntries][at] = entry;
  }
  get(name) { requireArgs('get', 1, arguments.length); return this[kEntries].find(([n]) => n === `${name}`)?.[1] ?? null; }
  getAll(name) { requireArgs('getAll', 1, arguments.length); return this[kEntries].filter(([n]) => n === `${name}`).map(([, v]) => v); }
  has(name) { requireArgs('has', 1, arguments.length); return this[kEntries].some(([n]) => n === `${name}`); }
  delete(name) { requireArgs('delete', 1, arguments.length); this[kEntries] = this[kEntries].filter(([n]) => n !== `${name}`); }
  *entries() { for (const [n, v] of this[kEntries]) yield [n, v]; }
  *keys() { for (const [n] of this[kEntries]) yield n; }
  *values() { for (const [, v] of this[kEntries]) yield v; }
  forEach(callback, thisArg = undefined) { for (const [n, v] of this) callback.call(thisArg, v, n, this); }
  [Symbol.iterator]() { return this.entries(); }
  get [Symbol.toStringTag]() { return 'FormData'; }
  [customInspectSymbol](depth, options) {
    const shown = {};
    for (const [n, v] of this[kEntries]) shown[n] = n in shown ? [].concat(shown[n], v) : v;
    return inspectWithName(this, shown, depth, options);
  }
}

// multipart/form-data as undici writes it: CRLF lines, quoted names with ", CR and LF escaped.
function encodeMultipart(form) {
  const boundary = `----formdata-undici-0${`${Math.random()}`.slice(2, 13).padStart(11, '0')}`;
  const escape = (s) => s.replace(/\n/g, '%0A').replace(/\r/g, '%0D').replace(/"/g, '%22');
  const chunks = [];
  for (const [name, value] of form[kEntries]) {
    if (typeof value === 'string') {
      chunks.push(utf8Encode(`--${boundary}\r\nContent-Disposition: form-data; name="${escape(name)}"\r\n\r\n${value.replace(/\r(?!\n)|(?<!\r)\n/g, '\r\n')}\r\n`));
    } else {
      chunks.push(utf8Encode(`--${boundary}\r\nContent-Disposition: form-data; name="${escape(name)}"; filename="${escape(value.name)}"\r\nContent-Type: ${value.type || 'application/octet-stream'}\r\n\r\n`));
      chunks.push(blobBytes(value), utf8Encode('\r\n'));
    }
  }
  chunks.push(utf8Encode(`--${boundary}--\r\n`));
  return { bytes: concatBytes(chunks), type: `multipart/form-data; boundary=${boundary}` };
}

module.exports = { FormData, encodeMultipart };

'use strict';
// util.MIMEType / util.MIMEParams: WHATWG MIME Sniffing's "parse a MIME type" and its serializer.
const { makeNodeError } = require('internal/errors');

const NOT_HTTP_TOKEN = /[^!#$%&'*+\-.^_`|~A-Za-z0-9]/;
const NOT_QUOTED_STRING = /[^\t\u0020-\u007E\u0080-\u00FF]/;
const isWhitespace = (c) => c === ' ' || c === '\t' || c === '\n' || c === '\r';
const search = (s, re) => { const m = re.exec(s); return m ? m.index : -1; };
const toASCIILower = (s) => s.replace(/[A-Z]/g, (c) => c.toLowerCase());

function invalidSyntax(production, str, invalidIndex = -1) {
  return makeNodeError(TypeError, 'ERR_INVALID_MIME_SYNTAX',
    `The MIME syntax for a ${production} in "${str}" is invalid${invalidIndex !== -1 ? ` at ${invalidIndex}` : ''}`);
}

function trimEnd(s) {
  let end = s.length;
  while (end > 0 && isWhitespace(s[end - 1])) end--;
  return s.slice(0, end);
}

// An HTTP quoted-string's value from the opening '"' at position: [value, position after it].
function collectQuotedString(str, position) {
  let value = '';
  position++;
  while (position < str.length) {
    const c = str[position++];
    if (c === '"') break;
    if (c === '\\') {
      if (position >= str.length) {
        value += '\\';
        break;
      }
      value += str[position++];
    } else {
      value += c;
    }
  }
  return [value, position];
}

function parseParameters(str, position, params) {
  while (position < str.length) {
    while (position < str.length && isWhitespace(str[position])) position++;
    let nameEnd = position;
    while (nameEnd < str.length && str[nameEnd] !== ';' && str[nameEnd] !== '=') nameEnd++;
    const name = toASCIILower(str.slice(position, nameEnd));
    position = nameEnd;
    if (position < str.length) {
      if (str[position] === ';') {
        position++;
        continue;
      }
      position++;
    }
    if (position >= str.length) break;
    let value;
    if (str[position] === '"') {
      [value, position] = collectQuotedString(str, position);
      while (position < str.length && str[position] !== ';') position++;
    } else {
      let end = str.indexOf(';', position);
      if (end === -1) end = str.length;
      value = trimEnd(str.slice(position, end));
      position = end;
      if (value === '') {
        position++;
        continue;
      }
    }
    if (name !== '' && search(name, NOT_HTTP_TOKEN) === -1 && search(value, NOT_QUOTED_STRING) === -1 && !params.has(name)) params.set(name, value);
    position++;
  }
}

function serializeValue(value) {
  if (value.length > 0 && search(value, NOT_HTTP_TOKEN) === -1) return value;
  return `"${value.replace(/["\\]/g, '\\$&')}"`;
}

let parseInto;
class MIMEParams {
  #data = new Map();

  delete(name) { this.#data.delete(name); }
  get(name) { return this.#data.has(name) ? this.#data.get(name) : null; }
  has(name) { return this.#data.has(name); }
  set(name, value) {
    name = `${name}`;
    value = `${value}`;
    const invalidName = search(name, NOT_HTTP_TOKEN);
    if (name.length === 0 || invalidName !== -1) throw invalidSyntax('parameter name', name, invalidName);
    const invalidValue = search(value, NOT_QUOTED_STRING);
    if (invalidValue !== -1) throw invalidSyntax('parameter value', value, invalidValue);
    this.#data.set(name, value);
  }
  *entries() { yield* this.#data.entries(); }
  *keys() { yield* this.#data.keys(); }
  *values() { yield* this.#data.values(); }
  toString() {
    let out = '';
    for (const [name, value] of this.#data) out += `${out ? ';' : ''}${name}=${serializeValue(value)}`;
    return out;
  }
  toJSON() { return this.toString(); }
  [Symbol.iterator]() { return this.entries(); }

  static { parseInto = (params, str, position) => parseParameters(str, position, params.#data); }
}

function validateToken(production, value) {
  const invalid = search(value, NOT_HTTP_TOKEN);
  if (value.length === 0 || invalid !== -1) throw invalidSyntax(production, value, invalid);
  return toASCIILower(value);
}

class MIMEType {
  #type;
  #subtype;
  #parameters = new MIMEParams();

  constructor(string) {
    const str = `${string}`;
    let position = 0;
    while (position < str.length && isWhitespace(str[position])) position++;
    const typeEnd = str.indexOf('/', position);
    const type = typeEnd === -1 ? str.slice(position) : str.slice(position, typeEnd);
    const invalidType = search(type, NOT_HTTP_TOKEN);
    if (type === '' || invalidType !== -1 || typeEnd === -1) throw invalidSyntax('type', str, invalidType);
    position = typeEnd + 1;
    const subtypeEnd = str.indexOf(';', position);
    const rawSubtype = subtypeEnd === -1 ? str.slice(position) : str.slice(position, subtypeEnd);
    position += rawSubtype.length + (subtypeEnd === -1 ? 0 : 1);
    const subtype = trimEnd(rawSubtype);
    const invalidSubtype = search(subtype, NOT_HTTP_TOKEN);
    if (subtype === '' || invalidSubtype !== -1) throw invalidSyntax('subtype', str, invalidSubtype);
    this.#type = toASCIILower(type);
    this.#subtype = toASCIILower(subtype);
    parseInto(this.#parameters, str, position);
  }

  get type() { return this.#type; }
  set type(value) { this.#type = validateToken('type', `${value}`); }
  get subtype() { return this.#subtype; }
  set subtype(value) { this.#subtype = validateToken('subtype', `${value}`); }
  get essence() { return `${this.#type}/${this.#subtype}`; }
  get params() { return this.#parameters; }
  toString() {
    const params = this.#parameters.toString();
    return `${this.essence}${params ? `;${params}` : ''}`;
  }
  toJSON() { return this.toString(); }
}

module.exports = { MIMEType, MIMEParams };

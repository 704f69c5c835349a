'use strict';
// URL and URLSearchParams (the URL Standard's API, as node's lib/internal/url.js shapes it):
// parsing, serializing and the setters run natively (internal/url_binding, the spec's state
// machine in C#); this file keeps node's classes, printing and errors.
const binding = require('internal/url_binding');
const {
  makeNodeError, invalidArgType, missingArgs, invalidThis, inspect, customInspectSymbol,
} = require('internal/errors');

const kHref = 0;
const kOrigin = 1;
const kProtocol = 2;
const kUsername = 3;
const kPassword = 4;
const kHost = 5;
const kHostname = 6;
const kPort = 7;
const kPathname = 8;
const kSearch = 9;
const kHash = 10;

// node's ERR_INVALID_URL: "Invalid URL" with the input (and base) as properties. Node raises it
// from C++, so unlike its other coded errors the stack's first line has no [code].
function invalidUrl(input, base) {
  const error = new TypeError('Invalid URL');
  error.code = 'ERR_INVALID_URL';
  error.input = input;
  if (base != null) error.base = base;
  return error;
}

const toUSVString = (value) => binding.toUSVString(`${value}`);

// Set by URLSearchParams: links a params object to its URL (the searchParams live link).
let attachParams;
let replaceParamsList;
let updateQuery;
let listOf;

class URL {
  #context;
  #searchParams;

  constructor(input, base = undefined) {
    if (arguments.length === 0) throw missingArgs('url');
    input = `${input}`;
    if (base !== undefined) base = `${base}`;
    const context = binding.parse(input, base);
    if (context === null) throw invalidUrl(input, base);
    this.#context = context;
  }

  static #check(self) {
    if (self === null || typeof self !== 'object' || !(#context in self)) throw new TypeError('Receiver must be an instance of class URL');
  }

  #update(name, value) {
    this.#context = binding.update(this.#context[kHref], name, `${value}`);
  }

  static {
    // URLSearchParams' update steps write the query through here.
    updateQuery = (url, serialized) => url.#update('query', serialized);
  }

  [customInspectSymbol](depth, opts) {
    if (typeof depth === 'number' && depth < 0) return this;
    const constructor = this.constructor ?? URL;
    const obj = { __proto__: { constructor } };
    obj.href = this.href;
    obj.origin = this.origin;
    obj.protocol = this.protocol;
    obj.username = this.username;
    obj.password = this.password;
    obj.host = this.host;
    obj.hostname = this.hostname;
    obj.port = this.port;
    obj.pathname = this.pathname;
    obj.search = this.search;
    obj.searchParams = this.searchParams;
    obj.hash = this.hash;
    return `${constructor.name} ${inspect(obj, opts)}`;
  }

  toString() { URL.#check(this); return this.#context[kHref]; }
  get href() { URL.#check(this); return this.#context[kHref]; }
  set href(value) {
    URL.#check(this);
    value = `${value}`;
    const context = binding.parse(value, undefined);
    if (context === null) throw invalidUrl(value);
    this.#context = context;
    if (this.#searchParams) replaceParamsList(this.#searchParams, this.#context[kSearch]);
  }

  get origin() { URL.#check(this); return this.#context[kOrigin]; }
  get protocol() { URL.#check(this); return this.#context[kProtocol]; }
  set protocol(value) { URL.#check(this); this.#update('protocol', value); }
  get username() { URL.#check(this); return this.#context[kUsername]; }
  set username(value) { URL.#check(this); this.#update('username', value); }
  get password() { URL.#check(this); return this.#context[kPassword]; }
  set password(value) { URL.#check(this); this.#update('password', value); }
  get host() { URL.#check(this); return this.#context[kHost]; }
  set host(value) { URL.#check(this); this.#update('host', value); }
  get hostname() { URL.#check(this); return this.#context[kHostname]; }
  set hostname(value) { URL.#check(this); this.#update('hostname', value); }
  get port() { URL.#check(this); return this.#context[kPort]; }
  set port(value) { URL.#check(this); this.#update('port', value); }
  get pathname() { URL.#check(this); return this.#context[kPathname]; }
  set pathname(value) { URL.#check(this); this.#update('pathname', value); }
  get search() { URL.#check(this); return this.#context[kSearch]; }
  set search(value) {
    URL.#check(this);
    this.#update('search', toUSVString(value));
    if (this.#searchParams) replaceParamsList(this.#searchParams, this.#context[kSearch]);
  }

  get searchParams() {
    URL.#check(this);
    if (this.#searchParams == null) {
      this.#searchParams = new URLSearchParams(this.search);
      attachParams(this.#searchParams, this);
    }
    return this.#searchParams;
  }

  get hash() { URL.#check(this); return this.#context[kHash]; }
  set hash(value) { URL.#check(this); this.#update('hash', value); }
  toJSON() { URL.#check(this); return this.#context[kHref]; }

  static canParse(url, base = undefined) {
    if (arguments.length === 0) throw missingArgs('url');
    url = `${url}`;
    return base !== undefined ? binding.canParse(url, `${base}`) : binding.canParse(url);
  }

  static parse(url, base = undefined) {
    if (arguments.length === 0) throw missingArgs('url');
    if (!URL.canParse(`${url}`, base === undefined ? undefined : `${base}`)) return null;
    return new URL(url, base);
  }

  static createObjectURL() { throw makeNodeError(Error, 'ERR_METHOD_NOT_IMPLEMENTED', 'The createObjectURL() method is not implemented'); }
  static revokeObjectURL() {}
}

const kEnumerable = { enumerable: true };
Object.defineProperties(URL.prototype, {
  [Symbol.toStringTag]: { configurable: true, value: 'URL' },
  toString: kEnumerable, href: kEnumerable, origin: kEnumerable, protocol: kEnumerable, username: kEnumerable,
  password: kEnumerable, host: kEnumerable, hostname: kEnumerable, port: kEnumerable, pathname: kEnumerable,
  search: kEnumerable, searchParams: kEnumerable, hash: kEnumerable, toJSON: kEnumerable,
});
Object.defineProperties(URL, { canParse: kEnumerable, parse: kEnumerable, createObjectURL: kEnumerable, revokeObjectURL: kEnumerable });

const invalidTuple = () => makeNodeError(TypeError, 'ERR_INVALID_TUPLE', 'Each query pair must be an iterable [name, value] tuple');

class URLSearchParams {
  // The list as [name0, value0, name1, value1, ...].
  #list = [];
  #url = null;

  constructor(init = undefined) {
    if (init == null) {
      // an empty list
    } else if (typeof init === 'object' || typeof init === 'function') {
      const method = init[Symbol.iterator];
      if (method === this[Symbol.iterator] && #list in init) {
        this.#list = init.#list.slice();
      } else if (method != null) {
        if (typeof method !== 'function') throw makeNodeError(TypeError, 'ERR_ARG_NOT_ITERABLE', 'Query pairs must be iterable');
        for (const pair of init) {
          if (pair == null || (typeof pair !== 'object' && typeof pair !== 'function') || typeof pair[Symbol.iterator] !== 'function') throw invalidTuple();
          const items = [...pair];
          if (items.length !== 2) throw invalidTuple();
          this.#list.push(toUSVString(items[0]), toUSVString(items[1]));
        }
      } else {
        // A record: own enumerable string keys, a repeated key keeps its first place.
        const visited = new Map();
        for (const key of Reflect.ownKeys(init)) {
          if (typeof key !== 'string') continue;
          const desc = Reflect.getOwnPropertyDescriptor(init, key);
          if (desc === undefined || !desc.enumerable) continue;
          const name = toUSVString(key);
          const value = toUSVString(init[key]);
          if (visited.has(name)) this.#list[visited.get(name)] = value;
          else {
            visited.set(name, this.#list.length + 1);
            this.#list.push(name, value);
          }
        }
      }
    } else {
      init = toUSVString(init);
      this.#list = binding.parseParams(init[0] === '?' ? init.slice(1) : init);
    }
  }

  static #check(self) {
    if (self === null || typeof self !== 'object' || !(#list in self)) throw invalidThis('URLSearchParams');
  }

  static {
    attachParams = (params, url) => { params.#url = url; };
    listOf = (params) => params.#list;
    replaceParamsList = (params, search) => { params.#list = binding.parseParams(search.startsWith('?') ? search.slice(1) : search); };
  }

  // The update steps: the owning URL's query follows the list.
  #update() {
    if (this.#url !== null) updateQuery(this.#url, binding.serializeParams(this.#list));
  }

  [customInspectSymbol](recurseTimes, ctx) {
    URLSearchParams.#check(this);
    if (typeof recurseTimes === 'number' && recurseTimes < 0) return ctx.stylize('[Object]', 'special');
    const innerOpts = { ...ctx };
    if (recurseTimes !== null) innerOpts.depth = recurseTimes - 1;
    const list = this.#list;
    const output = [];
    for (let i = 0; i < list.length; i += 2) output.push(`${inspect(list[i], innerOpts)} => ${inspect(list[i + 1], innerOpts)}`);
    return formatEntries(this.constructor.name, output, ctx.breakLength);
  }

  get size() { URLSearchParams.#check(this); return this.#list.length / 2; }

  append(name, value) {
    URLSearchParams.#check(this);
    if (arguments.length < 2) throw missingArgs('name', 'value');
    this.#list.push(toUSVString(name), toUSVString(value));
    this.#update();
  }

  delete(name, value = undefined) {
    URLSearchParams.#check(this);
    if (arguments.length < 1) throw missingArgs('name');
    const list = this.#list;
    name = toUSVString(name);
    if (value !== undefined) {
      value = toUSVString(value);
      for (let i = 0; i < list.length;) {
        if (list[i] === name && list[i + 1] === value) list.splice(i, 2);
        else i += 2;
      }
    } else {
      for (let i = 0; i < list.length;) {
        if (list[i] === name) list.splice(i, 2);
        else i += 2;
      }
    }
    this.#update();
  }

  get(name) {
    URLSearchParams.#check(this);
    if (arguments.length < 1) throw missingArgs('name');
    const list = this.#list;
    name = toUSVString(name);
    for (let i = 0; i < list.length; i += 2) if (list[i] === name) return list[i + 1];
    return null;
  }

  getAll(name) {
    URLSearchParams.#check(this);
    if (arguments.length < 1) throw missingArgs('name');
    const list = this.#list;
    const values = [];
    name = toUSVString(name);
    for (let i = 0; i < list.length; i += 2) if (list[i] === name) values.push(list[i + 1]);
    return values;
  }

  has(name, value = undefined) {
    URLSearchParams.#check(this);
    if (arguments.length < 1) throw missingArgs('name');
    const list = this.#list;
    name = toUSVString(name);
    if (value !== undefined) value = toUSVString(value);
    for (let i = 0; i < list.length; i += 2) {
      if (list[i] === name && (value === undefined || list[i + 1] === value)) return true;
    }
    return false;
  }

  set(name, value) {
    URLSearchParams.#check(this);
    if (arguments.length < 2) throw missingArgs('name', 'value');
    const list = this.#list;
    name = toUSVString(name);
    value = toUSVString(value);
    let found = false;
    for (let i = 0; i < list.length;) {
      if (list[i] === name) {
        if (!found) {
          list[i + 1] = value;
          found = true;
          i += 2;
        } else {
          list.splice(i, 2);
        }
      } else {
        i += 2;
      }
    }
    if (!found) list.push(name, value);
    this.#update();
  }

  // A stable sort of the pairs by their names' code units.
  sort() {
    URLSearchParams.#check(this);
    const list = this.#list;
    const pairs = [];
    for (let i = 0; i < list.length; i += 2) pairs.push([list[i], list[i + 1]]);
    pairs.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    this.#list = pairs.flat();
    this.#update();
  }

  entries() { URLSearchParams.#check(this); return createIterator(this, 'key+value'); }
  keys() { URLSearchParams.#check(this); return createIterator(this, 'key'); }
  values() { URLSearchParams.#check(this); return createIterator(this, 'value'); }

  forEach(callback, thisArg = undefined) {
    URLSearchParams.#check(this);
    if (typeof callback !== 'function') throw invalidArgType('callback', 'function', callback);
    let list = this.#list;
    for (let i = 0; i < list.length; i += 2) {
      callback.call(thisArg, list[i + 1], list[i], this);
      list = this.#list;
    }
  }

  toString() {
    URLSearchParams.#check(this);
    return binding.serializeParams(this.#list);
  }

}

Object.defineProperties(URLSearchParams.prototype, {
  append: kEnumerable, delete: kEnumerable, get: kEnumerable, getAll: kEnumerable, has: kEnumerable, set: kEnumerable,
  size: kEnumerable, sort: kEnumerable, entries: kEnumerable, forEach: kEnumerable, keys: kEnumerable, values: kEnumerable,
  toString: kEnumerable,
  [Symbol.toStringTag]: { configurable: true, value: 'URLSearchParams' },
  [Symbol.iterator]: { configurable: true, writable: true, value: URLSearchParams.prototype.entries },
});

// node's formatting of "Name { a => b, ... }" lists: one line unless longer than breakLength.
function formatEntries(name, output, breakLength) {
  const length = output.reduce((prev, cur) => prev + cur.length + 2, -2);
  if (length > breakLength) return `${name} {\n  ${output.join(',\n  ')} }`;
  if (output.length) return `${name} { ${output.join(', ')} }`;
  return `${name} {}`;
}

// The URLSearchParams Iterator: live over the list, reading at its current index.
const kTarget = Symbol('target');
const kKind = Symbol('kind');
const kIndex = Symbol('index');
const URLSearchParamsIteratorPrototype = Object.create(Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]())), {
  next: {
    enumerable: true, configurable: true, writable: true,
    value: function next() {
      if (typeof this !== 'object' || this === null || !(kTarget in this)) throw invalidThis('URLSearchParamsIterator');
      const list = listOf(this[kTarget]);
      const index = this[kIndex];
      if (index >= list.length) return { value: undefined, done: true };
      this[kIndex] = index + 2;
      const kind = this[kKind];
      const value = kind === 'key' ? list[index] : kind === 'value' ? list[index + 1] : [list[index], list[index + 1]];
      return { value, done: false };
    },
  },
  [customInspectSymbol]: {
    configurable: true, writable: true,
    value: function inspectIterator(recurseTimes, ctx) {
      const innerOpts = { ...ctx };
      if (recurseTimes !== null) innerOpts.depth = recurseTimes - 1;
      const list = listOf(this[kTarget]);
      const output = [];
      for (let i = this[kIndex]; i < list.length; i += 2) {
        const kind = this[kKind];
        const value = kind === 'key' ? list[i] : kind === 'value' ? list[i + 1] : [list[i], list[i + 1]];
        output.push(inspect(value, innerOpts));
      }
      return formatEntries('URLSearchParams Iterator', output, ctx.breakLength);
    },
  },
  [Symbol.toStringTag]: { configurable: true, value: 'URLSearchParams Iterator' },
});

function createIterator(target, kind) {
  const iterator = Object.create(URLSearchParamsIteratorPrototype);
  iterator[kTarget] = target;
  iterator[kKind] = kind;
  iterator[kIndex] = 0;
  return iterator;
}

const isURL = (value) => value != null && typeof value === 'object' && typeof value.href === 'string' && typeof value.protocol === 'string' && value.auth === undefined && value.path === undefined;

module.exports = { URL, URLSearchParams, isURL, invalidUrl, toUSVString, binding };

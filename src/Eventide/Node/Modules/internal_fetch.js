'use strict';
// fetch and its classes (the Fetch Standard, as node 20's undici behaves): Headers, Request,
// Response. The exchange itself runs on .NET's HttpClient (internal/fetch_binding): the promise
// settles when the response head arrives, in the poll phase; the body is read when asked for.
// Bodies are whole byte arrays here; Response.body as a ReadableStream waits for web streams.
const binding = require('internal/fetch_binding');
const { customInspectSymbol, inspectNamed } = require('internal/errors');
const { Blob, blobBytes, concatBytes, chunksStream, utf8Encode, utf8Decode } = require('internal/blob');
const { isReadableStream, isDisturbed } = require('internal/webstreams_readable');
const u = require('internal/webstreams_util');
const { FormData, encodeMultipart } = require('internal/formdata');

// ------------------------------------------------------------------ Headers

const kList = Symbol('kList'); // [lowercase name, value, name as first given]
const kGuard = Symbol('kGuard');
const tokenPattern = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;

function normalizeValue(value) { return `${value}`.replace(/^[\t\n\r ]+|[\t\n\r ]+$/g, ''); }

function checkHeader(method, name, value) {
  if (!tokenPattern.test(name)) throw new TypeError(`Headers.${method}: "${name}" is an invalid header name.`);
  if (value !== undefined && /[\0\r\n]/.test(value)) throw new TypeError(`Headers.${method}: "${value}" is an invalid header value.`);
}

class Headers {
  constructor(init = undefined) {
    this[kList] = [];
    this[kGuard] = 'none';
    if (init === undefined || init === null) {
      if (init === null) throw new TypeError("Headers constructor: Expected init to be an object.");
      return;
    }
    if (typeof init !== 'object') throw new TypeError("Headers constructor: Expected init to be an object.");
    if (init instanceof Headers) { for (const [, v, n] of init[kList]) this.append(n, v); return; }
    if (typeof init[Symbol.iterator] === 'function') {
      for (const pair of init) {
        const entry = [...pair];
        if (entry.length !== 2) throw new TypeError('Headers constructor: expected name/value pair to be length 2, found ' + entry.length + '.');
        this.append(entry[0], entry[1]);
      }
      return;
    }
    for (const key of Reflect.ownKeys(init)) {
      if (typeof key === 'symbol') continue;
      const d = Reflect.getOwnPropertyDescriptor(init, key);
      if (d && d.enumerable) this.append(key, init[key]);
    }
  }
  append(name, value) {
    if (arguments.length < 2) throw new TypeError(`Headers.append: 2 arguments required, but only ${arguments.length} present.`);
    const n = `${name}`, v = normalizeValue(value);
    checkHeader('append', n, v);
    if (this[kGuard] === 'immutable') throw new TypeError('immutable');
    const lower = n.toLowerCase();
    const existing = lower === 'set-cookie' ? undefined : this[kList].find((e) => e[0] === lower);
    if (existing) existing[1] = `${existing[1]}, ${v}`;
    else this[kList].push([lower, v, n]);
  }
  set(name, value) {
    if (arguments.length < 2) throw new TypeError(`Headers.set: 2 arguments required, but only ${arguments.length} present.`);
    const n = `${name}`, v = normalizeValue(value);
    checkHeader('set', n, v);
    if (this[kGuard] === 'immutable') throw new TypeError('immutable');
    const lower = n.toLowerCase();
    const at = this[kList].findIndex((e) => e[0] === lower);
    if (at < 0) { this[kList].push([lower, v, n]); return; }
    this[kList] = this[kList].filter((e, i) => e[0] !== lower || i === at);
    this[kList][at] = [lower, v, this[kList][at][2]];
  }
  get(name) {
    const lower = `${name}`.toLowerCase();
    checkHeader('get', `${name}`);
    const values = this[kList].filter((e) => e[0] === lower).map((e) => e[1]);
    return values.length === 0 ? null : values.join(', ');
  }
  getSetCookie() { return this[kList].filter((e) => e[0] === 'set-cookie').map((e) => e[1]); }
  has(name) { checkHeader('has', `${name}`); const lower = `${name}`.toLowerCase(); return this[kList].some((e) => e[0] === lower); }
  delete(name) {
    checkHeader('delete', `${name}`);
    if (this[kGuard] === 'immutable') throw new TypeError('immutable');
    const lower = `${name}`.toLowerCase();
    this[kList] = this[kList].filter((e) => e[0] !== lower);
  }
  // Sorted by lower-cased name; set-cookie values stay separate (the "sort and combine" algorithm).
  *entries() {
    const sorted = [...this[kList]].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    for (const [name, value] of sorted) yield [name, value];
  }
  *keys() { for (const [n] of this.entries()) yield n; }
  *values() { for (const [, v] of this.entries()) yield v; }
  forEach(callback, thisArg = undefined) { for (const [n, v] of this.entries()) callback.call(thisArg, v, n, this); }
  [Symbol.iterator]() { return this.entries(); }
  get [Symbol.toStringTag]() { return 'Headers'; }
  [customInspectSymbol](depth, options) {
    // Entries by the name first given, same names (set-cookie too) combined, as node prints them.
    const shown = {};
    const names = new Map();
    for (const [lower, value, name] of this[kList]) {
      if (names.has(lower)) shown[names.get(lower)] += `, ${value}`;
      else { names.set(lower, name); shown[name] = value; }
    }
    return inspectNamed('Headers', shown, options);
  }
}

function headerPairs(headers) { return headers[kList].map(([, value, name]) => [name, value]); }

function headersFrom(pairs, guard) {
  const headers = new Headers();
  for (const [name, value] of pairs) headers.append(name, value);
  headers[kGuard] = guard;
  return headers;
}

// ------------------------------------------------------------------ bodies

// A body: { bytes } (extracted from a string, buffer, blob...), { stream } (a ReadableStream given
// or made), or { network } (a fetched response's); its stream is made on first use.
const kBody = Symbol('kBody');

// extract a body with type (Fetch Standard "extract"): the bytes or stream and the Content-Type it implies.
function extractBody(body, kind) {
  if (typeof body === 'string') return { bytes: utf8Encode(body), type: 'text/plain;charset=UTF-8' };
  if (typeof URLSearchParams === 'function' && body instanceof URLSearchParams) return { bytes: utf8Encode(body.toString()), type: 'application/x-www-form-urlencoded;charset=UTF-8' };
  if (body instanceof ArrayBuffer) return { bytes: new Uint8Array(body.slice(0)), type: null };
  if (ArrayBuffer.isView(body)) return { bytes: new Uint8Array(body.buffer.slice(body.byteOffset, body.byteOffset + body.byteLength)), type: null };
  if (body instanceof Blob) return { bytes: blobBytes(body), type: body.type || null };
  if (body instanceof FormData) return encodeMultipart(body);
  if (isReadableStream(body)) {
    if (isDisturbed(body) || body.locked) throw new TypeError(`${kind} body object should not be disturbed or locked`);
    return { stream: body, type: null };
  }
  return { bytes: utf8Encode(`${body}`), type: 'text/plain;charset=UTF-8' };
}

// The body's ReadableStream (a byte stream), made on first use.
function bodyStream(body) {
  if (body.stream === undefined) body.stream = body.network ? networkStream(body.network) : chunksStream(body.bytes.length > 0 ? [body.bytes.slice()] : []);
  return body.stream;
}

const bodyUsed = (body) => body !== null && body.stream !== undefined && isDisturbed(body.stream);

// Reads a body stream to its end: its Uint8Array chunks joined.
async function readAll(reader) {
  const chunks = [];
  for (;;) {
    const { value, done } = await reader.read();
    if (done) return concatBytes(chunks);
    if (!(value instanceof Uint8Array)) throw new TypeError('Received non-Uint8Array chunk');
    chunks.push(value);
  }
}

// Fetch's "fully read body": the bytes to onBytes, or the failure to onError.
async function fullyReadBody(stream, onBytes, onError) {
  let reader;
  try {
    reader = stream.getReader();
  } catch (error) {
    onError(error);
    return;
  }
  try {
    onBytes(await readAll(reader));
  } catch (error) {
    onError(error);
  }
}

// A clone's body: bytes are shared, a stream is teed (this body keeps one branch).
function cloneBody(body) {
  if (body === null) return null;
  if (body.stream === undefined && body.bytes) return { bytes: body.bytes };
  const [mine, theirs] = bodyStream(body).tee();
  body.stream = mine;
  return { stream: theirs };
}

// A MIME type as the MIME Sniffing standard serializes it: "type/subtype;name=value", no spaces.
function serializeMime(type) {
  return type.split(';').map((part) => part.trim()).filter((part) => part !== '').join(';').toLowerCase();
}

// Fetch's "consume body", as undici's async steps settle it (the tick count scripts can observe).
async function consume(self, convert) {
  // undici's throwIfAborted: a fetched response whose signal has aborted has an unusable body.
  if (self[kSignal]?.aborted) throw new DOMException('The operation was aborted.', 'AbortError');
  const body = self[kBody];
  if (bodyUsed(body) || (body !== null && body.stream !== undefined && body.stream.locked)) throw new TypeError('Body is unusable: Body has already been read');
  const result = u.createDeferred();
  const onBytes = (bytes) => {
    try {
      result.resolve(convert(bytes));
    } catch (error) {
      result.reject(error);
    }
  };
  if (body === null) {
    onBytes(new Uint8Array(0));
    return result.promise;
  }
  await fullyReadBody(bodyStream(body), onBytes, result.reject);
  return result.promise;
}

const bodyMethods = {
  text() { return consume(this, (b) => utf8Decode(b)); },
  json() { return consume(this, (b) => JSON.parse(utf8Decode(b))); },
  arrayBuffer() { return consume(this, (b) => b.slice().buffer); },
  bytes() { return consume(this, (b) => b.slice()); },
  blob() { return consume(this, (b) => new Blob([b], { type: serializeMime(this.headers.get('content-type') ?? '') })); },
};

// ------------------------------------------------------------------ Request

const kState = Symbol('kState');
const kHeaders = Symbol('kHeaders');
const kSignal = Symbol('kSignal');
const methodPattern = /^(delete|get|head|options|post|put|patch)$/i;

function parseUrl(input, base) {
  try {
    return new URL(input, base);
  } catch (cause) {
    throw new TypeError(`Failed to parse URL from ${input}`, { cause });
  }
}

class Request {
  constructor(input, init = {}) {
    if (arguments.length < 1) throw new TypeError("Failed to construct 'Request': 1 argument required, but only 0 present.");
    const from = input instanceof Request ? input : null;
    const url = from ? from.url : parseUrl(`${input}`).href;
    let method = init.method !== undefined ? `${init.method}` : from ? from.method : 'GET';
    if (!tokenPattern.test(method)) throw new TypeError(`'${method}' is not a valid HTTP method.`);
    if (/^(connect|trace|track)$/i.test(method)) throw new TypeError(`'${method}' HTTP method is unsupported.`);
    if (methodPattern.test(method)) method = method.toUpperCase();
    const headers = new Headers(init.headers !== undefined ? init.headers : from ? from.headers : undefined);
    let body = from ? from[kBody] : null;
    if (init.body !== undefined && init.body !== null) {
      if (method === 'GET' || method === 'HEAD') throw new TypeError('Request with GET/HEAD method cannot have body.');
      const extracted = extractBody(init.body, 'Request');
      if (extracted.stream && init.duplex !== 'half') throw new TypeError('RequestInit: duplex option is required when sending a body.');
      body = extracted.stream ? { stream: extracted.stream } : { bytes: extracted.bytes };
      if (extracted.type !== null && !headers.has('content-type')) headers.append('content-type', extracted.type);
    }
    const redirect = init.redirect ?? from?.redirect ?? 'follow';
    if (!['follow', 'manual', 'error'].includes(redirect))
      throw new TypeError(`Request constructor: ${redirect} is not an accepted type. Expected one of follow, manual, error.`);
    const signal = init.signal !== undefined ? init.signal : from ? from.signal : null;
    if (signal !== null && signal !== undefined && !(signal instanceof AbortSignal))
      throw new TypeError("Failed to construct 'Request': member signal is not of type AbortSignal.");
    this[kState] = { method, url, redirect };
    this[kSignal] = signal ?? new AbortController().signal;
    this[kHeaders] = headers;
    this[kBody] = body;
  }
  get method() { return this[kState].method; }
  get url() { return this[kState].url; }
  get headers() { return this[kHeaders]; }
  get redirect() { return this[kState].redirect; }
  get signal() { return this[kSignal]; }
  get bodyUsed() { return bodyUsed(this[kBody]); }
  get body() { return this[kBody] === null ? null : bodyStream(this[kBody]); }
  clone() {
    if (this.bodyUsed) throw new TypeError('Request.clone: Body has already been consumed.');
    const copy = new Request(this);
    copy[kBody] = cloneBody(this[kBody]);
    return copy;
  }
  get [Symbol.toStringTag]() { return 'Request'; }
  [customInspectSymbol](depth, options) {
    const fields = {
      method: this.method, url: this.url, headers: this.headers, destination: '', referrer: 'about:client', referrerPolicy: '',
      mode: 'cors', credentials: 'same-origin', cache: 'default', redirect: this.redirect, integrity: '', keepalive: false,
      isReloadNavigation: false, isHistoryNavigation: false, signal: this.signal,
    };
    return inspectNamed('Request', fields, options);
  }
}
Object.assign(Request.prototype, bodyMethods);

// ------------------------------------------------------------------ Response

const nullBodyStatus = [101, 103, 204, 205, 304];

class Response {
  constructor(body = null, init = {}) {
    const status = init.status ?? 200;
    if (status < 200 || status > 599) throw new RangeError('init["status"] must be in the range of 200 to 599, inclusive.');
    const statusText = init.statusText !== undefined ? `${init.statusText}` : '';
    const headers = new Headers(init.headers);
    let stored = null;
    if (body !== null && body !== undefined) {
      if (nullBodyStatus.includes(status)) throw new TypeError('Response constructor: Invalid response status code ' + status);
      const extracted = extractBody(body, 'Response');
      stored = extracted.stream ? { stream: extracted.stream } : { bytes: extracted.bytes };
      if (extracted.type !== null && !headers.has('content-type')) headers.append('content-type', extracted.type);
    }
    this[kState] = { status, statusText, type: 'default', url: '', redirected: false };
    this[kHeaders] = headers;
    this[kBody] = stored;
  }
  get status() { return this[kState].status; }
  get statusText() { return this[kState].statusText; }
  get ok() { return this.status >= 200 && this.status <= 299; }
  get headers() { return this[kHeaders]; }
  get type() { return this[kState].type; }
  get url() { return this[kState].url; }
  get redirected() { return this[kState].redirected; }
  get bodyUsed() { return bodyUsed(this[kBody]); }
  get body() { return this[kBody] === null ? null : bodyStream(this[kBody]); }
  clone() {
    if (this.bodyUsed) throw new TypeError('Response.clone: Body has already been consumed.');
    const copy = new Response(null, { status: this.status === 0 ? 200 : this.status, statusText: this.statusText, headers: this.headers });
    copy[kState] = { ...this[kState] };
    copy[kSignal] = this[kSignal];
    copy[kBody] = cloneBody(this[kBody]);
    return copy;
  }
  static error() {
    const r = new Response(null, { status: 200 });
    r[kState] = { status: 0, statusText: '', type: 'error', url: '', redirected: false };
    r[kHeaders][kGuard] = 'immutable';
    return r;
  }
  static json(data, init = {}) {
    const text = JSON.stringify(data);
    if (text === undefined) throw new TypeError('Value is not JSON serializable');
    const headers = new Headers(init.headers);
    if (!headers.has('content-type')) headers.set('content-type', 'application/json');
    return new Response(text, { ...init, headers });
  }
  static redirect(url, status = 302) {
    const parsed = parseUrl(`${url}`);
    if (![301, 302, 303, 307, 308].includes(status)) throw new RangeError(`Invalid status code ${status}`);
    const r = new Response(null, { status, headers: { location: parsed.href } });
    r[kHeaders][kGuard] = 'immutable';
    return r;
  }
  get [Symbol.toStringTag]() { return 'Response'; }
  [customInspectSymbol](depth, options) {
    const fields = {
      status: this.status, statusText: this.statusText, headers: this.headers, body: this.body,
      bodyUsed: this.bodyUsed, ok: this.ok, redirected: this.redirected, type: this.type, url: this.url,
    };
    return inspectNamed('Response', fields, options);
  }
}
Object.assign(Response.prototype, bodyMethods);

// ------------------------------------------------------------------ fetch

// The Fetch Standard's bad ports: a request to one fails without connecting.
const badPorts = new Set([1, 7, 9, 11, 13, 15, 17, 19, 20, 21, 22, 23, 25, 37, 42, 43, 53, 69, 77, 79, 87, 95, 101, 102,
  103, 104, 109, 110, 111, 113, 115, 117, 119, 123, 135, 137, 139, 143, 161, 179, 389, 427, 465, 512, 513, 514, 515, 526,
  530, 531, 532, 540, 548, 554, 556, 563, 587, 601, 636, 989, 990, 993, 995, 1719, 1720, 1723, 2049, 3659, 4045, 4190,
  5060, 5061, 6000, 6566, 6665, 6666, 6667, 6668, 6669, 6679, 6697, 10080]);

function abortReason(signal) {
  return signal.reason !== undefined ? signal.reason : new DOMException('This operation was aborted', 'AbortError');
}

function fetch(input, init = undefined) {
  return new Promise((resolve, reject) => {
    const request = new Request(input, init ?? {});
    const signal = request.signal;
    if (signal.aborted) { reject(abortReason(signal)); return; }
    const url = new URL(request.url);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') {
      reject(new TypeError('fetch failed', { cause: new Error(url.protocol === 'data:' || url.protocol === 'blob:' ? `${url.protocol} URLs are not supported yet` : 'unknown scheme') }));
      return;
    }
    if (badPorts.has(url.port === '' ? (url.protocol === 'https:' ? 443 : 80) : +url.port)) {
      reject(new TypeError('fetch failed', { cause: new Error('bad port') }));
      return;
    }
    send(request, request[kBody], resolve, reject);
  });
}

// Sends the request; the response settles fetch's promise when its head arrives.
function send(request, body, resolve, reject) {
  const signal = request.signal;
  let settled = false;
  let id = 0;
  let network = null;
  // A body given as a stream goes out as it is read (chunked); a failure to read it fails the fetch.
  const streamed = body !== null && body.bytes === undefined;
  let uploadError;
  const onAbort = () => {
    binding.abort(id);
    const reason = abortReason(signal);
    if (!settled) { settled = true; reject(reason); }
    network?.abort(reason);
  };
  signal.addEventListener('abort', onAbort, { once: true });
  const pairs = headerPairs(request.headers);
  if (!request.headers.has('accept')) pairs.push(['accept', '*/*']);
  id = binding.send(request.method, request.url, pairs, streamed ? true : body ? body.bytes : null, request.redirect, (err, head) => {
    if (settled) return;
    settled = true;
    if (err) {
      signal.removeEventListener('abort', onAbort);
      reject(new TypeError('fetch failed', { cause: uploadError ?? err }));
      return;
    }
    if (request.redirect === 'error' && head.status >= 300 && head.status < 400) {
      signal.removeEventListener('abort', onAbort);
      reject(new TypeError('fetch failed', { cause: new Error('unexpected redirect') }));
      return;
    }
    const response = new Response(null, { status: 200 });
    response[kState] = { status: head.status, statusText: head.statusText, type: 'basic', url: head.url, redirected: head.redirected };
    response[kSignal] = signal;
    response[kHeaders] = headersFrom(head.headers, 'immutable');
    if (request.method === 'HEAD' || nullBodyStatus.includes(head.status)) {
      response[kBody] = null;
      signal.removeEventListener('abort', onAbort);
      binding.abort(head.id); // nothing to read: release the connection
    } else {
      network = { id: head.id, signal, abort: () => {}, done: () => signal.removeEventListener('abort', onAbort) };
      response[kBody] = { network };
    }
    resolve(response);
  });
  if (streamed) upload(id, bodyStream(body), (error) => { uploadError = error; });
}

// Writes a request body stream to the exchange chunk by chunk, each once the previous was taken.
function upload(id, stream, onError) {
  const fail = (error) => {
    onError(error);
    binding.endBody(id, true);
  };
  let reader;
  try {
    reader = stream.getReader();
  } catch (error) {
    fail(error);
    return;
  }
  const next = () => reader.read().then(({ value, done }) => {
    if (done) {
      binding.endBody(id, false);
      return;
    }
    if (!(value instanceof Uint8Array)) throw new TypeError('Received non-Uint8Array chunk');
    binding.writeBody(id, value, (error) => {
      if (error) reader.cancel(error).catch(() => {});
      else next();
    });
  }).catch(fail);
  next();
}

// A fetched response's body: a byte stream whose every pull reads the network's next chunk (in
// the poll phase); the signal's abort errors it, a cancel releases the connection.
function networkStream(network) {
  let finished = false;
  let controller;
  const finish = () => {
    finished = true;
    network.done();
  };
  network.abort = (reason) => {
    if (finished || controller === undefined) return;
    finish();
    controller.error(reason);
  };
  return new ReadableStream({
    type: 'bytes',
    start(c) {
      controller = c;
      if (network.signal.aborted) network.abort(abortReason(network.signal));
    },
    pull(c) {
      return new Promise((resolve) => binding.readChunk(network.id, (error, chunk) => {
        resolve();
        if (finished) return;
        if (error) {
          finish();
          c.error(new TypeError('terminated', { cause: error }));
        } else if (chunk === null) {
          finish();
          c.close();
          c.byobRequest?.respond(0);
        } else c.enqueue(chunk);
      }));
    },
    cancel() {
      if (finished) return;
      finish();
      binding.abort(network.id);
    },
  });
}

module.exports = { fetch, Headers, Request, Response };

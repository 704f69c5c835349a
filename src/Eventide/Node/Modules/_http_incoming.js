'use strict';
// IncomingMessage (lib/_http_incoming.js): a request as the server receives it or a response as the
// client does. The body is a Readable fed by the parser; headers are built from rawHeaders on first read.
const { Readable } = require('internal/streams_readable');

const kHeaders = Symbol('kHeaders');
const kHeadersDistinct = Symbol('kHeadersDistinct');
const kTrailers = Symbol('kTrailers');
const kTrailersDistinct = Symbol('kTrailersDistinct');

// Headers whose duplicates node drops: the first value wins.
const kSingletons = new Set([
  'content-type', 'content-length', 'user-agent', 'referer', 'host', 'authorization', 'proxy-authorization',
  'if-modified-since', 'if-unmodified-since', 'from', 'location', 'max-forwards', 'retry-after', 'etag',
  'last-modified', 'server', 'age', 'expires',
]);

// How node folds a repeated header into the headers object.
function addHeaderLine(field, value, dest, joinDuplicates) {
  const name = field.toLowerCase();
  const existing = dest[name];
  if (name === 'set-cookie') {
    if (existing === undefined) dest[name] = [value];
    else existing.push(value);
  } else if (existing === undefined) dest[name] = value;
  else if (name === 'cookie') dest[name] = `${existing}; ${value}`;
  else if (joinDuplicates || !kSingletons.has(name)) dest[name] = `${existing}, ${value}`;
}

function foldHeaders(raw, joinDuplicates) {
  const dest = {};
  for (let i = 0; i < raw.length; i += 2) addHeaderLine(raw[i], raw[i + 1], dest, joinDuplicates);
  return dest;
}

function distinctHeaders(raw) {
  const dest = {};
  for (let i = 0; i < raw.length; i += 2) {
    const name = raw[i].toLowerCase();
    if (dest[name] === undefined) dest[name] = [raw[i + 1]];
    else dest[name].push(raw[i + 1]);
  }
  return dest;
}

function IncomingMessage(socket) {
  Readable.call(this, socket ? { highWaterMark: socket.readableHighWaterMark } : undefined);
  this._readableState.readingMore = true;
  this.socket = socket;
  this.httpVersionMajor = null;
  this.httpVersionMinor = null;
  this.httpVersion = null;
  this.complete = false;
  this[kHeaders] = null;
  this[kHeadersDistinct] = null;
  this.rawHeaders = [];
  this[kTrailers] = null;
  this[kTrailersDistinct] = null;
  this.rawTrailers = [];
  this.joinDuplicateHeaders = false;
  this.aborted = false;
  this.upgrade = null;
  this.url = '';
  this.method = null;
  this.statusCode = null;
  this.statusMessage = null;
  this.client = socket;
  this._consuming = false;
  this._dumped = false;
}
Object.setPrototypeOf(IncomingMessage.prototype, Readable.prototype);
Object.setPrototypeOf(IncomingMessage, Readable);

function lazyHeaders(key, raw, make) {
  return {
    configurable: true,
    enumerable: false,
    get() {
      if (this[key] === null) this[key] = make(this[raw], this.joinDuplicateHeaders);
      return this[key];
    },
    set(value) { this[key] = value; },
  };
}

Object.defineProperties(IncomingMessage.prototype, {
  connection: { configurable: true, get() { return this.socket; }, set(value) { this.socket = value; } },
  headers: lazyHeaders(kHeaders, 'rawHeaders', foldHeaders),
  headersDistinct: lazyHeaders(kHeadersDistinct, 'rawHeaders', distinctHeaders),
  trailers: lazyHeaders(kTrailers, 'rawTrailers', foldHeaders),
  trailersDistinct: lazyHeaders(kTrailersDistinct, 'rawTrailers', distinctHeaders),
});

IncomingMessage.prototype.setTimeout = function setTimeout(msecs, callback) {
  if (callback) this.on('timeout', callback);
  this.socket.setTimeout(msecs);
  return this;
};

// Reading starts the flow of the socket again (it is paused when the body's buffer is full).
IncomingMessage.prototype._read = function _read() {
  if (!this._consuming) {
    this._readableState.readingMore = false;
    this._consuming = true;
  }
  const socket = this.socket;
  if (socket && socket.readable && socket.isPaused?.()) socket.resume();
};

// A message destroyed before its end was aborted; its socket goes with it. The error is only
// emitted to listeners, as node keeps it (a client that goes away must not crash a server).
IncomingMessage.prototype._destroy = function _destroy(err, callback) {
  if (!this.readableEnded || !this.complete) {
    this.aborted = true;
    this.emit('aborted');
  }
  const done = () => process.nextTick(() => callback(this.listenerCount('error') === 0 ? undefined : err));
  if (this.socket && !this.socket.destroyed && this.aborted) {
    this.socket.destroy(err);
    this.socket.once('close', done);
    return;
  }
  done();
};

IncomingMessage.prototype._addHeaderLines = function _addHeaderLines(headers, n) {
  if (headers && headers.length) {
    if (this.complete) this.rawTrailers = headers;
    else this.rawHeaders = headers;
  }
};

IncomingMessage.prototype._addHeaderLine = function _addHeaderLine(field, value, dest) {
  addHeaderLine(field, value, dest, this.joinDuplicateHeaders);
};

// A body nobody reads is read to its end and dropped, so that the connection can go on.
IncomingMessage.prototype._dump = function _dump() {
  if (!this._dumped) {
    this._dumped = true;
    this.removeAllListeners('data');
    this.resume();
  }
};

module.exports = { IncomingMessage };

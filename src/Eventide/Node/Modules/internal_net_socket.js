'use strict';
const { setTimeout, clearTimeout } = require('internal/timers'); // granted as globals or not
const { Buffer } = require('buffer'); // node's own modules use the module's Buffer, granted as a global or not
// net.Socket: a Duplex over a TCP or Unix-socket handle from internal/net. Reads are started by
// the stream's _read and stopped when push() says the buffer is full (pause/resume flow control);
// writes go one at a time (corked ones as one) and call back at once when the kernel took them;
// end() sends FIN after the writes; 'close' comes from the handle's close callback (the loop's
// close phase), with hadError. Connecting resolves a host name first ('lookup'), as node's does.
const { Duplex } = require('stream');
const { makeNodeError, invalidArgType, outOfRange } = require('internal/errors');
const {
  binding, isIP, validatePort, validateNumber, validateFunction, normalizeArgs, kNormalized,
  errnoException, exceptionWithHostPort, dnsException,
} = require('internal/net_util');
binding.setChunkPrototype(Buffer.prototype); // reads arrive as Buffers, pushed as they are

const kTimeout = Symbol('timeout');
const kTimeoutFired = Symbol('timeoutFired');
const kLastWriteQueueSize = Symbol('lastWriteQueueSize');
const kSetNoDelay = Symbol('kSetNoDelay');
const kSetKeepAlive = Symbol('kSetKeepAlive');
const kSetKeepAliveInitialDelay = Symbol('kSetKeepAliveInitialDelay');
const kBytesRead = Symbol('kBytesRead');
const kBytesWritten = Symbol('kBytesWritten');
const kOwner = Symbol('owner');
const kHandle = Symbol('kHandle');
const TIMEOUT_MAX = 2 ** 31 - 1;

const socketClosed = () => makeNodeError(Error, 'ERR_SOCKET_CLOSED', 'Socket is closed');

function Socket(options) {
  if (!(this instanceof Socket)) return new Socket(options);
  if (options?.objectMode) {
    throw makeNodeError(TypeError, 'ERR_INVALID_ARG_VALUE', `The property 'options.objectMode' is not supported. Received ${options.objectMode}`);
  }
  this.connecting = false;
  this._hadError = false;
  this[kHandle] = null;
  this._parent = null;
  this._host = null;
  this[kLastWriteQueueSize] = 0;
  this[kTimeout] = null;
  this._closeAfterHandlingError = false;
  options = typeof options === 'number' ? { fd: options } : { ...options };
  // Half-open off by default; 'close' is the handle's to emit; strings are written as they are.
  options.allowHalfOpen = Boolean(options.allowHalfOpen);
  options.emitClose = false;
  options.autoDestroy = true;
  options.decodeStrings = false;
  Duplex.call(this, options);
  if (options.handle) this._handle = options.handle;
  else if (options.fd !== undefined) throw makeNodeError(Error, 'ERR_FEATURE_UNAVAILABLE_ON_PLATFORM', 'Sockets over file descriptors are not supported');
  this[kSetNoDelay] = Boolean(options.noDelay);
  this[kSetKeepAlive] = Boolean(options.keepAlive);
  this[kSetKeepAliveInitialDelay] = ~~(options.keepAliveInitialDelay / 1000);
  this.on('end', onReadableStreamEnd);
  initSocketHandle(this);
  this._pendingData = null;
  this._pendingEncoding = '';
  // A socket given its handle (a server's connection) starts reading at once.
  if (this._handle && options.readable !== false) {
    if (options.pauseOnCreate) {
      this._handle.reading = false;
      this._handle.readStop();
      this.readableFlowing = false;
    } else if (!options.manualStart) {
      this.read(0);
    }
  }
  this.server = null;
  this._server = null;
  this[kBytesRead] = 0;
  this[kBytesWritten] = 0;
}
Object.setPrototypeOf(Socket.prototype, Duplex.prototype);
Object.setPrototypeOf(Socket, Duplex);

function initSocketHandle(self) {
  self._undestroy();
  self._sockname = null;
  if (self._handle) {
    self._handle[kOwner] = self;
    self._handle.onread = onStreamRead;
  }
}

// After the peer's FIN without allowHalfOpen, writing fails as EPIPE.
function onReadableStreamEnd() {
  if (!this.allowHalfOpen) this.write = writeAfterFIN;
}

function writeAfterFIN(chunk, encoding, cb) {
  if (!this.writableEnded) return Duplex.prototype.write.call(this, chunk, encoding, cb);
  if (typeof encoding === 'function') cb = encoding;
  const er = new Error('This socket has been ended by the other party');
  er.code = 'EPIPE';
  if (typeof cb === 'function') process.nextTick(cb, er);
  this.destroy(er);
  return false;
}

// The handle's onread: a chunk, or (null, 'EOF') at the end, or (null, code) for a failed read.
function onStreamRead(chunk, code) {
  const stream = this[kOwner];
  stream._unrefTimer();
  if (chunk) {
    if (stream.destroyed) return;
    if (!stream.push(chunk)) {
      this.reading = false;
      if (!stream.destroyed) this.readStop();
    }
    return;
  }
  if (code !== 'EOF') {
    stream.destroy(errnoException(code, 'read'));
    return;
  }
  if (!stream._readableState.endEmitted) {
    stream.push(null);
    stream.read(0);
  }
}

Socket.prototype._unrefTimer = function _unrefTimer() {
  for (let s = this; s !== null; s = s._parent) {
    if (!s[kTimeout]) continue;
    // A timeout that already fired is armed again by activity, as refresh() does in node.
    if (s[kTimeoutFired]) armTimeout(s, s.timeout);
    else s[kTimeout].refresh();
  }
};

function armTimeout(socket, msecs) {
  socket[kTimeoutFired] = false;
  socket[kTimeout] = setTimeout(() => {
    socket[kTimeoutFired] = true;
    socket._onTimeout();
  }, msecs);
  socket[kTimeout].unref();
}

Socket.prototype.setTimeout = function setStreamTimeout(msecs, callback) {
  if (this.destroyed) return this;
  this.timeout = msecs;
  validateNumber(msecs, 'msecs');
  if (msecs < 0 || !Number.isFinite(msecs)) throw outOfRange('msecs', 'a non-negative finite number', msecs);
  if (msecs > TIMEOUT_MAX) msecs = TIMEOUT_MAX;
  clearTimeout(this[kTimeout]);
  this[kTimeout] = null;
  if (msecs === 0) {
    if (callback !== undefined) {
      validateFunction(callback, 'callback');
      this.removeListener('timeout', callback);
    }
  } else {
    armTimeout(this, msecs);
    if (callback !== undefined) {
      validateFunction(callback, 'callback');
      this.once('timeout', callback);
    }
  }
  return this;
};

// A write still in progress since the timer was set postpones the timeout.
Socket.prototype._onTimeout = function () {
  const handle = this._handle;
  const last = this[kLastWriteQueueSize];
  if (last > 0 && handle && last !== handle.writeQueueSize) {
    this[kLastWriteQueueSize] = handle.writeQueueSize;
    this._unrefTimer();
    return;
  }
  this.emit('timeout');
};

Socket.prototype.setNoDelay = function (enable) {
  enable = Boolean(enable === undefined ? true : enable);
  if (!this._handle) {
    this[kSetNoDelay] = enable;
    return this;
  }
  if (enable !== this[kSetNoDelay]) {
    this[kSetNoDelay] = enable;
    this._handle.setNoDelay(enable);
  }
  return this;
};

Socket.prototype.setKeepAlive = function (enable, initialDelayMsecs) {
  enable = Boolean(enable);
  const initialDelay = ~~(initialDelayMsecs / 1000);
  if (!this._handle) {
    this[kSetKeepAlive] = enable;
    this[kSetKeepAliveInitialDelay] = initialDelay;
    return this;
  }
  if (enable !== this[kSetKeepAlive] || (enable && this[kSetKeepAliveInitialDelay] !== initialDelay)) {
    this[kSetKeepAlive] = enable;
    this[kSetKeepAliveInitialDelay] = initialDelay;
    this._handle.setKeepAlive(enable, initialDelay);
  }
  return this;
};

Socket.prototype.address = function () { return this._getsockname(); };

// The handle lives under a symbol, as in node (so it is not among the socket's own keys).
Object.defineProperty(Socket.prototype, '_handle', {
  get() { return this[kHandle]; },
  set(value) { this[kHandle] = value; },
  configurable: true, enumerable: false,
});

Object.defineProperty(Socket.prototype, '_connecting', {
  get() { return this.connecting; }, configurable: true, enumerable: false,
});

Object.defineProperty(Socket.prototype, 'pending', {
  get() { return !this._handle || this.connecting; }, configurable: true, enumerable: true,
});

Object.defineProperty(Socket.prototype, 'readyState', {
  get() {
    if (this.connecting) return 'opening';
    if (this.readable && this.writable) return 'open';
    if (this.readable && !this.writable) return 'readOnly';
    if (!this.readable && this.writable) return 'writeOnly';
    return 'closed';
  },
  configurable: true, enumerable: true,
});

Object.defineProperty(Socket.prototype, 'bufferSize', {
  get() { return this._handle ? this.writableLength : undefined; }, configurable: true, enumerable: true,
});

function protoGetter(name, get) {
  Object.defineProperty(Socket.prototype, name, { configurable: false, enumerable: true, get });
}

protoGetter('bytesRead', function bytesRead() {
  return this._handle ? this._handle.bytesRead : this[kBytesRead];
});

// What was handed to the handle plus what still waits in the stream's buffer.
protoGetter('bytesWritten', function bytesWritten() {
  let bytes = this._bytesDispatched;
  const writableBuffer = this.writableBuffer;
  if (!writableBuffer) return undefined;
  for (const el of writableBuffer) bytes += chunkLength(el.chunk, el.encoding);
  const data = this._pendingData;
  if (Array.isArray(data)) for (const el of data) bytes += chunkLength(el.chunk, el.encoding);
  else if (data) bytes += chunkLength(data, this._pendingEncoding);
  return bytes;
});

function chunkLength(chunk, encoding) {
  return typeof chunk === 'string' ? Buffer.byteLength(chunk, encoding) : chunk.length;
}

Socket.prototype._bytesDispatched = 0;

Socket.prototype._getpeername = function () {
  if (!this._handle || this.connecting) return this._peername || {};
  if (!this._peername) {
    const out = this._handle.getpeername();
    if (!out) return {};
    this._peername = out;
  }
  return this._peername;
};

Socket.prototype._getsockname = function () {
  if (!this._handle || this._handle.isPipe) return {};
  if (!this._sockname) this._sockname = this._handle.getsockname() || {};
  return this._sockname;
};

protoGetter('remoteAddress', function remoteAddress() { return this._getpeername().address; });
protoGetter('remoteFamily', function remoteFamily() { return this._getpeername().family; });
protoGetter('remotePort', function remotePort() { return this._getpeername().port; });
protoGetter('localAddress', function localAddress() { return this._getsockname().address; });
protoGetter('localPort', function localPort() { return this._getsockname().port; });
protoGetter('localFamily', function localFamily() { return this._getsockname().family; });

Socket.prototype._read = function (n) {
  if (this.connecting || !this._handle) this.once('connect', () => this._read(n));
  else if (!this._handle.reading) tryReadStart(this);
};

function tryReadStart(socket) {
  socket._handle.reading = true;
  socket._handle.readStart();
}

Socket.prototype.pause = function () {
  if (!this.connecting && this._handle && this._handle.reading) {
    this._handle.reading = false;
    if (!this.destroyed) this._handle.readStop();
  }
  return Duplex.prototype.pause.call(this);
};

Socket.prototype.resume = function () {
  if (!this.connecting && this._handle && !this._handle.reading) tryReadStart(this);
  return Duplex.prototype.resume.call(this);
};

// _final: FIN once the writes are done (after 'connect' when still connecting).
Socket.prototype._final = function (cb) {
  if (this.pending) return this.once('connect', () => this._final(cb));
  if (!this._handle) return cb();
  this._handle.shutdown(() => cb());
};

Socket.prototype.end = function (data, encoding, callback) {
  Duplex.prototype.end.call(this, data, encoding, callback);
  return this;
};

Socket.prototype.destroySoon = function () {
  if (this.writable) this.end();
  if (this.writableFinished) this.destroy();
  else this.once('finish', this.destroy);
};

Socket.prototype._destroy = function (exception, cb) {
  this.connecting = false;
  for (let s = this; s !== null; s = s._parent) {
    clearTimeout(s[kTimeout]);
    s[kTimeout] = null;
  }
  if (this._handle) {
    const isException = Boolean(exception);
    // bytesRead and bytesWritten stay readable after destroy().
    this[kBytesRead] = this._handle.bytesRead;
    this[kBytesWritten] = this._handle.bytesWritten;
    const emitClose = () => this.emit('close', isException);
    if (this.resetAndClosing) {
      this.resetAndClosing = false;
      this._handle.reset(emitClose);
    } else {
      this._handle.close(emitClose);
    }
    this._handle.onread = noop;
    this._handle = null;
    this._sockname = null;
    cb(exception);
  } else {
    cb(exception);
    process.nextTick(emitCloseNT, this);
  }
  if (this._server) {
    this._server._connections--;
    if (this._server._emitCloseIfDrained) this._server._emitCloseIfDrained();
  }
};

function noop() {}

function emitCloseNT(socket) { socket.emit('close'); }

Socket.prototype.resetAndDestroy = function () {
  if (this._handle) {
    if (this.connecting) this.once('connect', () => this._reset());
    else this._reset();
  } else {
    this.destroy(socketClosed());
  }
  return this;
};

Socket.prototype._reset = function () {
  this.resetAndClosing = true;
  return this.destroy();
};

// While connecting, the first write waits for 'connect' (the stream buffers the rest).
Socket.prototype._writeGeneric = function (writev, data, encoding, cb) {
  if (this.connecting) {
    this._pendingData = data;
    this._pendingEncoding = encoding;
    const onClose = () => cb(makeNodeError(Error, 'ERR_SOCKET_CLOSED_BEFORE_CONNECTION', 'Socket closed before the connection was established'));
    this.once('connect', function connect() {
      this.off('close', onClose);
      this._writeGeneric(writev, data, encoding, cb);
    });
    this.once('close', onClose);
    return;
  }
  this._pendingData = null;
  this._pendingEncoding = '';
  if (!this._handle) {
    cb(socketClosed());
    return;
  }
  this._unrefTimer();
  // The handle encodes strings itself, and gathers a writev batch into one send.
  const handle = this._handle;
  const onComplete = (status) => {
    if (this.destroyed) return cb(null);
    if (status !== 0) return cb(errnoException(status, 'write'));
    this._unrefTimer();
    this[kLastWriteQueueSize] = 0;
    cb(null);
  };
  const result = writev ? handle.writev(data, onComplete) : handle.write(data, onComplete, encoding);
  const size = handle.lastWriteSize;
  this._bytesDispatched += size;
  if (result === 'sync') cb();
  else if (result === 'async') this[kLastWriteQueueSize] = size;
  else cb(errnoException(result, 'write'));
};

Socket.prototype._writev = function (chunks, cb) { this._writeGeneric(true, chunks, '', cb); };
Socket.prototype._write = function (data, encoding, cb) { this._writeGeneric(false, data, encoding, cb); };

Socket.prototype.ref = function () {
  if (!this._handle) {
    this.once('connect', this.ref);
    return this;
  }
  this._handle.ref();
  return this;
};

Socket.prototype.unref = function () {
  if (!this._handle) {
    this.once('connect', this.unref);
    return this;
  }
  this._handle.unref();
  return this;
};

// connect(options[, cb]) | connect(path[, cb]) | connect(port[, host][, cb])
Socket.prototype.connect = function (...args) {
  const normalized = Array.isArray(args[0]) && args[0][kNormalized] ? args[0] : normalizeArgs(args);
  const [options, cb] = normalized;
  if (cb !== null) this.once('connect', cb);
  if (this._parent && this._parent.connecting) return this;
  if (this.connecting) return this;
  if (options.port === undefined && options.path == null) {
    throw makeNodeError(TypeError, 'ERR_MISSING_ARGS', 'The "options" or "port" or "path" argument must be specified');
  }
  if (this.write !== Socket.prototype.write) this.write = Socket.prototype.write;
  if (this.destroyed) {
    this._handle = null;
    this._peername = null;
    this._sockname = null;
    this._undestroy();
  }
  const { path } = options;
  const pipe = Boolean(path);
  if (!this._handle) {
    this._handle = binding.newHandle(pipe);
    initSocketHandle(this);
  }
  this._unrefTimer();
  this.connecting = true;
  if (pipe) {
    if (typeof path !== 'string') throw invalidArgType('options.path', 'string', path);
    internalConnect(this, path);
  } else {
    lookupAndConnect(this, options);
  }
  return this;
};

function lookupAndConnect(self, options) {
  const { localAddress, localPort } = options;
  const host = options.host || 'localhost';
  let { port } = options;
  if (localAddress && !isIP(localAddress)) throw makeNodeError(TypeError, 'ERR_INVALID_IP_ADDRESS', `Invalid IP address: ${localAddress}`);
  if (localPort) validateNumber(localPort, 'options.localPort');
  if (typeof port !== 'undefined') {
    if (typeof port !== 'number' && typeof port !== 'string') throw invalidArgType('options.port', ['number', 'string'], port);
    validatePort(port);
  }
  port |= 0;
  // An IP address connects on the next tick, without a lookup.
  const addressType = isIP(host);
  if (addressType) {
    process.nextTick(() => {
      if (self.connecting) internalConnect(self, host, port, addressType, localAddress, localPort);
    });
    return;
  }
  if (options.lookup != null) validateFunction(options.lookup, 'options.lookup');
  const family = options.family === 'IPv4' ? 4 : options.family === 'IPv6' ? 6 : (options.family | 0);
  self._host = host;
  const lookup = options.lookup || dnsLookup;
  lookup(host, { family, hints: options.hints || 0, all: true }, (err, addresses, singleFamily) => {
    if (!self.connecting) return;
    if (err) {
      self.emit('lookup', err, undefined, undefined, host);
      process.nextTick(connectErrorNT, self, err);
      return;
    }
    if (!Array.isArray(addresses)) addresses = [{ address: addresses, family: singleFamily }];
    const toAttempt = [];
    for (const { address, family: type } of addresses) {
      self.emit('lookup', null, address, type, host);
      if (!self.connecting) return;
      if (isIP(address) && (type === 4 || type === 6) && !toAttempt.some((a) => a.address === address)) toAttempt.push({ address, family: type });
    }
    if (toAttempt.length === 0) {
      const first = addresses[0];
      const error = first && !isIP(first.address)
        ? makeNodeError(TypeError, 'ERR_INVALID_IP_ADDRESS', `Invalid IP address: ${first?.address}`)
        : makeNodeError(TypeError, 'ERR_INVALID_ADDRESS_FAMILY', `Invalid address family: ${first?.family} ${options.host}:${options.port}`);
      process.nextTick(connectErrorNT, self, error);
      return;
    }
    self._unrefTimer();
    connectInTurn(self, toAttempt, 0, [], port, localAddress, localPort);
  });
}

// node's dns.lookup over the binding's resolver: an IP answers itself on the next tick.
function dnsLookup(host, options, callback) {
  const literal = isIP(host);
  if (literal) {
    process.nextTick(callback, null, options.all ? [{ address: host, family: literal }] : host, literal);
    return;
  }
  binding.lookup(host, options.family, (code, list) => {
    if (code) callback(dnsException(code, host));
    else if (options.all) callback(null, list);
    else callback(null, list[0].address, list[0].family);
  });
}

// Several addresses: each in turn until one connects (the family-alternating order node sorts is kept).
function connectInTurn(self, addresses, index, errors, port, localAddress, localPort) {
  if (addresses.length === 1) {
    internalConnect(self, addresses[0].address, port, addresses[0].family, localAddress, localPort);
    return;
  }
  if (index === addresses.length) {
    const error = new AggregateError(errors);
    error.code = errors[0].code;
    self.destroy(error);
    return;
  }
  const { address, family } = addresses[index];
  (self.autoSelectFamilyAttemptedAddresses ||= []).push(`${address}:${port}`);
  internalConnect(self, address, port, family, localAddress, localPort, (error) => {
    errors.push(error);
    connectInTurn(self, addresses, index + 1, errors, port, localAddress, localPort);
  });
}

function connectErrorNT(self, err) { self.destroy(err); }

// Binds locally when asked, then connects; failures become node's "connect CODE address:port".
function internalConnect(self, address, port, addressType, localAddress, localPort, onFailure) {
  if (addressType === 4 || addressType === 6) {
    if (localAddress || localPort) localAddress = localAddress || (addressType === 4 ? '0.0.0.0' : '::');
    const req = { address, port, localAddress, localPort };
    const code = self._handle.connect(address, port, localAddress ?? null, localPort ?? 0,
      (status) => afterConnect(self, status, req, onFailure));
    if (code) self.destroy(exceptionWithHostPort(code, localAddress ? 'bind' : 'connect', localAddress || address, localAddress ? localPort : port));
    return;
  }
  const code = self._handle.connectPipe(address, (status) => afterConnect(self, status, { address }));
  if (code) self.destroy(exceptionWithHostPort(code, 'connect', address));
}

function afterConnect(self, status, req, onFailure) {
  if (self.destroyed) return;
  self.connecting = false;
  self._sockname = null;
  if (status === 0) {
    self._unrefTimer();
    if (self[kSetNoDelay]) self._handle.setNoDelay(true);
    if (self[kSetKeepAlive]) self._handle.setKeepAlive(true, self[kSetKeepAliveInitialDelay]);
    self.emit('connect');
    self.emit('ready');
    // Starts reading, or sees an immediate EOF.
    if (!self.isPaused()) self.read(0);
    return;
  }
  // A missing socket file is ENOENT to node, as connect(2) says.
  if (req.port === undefined && status === 'EADDRNOTAVAIL') status = 'ENOENT';
  const details = req.localAddress && req.localPort ? `${req.localAddress}:${req.localPort}` : undefined;
  const ex = exceptionWithHostPort(status, 'connect', req.address, req.port, details);
  if (details) {
    ex.localAddress = req.localAddress;
    ex.localPort = req.localPort;
  }
  if (onFailure) {
    // Another address remains: a fresh handle for it.
    self._handle.close(noop);
    self._handle = binding.newHandle(false);
    initSocketHandle(self);
    self.connecting = true;
    onFailure(ex);
    return;
  }
  self.destroy(ex);
}

// net.connect / net.createConnection
function connect(...args) {
  const normalized = normalizeArgs(args);
  const [options] = normalized;
  const socket = new Socket(options);
  if (options.timeout) socket.setTimeout(options.timeout);
  return socket.connect(normalized);
}

module.exports = { Socket, connect, kOwner };

'use strict';
// node:net. Server listens on a TCP or Unix-socket handle from internal/net and wraps each
// accepted connection in a Socket ('connection'); 'listening' and listen errors come on the next
// tick, as node's do; close() stops accepting and 'close' follows the last connection's end.
// Server is a plain constructor so http.Server can call it on itself.
const EventEmitter = require('events');
const { makeNodeError, invalidArgType, invalidArgValue } = require('internal/errors');
const {
  binding, isIP, isIPv4, isIPv6, isPipeName, validatePort, normalizeArgs, errnoException, uvExceptionWithHostPort, dnsException,
} = require('internal/net_util');
const { Socket, connect, kOwner } = require('internal/net_socket');
const { getDefaultHighWaterMark } = require('internal/streams_state');
const { BlockList, SocketAddress } = require('internal/net_blocklist');

const serverNotRunning = () => makeNodeError(Error, 'ERR_SERVER_NOT_RUNNING', 'Server is not running.');

function Server(options, connectionListener) {
  if (!(this instanceof Server)) return new Server(options, connectionListener);
  EventEmitter.call(this);
  if (typeof options === 'function') {
    connectionListener = options;
    options = {};
    this.on('connection', connectionListener);
  } else if (options == null || typeof options === 'object') {
    options = { ...options };
    if (typeof connectionListener === 'function') this.on('connection', connectionListener);
  } else {
    throw invalidArgType('options', 'Object', options);
  }
  if (typeof options.keepAliveInitialDelay !== 'undefined' && typeof options.keepAliveInitialDelay !== 'number') {
    throw invalidArgType('options.keepAliveInitialDelay', 'number', options.keepAliveInitialDelay);
  }
  if (typeof options.highWaterMark !== 'undefined' && typeof options.highWaterMark !== 'number') {
    throw invalidArgType('options.highWaterMark', 'number', options.highWaterMark);
  }
  this._connections = 0;
  this._handle = null;
  this._usingWorkers = false;
  this._workers = [];
  this._unref = false;
  this._listeningId = 1;
  this.allowHalfOpen = options.allowHalfOpen || false;
  this.pauseOnConnect = !!options.pauseOnConnect;
  this.noDelay = Boolean(options.noDelay);
  this.keepAlive = Boolean(options.keepAlive);
  this.keepAliveInitialDelay = ~~(options.keepAliveInitialDelay / 1000);
  this.highWaterMark = options.highWaterMark ?? getDefaultHighWaterMark();
}
Object.setPrototypeOf(Server.prototype, EventEmitter.prototype);
Object.setPrototypeOf(Server, EventEmitter);

// A number in a string or a number, else false (the backlog among listen's arguments).
function toNumber(x) {
  return (x = Number(x)) >= 0 ? x : false;
}

// listen([port[, host[, backlog]]][, cb]) | listen(path[, backlog][, cb]) | listen(options[, cb])
Server.prototype.listen = function (...args) {
  const [options, cb] = normalizeArgs(args);
  if (this._handle) throw makeNodeError(Error, 'ERR_SERVER_ALREADY_LISTEN', 'Listen method has been called more than once without closing.');
  if (cb !== null) this.once('listening', cb);
  const backlogFromArgs = toNumber(args.length > 1 && args[1]) || toNumber(args.length > 2 && args[2]);
  this._listeningId++;
  addServerAbortSignalOption(this, options);
  if (args.length === 0 || typeof args[0] === 'function' || (typeof options.port === 'undefined' && 'port' in options) || options.port === null) {
    options.port = 0;
  }
  if (typeof options.port === 'number' || typeof options.port === 'string') {
    validatePort(options.port, 'options.port');
    const backlog = options.backlog || backlogFromArgs;
    if (options.host) lookupAndListen(this, options.port | 0, options.host, backlog, options.ipv6Only);
    else this._listen2(null, options.port | 0, 4, backlog, options.ipv6Only);
    return this;
  }
  if (options.path && isPipeName(options.path)) {
    this._pipeName = options.path;
    this._listen2(options.path, -1, -1, options.backlog || backlogFromArgs);
    return this;
  }
  if (!('port' in options) && !('path' in options)) {
    throw invalidArgValue('options', options, 'must have the property "port" or "path"');
  }
  throw invalidArgValue('options', options);
};

// listen({ signal }): aborting it closes the server.
function addServerAbortSignalOption(self, options) {
  if (options?.signal === undefined) return;
  const { signal } = options;
  if (signal === null || typeof signal !== 'object' || !('aborted' in signal)) throw invalidArgType('options.signal', 'AbortSignal', signal);
  const onAborted = () => self.close();
  if (signal.aborted) process.nextTick(onAborted);
  else {
    signal.addEventListener('abort', onAborted, { once: true });
    self.once('close', () => signal.removeEventListener('abort', onAborted));
  }
}

// A host name is resolved first (an IP on the next tick); a listen() meanwhile wins.
function lookupAndListen(self, port, host, backlog, ipv6Only) {
  const listeningId = self._listeningId;
  const done = (err, ip, family) => {
    if (listeningId !== self._listeningId) return;
    if (err) self.emit('error', err);
    else self._listen2(ip, port, ip ? family : 4, backlog, ipv6Only);
  };
  const literal = isIP(host);
  if (literal) {
    process.nextTick(done, null, host, literal);
    return;
  }
  binding.lookup(host, 0, (code, list) => {
    if (code) done(dnsException(code, host));
    else done(null, list[0].address, list[0].family);
  });
}

// A bound handle, or the error code: no address tries '::' (both families) and falls back to 0.0.0.0.
function createServerHandle(address, port, addressType, ipv6Only) {
  if (port === -1 && addressType === -1) {
    const handle = binding.newHandle(true);
    const code = handle.bindPipe(address);
    if (code) handle.close();
    return code || handle;
  }
  const handle = binding.newHandle(false);
  const code = handle.bind(address, port, addressType === 6 && Boolean(ipv6Only));
  if (code) {
    handle.close();
    return code;
  }
  return handle;
}

Server.prototype._listen2 = function setupListenHandle(address, port, addressType, backlog, ipv6Only) {
  if (!this._handle) {
    let handle = null;
    if (!address) {
      handle = createServerHandle('::', port, 6, ipv6Only);
      if (typeof handle === 'string') {
        handle = null;
        address = '0.0.0.0';
        addressType = 4;
      } else {
        address = '::';
        addressType = 6;
      }
    }
    if (handle === null) handle = createServerHandle(address, port, addressType, ipv6Only);
    if (typeof handle === 'string') {
      process.nextTick(emitErrorNT, this, uvExceptionWithHostPort(handle, 'listen', address, port));
      return;
    }
    this._handle = handle;
  }
  this._handle.onconnection = onconnection;
  this._handle[kOwner] = this;
  const code = this._handle.listen(backlog || 511);
  if (code) {
    const ex = uvExceptionWithHostPort(code, 'listen', address, port);
    this._handle.close();
    this._handle = null;
    process.nextTick(emitErrorNT, this, ex);
    return;
  }
  this._connectionKey = `${addressType}:${address}:${port}`;
  if (this._unref) this.unref();
  process.nextTick(emitListeningNT, this);
};

function emitErrorNT(self, err) { self.emit('error', err); }

function emitListeningNT(self) {
  if (self._handle) self.emit('listening');
}

// The listening handle's onconnection: a Socket for the connection, or a 'drop' past maxConnections.
function onconnection(err, clientHandle) {
  const self = this[kOwner];
  if (err) {
    self.emit('error', errnoException(err, 'accept'));
    return;
  }
  if (self.maxConnections && self._connections >= self.maxConnections) {
    const data = { __proto__: null };
    const local = clientHandle.getsockname();
    const remote = clientHandle.getpeername();
    if (local) Object.assign(data, { localAddress: local.address, localPort: local.port, localFamily: local.family });
    if (remote) Object.assign(data, { remoteAddress: remote.address, remotePort: remote.port, remoteFamily: remote.family });
    if (clientHandle.isPipe) self.emit('drop');
    else self.emit('drop', data);
    clientHandle.close();
    return;
  }
  const socket = new Socket({
    handle: clientHandle,
    allowHalfOpen: self.allowHalfOpen,
    pauseOnCreate: self.pauseOnConnect,
    readable: true,
    writable: true,
    keepAlive: self.keepAlive,
    keepAliveInitialDelay: self.keepAliveInitialDelay,
    noDelay: self.noDelay,
    highWaterMark: self.highWaterMark,
  });
  if (self.noDelay) clientHandle.setNoDelay(true);
  if (self.keepAlive) clientHandle.setKeepAlive(true, self.keepAliveInitialDelay);
  self._connections++;
  socket.server = self;
  socket._server = self;
  self.emit('connection', socket);
}

Server.prototype.address = function () {
  if (this._handle && !this._handle.isPipe) return this._handle.getsockname() || {};
  if (this._pipeName) return this._pipeName;
  return null;
};

Object.defineProperty(Server.prototype, 'listening', {
  get() { return !!this._handle; }, configurable: true, enumerable: true,
});

Server.prototype.getConnections = function (cb) {
  process.nextTick(cb, null, this._connections);
  return this;
};

// Stops accepting; 'close' (and cb) once no connection is left. Not listening: cb gets ERR_SERVER_NOT_RUNNING.
Server.prototype.close = function (cb) {
  if (typeof cb === 'function') {
    if (!this._handle) this.once('close', function close() { cb(serverNotRunning()); });
    else this.once('close', cb);
  }
  if (this._handle) {
    this._handle.close();
    this._handle = null;
  }
  this._emitCloseIfDrained();
  return this;
};

Server.prototype._emitCloseIfDrained = function () {
  if (this._handle || this._connections) return;
  process.nextTick(emitCloseNT, this);
};

function emitCloseNT(self) { self.emit('close'); }

Server.prototype.ref = function () {
  this._unref = false;
  if (this._handle) this._handle.ref();
  return this;
};

Server.prototype.unref = function () {
  this._unref = true;
  if (this._handle) this._handle.unref();
  return this;
};

if (Symbol.asyncDispose) {
  Server.prototype[Symbol.asyncDispose] = function () {
    if (!this._handle) return Promise.resolve();
    return new Promise((resolve, reject) => this.close((err) => (err ? reject(err) : resolve())));
  };
}

function createServer(options, connectionListener) {
  return new Server(options, connectionListener);
}

let autoSelectFamily = true;
let autoSelectFamilyAttemptTimeout = 250;

module.exports = {
  _createServerHandle: createServerHandle,
  _normalizeArgs: normalizeArgs,
  _setSimultaneousAccepts() {},
  BlockList,
  SocketAddress,
  connect,
  createConnection: connect,
  createServer,
  isIP,
  isIPv4,
  isIPv6,
  Server,
  Socket,
  Stream: Socket,
  getDefaultAutoSelectFamily: () => autoSelectFamily,
  setDefaultAutoSelectFamily(value) {
    if (typeof value !== 'boolean') throw invalidArgType('value', 'boolean', value);
    autoSelectFamily = value;
  },
  getDefaultAutoSelectFamilyAttemptTimeout: () => autoSelectFamilyAttemptTimeout,
  setDefaultAutoSelectFamilyAttemptTimeout(value) {
    if (typeof value !== 'number') throw invalidArgType('value', 'number', value);
    if (value < 1) value = 10;
    autoSelectFamilyAttemptTimeout = value;
  },
};

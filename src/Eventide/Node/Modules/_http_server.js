'use strict';
const { setInterval, clearInterval } = require('internal/timers'); // granted as globals or not
// http.Server and ServerResponse (lib/_http_server.js): a net.Server whose connections are parsed
// into requests; responses go out in request order on a connection, which is kept alive between
// them for keepAliveTimeout; bad input becomes 'clientError' (or a 400/431 answer and a close).
const net = require('net');
const { IncomingMessage } = require('_http_incoming');
const { OutgoingMessage, kOutHeaders, kUniqueHeaders, kNeedDrain } = require('_http_outgoing');
const common = require('_http_common');
const { invalidArgType, invalidArgValue, validateObject, makeNodeError, outOfRange } = require('internal/errors');
const { STATUS_CODES, HTTPParser, createParser, headersSentError, invalidStatusCodeError, invalidCharError, checkInvalidHeaderChar, connResetException } = common;

const kServerResponse = Symbol('ServerResponse');
const kIncomingMessage = Symbol('IncomingMessage');
const kConnections = Symbol('http.server.connections');
const kCheckInterval = Symbol('http.server.connectionsCheckingInterval');
const kConnectionState = Symbol('kConnectionState');

const badRequestResponse = 'HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n';
const headersTooLargeResponse = 'HTTP/1.1 431 Request Header Fields Too Large\r\nConnection: close\r\n\r\n';
const requestTimeoutResponse = 'HTTP/1.1 408 Request Timeout\r\nConnection: close\r\n\r\n';
const kContinueExpression = /(?:^|\W)100-continue(?:$|\W)/i;
const nop = () => {};

function ServerResponse(req, options) {
  OutgoingMessage.call(this, options);
  if (req.method === 'HEAD') this._hasBody = false;
  this.req = req;
  this.sendDate = true;
  this._sent100 = false;
  this._expect_continue = false;
  if (req.httpVersionMajor < 1 || req.httpVersionMinor < 1) {
    this.useChunkedEncodingByDefault = /(?:^|\W)chunked(?:$|\W)/i.test(req.headers.te);
    this.shouldKeepAlive = false;
  }
  this.statusCode = 200;
  this.statusMessage = undefined;
}
Object.setPrototypeOf(ServerResponse.prototype, OutgoingMessage.prototype);
Object.setPrototypeOf(ServerResponse, OutgoingMessage);

ServerResponse.prototype._finish = function _finish() {
  OutgoingMessage.prototype._finish.call(this);
};

function emitCloseNT(self) {
  if (!self._closed) {
    self.destroyed = true;
    self._closed = true;
    self.emit('close');
  }
}

function onServerResponseClose() {
  if (this._httpMessage) emitCloseNT(this._httpMessage);
}

ServerResponse.prototype.assignSocket = function assignSocket(socket) {
  if (socket._httpMessage) throw makeNodeError(Error, 'ERR_HTTP_SOCKET_ASSIGNED', 'ServerResponse has an already assigned socket');
  socket._httpMessage = this;
  socket.on('close', onServerResponseClose);
  this.socket = socket;
  this.emit('socket', socket);
  this._flush();
};

ServerResponse.prototype.detachSocket = function detachSocket(socket) {
  socket.removeListener('close', onServerResponseClose);
  socket._httpMessage = null;
  this.socket = null;
};

ServerResponse.prototype.writeContinue = function writeContinue(callback) {
  this._writeRaw('HTTP/1.1 100 Continue\r\n\r\n', 'ascii', callback);
  this._sent100 = true;
};

ServerResponse.prototype.writeProcessing = function writeProcessing(callback) {
  this._writeRaw('HTTP/1.1 102 Processing\r\n\r\n', 'ascii', callback);
};

const kLinkFormat = /^(?:<[^>]*>)(?:\s*;\s*[^;"\s]+(?:=(")?[^;"\s]*\1)?)*$/;

function validateLink(value) {
  const values = Array.isArray(value) ? value : [value];
  if (typeof value !== 'string' && !Array.isArray(value)) throw invalidLink(value);
  for (const v of values) if (typeof v !== 'string' || !kLinkFormat.test(v)) throw invalidLink(value);
  return values.join(', ');
}
const invalidLink = (value) => invalidArgValue('hints', value, 'must be an array or string of format "</styles.css>; rel=preload; as=style"');

// 103 Early Hints: Link first, then the other hints, before the real answer.
ServerResponse.prototype.writeEarlyHints = function writeEarlyHints(hints, callback) {
  validateObject(hints, 'hints');
  if (hints.link === null || hints.link === undefined) return;
  const link = validateLink(hints.link);
  if (link.length === 0) return;
  let head = `HTTP/1.1 103 Early Hints\r\nLink: ${link}\r\n`;
  for (const key of Object.keys(hints)) if (key !== 'link') head += `${key}: ${hints[key]}\r\n`;
  this._writeRaw(`${head}\r\n`, 'ascii', callback);
};

ServerResponse.prototype._implicitHeader = function _implicitHeader() {
  this.writeHead(this.statusCode);
};

ServerResponse.prototype.writeHead = function writeHead(statusCode, reason, obj) {
  if (this._header) throw headersSentError('write');
  const originalStatusCode = statusCode;
  statusCode |= 0;
  if (statusCode < 100 || statusCode > 999) throw invalidStatusCodeError(originalStatusCode);
  if (typeof reason === 'string') {
    this.statusMessage = reason;
  } else {
    this.statusMessage ||= STATUS_CODES[statusCode] || 'unknown';
    obj ??= reason;
  }
  this.statusCode = statusCode;
  let headers;
  if (this[kOutHeaders]) {
    if (Array.isArray(obj)) {
      if (obj.length % 2 !== 0) throw invalidArgValue('headers', obj);
      for (let n = 0; n < obj.length; n += 2) this.removeHeader(obj[n]);
      for (let n = 0; n < obj.length; n += 2) if (obj[n]) this.appendHeader(obj[n], obj[n + 1]);
    } else if (obj) {
      for (const key of Object.keys(obj)) if (key) this.setHeader(key, obj[key]);
    }
    headers = this[kOutHeaders];
  } else {
    headers = obj;
  }
  if (checkInvalidHeaderChar(this.statusMessage)) throw invalidCharError('statusMessage');
  const statusLine = `HTTP/1.1 ${statusCode} ${this.statusMessage}\r\n`;
  if (statusCode === 204 || statusCode === 304 || (statusCode >= 100 && statusCode <= 199)) this._hasBody = false;
  // A client still waiting for "100 Continue" cannot tell where this answer's body would end.
  if (this._expect_continue && !this._sent100) this.shouldKeepAlive = false;
  this._storeHeader(statusLine, headers);
  return this;
};
ServerResponse.prototype.writeHeader = ServerResponse.prototype.writeHead;

function storeHTTPOptions(options) {
  this[kIncomingMessage] = options.IncomingMessage || IncomingMessage;
  this[kServerResponse] = options.ServerResponse || ServerResponse;
  const { maxHeaderSize } = options;
  if (maxHeaderSize !== undefined) validateInteger(maxHeaderSize, 'maxHeaderSize', 0);
  this.maxHeaderSize = maxHeaderSize;
  this.insecureHTTPParser = options.insecureHTTPParser;
  this.requestTimeout = options.requestTimeout ?? 300000;
  validateInteger(this.requestTimeout, 'requestTimeout', 0);
  this.headersTimeout = options.headersTimeout ?? Math.min(60000, this.requestTimeout);
  validateInteger(this.headersTimeout, 'headersTimeout', 0);
  if (this.requestTimeout > 0 && this.headersTimeout > 0 && this.headersTimeout > this.requestTimeout)
    throw invalidArgValue('headersTimeout', this.headersTimeout, 'must be less than or equal to "requestTimeout"');
  this.connectionsCheckingInterval = options.connectionsCheckingInterval ?? 30000;
  this.requireHostHeader = options.requireHostHeader ?? true;
  this.joinDuplicateHeaders = options.joinDuplicateHeaders;
  this.rejectNonStandardBodyWrites = !!options.rejectNonStandardBodyWrites;
}

function validateInteger(value, name, min) {
  if (typeof value !== 'number') throw invalidArgType(name, 'number', value);
  if (!Number.isInteger(value) || value < min || value > Number.MAX_SAFE_INTEGER)
    throw outOfRange(name, Number.isInteger(value) ? `>= ${min} && <= ${Number.MAX_SAFE_INTEGER}` : 'an integer', value);
}

// A plain constructor, as node's: http.Server() works without new and subclasses may call it.
function Server(options, requestListener) {
  if (!(this instanceof Server)) return new Server(options, requestListener);
  if (typeof options === 'function') {
    requestListener = options;
    options = {};
  } else if (options == null) {
    options = {};
  } else {
    validateObject(options, 'options');
  }
  storeHTTPOptions.call(this, options);
  net.Server.call(this, { allowHalfOpen: true, noDelay: options.noDelay ?? true, keepAlive: options.keepAlive, highWaterMark: options.highWaterMark });
  if (requestListener) this.on('request', requestListener);
  this.httpAllowHalfOpen = false;
  this.on('connection', connectionListener);
  this.on('listening', setupConnectionsTracking);
  this.timeout = 0;
  this.maxHeadersCount = null;
  this.maxRequestsPerSocket = 0;
  this.keepAliveTimeout = 5000;
  this[kConnections] = new Set();
  this[kUniqueHeaders] = options.uniqueHeaders ? new Set(options.uniqueHeaders.map((h) => h.toLowerCase())) : null;
}
Object.setPrototypeOf(Server.prototype, net.Server.prototype);
Object.setPrototypeOf(Server, net.Server);

Server.prototype.close = function close(callback) {
  this.closeIdleConnections();
  clearInterval(this[kCheckInterval]);
  return net.Server.prototype.close.call(this, callback);
};

Server.prototype.closeAllConnections = function closeAllConnections() {
  for (const socket of this[kConnections]) socket.destroy();
};

// Connections between requests (nothing being received or answered) are closed.
Server.prototype.closeIdleConnections = function closeIdleConnections() {
  for (const socket of this[kConnections]) {
    const state = socket[kConnectionState];
    if (!socket._httpMessage && state && state.incoming.length === 0 && !(socket.parser && socket.parser.incoming)) socket.destroy();
  }
};

Server.prototype.setTimeout = function setTimeout(msecs, callback) {
  this.timeout = msecs;
  if (callback) this.on('timeout', callback);
  return this;
};

Server.prototype[Symbol.asyncDispose] = function asyncDispose() {
  return new Promise((resolve, reject) => this.close((err) => (err ? reject(err) : resolve())));
};

// headersTimeout and requestTimeout are checked for every connection at an interval, as node does.
function setupConnectionsTracking() {
  clearInterval(this[kCheckInterval]);
  if (!(this.headersTimeout > 0 || this.requestTimeout > 0)) return;
  this[kCheckInterval] = setInterval(checkConnections.bind(this), this.connectionsCheckingInterval);
  this[kCheckInterval].unref?.();
}

function checkConnections() {
  const now = Date.now();
  for (const socket of this[kConnections]) {
    const state = socket[kConnectionState];
    if (!state || state.requestStart === 0) continue;
    const headersLate = this.headersTimeout > 0 && !state.headersDone && now - state.requestStart > this.headersTimeout;
    const requestLate = this.requestTimeout > 0 && now - state.requestStart > this.requestTimeout;
    if (headersLate || requestLate) {
      state.requestStart = 0;
      socketOnError.call(socket, makeNodeError(Error, 'ERR_HTTP_REQUEST_TIMEOUT', 'Request timeout'));
    }
  }
}

function connectionListener(socket) {
  const server = this;
  socket.server = server;
  if (server.timeout && typeof socket.setTimeout === 'function') socket.setTimeout(server.timeout);
  socket.on('timeout', socketOnTimeout);
  const parser = createParser(HTTPParser.REQUEST, socket, server[kIncomingMessage], {
    maxHeaderSize: server.maxHeaderSize ?? require('http').maxHeaderSize,
    maxHeaderPairs: server.maxHeadersCount || 2000,
    joinDuplicateHeaders: server.joinDuplicateHeaders,
  });
  socket.parser = parser;
  const state = { outgoing: [], incoming: [], outgoingData: 0, keepAliveTimeoutSet: false, requestStart: 0, headersDone: false };
  socket[kConnectionState] = state;
  server[kConnections].add(socket);
  parser.onIncoming = (req, keepAlive) => parserOnIncoming(server, socket, state, req, keepAlive);
  // requestTimeout covers receiving a request, not answering it: the clock stops once it is all in.
  const onMessageComplete = parser.onMessageComplete;
  parser.onMessageComplete = (trailers) => {
    state.requestStart = 0;
    onMessageComplete(trailers);
  };
  socket.on('data', (data) => socketOnData(server, socket, parser, state, data));
  socket.on('error', socketOnError);
  socket.on('end', () => socketOnEnd(server, socket, parser, state));
  socket.on('close', () => {
    server[kConnections].delete(socket);
    parser.finish();
    abortIncoming(state.incoming);
  });
  socket.on('drain', socketOnDrain);
  socket._paused = false;
}

function socketOnData(server, socket, parser, state, data) {
  if (state.requestStart === 0) {
    state.requestStart = Date.now();
    state.headersDone = false;
  }
  const ret = parser.execute(data);
  if (ret instanceof Error) {
    ret.rawPacket = data;
    socketOnError.call(socket, ret);
  } else if (parser.upgrade) {
    onUpgrade(server, socket, parser, state, data.subarray(ret));
  }
}

// An upgrade or CONNECT hands the socket over: the 'upgrade'/'connect' listener owns it from here.
function onUpgrade(server, socket, parser, state, head) {
  const req = parser.incoming;
  parser.incoming = null;
  socket.removeAllListeners('data');
  socket.removeAllListeners('end');
  socket.removeAllListeners('drain');
  socket.removeListener('error', socketOnError);
  socket.removeListener('timeout', socketOnTimeout);
  socket.parser = null;
  state.incoming.length = 0;
  server[kConnections].delete(socket);
  const eventName = req.method === 'CONNECT' ? 'connect' : 'upgrade';
  if (server.listenerCount(eventName) > 0) server.emit(eventName, req, socket, head);
  else socket.destroy();
}

function socketOnEnd(server, socket, parser, state) {
  const ret = parser.finish();
  if (ret instanceof Error) {
    socketOnError.call(socket, ret);
    return;
  }
  // The client is gone (node does not serve half-closed connections): what it asked is aborted.
  if (!server.httpAllowHalfOpen) {
    abortIncoming(state.incoming);
    if (socket.writable) socket.end();
  } else if (state.outgoing.length) {
    state.outgoing[state.outgoing.length - 1]._last = true;
  } else if (socket._httpMessage) {
    socket._httpMessage._last = true;
  } else if (socket.writable) {
    socket.end();
  }
}

function socketOnDrain() {
  const msg = this._httpMessage;
  if (msg && !msg.finished && msg.writableNeedDrain) {
    msg[kNeedDrain] = false;
    msg.emit('drain');
  }
}

function socketOnTimeout() {
  const req = this.parser?.incoming;
  const reqTimeout = req && !req.complete && req.emit('timeout', this);
  const res = this._httpMessage;
  const resTimeout = res && res.emit('timeout', this);
  const serverTimeout = this.server.emit('timeout', this);
  if (!reqTimeout && !resTimeout && !serverTimeout) this.destroy();
}

function socketOnError(e) {
  this.removeListener('error', socketOnError);
  if (this.listenerCount('error') === 0) this.on('error', nop);
  if (!this.server.emit('clientError', e, this)) {
    // Answer only if nothing of a response has gone out on this connection yet.
    if (this.writable && (!this._httpMessage || !this._httpMessage._headerSent)) {
      const response = e.code === 'HPE_HEADER_OVERFLOW' ? headersTooLargeResponse
        : e.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? requestTimeoutResponse : badRequestResponse;
      this.write(response);
    }
    this.destroy(e);
  }
}

function abortIncoming(incoming) {
  while (incoming.length) {
    const req = incoming.shift();
    req.destroy(connResetException('aborted'));
  }
}

function parserOnIncoming(server, socket, state, req, keepAlive) {
  state.headersDone = true;
  if (req.upgrade) {
    req.upgrade = req.method === 'CONNECT' || server.listenerCount('upgrade') > 0;
    if (req.upgrade) return true;
  }
  state.incoming.push(req);
  if (state.keepAliveTimeoutSet) {
    socket.setTimeout(0);
    if (server.timeout) socket.setTimeout(server.timeout);
    state.keepAliveTimeoutSet = false;
  }
  // While earlier answers are still queued, reading more requests would only pile them up.
  if (!socket._paused) {
    const ws = socket._writableState;
    if ((ws && ws.needDrain) || state.outgoingData >= socket.writableHighWaterMark) {
      socket._paused = true;
      socket.pause();
    }
  }
  const res = new server[kServerResponse](req, { highWaterMark: socket.writableHighWaterMark });
  res._keepAliveTimeout = server.keepAliveTimeout;
  res._maxRequestsPerSocket = server.maxRequestsPerSocket;
  res._onPendingData = (delta) => updateOutgoingData(socket, state, delta);
  res.shouldKeepAlive = keepAlive;
  res[kUniqueHeaders] = server[kUniqueHeaders];
  if (socket._httpMessage) state.outgoing.push(res);
  else res.assignSocket(socket);
  res.on('finish', () => resOnFinish(req, res, socket, state, server));
  let handled = false;
  if (req.httpVersionMajor === 1 && req.httpVersionMinor === 1) {
    // RFC 7230 5.4: an HTTP/1.1 request without Host is answered 400.
    if (server.requireHostHeader && req.headers.host === undefined) {
      res.writeHead(400, ['Connection', 'close']);
      res.end();
      return false;
    }
    const limit = typeof server.maxRequestsPerSocket === 'number' && server.maxRequestsPerSocket > 0;
    if (limit) {
      state.requestsCount = (state.requestsCount || 0) + 1;
      res.maxRequestsOnConnectionReached = server.maxRequestsPerSocket <= state.requestsCount;
    }
    if (limit && server.maxRequestsPerSocket < state.requestsCount) {
      handled = true;
      server.emit('dropRequest', req, socket);
      res.writeHead(503);
      res.end();
    } else if (req.headers.expect !== undefined) {
      handled = true;
      if (kContinueExpression.test(req.headers.expect)) {
        res._expect_continue = true;
        if (server.listenerCount('checkContinue') > 0) {
          server.emit('checkContinue', req, res);
        } else {
          res.writeContinue();
          server.emit('request', req, res);
        }
      } else if (server.listenerCount('checkExpectation') > 0) {
        server.emit('checkExpectation', req, res);
      } else {
        res.writeHead(417);
        res.end();
      }
    }
  }
  if (!handled) server.emit('request', req, res);
  return false;
}

function updateOutgoingData(socket, state, delta) {
  state.outgoingData += delta;
  if (socket._paused && state.outgoingData < socket.writableHighWaterMark) {
    socket._paused = false;
    socket.resume();
  }
}

function resOnFinish(req, res, socket, state, server) {
  state.incoming.shift();
  // A body nobody read is drained so that the next request on the connection can be parsed.
  if (!req._consuming && !req._readableState.resumeScheduled) req._dump();
  res.detachSocket(socket);
  process.nextTick(emitCloseNT, res);
  if (res._last) {
    if (typeof socket.destroySoon === 'function') socket.destroySoon();
    else socket.end();
  } else if (state.outgoing.length === 0) {
    if (server.keepAliveTimeout && typeof socket.setTimeout === 'function') {
      socket.setTimeout(server.keepAliveTimeout);
      state.keepAliveTimeoutSet = true;
    }
  } else {
    const next = state.outgoing.shift();
    if (next) next.assignSocket(socket);
  }
}

function createServer(options, requestListener) {
  return new Server(options, requestListener);
}

module.exports = { STATUS_CODES, Server, ServerResponse, createServer, connectionListener, kServerResponse, kIncomingMessage };

'use strict';
// http.Agent (lib/_http_agent.js): sockets by origin ("host:port:localAddress"), at most maxSockets
// of them, requests queued beyond that; with keepAlive, a socket whose response is done goes to the
// free list (unref'd, so it does not hold the process) and the next request to that origin reuses it.
const EventEmitter = require('events');
const net = require('net');
const { invalidArgValue, validateNumber, outOfRange } = require('internal/errors');

const kRequestOptions = Symbol('requestOptions');

function freeSocketErrorListener() {
  this.destroy();
}

function Agent(options) {
  if (!(this instanceof Agent)) return new Agent(options);
  EventEmitter.call(this);
  this.defaultPort = 80;
  this.protocol = 'http:';
  this.options = { __proto__: null, ...options };
  if (this.options.noDelay === undefined) this.options.noDelay = true;
  this.options.path = null;
  this.requests = { __proto__: null };
  this.sockets = { __proto__: null };
  this.freeSockets = { __proto__: null };
  this.keepAliveMsecs = this.options.keepAliveMsecs || 1000;
  this.keepAlive = this.options.keepAlive || false;
  this.maxSockets = this.options.maxSockets || Agent.defaultMaxSockets;
  this.maxFreeSockets = this.options.maxFreeSockets || 256;
  this.scheduling = this.options.scheduling || 'lifo';
  this.maxTotalSockets = this.options.maxTotalSockets;
  this.totalSocketCount = 0;
  if (this.scheduling !== 'fifo' && this.scheduling !== 'lifo')
    throw invalidArgValue('scheduling', this.scheduling, "must be one of: 'fifo', 'lifo'");
  if (this.maxTotalSockets !== undefined) {
    validateNumber(this.maxTotalSockets, 'maxTotalSockets');
    if (this.maxTotalSockets < 1) throw outOfRange('maxTotalSockets', '>= 1', this.maxTotalSockets);
  } else {
    this.maxTotalSockets = Infinity;
  }
  this.on('free', (socket, options) => onFree(this, socket, options));
}
Object.setPrototypeOf(Agent.prototype, EventEmitter.prototype);
Object.setPrototypeOf(Agent, EventEmitter);
Agent.defaultMaxSockets = Infinity;

// A socket done with its request serves the next queued one, or waits in the free list.
function onFree(agent, socket, options) {
  const name = agent.getName(options);
  if (!socket.writable) {
    socket.destroy();
    return;
  }
  const requests = agent.requests[name];
  if (requests && requests.length) {
    const req = requests.shift();
    setRequestSocket(agent, req, socket);
    if (requests.length === 0) delete agent.requests[name];
    return;
  }
  const req = socket._httpMessage;
  if (!req || !req.shouldKeepAlive || !agent.keepAlive) {
    socket.destroy();
    return;
  }
  const freeSockets = agent.freeSockets[name] || [];
  const freeLen = freeSockets.length;
  let count = freeLen;
  if (agent.sockets[name]) count += agent.sockets[name].length;
  if (agent.totalSocketCount > agent.maxTotalSockets || count > agent.maxSockets || freeLen >= agent.maxFreeSockets || !agent.keepSocketAlive(socket)) {
    socket.destroy();
    return;
  }
  agent.freeSockets[name] = freeSockets;
  socket._httpMessage = null;
  agent.removeSocket(socket, options);
  socket.once('error', freeSocketErrorListener);
  freeSockets.push(socket);
}

Agent.prototype.createConnection = function createConnection(...args) {
  return net.createConnection(...args);
};

Agent.prototype.getName = function getName(options = {}) {
  let name = options.host || 'localhost';
  name += ':';
  if (options.port) name += options.port;
  name += ':';
  if (options.localAddress) name += options.localAddress;
  if (options.family === 4 || options.family === 6) name += `:${options.family}`;
  if (options.socketPath) name += `:${options.socketPath}`;
  return name;
};

Agent.prototype.addRequest = function addRequest(req, options) {
  options = { __proto__: null, ...options, ...this.options };
  if (options.socketPath) options.path = options.socketPath;
  const name = this.getName(options);
  this.sockets[name] ||= [];
  const freeSockets = this.freeSockets[name];
  let socket;
  if (freeSockets) {
    while (freeSockets.length && freeSockets[0].destroyed) freeSockets.shift();
    socket = this.scheduling === 'fifo' ? freeSockets.shift() : freeSockets.pop();
    if (!freeSockets.length) delete this.freeSockets[name];
  }
  const freeLen = freeSockets ? freeSockets.length : 0;
  const sockLen = freeLen + this.sockets[name].length;
  if (socket) {
    this.reuseSocket(socket, req);
    setRequestSocket(this, req, socket);
    this.sockets[name].push(socket);
  } else if (sockLen < this.maxSockets && this.totalSocketCount < this.maxTotalSockets) {
    this.createSocket(req, options, (err, newSocket) => {
      if (err) req.onSocket(newSocket, err);
      else setRequestSocket(this, req, newSocket);
    });
  } else {
    if (!this.requests[name]) this.requests[name] = [];
    req[kRequestOptions] = options;
    this.requests[name].push(req);
  }
};

Agent.prototype.createSocket = function createSocket(req, options, cb) {
  options = { __proto__: null, ...options, ...this.options };
  if (options.socketPath) options.path = options.socketPath;
  const name = this.getName(options);
  options._agentKey = name;
  options.encoding = null;
  let called = false;
  const oncreate = (err, s) => {
    if (called) return;
    called = true;
    if (err) {
      cb(err);
      return;
    }
    if (!this.sockets[name]) this.sockets[name] = [];
    this.sockets[name].push(s);
    this.totalSocketCount++;
    installListeners(this, s, options);
    cb(null, s);
  };
  if (this.keepAlive) {
    options.keepAlive = this.keepAlive;
    options.keepAliveInitialDelay = this.keepAliveMsecs;
  }
  let newSocket;
  try {
    newSocket = this.createConnection(options, oncreate);
  } catch (err) {
    oncreate(err);
    return;
  }
  if (newSocket) oncreate(null, newSocket);
};

function installListeners(agent, s, options) {
  const onFreeEvent = () => agent.emit('free', s, options);
  const onClose = () => {
    agent.totalSocketCount--;
    agent.removeSocket(s, options);
  };
  // A free socket that times out is closed.
  const onTimeout = () => {
    const sockets = agent.freeSockets;
    if (Object.keys(sockets).some((name) => sockets[name].includes(s))) s.destroy();
  };
  const onRemove = () => {
    agent.totalSocketCount--;
    agent.removeSocket(s, options);
    s.removeListener('close', onClose);
    s.removeListener('free', onFreeEvent);
    s.removeListener('timeout', onTimeout);
    s.removeListener('agentRemove', onRemove);
  };
  s.on('free', onFreeEvent);
  s.on('close', onClose);
  s.on('timeout', onTimeout);
  s.on('agentRemove', onRemove);
}

Agent.prototype.removeSocket = function removeSocket(s, options) {
  const name = this.getName(options);
  const sets = [this.sockets];
  if (!s.writable) sets.push(this.freeSockets);
  for (const sockets of sets) {
    const list = sockets[name];
    if (!list) continue;
    const index = list.indexOf(s);
    if (index !== -1) {
      list.splice(index, 1);
      if (list.length === 0) delete sockets[name];
    }
  }
  let req;
  if (this.requests[name]?.length) {
    req = this.requests[name][0];
  } else {
    for (const prop of Object.keys(this.requests)) {
      if (this.sockets[prop]?.length) break;
      req = this.requests[prop][0];
      options = req[kRequestOptions];
      break;
    }
  }
  // A queued request gets a new socket in place of the one that closed.
  if (req && options) {
    req[kRequestOptions] = undefined;
    this.createSocket(req, options, (err, socket) => {
      if (err) req.onSocket(socket, err);
      else socket.emit('free');
    });
  }
};

Agent.prototype.keepSocketAlive = function keepSocketAlive(socket) {
  socket.setKeepAlive?.(true, this.keepAliveMsecs);
  socket.unref?.();
  let agentTimeout = this.options.timeout || 0;
  const hint = socket._httpMessage?.res?.headers['keep-alive'];
  const seconds = hint && /^timeout=(\d+)/.exec(hint)?.[1];
  if (seconds && Number.parseInt(seconds, 10) * 1000 < agentTimeout) agentTimeout = Number.parseInt(seconds, 10) * 1000;
  if (socket.timeout !== agentTimeout) socket.setTimeout?.(agentTimeout);
  return true;
};

Agent.prototype.reuseSocket = function reuseSocket(socket, req) {
  socket.removeListener('error', freeSocketErrorListener);
  req.reusedSocket = true;
  socket.ref?.();
};

Agent.prototype.destroy = function destroy() {
  for (const set of [this.freeSockets, this.sockets]) {
    for (const key of Object.keys(set)) {
      for (const socket of set[key]) socket.destroy();
    }
  }
};

function setRequestSocket(agent, req, socket) {
  req.onSocket(socket);
  const agentTimeout = agent.options.timeout || 0;
  if (req.timeout === undefined || req.timeout === agentTimeout) return;
  socket.setTimeout(req.timeout);
}

const globalAgent = new Agent({ keepAlive: true, scheduling: 'lifo', timeout: 5000 });
Agent.globalAgent = globalAgent;

module.exports = { Agent, globalAgent };

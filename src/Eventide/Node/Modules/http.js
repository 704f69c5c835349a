'use strict';
// node:http: the server (http.createServer, Server, ServerResponse), the client (http.request,
// http.get, ClientRequest, Agent and the global agent) and what both share.
const { Agent } = require('_http_agent');
const { ClientRequest } = require('_http_client');
const { METHODS, STATUS_CODES, validateHeaderName, validateHeaderValue } = require('_http_common');
const { IncomingMessage } = require('_http_incoming');
const { OutgoingMessage } = require('_http_outgoing');
const { Server, ServerResponse, createServer, connectionListener } = require('_http_server');

function request(url, options, cb) {
  return new ClientRequest(url, options, cb);
}

function get(url, options, cb) {
  const req = request(url, options, cb);
  req.end();
  return req;
}

module.exports = {
  _connectionListener: connectionListener,
  METHODS: METHODS.slice(),
  STATUS_CODES,
  Agent,
  ClientRequest,
  IncomingMessage,
  OutgoingMessage,
  Server,
  ServerResponse,
  createServer,
  validateHeaderName,
  validateHeaderValue,
  get,
  request,
  setMaxIdleHTTPParsers(max) {
    require('internal/errors').validateNumber(max, 'max');
  },
  maxHeaderSize: 16384,
};

Object.defineProperty(module.exports, 'globalAgent', {
  configurable: true,
  enumerable: true,
  get: () => Agent.globalAgent,
  set: (value) => { Agent.globalAgent = value; },
});

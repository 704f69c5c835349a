'use strict';
const { setTimeout } = require('internal/timers'); // granted as globals or not
// What node's http server and client share (lib/_http_common.js): the status texts, the methods, the
// header checks and their errors, the Date header, and the parser bound to a socket.
const { makeNodeError, invalidArgType } = require('internal/errors');
const { HTTPParser, METHODS } = require('internal/http_parser');

const STATUS_CODES = {
  100: 'Continue', 101: 'Switching Protocols', 102: 'Processing', 103: 'Early Hints', 200: 'OK', 201: 'Created',
  202: 'Accepted', 203: 'Non-Authoritative Information', 204: 'No Content', 205: 'Reset Content',
  206: 'Partial Content', 207: 'Multi-Status', 208: 'Already Reported', 226: 'IM Used', 300: 'Multiple Choices',
  301: 'Moved Permanently', 302: 'Found', 303: 'See Other', 304: 'Not Modified', 305: 'Use Proxy',
  307: 'Temporary Redirect', 308: 'Permanent Redirect', 400: 'Bad Request', 401: 'Unauthorized',
  402: 'Payment Required', 403: 'Forbidden', 404: 'Not Found', 405: 'Method Not Allowed', 406: 'Not Acceptable',
  407: 'Proxy Authentication Required', 408: 'Request Timeout', 409: 'Conflict', 410: 'Gone', 411: 'Length Required',
  412: 'Precondition Failed', 413: 'Payload Too Large', 414: 'URI Too Long', 415: 'Unsupported Media Type',
  416: 'Range Not Satisfiable', 417: 'Expectation Failed', 418: "I'm a Teapot", 421: 'Misdirected Request',
  422: 'Unprocessable Entity', 423: 'Locked', 424: 'Failed Dependency', 425: 'Too Early', 426: 'Upgrade Required',
  428: 'Precondition Required', 429: 'Too Many Requests', 431: 'Request Header Fields Too Large',
  451: 'Unavailable For Legal Reasons', 500: 'Internal Server Error', 501: 'Not Implemented', 502: 'Bad Gateway',
  503: 'Service Unavailable', 504: 'Gateway Timeout', 505: 'HTTP Version Not Supported',
  506: 'Variant Also Negotiates', 507: 'Insufficient Storage', 508: 'Loop Detected', 509: 'Bandwidth Limit Exceeded',
  510: 'Not Extended', 511: 'Network Authentication Required',
};

const kTokenPattern = /^[\^_`a-zA-Z\-0-9!#$%&'*+.|~]+$/;
// A header value may hold tabs and visible latin1, nothing else below 0x20 nor DEL.
const kInvalidValueChar = /[^\t\x20-\x7e\x80-\xff]/;

const checkIsHttpToken = (value) => typeof value === 'string' && kTokenPattern.test(value);
const checkInvalidHeaderChar = (value) => kInvalidValueChar.test(value);

function validateHeaderName(name, label = 'Header name') {
  if (typeof name !== 'string' || !name || !checkIsHttpToken(name))
    throw makeNodeError(TypeError, 'ERR_INVALID_HTTP_TOKEN', `${label} must be a valid HTTP token ["${name}"]`);
}

function validateHeaderValue(name, value) {
  if (value === undefined)
    throw makeNodeError(TypeError, 'ERR_HTTP_INVALID_HEADER_VALUE', `Invalid value "${value}" for header "${name}"`);
  if (checkInvalidHeaderChar(String(value)))
    throw makeNodeError(TypeError, 'ERR_INVALID_CHAR', `Invalid character in header content ["${name}"]`);
}

const headersSentError = (action) =>
  makeNodeError(Error, 'ERR_HTTP_HEADERS_SENT', `Cannot ${action} headers after they are sent to the client`);
const writeAfterEndError = () => makeNodeError(Error, 'ERR_STREAM_WRITE_AFTER_END', 'write after end');
const invalidStatusCodeError = (code) => makeNodeError(RangeError, 'ERR_HTTP_INVALID_STATUS_CODE', `Invalid status code: ${code}`);
const invalidCharError = (name, field) =>
  makeNodeError(TypeError, 'ERR_INVALID_CHAR', `Invalid character in ${name}${field ? ` ["${field}"]` : ''}`);

// What a request whose connection closes without an answer fails with.
function connResetException(message) {
  const error = new Error(message);
  error.code = 'ECONNRESET';
  return error;
}

// The Date header's value, computed once a second at most as node does.
let cachedDate;
function utcDate() {
  if (!cachedDate) {
    cachedDate = new Date().toUTCString();
    const timer = setTimeout(() => { cachedDate = undefined; }, 1000 - new Date().getMilliseconds());
    timer.unref?.();
  }
  return cachedDate;
}

function validateChunk(chunk) {
  if (chunk === null) throw makeNodeError(TypeError, 'ERR_STREAM_NULL_VALUES', 'May not write null values to stream');
  if (typeof chunk !== 'string' && !(chunk instanceof Uint8Array)) throw invalidArgType('chunk', ['string', 'Buffer', 'Uint8Array'], chunk);
}

// A parser for one socket that builds IncomingMessages: `onIncoming(message, keepAlive)` is called
// when a message's head is complete (its return value true skips the body); the body goes into the
// message, and the socket pauses while the message's buffer is full.
function createParser(type, socket, MessageClass, options) {
  const parser = new HTTPParser(type, options.maxHeaderSize ?? 16384);
  parser.socket = socket;
  parser.incoming = null;
  parser.onIncoming = null;
  parser.maxHeaderPairs = options.maxHeaderPairs ?? 2000;
  parser.joinDuplicateHeaders = !!options.joinDuplicateHeaders;
  parser.onHeadersComplete = (info) => {
    const message = new MessageClass(parser.socket);
    parser.incoming = message;
    message.httpVersionMajor = info.versionMajor;
    message.httpVersionMinor = info.versionMinor;
    message.httpVersion = `${info.versionMajor}.${info.versionMinor}`;
    message.joinDuplicateHeaders = parser.joinDuplicateHeaders;
    const raw = info.rawHeaders;
    message.rawHeaders = raw.length > parser.maxHeaderPairs * 2 ? raw.slice(0, parser.maxHeaderPairs * 2) : raw;
    if (type === HTTPParser.REQUEST) {
      message.method = info.method;
      message.url = info.url;
    } else {
      message.statusCode = info.statusCode;
      message.statusMessage = info.statusMessage;
    }
    message.upgrade = info.upgrade;
    const skipBody = parser.onIncoming(message, info.shouldKeepAlive);
    // The listener decides whether an upgrade is taken (a server without 'upgrade' listeners declines).
    info.upgrade = message.upgrade;
    return skipBody;
  };
  parser.onBody = (chunk) => {
    const message = parser.incoming;
    if (message === null || message._dumped) return;
    if (!message.push(chunk) && parser.socket && typeof parser.socket.pause === 'function') parser.socket.pause();
  };
  parser.onMessageComplete = (trailers) => {
    const message = parser.incoming;
    if (message !== null) {
      message.complete = true;
      if (trailers.length) message.rawTrailers = trailers;
      message.push(null);
    }
    parser.incoming = null;
    const socket = parser.socket;
    if (socket && socket.readable && socket.isPaused?.()) socket.resume();
  };
  return parser;
}

module.exports = {
  createParser, HTTPParser, METHODS, STATUS_CODES, checkIsHttpToken, checkInvalidHeaderChar, validateHeaderName, validateHeaderValue,
  headersSentError, writeAfterEndError, invalidStatusCodeError, invalidCharError, connResetException, utcDate, validateChunk,
};

'use strict';
// What net's Socket and Server share: IP address checks, argument normalization and validation,
// and node's system-call errors (errno, code, syscall, address, port) built from libuv's codes.
const binding = require('internal/net');
const { makeNodeError, invalidArgType, inspect } = require('internal/errors');

// A dotted quad, each part 0-255 written without leading zeros.
const kIPv4 = /^(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]\d|\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]\d|\d)$/;
const kHexGroup = /^[0-9a-fA-F]{1,4}$/;

function isIPv4(input) {
  return typeof input === 'string' && kIPv4.test(input);
}

// RFC 4291 text form: eight hex groups, '::' standing for one or more zero groups (once), an
// optional dotted quad in place of the last two, and an optional %zone.
function isIPv6(input) {
  if (typeof input !== 'string') return false;
  let text = input;
  const zone = text.indexOf('%');
  if (zone !== -1) {
    if (!/^[0-9a-zA-Z\-.:]+$/.test(text.slice(zone + 1))) return false;
    text = text.slice(0, zone);
  }
  const halves = text.split('::');
  if (halves.length > 2) return false;
  const groups = (half) => (half === '' ? [] : half.split(':'));
  const head = groups(halves[0]);
  const tail = halves.length === 2 ? groups(halves[1]) : [];
  const all = head.concat(tail);
  let count = all.length;
  if (count > 0 && all[count - 1].includes('.')) {
    if (!isIPv4(all[count - 1])) return false;
    all.pop();
    count += 1; // a dotted quad fills two groups
  }
  if (!all.every((group) => kHexGroup.test(group))) return false;
  return halves.length === 2 ? count <= 7 : count === 8;
}

function isIP(input) {
  if (isIPv4(input)) return 4;
  if (isIPv6(input)) return 6;
  return 0;
}

// A path rather than a port: a string that is not a non-negative number.
function isPipeName(value) {
  return typeof value === 'string' && !(Number(value) >= 0);
}

// validatePort: a number or numeric string in 0..65535 (0 only when allowed).
function validatePort(port, name = 'Port', allowZero = true) {
  if ((typeof port !== 'number' && typeof port !== 'string') ||
      (typeof port === 'string' && port.trim().length === 0) ||
      +port !== (+port >>> 0) || port > 0xFFFF || (port === 0 && !allowZero)) {
    throw makeNodeError(RangeError, 'ERR_SOCKET_BAD_PORT',
      `${name} should be >= ${allowZero ? 0 : 1} and < 65536. Received ${describe(port)}.`);
  }
  return port | 0;
}

// How node's range errors show a value: "type number (70000)", "type string ('x')".
function describe(value) {
  if (value == null) return String(value);
  if (typeof value === 'function') return `function ${value.name}`;
  if (typeof value === 'object') return value.constructor?.name ? `an instance of ${value.constructor.name}` : inspect(value, { depth: -1 });
  let inspected = inspect(value, { colors: false });
  if (inspected.length > 28) inspected = `${inspected.slice(0, 25)}...`;
  return `type ${typeof value} (${inspected})`;
}

function validateNumber(value, name) {
  if (typeof value !== 'number') throw invalidArgType(name, 'number', value);
}

function validateFunction(value, name) {
  if (typeof value !== 'function') throw invalidArgType(name, 'Function', value);
}

// (options | path | port[, host])[, cb] → [options, cb or null], as net's connect and listen read them.
const kNormalized = Symbol('normalizedArgs');
function normalizeArgs(args) {
  let result;
  if (args.length === 0) {
    result = [{}, null];
    result[kNormalized] = true;
    return result;
  }
  const first = args[0];
  let options = {};
  if (typeof first === 'object' && first !== null) options = first;
  else if (isPipeName(first)) options.path = first;
  else {
    options.port = first;
    if (args.length > 1 && typeof args[1] === 'string') options.host = args[1];
  }
  const cb = args[args.length - 1];
  result = typeof cb === 'function' ? [options, cb] : [options, null];
  result[kNormalized] = true;
  return result;
}

// errnoException: "read ECONNRESET" with errno, code and syscall (util._errnoException's too).
function errnoExceptionOf(errno, code, syscall, original) {
  const error = new Error(original ? `${syscall} ${code} ${original}` : `${syscall} ${code}`);
  error.errno = errno;
  error.code = code;
  error.syscall = syscall;
  return error;
}

const errnoException = (code, syscall, original) => errnoExceptionOf(binding.uvError(code)[0], code, syscall, original);

function hostPortDetails(address, port) {
  if (port && port > 0) return `${address}:${port}`;
  return address ? `${address}` : '';
}

function withHostPort(error, errno, code, syscall, address, port) {
  error.errno = errno;
  error.code = code;
  error.syscall = syscall;
  error.address = address;
  if (port) error.port = port;
  return error;
}

// exceptionWithHostPort: "connect ECONNREFUSED 127.0.0.1:8080" (and " - Local (addr:port)" when
// bound locally); util._exceptionWithHostPort's too.
function exceptionWithHostPortOf(errno, code, syscall, address, port, additional) {
  let details = hostPortDetails(address, port);
  if (additional) details += ` - Local (${additional})`;
  return withHostPort(new Error(`${syscall} ${code}${details ? ` ${details}` : ''}`), errno, code, syscall, address, port);
}

const exceptionWithHostPort = (code, syscall, address, port, additional) =>
  exceptionWithHostPortOf(binding.uvError(code)[0], code, syscall, address, port, additional);

// UVExceptionWithHostPort: "listen EADDRINUSE: address already in use 127.0.0.1:8080".
function uvExceptionWithHostPort(code, syscall, address, port) {
  const [errno, text] = binding.uvError(code);
  const details = hostPortDetails(address, port);
  return withHostPort(new Error(`${syscall} ${code}: ${text}${details ? ` ${details}` : ''}`), errno, code, syscall, address, port);
}

// getaddrinfo's failure: "getaddrinfo ENOTFOUND host" with errno, code, syscall and hostname.
function dnsException(code, hostname) {
  const [errno] = binding.uvError(code);
  const error = new Error(`getaddrinfo ${code} ${hostname}`);
  error.errno = errno;
  error.code = code;
  error.syscall = 'getaddrinfo';
  error.hostname = hostname;
  return error;
}

module.exports = {
  binding, isIP, isIPv4, isIPv6, isPipeName, validatePort, validateNumber, validateFunction, normalizeArgs, kNormalized,
  errnoException, errnoExceptionOf, exceptionWithHostPort, exceptionWithHostPortOf, uvExceptionWithHostPort, dnsException,
};

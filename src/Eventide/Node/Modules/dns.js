'use strict';
// node:dns on the system resolver (internal/dns: System.Net.Dns, on the thread pool): lookup with
// family/all/verbatim/order, lookupService, and resolve4/resolve6/reverse through the same resolver.
// .NET has no DNS client, so other record types (MX, TXT, SRV...) answer ENOTIMP, TTLs are 0, and
// setServers only changes what getServers reports: queries go to the system's configured servers.
const binding = require('internal/dns');
const { makeNodeError, invalidArgType, invalidArgValue, missingArgs, validateBoolean, inspect } = require('internal/errors');

const errorCodes = {
  NODATA: 'ENODATA', FORMERR: 'EFORMERR', SERVFAIL: 'ESERVFAIL', NOTFOUND: 'ENOTFOUND', NOTIMP: 'ENOTIMP', REFUSED: 'EREFUSED',
  BADQUERY: 'EBADQUERY', BADNAME: 'EBADNAME', BADFAMILY: 'EBADFAMILY', BADRESP: 'EBADRESP', CONNREFUSED: 'ECONNREFUSED',
  TIMEOUT: 'ETIMEOUT', EOF: 'EOF', FILE: 'EFILE', NOMEM: 'ENOMEM', DESTRUCTION: 'EDESTRUCTION', BADSTR: 'EBADSTR',
  BADFLAGS: 'EBADFLAGS', NONAME: 'ENONAME', BADHINTS: 'EBADHINTS', NOTINITIALIZED: 'ENOTINITIALIZED',
  LOADIPHLPAPI: 'ELOADIPHLPAPI', ADDRGETNETWORKPARAMS: 'EADDRGETNETWORKPARAMS', CANCELLED: 'ECANCELLED',
};
const orders = ['verbatim', 'ipv4first', 'ipv6first'];
let defaultResultOrder = 'verbatim';

function validateString(value, name) {
  if (typeof value !== 'string') throw invalidArgType(name, 'string', value);
}
function validateFunction(value, name) {
  if (typeof value !== 'function') throw invalidArgType(name, 'function', value);
}
// node's validateOneOf: "must be one of: 0, 4, 6" with strings quoted.
function validateOneOf(value, name, allowed) {
  if (!allowed.includes(value)) throw invalidArgValue(name, value, `must be one of: ${allowed.map((v) => (typeof v === 'string' ? `'${v}'` : String(v))).join(', ')}`);
}

// node's dnsException: "syscall CODE hostname" with errno, code, syscall and hostname.
function dnsException(code, errno, syscall, hostname) {
  const error = new Error(`${syscall} ${code}${hostname ? ` ${hostname}` : ''}`);
  error.errno = errno;
  error.code = code;
  error.syscall = syscall;
  if (hostname) error.hostname = hostname;
  return error;
}

let warnedInvalidHostname = false;
function emitInvalidHostnameWarning(hostname) {
  if (warnedInvalidHostname || typeof process.emitWarning !== 'function') return;
  warnedInvalidHostname = true;
  process.emitWarning(`The provided hostname "${hostname}" is not a valid hostname, and is supported in the dns module solely for compatibility.`, 'DeprecationWarning', 'DEP0118');
}

// The addresses getaddrinfo gave, in the order asked for (verbatim keeps the system's).
function ordered(flat, order) {
  const list = [];
  for (let i = 0; i < flat.length; i += 2) list.push({ address: flat[i], family: flat[i + 1] });
  if (order === 'ipv4first') list.sort((a, b) => (a.family === 4 ? 0 : 1) - (b.family === 4 ? 0 : 1));
  else if (order === 'ipv6first') list.sort((a, b) => (a.family === 6 ? 0 : 1) - (b.family === 6 ? 0 : 1));
  return list;
}

function lookupOptions(hostname, options, callback, promise) {
  let family = 0;
  let all = false;
  let order = defaultResultOrder;
  if (hostname) validateString(hostname, 'hostname');
  if (typeof options === 'function' && !promise) {
    callback = options;
  } else if (typeof options === 'number') {
    if (!promise) validateFunction(callback, 'callback');
    validateOneOf(options, 'family', [0, 4, 6]);
    family = options;
  } else if (options !== undefined && typeof options !== 'object') {
    if (!promise) validateFunction(arguments.length === 2 ? options : callback, 'callback');
    throw invalidArgType('options', ['integer', 'object'], options);
  } else {
    if (!promise) validateFunction(callback, 'callback');
    if (options?.hints != null) {
      if (typeof options.hints !== 'number') throw invalidArgType('options.hints', 'number', options.hints);
      const hints = options.hints >>> 0;
      if ((hints & ~(dns.ADDRCONFIG | dns.ALL | dns.V4MAPPED)) !== 0) throw invalidArgValue('hints', hints);
    }
    if (options?.family != null) {
      if (options.family === 'IPv4') family = 4;
      else if (options.family === 'IPv6') family = 6;
      else {
        validateOneOf(options.family, 'options.family', [0, 4, 6]);
        family = options.family;
      }
    }
    if (options?.all != null) {
      validateBoolean(options.all, 'options.all');
      all = options.all;
    }
    if (options?.verbatim != null) {
      validateBoolean(options.verbatim, 'options.verbatim');
      order = options.verbatim ? 'verbatim' : 'ipv4first';
    }
    if (options?.order != null) {
      validateOneOf(options.order, 'options.order', orders);
      order = options.order;
    }
  }
  return { family, all, order, callback };
}

// lookup's answer without asking the resolver: no hostname, or an IP address already.
function immediateAnswer(hostname, family, all) {
  if (!hostname) {
    emitInvalidHostnameWarning(hostname);
    return all ? [[]] : [null, family === 6 ? 6 : 4];
  }
  const matched = binding.isIP(hostname);
  if (matched) return all ? [[{ address: hostname, family: matched }]] : [hostname, matched];
  return null;
}

function lookup(hostname, options, callback) {
  const { family, all, order, callback: cb } = lookupOptions(hostname, options, callback, false);
  const answer = immediateAnswer(hostname, family, all);
  if (answer) {
    process.nextTick(cb, null, ...answer);
    return {};
  }
  binding.getaddrinfo(hostname, family, (err, flat) => {
    if (err) return cb(dnsException(err, flat, 'getaddrinfo', hostname));
    const list = ordered(flat, order);
    if (all) cb(null, list);
    else if (list.length === 0) cb(dnsException('ENOTFOUND', -3008, 'getaddrinfo', hostname));
    else cb(null, list[0].address, list[0].family);
  });
  return {};
}

function validatePort(port) {
  if ((typeof port !== 'number' && typeof port !== 'string') || (typeof port === 'string' && port.trim() === '') || +port !== (+port >>> 0) || port > 0xFFFF) {
    const received = typeof port === 'number' || typeof port === 'string' ? `type ${typeof port} (${inspect(port)})` : inspect(port);
    throw makeNodeError(RangeError, 'ERR_SOCKET_BAD_PORT', `Port should be >= 0 and < 65536. Received ${received}.`);
  }
  return +port;
}

function lookupServiceChecked(address, port) {
  validateString(address, 'address');
  if (binding.isIP(address) === 0) throw invalidArgValue('address', address);
  return validatePort(port);
}

function lookupService(address, port, callback) {
  if (arguments.length !== 3) throw missingArgs('address', 'port', 'callback');
  port = lookupServiceChecked(address, port);
  validateFunction(callback, 'callback');
  binding.getnameinfo(address, port, (err, names) => {
    if (err) return callback(dnsException(err, names, 'getnameinfo', address));
    callback(null, names[0], names[1]);
  });
  return {};
}

// The resolver: servers as set, queries through the system resolver where .NET can make them.
const queries = {
  A: ['resolve4', 'queryA'], AAAA: ['resolve6', 'queryAaaa'], ANY: ['resolveAny', 'queryAny'], CAA: ['resolveCaa', 'queryCaa'],
  CNAME: ['resolveCname', 'queryCname'], MX: ['resolveMx', 'queryMx'], NAPTR: ['resolveNaptr', 'queryNaptr'], NS: ['resolveNs', 'queryNs'],
  PTR: ['resolvePtr', 'queryPtr'], SOA: ['resolveSoa', 'querySoa'], SRV: ['resolveSrv', 'querySrv'], TXT: ['resolveTxt', 'queryTxt'],
};

function query(rrtype, name, options, callback) {
  const syscall = queries[rrtype][1];
  if (rrtype !== 'A' && rrtype !== 'AAAA') {
    process.nextTick(callback, dnsException('ENOTIMP', undefined, syscall, name));
    return;
  }
  binding.getaddrinfo(name, rrtype === 'A' ? 4 : 6, (err, flat) => {
    if (err) return callback(dnsException(err, undefined, syscall, name));
    const addresses = ordered(flat, 'verbatim').map((entry) => entry.address);
    callback(null, options && options.ttl ? addresses.map((address) => ({ address, ttl: 0 })) : addresses);
  });
}

function reverseQuery(ip, callback) {
  binding.reverse(ip, (err, names) => {
    if (err) return callback(dnsException(err, undefined, 'getHostByAddr', ip));
    callback(null, names);
  });
}

// "1.2.3.4", "1.2.3.4:53", "::1" or "[::1]:53" → [address, port], or null.
function parseServer(server) {
  let address = server;
  let port = 53;
  const bracketed = /^\[([^\]]+)\](?::(\d+))?$/.exec(server);
  if (bracketed) {
    address = bracketed[1];
    if (bracketed[2]) port = +bracketed[2];
  } else if (binding.isIP(server) !== 6) {
    const withPort = /^([^:]+):(\d+)$/.exec(server);
    if (withPort) {
      address = withPort[1];
      port = +withPort[2];
    }
  }
  const family = binding.isIP(address);
  return family === 0 ? null : [address, port, family];
}

class Resolver {
  constructor(options = undefined) {
    if (options !== undefined && (typeof options !== 'object' || options === null)) throw invalidArgType('options', 'object', options);
    this._servers = binding.servers().map((server) => parseServer(server)).filter(Boolean);
  }
  cancel() {}
  getServers() {
    return this._servers.map(([address, port, family]) => (port === 53 ? address : family === 6 ? `[${address}]:${port}` : `${address}:${port}`));
  }
  setServers(servers) {
    if (!Array.isArray(servers)) throw invalidArgType('servers', 'Array', servers);
    const parsed = servers.map((server, i) => {
      validateString(server, `servers[${i}]`);
      return parseServer(server) ?? (() => { throw makeNodeError(TypeError, 'ERR_INVALID_IP_ADDRESS', `Invalid IP address: ${server}`); })();
    });
    this._servers = parsed;
  }
  setLocalAddress() {}
  resolve(hostname, rrtype, callback) {
    if (typeof rrtype === 'function') {
      callback = rrtype;
      rrtype = 'A';
    } else if (typeof rrtype !== 'string') throw invalidArgType('rrtype', 'string', rrtype);
    if (!Object.hasOwn(queries, rrtype)) throw invalidArgValue('rrtype', rrtype);
    return this[queries[rrtype][0]](hostname, callback);
  }
  reverse(ip, callback) {
    validateString(ip, 'ip');
    validateFunction(callback, 'callback');
    reverseQuery(ip, callback);
    return {};
  }
}
for (const [rrtype, [method]] of Object.entries(queries)) {
  Resolver.prototype[method] = function (name, options, callback) {
    if (arguments.length <= 2) {
      callback = options;
      options = undefined;
    }
    validateString(name, 'name');
    validateFunction(callback, 'callback');
    query(rrtype, name, options, callback);
    return {};
  };
}

const defaultResolver = new Resolver();

function getDefaultResultOrder() {
  return defaultResultOrder;
}
function setDefaultResultOrder(order) {
  validateOneOf(order, 'dnsOrder', orders);
  defaultResultOrder = order;
}

// dns/promises: the same operations returning promises.
const promisified = (fn) => function (...args) {
  return new Promise((resolve, reject) => fn.call(this, ...args, (err, ...results) => (err ? reject(err) : resolve(results.length > 1 ? results : results[0]))));
};

class PromiseResolver extends Resolver {
  resolve(hostname, rrtype = 'A') {
    if (typeof rrtype !== 'string') throw invalidArgType('rrtype', 'string', rrtype);
    if (!Object.hasOwn(queries, rrtype)) throw invalidArgValue('rrtype', rrtype);
    return this[queries[rrtype][0]](hostname);
  }
  reverse(ip) {
    validateString(ip, 'ip');
    return promisified(reverseQuery)(ip);
  }
}
for (const [rrtype, [method]] of Object.entries(queries)) {
  PromiseResolver.prototype[method] = function (name, options) {
    validateString(name, 'name');
    return new Promise((resolve, reject) => query(rrtype, name, options, (err, result) => (err ? reject(err) : resolve(result))));
  };
}
Object.defineProperty(PromiseResolver, 'name', { value: 'Resolver' });

const promises = {
  lookup(hostname, options) {
    const { family, all, order } = lookupOptions(hostname, options, undefined, true);
    const answer = immediateAnswer(hostname, family, all);
    if (answer) return Promise.resolve(all ? answer[0] : { address: answer[0], family: answer[1] });
    return new Promise((resolve, reject) => lookup(hostname, { family, all, order }, (err, address, fam) => {
      if (err) reject(err);
      else resolve(all ? address : { address, family: fam });
    }));
  },
  lookupService(address, port) {
    if (arguments.length !== 2) throw missingArgs('address', 'port');
    port = lookupServiceChecked(address, port);
    return new Promise((resolve, reject) => lookupService(address, port, (err, hostname, service) => (err ? reject(err) : resolve({ hostname, service }))));
  },
  Resolver: PromiseResolver,
  getDefaultResultOrder,
  setDefaultResultOrder,
  setServers: (servers) => defaultResolver.setServers(servers),
  ...errorCodes,
  getServers: () => defaultResolver.getServers(),
};
// Queries go to the system resolver whatever the servers, so the promise half needs only its methods.
const promiseResolver = new PromiseResolver();
promises.resolve = (hostname, rrtype) => promiseResolver.resolve(hostname, rrtype);
for (const [, [method]] of Object.entries(queries)) promises[method] = (name, options) => promiseResolver[method](name, options);
promises.reverse = (ip) => promiseResolver.reverse(ip);

const dns = {
  lookup,
  lookupService,
  Resolver,
  getDefaultResultOrder,
  setDefaultResultOrder,
  setServers: (servers) => defaultResolver.setServers(servers),
  ADDRCONFIG: process.platform === 'win32' ? 1024 : 32,
  ALL: process.platform === 'win32' ? 256 : 16,
  V4MAPPED: process.platform === 'win32' ? 2048 : 8,
  ...errorCodes,
  getServers: () => defaultResolver.getServers(),
  resolve: (hostname, rrtype, callback) => defaultResolver.resolve(hostname, rrtype, callback),
};
for (const [, [method]] of Object.entries(queries)) dns[method] = (name, options, callback) => (callback === undefined ? defaultResolver[method](name, options) : defaultResolver[method](name, options, callback));
dns.reverse = (ip, callback) => defaultResolver.reverse(ip, callback);
Object.defineProperty(dns, 'promises', { configurable: true, enumerable: true, get: () => promises });
module.exports = dns;

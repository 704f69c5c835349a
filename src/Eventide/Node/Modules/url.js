'use strict';
// node:url: the WHATWG URL classes, file URL conversion, domain helpers, format (the WHATWG
// form with its options and the legacy object form), the legacy parse/resolve and urlToHttpOptions.
const { URL, URLSearchParams, isURL, binding } = require('internal/url');
const { makeNodeError, invalidArgType, validateObject } = require('internal/errors');
const { Url, urlParse, urlResolve, formatUrlObject } = require('internal/url_legacy');

function fileURLToPath(path) {
  if (typeof path === 'string') path = new URL(path);
  else if (!isURL(path)) throw invalidArgType('path', ['string', 'URL'], path);
  if (path.protocol !== 'file:') throw makeNodeError(TypeError, 'ERR_INVALID_URL_SCHEME', 'The URL must be of scheme file');
  if (path.hostname !== '') throw makeNodeError(TypeError, 'ERR_INVALID_FILE_URL_HOST', `File URL host must be "localhost" or empty on ${process.platform}`);
  const pathname = path.pathname;
  for (let n = 0; n < pathname.length; n++) {
    if (pathname[n] === '%') {
      const third = pathname.codePointAt(n + 2) | 0x20;
      if (pathname[n + 1] === '2' && third === 102) throw makeNodeError(TypeError, 'ERR_INVALID_FILE_URL_PATH', 'File URL path must not include encoded / characters');
    }
  }
  return decodeURIComponent(pathname);
}

// path.resolve for POSIX paths: against the working directory, . and .. folded.
function resolvePosix(path) {
  const absolute = path.startsWith('/') ? path : `${process.cwd()}/${path}`;
  const parts = [];
  for (const part of absolute.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') parts.pop();
    else parts.push(part);
  }
  return `/${parts.join('/')}`;
}

function pathToFileURL(filepath) {
  if (typeof filepath !== 'string') throw invalidArgType('path', 'string', filepath);
  let resolved = resolvePosix(filepath);
  // resolve drops a trailing slash; a directory keeps it.
  if (filepath.endsWith('/') && !resolved.endsWith('/')) resolved += '/';
  const encoded = resolved.replace(/%/g, '%25').replace(/\\/g, '%5C').replace(/\n/g, '%0A').replace(/\r/g, '%0D')
    .replace(/\t/g, '%09').replace(/\?/g, '%3F').replace(/#/g, '%23');
  return new URL(`file://${encoded}`);
}

function domainToASCII(domain) {
  if (arguments.length < 1) throw require('internal/errors').missingArgs('domain');
  return binding.domainToASCII(`${domain}`);
}

function domainToUnicode(domain) {
  if (arguments.length < 1) throw require('internal/errors').missingArgs('domain');
  return binding.domainToUnicode(`${domain}`);
}

function format(urlObject, options) {
  if (typeof urlObject === 'string') urlObject = urlParse(urlObject);
  else if (urlObject === null || typeof urlObject !== 'object') throw invalidArgType('urlObject', ['Object', 'string'], urlObject);
  else if (isURL(urlObject)) return formatWhatwg(urlObject, options);
  return formatUrlObject(urlObject);
}

// url.format(URL, { auth, fragment, search, unicode }).
function formatWhatwg(url, options) {
  if (options !== undefined) validateObject(options, 'options', false);
  const { auth = true, fragment = true, search = true, unicode = false } = options ?? {};
  let out = url.protocol;
  if (url.host !== '' || url.href.startsWith(`${url.protocol}//`)) {
    out += '//';
    if (auth && (url.username || url.password)) out += `${url.username}${url.password ? `:${url.password}` : ''}@`;
    out += unicode ? domainToUnicode(url.hostname) : url.hostname;
    if (url.port) out += `:${url.port}`;
  }
  out += url.pathname;
  if (search) out += url.search;
  if (fragment) out += url.hash;
  return out;
}

// The options http.request takes, from a URL.
function urlToHttpOptions(url) {
  const options = {
    __proto__: null,
    protocol: url.protocol,
    hostname: typeof url.hostname === 'string' && url.hostname.startsWith('[') ? url.hostname.slice(1, -1) : url.hostname,
    hash: url.hash,
    search: url.search,
    pathname: url.pathname,
    path: `${url.pathname || ''}${url.search || ''}`,
    href: url.href,
  };
  if (url.port !== '') options.port = Number(url.port);
  if (url.username || url.password) options.auth = `${decodeURIComponent(url.username)}:${decodeURIComponent(url.password)}`;
  return options;
}

module.exports = {
  Url, parse: urlParse, resolve: urlResolve, resolveObject: (source, relative) => (source ? urlParse(source, false, true) : new Url()).resolveObject(relative),
  format, URL, URLSearchParams, domainToASCII, domainToUnicode, pathToFileURL, fileURLToPath, urlToHttpOptions,
};

'use strict';
// An incremental HTTP/1.x parser in the manner of llhttp (what node's http sits on): feed it bytes
// with execute(), it calls onHeadersComplete, onBody and onMessageComplete as the message goes by.
// Requests and responses; Content-Length, chunked bodies with trailers, bodies that last until EOF,
// keep-alive, upgrade/CONNECT, a limit on the size of the head; errors carry llhttp's codes and words.

const REQUEST = 1;
const RESPONSE = 2;

// The methods llhttp recognises (node's http.METHODS).
const METHODS = [
  'ACL', 'BIND', 'CHECKOUT', 'CONNECT', 'COPY', 'DELETE', 'GET', 'HEAD', 'LINK', 'LOCK', 'M-SEARCH', 'MERGE',
  'MKACTIVITY', 'MKCALENDAR', 'MKCOL', 'MOVE', 'NOTIFY', 'OPTIONS', 'PATCH', 'POST', 'PROPFIND', 'PROPPATCH',
  'PURGE', 'PUT', 'QUERY', 'REBIND', 'REPORT', 'SEARCH', 'SOURCE', 'SUBSCRIBE', 'TRACE', 'UNBIND', 'UNLINK',
  'UNLOCK', 'UNSUBSCRIBE',
];

// Where the parser is within a message.
const S_HEAD = 0;       // start line and headers, line by line
const S_BODY_LENGTH = 1;
const S_CHUNK_SIZE = 2;
const S_CHUNK_DATA = 3;
const S_CHUNK_END = 4;  // the CRLF after a chunk's data
const S_TRAILERS = 5;
const S_BODY_EOF = 6;   // a response body that ends when the connection does
const S_PAUSED = 7;     // after an upgrade: the rest of the bytes belong to someone else
const S_DEAD = 8;       // after an error

const kTokenChars = new Uint8Array(128);
for (const c of "!#$%&'*+-.^_`|~0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ") kTokenChars[c.charCodeAt(0)] = 1;
const isTokenChar = (code) => code < 128 && kTokenChars[code] === 1;

function parseError(code, reason, bytesParsed) {
  const error = new Error(`Parse Error: ${reason}`);
  error.code = code;
  error.reason = reason;
  error.bytesParsed = bytesParsed;
  return error;
}

class HTTPParser {
  constructor(type, maxHeaderSize = 16384) {
    this.type = type;
    this.maxHeaderSize = maxHeaderSize;
    this.onHeadersComplete = null; // (info) => true to skip the body (HEAD, 1xx...)
    this.onBody = null;            // (buffer)
    this.onMessageComplete = null; // (rawTrailers)
    this.reset();
  }

  reset() {
    this.state = S_HEAD;
    this.line = '';          // a head line that spans calls
    this.headBytes = 0;
    this.startLine = null;
    this.rawHeaders = [];
    this.contentLength = -1;
    this.hasTransferEncoding = false;
    this.chunked = false;
    this.remaining = 0;      // body bytes left (length) or chunk bytes left
    this.upgrade = false;
    this.messageStarted = false;
  }

  // Bytes after an upgrade stay unread: execute() returns where the message ended.
  execute(data) {
    let pos = 0;
    const length = data.length;
    this.base = 0;
    while (pos < length) {
      switch (this.state) {
        case S_HEAD:
        case S_TRAILERS: {
          const newline = data.indexOf(10, pos);
          const end = newline === -1 ? length : newline + 1;
          this.headBytes += end - pos;
          if (this.state === S_HEAD && this.headBytes > this.maxHeaderSize) return this.fail('HPE_HEADER_OVERFLOW', 'Header overflow', end);
          this.line += data.latin1Slice(pos, end);
          pos = end;
          if (newline === -1) break;
          const line = this.line;
          this.line = '';
          const error = this.state === S_HEAD ? this.headLine(line, pos) : this.trailerLine(line, pos);
          if (error) return error;
          if (this.state === S_PAUSED) return pos;
          break;
        }
        case S_BODY_LENGTH: {
          const take = Math.min(this.remaining, length - pos);
          this.remaining -= take;
          this.onBody(data.subarray(pos, pos + take));
          pos += take;
          if (this.remaining === 0) this.complete();
          break;
        }
        case S_CHUNK_SIZE: {
          const newline = data.indexOf(10, pos);
          const end = newline === -1 ? length : newline + 1;
          this.line += data.latin1Slice(pos, end);
          pos = end;
          if (newline === -1) {
            if (this.line.length > 64) return this.fail('HPE_INVALID_CHUNK_SIZE', 'Invalid character in chunk size', pos);
            break;
          }
          const error = this.chunkSizeLine(pos);
          if (error) return error;
          break;
        }
        case S_CHUNK_DATA: {
          const take = Math.min(this.remaining, length - pos);
          this.remaining -= take;
          this.onBody(data.subarray(pos, pos + take));
          pos += take;
          if (this.remaining === 0) { this.state = S_CHUNK_END; this.line = ''; }
          break;
        }
        case S_CHUNK_END: {
          const code = data[pos++];
          if (this.line === '' && code === 13) { this.line = '\r'; break; }
          if (this.line === '\r' && code === 10) { this.line = ''; this.state = S_CHUNK_SIZE; break; }
          return this.fail('HPE_STRICT', 'Expected LF after chunk data', pos);
        }
        case S_BODY_EOF:
          this.onBody(data.subarray(pos));
          pos = length;
          break;
        case S_PAUSED:
          return pos;
        default:
          return this.fail(this.error.code, this.error.reason, pos);
      }
    }
    return pos;
  }

  // The connection ended: a body that lasts until EOF is complete; a half message is an error.
  finish() {
    if (this.state === S_BODY_EOF) { this.complete(); return undefined; }
    if (this.state === S_HEAD && !this.messageStarted && this.line === '') return undefined;
    if (this.state === S_PAUSED || this.state === S_DEAD) return undefined;
    return this.fail('HPE_INVALID_EOF_STATE', 'Invalid EOF state', 0);
  }

  fail(code, reason, bytesParsed) {
    this.state = S_DEAD;
    this.error = parseError(code, reason, bytesParsed);
    return this.error;
  }

  headLine(line, pos) {
    const at = pos - line.length;
    if (this.startLine === null) {
      // Empty lines before a message are tolerated, as llhttp does between keep-alive messages.
      if (line === '\r\n' && !this.messageStarted) { this.headBytes = 0; return undefined; }
      this.messageStarted = true;
      return this.type === REQUEST ? this.requestLine(line, at) : this.statusLine(line, at);
    }
    if (line.length < 2 || line.charCodeAt(line.length - 2) !== 13) return this.fail('HPE_STRICT', 'Missing expected CR after header value', pos);
    if (line === '\r\n') return this.headersComplete(pos);
    const colon = line.indexOf(':');
    const nameEnd = colon === -1 ? line.length - 2 : colon;
    for (let i = 0; i < nameEnd; i++) {
      if (!isTokenChar(line.charCodeAt(i))) return this.fail('HPE_INVALID_HEADER_TOKEN', 'Invalid header token', at + i);
    }
    if (colon <= 0) return this.fail('HPE_INVALID_HEADER_TOKEN', 'Invalid header token', at + nameEnd);
    let start = colon + 1;
    let end = line.length - 2;
    while (start < end && (line.charCodeAt(start) === 32 || line.charCodeAt(start) === 9)) start++;
    while (end > start && (line.charCodeAt(end - 1) === 32 || line.charCodeAt(end - 1) === 9)) end--;
    for (let i = start; i < end; i++) {
      const code = line.charCodeAt(i);
      if ((code < 32 && code !== 9) || code === 127) return this.fail('HPE_INVALID_HEADER_TOKEN', 'Invalid header value char', at + i);
    }
    if (this.rawHeaders.length >= 4000) return this.fail('HPE_HEADER_OVERFLOW', 'Header overflow', pos);
    const name = line.slice(0, colon);
    const value = line.slice(start, end);
    const error = this.framingHeader(name.toLowerCase(), value, at + start, at + colon + 1);
    if (error) return error;
    this.rawHeaders.push(name, value);
    return undefined;
  }

  requestLine(line, at) {
    const space = line.indexOf(' ');
    const method = space === -1 ? line : line.slice(0, space);
    if (space === -1 || !METHODS.includes(method)) {
      // llhttp fails on the first byte that no method can continue with.
      let matched = 0;
      while (matched < method.length && METHODS.some((m) => m.startsWith(method.slice(0, matched + 1)))) matched++;
      return this.fail('HPE_INVALID_METHOD', 'Invalid method encountered', at + matched);
    }
    const urlEnd = line.indexOf(' ', space + 1);
    const lineEnd = line.length - (line.endsWith('\r\n') ? 2 : 1);
    const url = line.slice(space + 1, urlEnd === -1 ? lineEnd : urlEnd);
    for (let i = 0; i < url.length; i++) {
      const code = url.charCodeAt(i);
      if (code <= 32 || code === 127) return this.fail('HPE_INVALID_URL', 'Invalid characters in url', at + space + 1 + i);
    }
    if (url.length === 0) return this.fail('HPE_INVALID_URL', 'Unexpected start char in url', at + space + 1);
    if (urlEnd === -1) return this.fail('HPE_INVALID_CONSTANT', 'Expected HTTP/, RTSP/ or ICE/', at + lineEnd);
    const error = this.version(line, urlEnd + 1, at);
    if (error) return error;
    this.startLine = { method, url };
    return undefined;
  }

  statusLine(line, at) {
    let error = this.version(line, 0, at, true);
    if (error) return error;
    const codeStart = 9;
    const codeText = line.slice(codeStart, codeStart + 3);
    if (!/^\d{3}$/.test(codeText)) return this.fail('HPE_INVALID_STATUS', 'Invalid status code', at + codeStart);
    const after = line.charCodeAt(codeStart + 3);
    if (after !== 32 && after !== 13) return this.fail('HPE_INVALID_STATUS', 'Invalid status code', at + codeStart + 3);
    if (!line.endsWith('\r\n')) return this.fail('HPE_STRICT', 'Expected LF after CR', at + line.length);
    this.startLine = { statusCode: Number(codeText), statusMessage: after === 32 ? line.slice(codeStart + 4, -2) : '' };
    return undefined;
  }

  // "HTTP/x.y" at `start`, then CRLF (a request) or a space (a status line).
  version(line, start, at, beforeStatus) {
    if (line.slice(start, start + 5) !== 'HTTP/') {
      let i = 0;
      while (i < 5 && line[start + i] === 'HTTP/'[i]) i++;
      return this.fail('HPE_INVALID_CONSTANT', 'Expected HTTP/, RTSP/ or ICE/', at + start + i);
    }
    const major = line.charCodeAt(start + 5) - 48;
    const minor = line.charCodeAt(start + 7) - 48;
    if (!(major >= 0 && major <= 9) || line[start + 6] !== '.' || !(minor >= 0 && minor <= 9))
      return this.fail('HPE_INVALID_VERSION', 'Invalid HTTP version', at + start + 8);
    if (!((major === 1 && minor <= 1) || (major === 0 && minor === 9) || (major === 2 && minor === 0)))
      return this.fail('HPE_INVALID_VERSION', 'Invalid HTTP version', at + start + 8);
    const next = line.slice(start + 8, start + 10);
    if (beforeStatus ? next[0] !== ' ' : next !== '\r\n') return this.fail('HPE_INVALID_VERSION', beforeStatus ? 'Expected space after version' : 'Expected CRLF after version', at + start + 9);
    this.versionMajor = major;
    this.versionMinor = minor;
    return undefined;
  }

  // Content-Length and Transfer-Encoding are checked as their lines arrive, where llhttp reports them.
  framingHeader(name, value, valueAt, colonAt) {
    if (name === 'content-length') {
      if (this.contentLength !== -1) return this.fail('HPE_UNEXPECTED_CONTENT_LENGTH', 'Duplicate Content-Length', valueAt);
      const bad = value.search(/[^0-9]/);
      if (bad !== -1 || value === '') return this.fail('HPE_INVALID_CONTENT_LENGTH', 'Invalid character in Content-Length', valueAt + Math.max(bad, 0));
      if (this.hasTransferEncoding) return this.fail('HPE_UNEXPECTED_CONTENT_LENGTH', "Content-Length can't be present with Transfer-Encoding", valueAt);
      this.contentLength = Number(value);
    } else if (name === 'transfer-encoding') {
      if (this.contentLength !== -1) return this.fail('HPE_INVALID_TRANSFER_ENCODING', "Transfer-Encoding can't be present with Content-Length", colonAt);
      this.hasTransferEncoding = true;
      this.chunked = /(?:^|,)\s*chunked\s*$/i.test(value);
    }
    return undefined;
  }

  headersComplete(pos) {
    const { contentLength, chunked } = this;
    let connectionClose = false;
    let connectionKeepAlive = false;
    let connectionUpgrade = false;
    let hasUpgradeHeader = false;
    const raw = this.rawHeaders;
    for (let i = 0; i < raw.length; i += 2) {
      const name = raw[i].toLowerCase();
      const value = raw[i + 1];
      if (name === 'connection') {
        for (const token of value.toLowerCase().split(',')) {
          const t = token.trim();
          if (t === 'close') connectionClose = true;
          else if (t === 'keep-alive') connectionKeepAlive = true;
          else if (t === 'upgrade') connectionUpgrade = true;
        }
      } else if (name === 'upgrade') hasUpgradeHeader = true;
    }
    const isRequest = this.type === REQUEST;
    const start = this.startLine;
    const upgrade = isRequest
      ? start.method === 'CONNECT' || (connectionUpgrade && hasUpgradeHeader)
      : start.statusCode === 101;
    const http11 = this.versionMajor > 1 || (this.versionMajor === 1 && this.versionMinor >= 1);
    const status = start.statusCode;
    const bodyless = !isRequest && ((status >= 100 && status < 200) || status === 204 || status === 304);
    // A response without a length or chunking runs until the connection ends, so it cannot be kept.
    const needsEof = !isRequest && !bodyless && !chunked && contentLength === -1;
    const info = {
      versionMajor: this.versionMajor, versionMinor: this.versionMinor, rawHeaders: raw,
      method: start.method, url: start.url, statusCode: status, statusMessage: start.statusMessage,
      upgrade, shouldKeepAlive: (http11 ? !connectionClose : connectionKeepAlive) && !needsEof,
    };
    // The listener may skip the body (a response to HEAD) or decline or claim an upgrade.
    const skipBody = this.onHeadersComplete(info) === true;
    this.rawHeaders = [];
    this.startLine = null;
    if (info.upgrade) {
      this.state = S_PAUSED;
      this.upgrade = true;
      return undefined;
    }
    if (skipBody || bodyless) this.complete();
    else if (chunked) { this.state = S_CHUNK_SIZE; this.line = ''; }
    else if (contentLength > 0) { this.state = S_BODY_LENGTH; this.remaining = contentLength; }
    else if (contentLength === 0 || isRequest) this.complete();
    else this.state = S_BODY_EOF;
    return undefined;
  }

  chunkSizeLine(pos) {
    const line = this.line;
    this.line = '';
    if (!line.endsWith('\r\n')) return this.fail('HPE_STRICT', 'Expected LF after chunk size', pos);
    const semicolon = line.indexOf(';');
    const text = line.slice(0, semicolon === -1 ? line.length - 2 : semicolon).trimEnd();
    if (!/^[0-9a-fA-F]+$/.test(text) || text.length > 15) return this.fail('HPE_INVALID_CHUNK_SIZE', 'Invalid character in chunk size', pos - line.length + Math.max(0, text.search(/[^0-9a-fA-F]/)));
    const size = parseInt(text, 16);
    if (size === 0) { this.state = S_TRAILERS; this.line = ''; return undefined; }
    this.remaining = size;
    this.state = S_CHUNK_DATA;
    return undefined;
  }

  trailerLine(line, pos) {
    if (line === '\r\n') { this.complete(); return undefined; }
    if (!line.endsWith('\r\n')) return this.fail('HPE_STRICT', 'Missing expected CR after header value', pos);
    const colon = line.indexOf(':');
    if (colon <= 0) return this.fail('HPE_INVALID_HEADER_TOKEN', 'Invalid header token', pos);
    this.rawHeaders.push(line.slice(0, colon), line.slice(colon + 1, -2).trim());
    return undefined;
  }

  complete() {
    const trailers = this.rawHeaders;
    this.state = S_HEAD;
    this.line = '';
    this.headBytes = 0;
    this.rawHeaders = [];
    this.contentLength = -1;
    this.hasTransferEncoding = false;
    this.chunked = false;
    this.messageStarted = false;
    this.onMessageComplete(trailers);
  }
}

HTTPParser.REQUEST = REQUEST;
HTTPParser.RESPONSE = RESPONSE;

module.exports = { HTTPParser, METHODS };

'use strict';
const { Buffer } = require('buffer'); // node's own modules use the module's Buffer, granted as a global or not
// An incremental HTTP/1.x parser in the manner of llhttp (what node's http sits on): feed it bytes
// with execute(), it calls onHeadersComplete, onBody and onMessageComplete as the message goes by.
// Requests and responses; Content-Length, chunked bodies with trailers, bodies that last until EOF,
// keep-alive, upgrade/CONNECT, a limit on the size of the head; errors carry llhttp's codes and words.
// The head itself is parsed natively (internal/http_head), in one pass once it is all there.
// http.METHODS are the methods it knows.
const { parseHead, methods: METHODS } = require('internal/http_head');

const REQUEST = 1;
const RESPONSE = 2;

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

// The flags parseHead reports (HttpHeadParser.HeadFlags).
const F_CHUNKED = 1;
const F_CONNECTION_CLOSE = 4;
const F_CONNECTION_KEEP_ALIVE = 8;
const F_CONNECTION_UPGRADE = 16;
const F_UPGRADE_HEADER = 32;

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
    this.pending = null;     // the start of a head that spans calls
    this.line = '';          // a chunk-size or trailer line that spans calls
    this.trailers = [];
    this.remaining = 0;      // body bytes left (length) or chunk bytes left
    this.upgrade = false;
  }

  // Bytes after an upgrade stay unread: execute() returns where the message ended.
  execute(data) {
    let pos = 0;
    const length = data.length;
    this.base = 0;
    while (pos < length) {
      switch (this.state) {
        case S_HEAD: {
          // A head that spans calls is parsed again from its start once more bytes are in.
          const carried = this.pending === null ? 0 : this.pending.length;
          const view = carried === 0 ? data : Buffer.concat([this.pending, data.subarray(pos)]);
          const from = carried === 0 ? pos : 0;
          const toData = (offset) => pos + offset - carried;
          const result = parseHead(view, from, this.type === REQUEST);
          if (result === -1) {
            if (view.length - from > this.maxHeaderSize) return this.fail('HPE_HEADER_OVERFLOW', 'Header overflow', length);
            this.pending = Buffer.from(view.subarray(from));
            return length;
          }
          this.pending = null;
          if (result[0] === -2) return this.fail(result[1], result[2], toData(result[3]));
          if (result[0] - from > this.maxHeaderSize) return this.fail('HPE_HEADER_OVERFLOW', 'Header overflow', toData(this.maxHeaderSize));
          pos = toData(result[0] - from);
          this.headersComplete(result);
          if (this.state === S_PAUSED) return pos;
          break;
        }
        case S_TRAILERS: {
          const newline = data.indexOf(10, pos);
          const end = newline === -1 ? length : newline + 1;
          this.line += data.latin1Slice(pos, end);
          pos = end;
          if (newline === -1) break;
          const line = this.line;
          this.line = '';
          const error = this.trailerLine(line, pos);
          if (error) return error;
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
    if (this.state === S_HEAD && this.pending === null) return undefined;
    if (this.state === S_PAUSED || this.state === S_DEAD) return undefined;
    return this.fail('HPE_INVALID_EOF_STATE', 'Invalid EOF state', 0);
  }

  fail(code, reason, bytesParsed) {
    this.state = S_DEAD;
    this.error = parseError(code, reason, bytesParsed);
    return this.error;
  }

  // result: [end, major, minor, method|status, url|reason, contentLength, flags, ...rawHeaders] from parseHead.
  headersComplete(result) {
    const contentLength = result[5];
    const flags = result[6];
    const chunked = (flags & F_CHUNKED) !== 0;
    const connectionClose = (flags & F_CONNECTION_CLOSE) !== 0;
    const connectionKeepAlive = (flags & F_CONNECTION_KEEP_ALIVE) !== 0;
    const raw = result.slice(7);
    this.versionMajor = result[1];
    this.versionMinor = result[2];
    const start = this.type === REQUEST ? { method: result[3], url: result[4] } : { statusCode: result[3], statusMessage: result[4] };
    const isRequest = this.type === REQUEST;
    const upgrade = isRequest
      ? start.method === 'CONNECT' || ((flags & F_CONNECTION_UPGRADE) !== 0 && (flags & F_UPGRADE_HEADER) !== 0)
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
    this.trailers.push(line.slice(0, colon), line.slice(colon + 1, -2).trim());
    return undefined;
  }

  complete() {
    const trailers = this.trailers;
    this.state = S_HEAD;
    this.line = '';
    this.trailers = [];
    this.onMessageComplete(trailers);
  }
}

HTTPParser.REQUEST = REQUEST;
HTTPParser.RESPONSE = RESPONSE;

module.exports = { HTTPParser, METHODS };

// http.Server fed through hand-made in-memory Duplex pairs (node's server.emit('connection', duplex)):
// the exact bytes of heads and bodies node writes, and how requests are parsed into headers.
const http = require('http');
const { Duplex } = require('stream');

function pair() {
  let a = null;
  let b = null;
  const make = (other) => new Duplex({
    read() {},
    write(chunk, encoding, cb) { other().push(chunk); cb(); },
    final(cb) { other().push(null); cb(); },
  });
  a = make(() => b);
  b = make(() => a);
  return [a, b];
}

const mask = (text) => text.replace(/Date: [^\r]*\r\n/g, 'Date: <date>\r\n');

const handlers = {
  '/end': (req, res) => res.end('hello'),
  '/write': (req, res) => { res.write('a'); res.write(Buffer.from('bc')); res.end('d'); },
  '/empty': (req, res) => res.end(),
  '/headers': (req, res) => {
    res.setHeader('X-Multi', ['1', '2']);
    res.setHeader('content-type', 'text/plain');
    res.appendHeader('X-Multi', '3');
    res.removeHeader('date');
    console.log(res.getHeader('x-multi'), res.getHeaderNames(), res.hasHeader('Content-Type'), res.getHeaders());
    res.writeHead(201, 'Made', { 'X-Extra': 'yes' });
    res.end('{}');
  },
  '/array-head': (req, res) => { res.writeHead(404, ['X-A', '1', 'X-A', '2', 'Content-Length', '3']); res.end('nop'); },
  '/nested-head': (req, res) => { res.writeHead(200, [['X-B', '1'], ['Content-Type', 'a/b']]); res.end(); },
  '/no-content': (req, res) => { res.statusCode = 204; res.end('ignored'); },
  '/not-modified': (req, res) => { res.writeHead(304); res.end(); },
  '/trailers': (req, res) => {
    res.writeHead(200, { Trailer: 'X-Sum' });
    res.write('part');
    res.addTrailers({ 'X-Sum': 'abc' });
    res.end();
  },
  '/flush': (req, res) => { res.flushHeaders(); console.log('headersSent', res.headersSent); setTimeout(() => res.end('later'), 5); },
  '/hints': (req, res) => {
    res.writeEarlyHints({ link: ['</a.css>; rel=preload', '</b.js>; rel=preload'], 'x-trace': 'id' }, () => console.log('hints written'));
    for (const hints of ['x', { link: 'a\nb' }]) {
      try { res.writeEarlyHints(hints); } catch (e) { console.log(e.code, e.message); }
    }
    res.writeContinue();
    res.end('ok');
  },
  '/close': (req, res) => { res.setHeader('Connection', 'close'); res.end('bye'); },
  '/length': (req, res) => { res.setHeader('Content-Length', 4); res.write('ab'); res.end('cd'); },
  '/errors': (req, res) => {
    const attempt = (label, fn) => { try { fn(); console.log(label, 'ok'); } catch (e) { console.log(label, e.name, e.code, e.message); } };
    attempt('bad name', () => res.setHeader('bad name', 'x'));
    attempt('bad value', () => res.setHeader('x', 'a\nb'));
    attempt('undefined value', () => res.setHeader('x', undefined));
    attempt('status 99', () => res.writeHead(99));
    attempt('status 1000', () => res.writeHead(1000));
    attempt('getHeader(1)', () => res.getHeader(1));
    attempt('write(1)', () => res.write(1));
    attempt('bad message', () => res.writeHead(200, 'a\nb'));
    res.statusMessage = 'Fine';
    res.end('fine');
    attempt('set after', () => res.setHeader('x', 'y'));
    attempt('remove after', () => res.removeHeader('x'));
    attempt('writeHead after', () => res.writeHead(200));
    res.on('error', (e) => console.log('res error', e.code, e.message));
    res.write('more', (e) => console.log('write callback', e && e.code));
  },
};

const server = http.createServer((req, res) => {
  console.log('request', req.method, req.url, req.httpVersion, JSON.stringify(req.headers));
  let body = '';
  req.setEncoding('utf8');
  req.on('data', (d) => { body += d; });
  req.on('end', () => {
    if (body) console.log('  body', JSON.stringify(body), 'trailers', JSON.stringify(req.trailers), req.rawTrailers);
    const path = req.url.split('?')[0];
    (handlers[path] || ((q, s) => { s.statusCode = 404; s.end('not found'); }))(req, res);
  });
});
server.on('clientError', (err, socket) => {
  console.log('clientError', err.code, err.message, err.bytesParsed);
  if (err.code === 'HPE_INVALID_METHOD') socket.end('HTTP/1.1 400 Custom\r\n\r\n');
  else socket.destroy();
});

function exchange(raw, wait = 30) {
  return new Promise((resolve) => {
    const [serverSide, clientSide] = pair();
    server.emit('connection', serverSide);
    let out = '';
    clientSide.on('data', (d) => { out += d; });
    for (const piece of [].concat(raw)) clientSide.write(piece);
    setTimeout(() => resolve(mask(out)), wait);
  });
}

const get = (path, extra = '') => `GET ${path} HTTP/1.1\r\nHost: example\r\n${extra}\r\n`;

async function main() {
  for (const path of Object.keys(handlers)) console.log(JSON.stringify(await exchange(get(path))));
  console.log(JSON.stringify(await exchange(get('/missing'))));
  console.log(JSON.stringify(await exchange('HEAD /write HTTP/1.1\r\nHost: x\r\n\r\n')));
  console.log(JSON.stringify(await exchange('GET /end HTTP/1.0\r\n\r\n')));
  console.log(JSON.stringify(await exchange('GET /write HTTP/1.0\r\nConnection: keep-alive\r\n\r\n')));
  console.log(JSON.stringify(await exchange('GET /end HTTP/1.1\r\n\r\n')));
  console.log(JSON.stringify(await exchange(get('/end', 'Connection: close\r\n'))));
  // Headers as node folds them, bodies by length and by chunks (split at awkward places), trailers.
  console.log(JSON.stringify(await exchange([
    'POST /end?q=1 HTTP/1.1\r\nHost: a\r\nHost: b\r\nSet-Cookie: x=1\r\nset-cookie: y=2\r\nCookie: a=1\r\nCookie: b=2\r\n',
    'X-Dup: 1\r\nx-dup: 2\r\nContent-Type: text/a\r\nContent-Type: text/b\r\nTransfer-Encoding: chunked\r\nTrailer: X-T\r\n\r\n',
    '5\r\nhel', 'lo\r\n6;ext=1\r\n world\r\n0\r\nX-T: done\r\n\r\n',
  ])));
  console.log(JSON.stringify(await exchange('PUT /end HTTP/1.1\r\nHost: a\r\nContent-Length: 11\r\n\r\nhello world')));
  // Two requests on one connection (pipelined) are answered in order.
  console.log(JSON.stringify(await exchange(get('/write') + get('/end'))));
  // Expect: 100-continue gets its interim answer first.
  console.log(JSON.stringify(await exchange('POST /end HTTP/1.1\r\nHost: a\r\nExpect: 100-continue\r\nContent-Length: 2\r\n\r\nok')));
  console.log(JSON.stringify(await exchange('POST /end HTTP/1.1\r\nHost: a\r\nExpect: something\r\nContent-Length: 2\r\n\r\nok')));
  // Malformed requests: 'clientError' with llhttp's codes, or node's own 400/431 answers without a listener.
  for (const raw of ['BAD / HTTP/1.1\r\n\r\n', 'GET / HTTP/1.1\r\nBad Header: y\r\n\r\n', 'GET / HTTP/9.1\r\n\r\n',
    'POST / HTTP/1.1\r\nHost: x\r\nContent-Length: abc\r\n\r\n', 'POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n',
    'POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\n', 'GET / HTTP/1.1\r\nX: a\x01b\r\n\r\n'])
    console.log(JSON.stringify(await exchange(raw)));
  server.removeAllListeners('clientError');
  console.log(JSON.stringify(await exchange('BAD / HTTP/1.1\r\n\r\n')));
  console.log(JSON.stringify(await exchange(`GET / HTTP/1.1\r\nX: ${'a'.repeat(17000)}\r\n\r\n`)));
  // maxHeadersCount keeps the first pairs only.
  server.maxHeadersCount = 2;
  console.log(JSON.stringify(await exchange(get('/end', 'A: 1\r\nB: 2\r\nC: 3\r\n'))));
}

main();

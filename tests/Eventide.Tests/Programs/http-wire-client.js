// http.request over hand-made in-memory Duplex pairs (the createConnection option): the request
// heads node writes, how responses are parsed, and how requests fail.
const http = require('http');
const { Duplex } = require('stream');

function pair() {
  let a = null;
  let b = null;
  const make = (other) => new Duplex({
    read() {},
    write(chunk, encoding, cb) { other().push(chunk); cb(); },
    final(cb) { other().push(null); cb(); },
    destroy(err, cb) { other().push(null); cb(err); },
  });
  a = make(() => b);
  b = make(() => a);
  return [a, b];
}

// Runs one request against a scripted peer: `answer(head, peer)` is called once the request head is in.
function run(label, options, answer, body) {
  return new Promise((resolve) => {
    const [mine, peer] = pair();
    let received = '';
    let answered = false;
    peer.on('data', (d) => {
      received += d;
      if (!answered && received.includes('\r\n\r\n')) {
        answered = true;
        setTimeout(() => answer(peer), 1);
      }
    });
    const events = [];
    const req = http.request({ createConnection: () => mine, ...options }, (res) => {
      events.push(`response ${res.statusCode} ${JSON.stringify(res.statusMessage)} ${res.httpVersion}`);
      events.push(`headers ${JSON.stringify(res.headers)} raw ${JSON.stringify(res.rawHeaders)}`);
      let data = '';
      res.on('data', (d) => { data += d; });
      res.on('aborted', () => events.push('res aborted'));
      res.on('error', (e) => events.push(`res error ${e.code} ${e.message}`));
      res.on('end', () => events.push(`end ${JSON.stringify(data)} complete=${res.complete} trailers=${JSON.stringify(res.trailers)}`));
    });
    req.on('socket', () => events.push('socket'));
    req.on('continue', () => events.push('continue'));
    req.on('information', (info) => events.push(`information ${info.statusCode} ${info.statusMessage}`));
    req.on('abort', () => events.push('abort'));
    req.on('error', (e) => events.push(`error ${e.name} ${e.code} ${e.message}`));
    req.on('close', () => {
      setTimeout(() => {
        console.log(label);
        console.log('  sent', JSON.stringify(received));
        for (const e of events) console.log('  ' + e);
        resolve();
      }, 5);
    });
    if (typeof body === 'function') body(req);
    else req.end(body);
  });
}

const ok = (text) => (peer) => peer.end(text);

async function main() {
  await run('plain GET', { host: 'example.com', port: 8080, path: '/a?b=1' }, ok('HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nhi'));
  await run('headers, auth, lowercase method', { method: 'post', path: '/p', auth: 'user:pa ss', headers: { 'X-One': 1, 'x-many': ['a', 'b'], 'Content-Length': 4 } },
    ok('HTTP/1.1 201 Created\r\nSet-Cookie: a=1\r\nSet-Cookie: b=2\r\nX-Dup: 1\r\nX-Dup: 2\r\nContent-Type: a\r\nContent-Type: b\r\n\r\n'), 'data');
  await run('chunked upload', { method: 'PUT', setHost: false }, ok('HTTP/1.1 204 No Content\r\n\r\n'), (req) => {
    req.write('first,');
    req.end('second');
  });
  await run('array headers', { headers: ['X-A', '1', 'X-A', '2', 'Host', 'h'] }, ok('HTTP/1.0 200 OK\r\n\r\nuntil the end'));
  await run('chunked response with trailers', {}, ok('HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n4\r\ndefg\r\n0\r\nX-Check: 7\r\n\r\n'));
  await run('interim responses', { method: 'POST', headers: { Expect: '100-continue' } },
    ok('HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 103 Early Hints\r\nLink: </a>\r\n\r\nHTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n'), 'x');
  await run('HEAD', { method: 'HEAD' }, ok('HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\n'));
  await run('closed without an answer', {}, (peer) => peer.end());
  await run('garbage answer', {}, ok('HTTQ/1.1 200 OK\r\n\r\n'));
  await run('closed mid-body', {}, (peer) => { peer.write('HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nabc'); setTimeout(() => peer.destroy(), 5); });
  await run('destroyed', {}, () => {}, (req) => { req.end(); req.destroy(); });
  await run('destroyed with an error', {}, () => {}, (req) => { req.end(); req.destroy(new Error('mine')); });
  await run('aborted', {}, () => {}, (req) => { req.end(); req.abort(); });
  const controller = new AbortController();
  await run('signal', { signal: controller.signal }, () => {}, (req) => { req.end(); setTimeout(() => controller.abort(), 2); });

  for (const [label, options] of [
    ['bad method', { method: 'BAD METHOD' }],
    ['bad path', { path: '/a b' }],
    ['bad protocol', { protocol: 'https:' }],
    ['bad agent', { agent: 'yes' }],
    ['bad header', { headers: { 'a b': 1 } }],
    ['bad header value', { headers: { a: 'x\ny' } }],
    ['bad method type', { method: 1 }],
  ]) {
    try {
      http.request({ createConnection: () => pair()[0], ...options });
      console.log(label, 'accepted');
    } catch (e) {
      console.log(label, e.name, e.code, e.message);
    }
  }
  const req = http.request({ createConnection: () => pair()[0] });
  req.on('error', () => {});
  console.log(req.method, req.path, req.host, req.protocol, req.getHeaders(), req.headersSent, req.reusedSocket);
  req.setHeader('X-Late', 'ok');
  req.end();
  try { req.setHeader('X-Later', 'no'); } catch (e) { console.log(e.code, e.message); }
  req.destroy();
}

main();

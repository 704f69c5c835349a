// How http requests fail over loopback TCP: a closed port (ECONNREFUSED), a server that destroys the
// socket before answering ('socket hang up') or in the middle of a body ('aborted'), a request
// timeout, a client that goes away mid-request ('aborted' on the server), and clientError.
const http = require('http');
const net = require('net');

// What the server sees of a client going away, printed once the client is done (the two sides race).
const serverLog = [];

const server = http.createServer((req, res) => {
  console.log('server got', req.method, req.url);
  if (req.url === '/destroy') req.socket.destroy();
  else if (req.url === '/half') {
    res.writeHead(200, { 'Content-Length': 100 });
    res.write('partial');
    setTimeout(() => res.destroy(), 10);
  } else if (req.url === '/slow') {
    setTimeout(() => { if (!res.destroyed) res.end('late'); }, 300);
  } else if (req.url === '/upload') {
    req.on('aborted', () => serverLog.push(`server: upload aborted, complete = ${req.complete}`));
    req.on('close', () => serverLog.push('server: upload request closed'));
    req.on('data', () => {});
  } else res.end('fine');
});

function attempt(label, options, configure) {
  return new Promise((resolve) => {
    const req = http.request({ host: '127.0.0.1', port: server.address().port, agent: false, ...options }, (res) => {
      console.log(label, 'response', res.statusCode);
      res.on('data', (d) => console.log(label, 'data', JSON.stringify(String(d))));
      res.on('aborted', () => console.log(label, 'res aborted'));
      res.on('error', (e) => console.log(label, 'res error', e.code, e.message));
      res.on('end', () => console.log(label, 'end'));
      res.on('close', () => { console.log(label, 'res close'); });
    });
    req.on('error', (e) => console.log(label, 'error', e.name, e.code, e.message));
    req.on('close', () => { console.log(label, 'close'); setTimeout(resolve, 20); });
    if (configure) configure(req);
    else req.end();
  });
}

server.listen(0, '127.0.0.1', async () => {
  // A port nothing listens on: a server opened and closed again.
  const closed = net.createServer();
  await new Promise((r) => closed.listen(0, '127.0.0.1', r));
  const closedPort = closed.address().port;
  await new Promise((r) => closed.close(r));
  await new Promise((resolve) => {
    const req = http.get({ host: '127.0.0.1', port: closedPort, path: '/' });
    req.on('error', (e) => { console.log('refused:', e.name, e.code, e.syscall, e.message.replace(/:\d+$/, ':<port>')); resolve(); });
  });

  await attempt('destroy', { path: '/destroy' });
  await attempt('half', { path: '/half' });
  await attempt('timeout', { path: '/slow', timeout: 50 }, (req) => {
    req.on('timeout', () => { console.log('timeout fired'); req.destroy(); });
    req.end();
  });
  await attempt('setTimeout', { path: '/slow' }, (req) => {
    req.setTimeout(50, () => { console.log('setTimeout fired'); req.destroy(new Error('gave up')); });
    req.end();
  });
  await attempt('upload', { path: '/upload', method: 'POST', headers: { 'Content-Length': 1000 } }, (req) => {
    req.write('a bit');
    setTimeout(() => req.destroy(), 30);
  });
  await new Promise((r) => setTimeout(r, 50));
  console.log(serverLog.join('\n'));
  await attempt('ok', { path: '/ok' });

  server.on('clientError', (err, socket) => {
    console.log('clientError', err.code, err.message);
    socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n');
  });
  await new Promise((resolve) => {
    const socket = net.connect(server.address().port, '127.0.0.1', () => socket.write('NOT HTTP\r\n\r\n'));
    let answer = '';
    socket.on('data', (d) => { answer += d; });
    socket.on('close', () => { console.log('raw answer', JSON.stringify(answer)); resolve(); });
  });
  server.close(() => console.log('closed'));
});

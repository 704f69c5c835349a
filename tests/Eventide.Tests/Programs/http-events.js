// The order of events on each side of one exchange over loopback TCP, with and without keep-alive,
// with a body the server never reads, and around server.close(). Connections opening and closing
// race with the other side's events, so they are counted and printed at the end.
const http = require('http');

const log = (...args) => console.log(...args);

function track(label, emitter, names) {
  for (const name of names) emitter.on(name, () => log(`${label} ${name}`));
}

const server = http.createServer((req, res) => {
  track('  server req', req, ['end', 'close', 'aborted']);
  track('  server res', res, ['finish', 'close', 'prefinish']);
  log('  server request', req.url, 'complete', req.complete);
  if (req.url === '/unread') {
    res.end('did not read');
    return;
  }
  req.resume();
  req.on('end', () => {
    log('  server complete', req.complete);
    res.end('done', () => log('  server end callback'));
    log('  server writableEnded', res.writableEnded, 'writableFinished', res.writableFinished, 'headersSent', res.headersSent);
  });
});
track('server', server, ['close']);
const sockets = { opened: 0, closed: 0, addresses: new Set() };
server.on('connection', (socket) => {
  sockets.opened++;
  sockets.addresses.add(socket.remoteAddress);
  socket.on('close', () => { sockets.closed++; });
});

function exchange(label, options, body) {
  return new Promise((resolve) => {
    log(label);
    const req = http.request({ host: '127.0.0.1', port: server.address().port, ...options }, (res) => {
      log('  client response', res.statusCode);
      track('  client res', res, ['end', 'close', 'aborted']);
      res.on('data', (d) => log('  client data', String(d)));
      res.on('close', () => setTimeout(resolve, 20));
    });
    track('  client req', req, ['close']);
    req.on('socket', (socket) => log('  client socket', socket.constructor.name, 'reused', req.reusedSocket));
    req.end(body);
  });
}

server.listen(0, '127.0.0.1', async () => {
  const agent = new http.Agent({ keepAlive: true });
  await exchange('keep-alive', { method: 'POST', path: '/a', agent }, 'body');
  await exchange('keep-alive again', { path: '/b', agent });
  await exchange('unread body', { method: 'POST', path: '/unread', agent }, 'x'.repeat(1000));
  agent.destroy();
  await new Promise((r) => setTimeout(r, 20));
  await exchange('no agent', { path: '/c', agent: false });
  server.close(() => log('close callback', sockets));
});

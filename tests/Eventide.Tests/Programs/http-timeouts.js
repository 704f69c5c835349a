// Server-side timers over loopback TCP: keepAliveTimeout closes an idle kept-alive connection,
// headersTimeout answers 408 to a head that never completes, server.timeout fires 'timeout',
// and close()/closeAllConnections() end what is still open.
const http = require('http');
const net = require('net');

const server = http.createServer({ headersTimeout: 100, requestTimeout: 200, connectionsCheckingInterval: 20 }, (req, res) => {
  if (req.url === '/hang') return; // never answered
  res.end(`ok ${req.url}`);
});
server.keepAliveTimeout = 80;

function raw(text, label) {
  return new Promise((resolve) => {
    const started = Date.now();
    const socket = net.connect(server.address().port, '127.0.0.1', () => socket.write(text));
    let answer = '';
    socket.on('data', (d) => { answer += d; });
    socket.on('close', () => {
      const waited = Date.now() - started;
      console.log(label, JSON.stringify(answer.replace(/Date: [^\r]*\r\n/, '')), 'closed by the server', waited >= 60 && waited < 4000);
      resolve();
    });
  });
}

server.listen(0, '127.0.0.1', async () => {
  console.log('timeouts', server.headersTimeout, server.requestTimeout, server.keepAliveTimeout, server.timeout);
  await raw('GET /idle HTTP/1.1\r\nHost: x\r\n\r\n', 'keep-alive idle:');
  await raw('GET /slow HTTP/1.1\r\nHost: x\r\n', 'headers never end:');

  server.setTimeout(60, (socket) => {
    console.log('server timeout event');
    socket.destroy();
  });
  await raw('GET /hang HTTP/1.1\r\nHost: x\r\n\r\n', 'no answer:');
  server.setTimeout(0);
  server.removeAllListeners('timeout');

  // close() ends idle connections; closeAllConnections() the busy ones too (the two sides' closes
  // race, so they are printed once all are done).
  const done = [];
  const closed = (label, emitter, event) => new Promise((resolve) => emitter.on(event, () => { done.push(label); resolve(); }));
  const busy = net.connect(server.address().port, '127.0.0.1', () => busy.write('GET /hang HTTP/1.1\r\nHost: x\r\n\r\n'));
  const idle = net.connect(server.address().port, '127.0.0.1', () => idle.write('GET /quick HTTP/1.1\r\nHost: x\r\n\r\n'));
  const all = [closed('busy connection closed', busy, 'close'), closed('idle connection closed', idle, 'close')];
  idle.once('data', () => {
    console.log('idle connection answered');
    all.push(closed('server closed', server, 'close'));
    server.close();
    setTimeout(() => server.closeAllConnections(), 30);
    Promise.all(all).then(() => console.log(done.sort().join(', ')));
  });
});

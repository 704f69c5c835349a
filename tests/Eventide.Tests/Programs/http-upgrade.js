// Upgrade and CONNECT over loopback TCP: the server's 'upgrade'/'connect' get the socket and the bytes
// after the head; the client's 'upgrade'/'connect' get the response and the socket; without an
// 'upgrade' listener the request is an ordinary one.
const http = require('http');

const server = http.createServer((req, res) => {
  console.log('server request', req.url, req.headers.upgrade, req.upgrade);
  res.end('plain answer');
});

server.listen(0, '127.0.0.1', async () => {
  const port = server.address().port;
  // No 'upgrade' listener yet: an ordinary request.
  await new Promise((resolve) => {
    http.get({ host: '127.0.0.1', port, path: '/first', agent: false, headers: { Connection: 'Upgrade', Upgrade: 'echo' } }, (res) => {
      res.setEncoding('utf8');
      res.on('data', (d) => console.log('client got', res.statusCode, d));
      res.on('end', resolve);
    });
  });

  server.on('upgrade', (req, socket, head) => {
    console.log('server upgrade', req.method, req.url, req.headers.upgrade, JSON.stringify(String(head)));
    socket.write('HTTP/1.1 101 Switching Protocols\r\nUpgrade: echo\r\nConnection: Upgrade\r\n\r\nwelcome|');
    socket.on('data', (d) => socket.write(`echo:${d}|`));
    socket.on('end', () => socket.end());
  });
  server.on('connect', (req, socket, head) => {
    console.log('server connect', req.url, JSON.stringify(String(head)));
    socket.end('HTTP/1.1 200 Connection Established\r\n\r\ntunnel data');
  });

  await new Promise((resolve) => {
    const req = http.request({ host: '127.0.0.1', port, path: '/chat', headers: { Connection: 'Upgrade', Upgrade: 'echo' } });
    req.on('upgrade', (res, socket, head) => {
      console.log('client upgrade', res.statusCode, res.statusMessage, res.headers.upgrade, JSON.stringify(String(head)));
      let seen = String(head);
      socket.on('data', (d) => {
        seen += d;
        if (seen.endsWith('echo:ping|')) socket.end();
      });
      socket.on('close', () => { console.log('client saw', JSON.stringify(seen)); resolve(); });
      socket.write('ping');
    });
    req.end('early');
  });

  await new Promise((resolve) => {
    const req = http.request({ host: '127.0.0.1', port, method: 'CONNECT', path: 'example.com:443' });
    req.on('connect', (res, socket, head) => {
      console.log('client connect', res.statusCode, res.statusMessage, JSON.stringify(String(head)));
      let rest = String(head);
      socket.on('data', (d) => { rest += d; });
      socket.on('end', () => { console.log('tunnel said', JSON.stringify(rest)); resolve(); });
    });
    req.end();
  });
  server.close(() => console.log('closed'));
});

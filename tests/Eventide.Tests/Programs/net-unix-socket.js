// net: Unix domain sockets. listen(path) and connect(path): server.address() is the path, echo
// both ways, EADDRINUSE for a path in use, ENOENT connecting to a missing one, the socket file
// removed on close.
const net = require('net');
const fs = require('fs');
const os = require('os');
const path = require('path');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'net-unix-'));
const sockPath = path.join(dir, 'echo.sock');
const shown = (s) => String(s).split(dir).join('<dir>');

(async () => {
  const server = net.createServer((sock) => {
    sock.on('data', (d) => sock.write(`echo: ${d}`));
    sock.on('end', () => sock.end());
  });
  await new Promise((resolve) => server.listen(sockPath, resolve));
  console.log('address', shown(server.address()), 'exists', fs.existsSync(sockPath));
  const reply = await new Promise((resolve) => {
    const c = net.connect(sockPath, () => {
      console.log('connected: remoteAddress', c.remoteAddress, 'address', JSON.stringify(c.address()));
      c.end('over a unix socket');
    });
    let got = '';
    c.on('data', (d) => { got += d; });
    c.on('close', () => resolve(got));
  });
  console.log(reply);
  await new Promise((resolve) => {
    const other = net.createServer();
    other.on('error', (e) => { console.log('second listen:', e.code, e.syscall, shown(e.message)); resolve(); });
    other.listen(sockPath);
  });
  await new Promise((resolve) => server.close(resolve));
  console.log('after close exists', fs.existsSync(sockPath));
  await new Promise((resolve) => {
    const c = net.connect({ path: path.join(dir, 'missing.sock') });
    c.on('error', (e) => console.log('missing:', e.code, e.errno, e.syscall, shown(e.message), shown(e.address)));
    c.on('close', resolve);
  });
  fs.rmSync(dir, { recursive: true });
})();

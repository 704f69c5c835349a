// net: half-open connections. With allowHalfOpen the side that got 'end' can still write; without
// it the socket ends its writable side itself after 'end', and a write after that is EPIPE.
// destroySoon, resetAndDestroy (the peer sees ECONNRESET) and end() while still connecting.
const net = require('net');

function listen(options, onConnection) {
  const server = net.createServer(options, onConnection);
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

async function allowHalfOpen() {
  const log = [];
  const server = await listen({ allowHalfOpen: true }, (sock) => {
    let body = '';
    sock.setEncoding('utf8');
    sock.on('data', (d) => { body += d; });
    sock.on('end', () => {
      log.push(`server end: writable ${sock.writable} readyState ${sock.readyState}`);
      // Still writable: answer after the request ended.
      setTimeout(() => sock.end(`got ${body.length} chars`), 5);
    });
    sock.on('close', () => { log.push('server socket close'); server.close(); });
  });
  await new Promise((resolve) => {
    const c = net.connect({ port: server.address().port, host: '127.0.0.1', allowHalfOpen: true });
    c.end('x'.repeat(1000));
    c.setEncoding('utf8');
    c.on('finish', () => log.push(`client finish: readable ${c.readable} readyState ${c.readyState}`));
    c.on('data', (d) => log.push(`client data ${d}`));
    c.on('end', () => log.push('client end'));
    c.on('close', (hadError) => { log.push(`client close ${hadError}`); resolve(); });
  });
  console.log(log.join('\n'));
}

async function notHalfOpen() {
  const log = [];
  const server = await listen({}, (sock) => {
    sock.on('end', () => {
      log.push(`server end: writable ${sock.writable} ended ${sock.writableEnded}`);
      sock.write('too late', (err) => log.push(`server write cb ${err && err.code} ${err && err.message}`));
    });
    sock.on('error', (e) => log.push(`server error ${e.code}`));
    sock.on('close', (hadError) => { log.push(`server socket close ${hadError}`); server.close(); });
    sock.resume();
  });
  await new Promise((resolve) => {
    const c = net.connect(server.address().port, '127.0.0.1', () => c.end());
    c.on('data', (d) => log.push(`client data ${d}`));
    c.on('end', () => log.push('client end'));
    c.on('close', () => { log.push('client close'); setTimeout(resolve, 10); });
  });
  console.log(log.join('\n'));
}

async function destroySoonAndReset() {
  const log = [];
  let n = 0;
  const server = await listen({}, (sock) => {
    if (++n === 1) {
      sock.write('part 1 ');
      sock.write('part 2', () => log.push('server write done'));
      sock.destroySoon();
      sock.on('finish', () => log.push(`destroySoon: finish, destroyed ${sock.destroyed}`));
      sock.on('close', () => log.push(`destroySoon: close destroyed ${sock.destroyed}`));
    } else {
      sock.on('data', () => {
        sock.resetAndDestroy();
        log.push(`reset: destroyed ${sock.destroyed}`);
      });
      sock.on('close', (hadError) => log.push(`reset: close ${hadError}`));
    }
  });
  const port = server.address().port;
  await new Promise((resolve) => {
    const c = net.connect(port, '127.0.0.1');
    let got = '';
    c.on('data', (d) => { got += d; });
    c.on('end', () => log.push(`client got ${JSON.stringify(got)}`));
    c.on('close', resolve);
  });
  await new Promise((resolve) => {
    const c = net.connect(port, '127.0.0.1', () => c.write('hi'));
    c.on('error', (e) => log.push(`client error ${e.code} ${e.message} ${e.syscall}`));
    c.on('close', (hadError) => { log.push(`client close ${hadError}`); resolve(); });
  });
  await new Promise((resolve) => setTimeout(resolve, 10));
  server.close();
  console.log(log.join('\n'));
}

async function endWhileConnecting() {
  const log = [];
  const server = await listen({ allowHalfOpen: true }, (sock) => {
    const chunks = [];
    sock.on('data', (d) => chunks.push(d));
    sock.on('end', () => { log.push(`server got ${Buffer.concat(chunks)}`); sock.end(); });
  });
  await new Promise((resolve) => {
    const c = net.connect(server.address().port, '127.0.0.1');
    log.push(`bytesWritten before connect ${c.bytesWritten}`);
    c.write('queued ');
    log.push(`bytesWritten with a queued write ${c.bytesWritten} ${c.pending}`);
    c.end('then ended', () => log.push('client end cb'));
    c.on('connect', () => log.push('client connect'));
    c.resume();
    c.on('close', () => { log.push(`client close, bytesWritten ${c.bytesWritten}`); resolve(); });
  });
  server.close();
  console.log(log.join('\n'));
}

(async () => {
  await allowHalfOpen();
  await notHalfOpen();
  await destroySoonAndReset();
  await endWhileConnecting();
})();

// net: an echo server and clients on loopback: 'connection', 'connect'/'ready', data both ways with
// setEncoding, write callbacks, end()/'end'/'finish'/'close' order on each side, addresses and
// byte counts, many connections at once and server.close() waiting for the last of them.
const net = require('net');

function once(server) {
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server.address().port)));
}

async function echoOnce() {
  const log = [];
  const server = net.createServer((sock) => {
    log.push(`server connection ${sock.remoteAddress} ${sock.remoteFamily} ${sock.localAddress === '127.0.0.1'} ${sock.readyState}`);
    log.push(`server socket: allowHalfOpen ${sock.allowHalfOpen} server ${sock.server === server} pending ${sock.pending}`);
    sock.setEncoding('utf8');
    sock.on('data', (d) => {
      log.push(`server data ${JSON.stringify(d)}`);
      sock.write(d.toUpperCase(), () => log.push('server write cb'));
    });
    sock.on('end', () => log.push(`server end ${sock.readyState}`));
    sock.on('finish', () => log.push('server finish'));
    sock.on('close', (hadError) => {
      log.push(`server socket close ${hadError} read ${sock.bytesRead} written ${sock.bytesWritten} ${sock.readyState}`);
      server.close(() => log.push('server close cb'));
    });
  });
  const port = await once(server);
  log.push(`listening ${server.listening} ${JSON.stringify({ ...server.address(), port: 'PORT' })}`);
  await new Promise((resolve) => {
    const c = net.createConnection({ port, host: '127.0.0.1' });
    log.push(`client: connecting ${c.connecting} pending ${c.pending} ${c.readyState}`);
    c.on('connect', () => {
      log.push(`client connect ${c.connecting} ${c.readyState} ${c.remoteAddress} ${c.remotePort === port} ${c.localFamily}`);
      c.write('hello ', 'utf8', () => log.push('client write cb 1'));
    });
    c.on('ready', () => log.push('client ready'));
    let got = '';
    c.on('data', (d) => {
      got += d;
      log.push(`client data ${d.length} bytes`);
      if (got === 'HELLO ') c.write(Buffer.from('world'));
      else if (got === 'HELLO WORLD') c.end('!', () => log.push('client end cb'));
    });
    c.on('end', () => log.push(`client end ${JSON.stringify(got)}`));
    c.on('finish', () => log.push('client finish'));
    c.on('close', (hadError) => {
      log.push(`client close ${hadError} read ${c.bytesRead} written ${c.bytesWritten} ${c.destroyed} ${c.readyState}`);
      resolve();
    });
  });
  await new Promise((resolve) => setTimeout(resolve, 20));
  // The two sides' events interleave by timing; each side's own order is fixed.
  for (const side of ['server', 'client', 'listening']) console.log(log.filter((l) => l.startsWith(side)).join('\n'));
}

async function manyConnections() {
  const count = 25;
  let connections = 0;
  const server = net.createServer({ allowHalfOpen: false }, (sock) => {
    connections++;
    sock.pipe(sock); // echo
  });
  const port = await once(server);
  const results = await Promise.all(Array.from({ length: count }, (_, i) => new Promise((resolve, reject) => {
    const c = net.connect(port, '127.0.0.1', () => c.end(`message ${i} `.repeat(100)));
    const chunks = [];
    c.on('data', (d) => chunks.push(d));
    c.on('error', reject);
    c.on('close', () => resolve(Buffer.concat(chunks).toString() === `message ${i} `.repeat(100)));
  })));
  console.log('all echoed', results.every(Boolean), results.length, 'connections', connections);
  await new Promise((resolve) => server.getConnections((err, n) => { console.log('getConnections', err, n); resolve(); }));
  await new Promise((resolve) => server.close(resolve));
  console.log('closed', server.listening, server.address());
}

async function closeWaitsForConnections() {
  const order = [];
  let serverSide;
  const server = net.createServer((sock) => {
    serverSide = sock;
    server.close(() => order.push('server close'));
    order.push(`closing: listening ${server.listening}`);
    sock.on('close', () => order.push('server socket close'));
    sock.write('bye');
  });
  const port = await once(server);
  await new Promise((resolve) => {
    const c = net.connect(port, '127.0.0.1');
    c.on('data', () => {
      order.push('client data');
      setTimeout(() => { order.push('destroy server side'); serverSide.destroy(); }, 10);
    });
    c.on('end', () => order.push('client end'));
    c.on('close', () => { order.push('client close'); setTimeout(resolve, 10); });
  });
  const rejected = await new Promise((resolve) => {
    const c = net.connect(port, '127.0.0.1');
    c.on('error', (e) => resolve(e.code));
  });
  console.log(order.join('\n'));
  console.log('after close:', rejected);
}

(async () => {
  await echoOnce();
  await manyConnections();
  await closeWaitsForConnections();
})();

// net: errors as node reports them. ECONNREFUSED on a port just closed, EADDRINUSE on a taken
// port, ENOTFOUND from the lookup ('lookup' event first), writes after destroy, a server closed
// twice (ERR_SERVER_NOT_RUNNING), listen twice, and argument validation (ports, hosts, options).
const net = require('net');

const show = (e) => [e.name, e.code, e.errno, e.syscall, e.address, typeof e.port, e.message.replace(/:\d+$/, ':PORT')].join(' | ');

function listen(server, host = '127.0.0.1') {
  return new Promise((resolve) => server.listen(0, host, () => resolve(server.address().port)));
}

async function refused() {
  const server = net.createServer();
  const port = await listen(server);
  await new Promise((resolve) => server.close(resolve));
  await new Promise((resolve) => {
    const c = net.connect(port, '127.0.0.1');
    c.on('connect', () => console.log('unexpected connect'));
    c.on('error', (e) => console.log('error:', show(e), '| destroyed', c.destroyed, c.readyState));
    c.on('close', (hadError) => { console.log('close hadError', hadError); resolve(); });
  });
  // The promise form of the same: events.once rejects with the error.
  const { once } = require('events');
  try {
    await once(net.connect({ port, host: '127.0.0.1' }), 'connect');
  } catch (e) {
    console.log('once rejects:', e.code);
  }
}

async function inUse() {
  const a = net.createServer();
  const port = await listen(a);
  const b = net.createServer();
  await new Promise((resolve) => {
    b.on('error', (e) => { console.log('listen error:', show(e), '| listening', b.listening); resolve(); });
    b.on('listening', () => console.log("'listening' (the first try's listener, on the second)"));
    b.listen(port, '127.0.0.1');
  });
  // Listening again after the failure works once the port is free.
  await new Promise((resolve) => a.close(resolve));
  await new Promise((resolve) => b.listen(port, '127.0.0.1', resolve));
  console.log('second try listening', b.listening);
  try { b.listen(0); } catch (e) { console.log(e.name, e.code, e.message); }
  await new Promise((resolve) => b.close(resolve));
  b.close((e) => console.log('second close:', e.name, e.code, e.message));
  await new Promise((resolve) => setImmediate(resolve));
}

async function notFound() {
  await new Promise((resolve) => {
    const c = net.connect({ port: 80, host: 'no-such-host.invalid' });
    c.on('lookup', (err, address, family, host) => console.log('lookup:', err && err.code, address, family, host));
    c.on('error', (e) => console.log('error:', e.message, e.code, e.errno, e.syscall, e.hostname));
    c.on('close', (hadError) => { console.log('close', hadError); resolve(); });
  });
  await new Promise((resolve) => {
    const c = net.connect({ port: 1, host: 'localhost' });
    c.on('lookup', (err, address, family, host) => console.log('lookup localhost:', err, address, family, host));
    c.on('error', (e) => { console.log('localhost:', e.code); resolve(); });
  });
}

async function afterDestroy() {
  const server = net.createServer((sock) => sock.resume());
  const port = await listen(server);
  await new Promise((resolve) => {
    const c = net.connect(port, '127.0.0.1', () => {
      c.destroy();
      console.log('write returns', c.write('late', (err) => console.log('write cb:', err.code, err.message)));
      c.on('error', (e) => console.log('error event:', e.code));
      c.end();
    });
    c.on('close', () => setTimeout(resolve, 10));
  });
  await new Promise((resolve) => {
    const c = net.connect(port, '127.0.0.1', () => {
      c.end();
      c.write('after end', (err) => console.log('write after end cb:', err.code, err.message));
      c.on('error', (e) => console.log('error event:', e.code));
    });
    c.on('close', resolve);
  });
  await new Promise((resolve) => {
    const c = net.connect(port, '127.0.0.1', () => c.destroy(new Error('boom')));
    c.on('error', (e) => console.log('destroy(err):', e.message));
    c.on('close', (hadError) => { console.log('close hadError', hadError); resolve(); });
  });
  server.close();
}

function validation() {
  const attempts = [
    () => net.connect(70000, '127.0.0.1'),
    () => net.connect(-1),
    () => net.connect({ port: true }),
    () => net.connect({}),
    () => net.connect({ port: 80, localAddress: 'not-an-ip' }),
    () => net.createServer().listen(65536),
    () => net.createServer().listen({ host: 'x' }),
    () => net.createServer().listen({ port: 'x' }),
    () => net.createServer(5),
    () => new net.Socket({ objectMode: true }),
  ];
  for (const attempt of attempts) {
    try { attempt(); console.log('no error'); } catch (e) { console.log(`${e.name} [${e.code}]: ${e.message}`); }
  }
  console.log(net.isIP('127.0.0.1'), net.isIP('::1'), net.isIP('fe80::1%lo'), net.isIP('::ffff:10.0.0.1'), net.isIP('1:2:3:4:5:6:7:8'));
  console.log(net.isIP('1.2.3'), net.isIP('01.2.3.4'), net.isIP('256.1.1.1'), net.isIP('1::2::3'), net.isIP('1:2:3:4:5:6:7:8:9'), net.isIP(''), net.isIP(null), net.isIP(1234));
  console.log(net.isIPv4('10.1.2.3'), net.isIPv4('::1'), net.isIPv6('::'), net.isIPv6('::1.2.3.4'), net.isIPv6('12345::'), net.isIPv6(':1'));
  console.log(net.getDefaultAutoSelectFamily(), net.getDefaultAutoSelectFamilyAttemptTimeout());
  const s = new net.Socket();
  console.log(s.readyState, s.pending, s.connecting, s.bytesRead, s.bytesWritten, s.remoteAddress, s.address(), s.localPort);
  const server = new net.Server();
  console.log(server.address(), server.listening, server.maxConnections, server.allowHalfOpen, typeof net.Stream, net.Stream === net.Socket);
}

(async () => {
  validation();
  await refused();
  await inUse();
  await notFound();
  await afterDestroy();
})();

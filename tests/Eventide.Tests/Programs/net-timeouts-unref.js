// net: socket.setTimeout ('timeout' after idle time, re-armed by activity, cancelled with 0, the
// callback form, connect's timeout option), ref/unref of servers and sockets (an unref'd server
// does not keep the process alive), hasRef-free behaviour checks and the listening/ordering of
// 'listening' against nextTick, promises and setImmediate.
const net = require('net');

function listen(server, ...args) {
  return new Promise((resolve) => server.listen(0, '127.0.0.1', ...args, () => resolve(server.address().port)));
}

async function timeouts() {
  const log = [];
  const server = net.createServer((sock) => {
    sock.on('data', () => {});
    sock.on('end', () => sock.end());
  });
  const port = await listen(server);
  await new Promise((resolve) => {
    const c = net.connect({ port, host: '127.0.0.1', timeout: 30 });
    log.push(`timeout property ${c.timeout}`);
    const start = Date.now();
    let timeouts = 0;
    c.on('timeout', () => {
      timeouts++;
      const waited = Date.now() - start;
      log.push(`timeout ${timeouts} after at least 30ms: ${waited >= 25}`);
      if (timeouts === 1) {
        // Activity re-arms it.
        c.write('ping');
      } else {
        c.setTimeout(0);
        log.push(`disabled: timeout property ${c.timeout}`);
        setTimeout(() => c.end(), 60);
      }
    });
    c.on('close', () => { log.push(`closed after ${timeouts} timeouts`); resolve(); });
  });
  await new Promise((resolve) => {
    const c = net.connect(port, '127.0.0.1');
    c.setTimeout(20, () => {
      log.push('callback form fired');
      c.destroy();
    });
    c.on('close', resolve);
  });
  server.close();
  for (const bad of ['10', -1, Infinity]) {
    try { new net.Socket().setTimeout(bad); } catch (e) { log.push(`${e.name} ${e.code}: ${e.message}`); }
  }
  console.log(log.join('\n'));
}

async function ordering() {
  const log = [];
  const server = net.createServer();
  server.listen(0, '127.0.0.1', () => log.push('listening'));
  process.nextTick(() => log.push('nextTick'));
  Promise.resolve().then(() => log.push('promise'));
  setImmediate(() => log.push('immediate'));
  log.push(`sync: listening ${server.listening}`);
  await new Promise((resolve) => setTimeout(resolve, 100));
  const server2 = net.createServer();
  server2.listen(0, () => log.push('listening without host'));
  process.nextTick(() => log.push('nextTick 2'));
  await new Promise((resolve) => setTimeout(resolve, 100));
  log.push(`default host family ${server2.address().family} ${server2.address().address}`);
  // connect: 'connect' comes in the poll phase; close() 'close' on the next tick.
  await new Promise((resolve) => {
    const c = net.connect(server.address().port, '127.0.0.1');
    c.on('connect', () => {
      log.push('connect');
      process.nextTick(() => log.push('tick after connect'));
      setImmediate(() => log.push('immediate after connect'));
      c.destroy();
      log.push(`destroyed ${c.destroyed}`);
    });
    c.on('close', () => { log.push('client close'); resolve(); });
  });
  // The server's side of that connection ends when its EOF arrives: 'close' waits for it.
  const closed = new Promise((resolve) => server.close(() => { log.push(`server close cb ${server._connections}`); resolve(); }));
  server.on('close', () => log.push('server close event'));
  server2.close();
  // (Whether the server has seen that EOF by the next tick depends on the machine's load: not printed.)
  await closed;
  console.log(log.join('\n'));
}

async function unref() {
  const server = net.createServer((sock) => sock.end('hi'));
  server.unref();
  const port = await listen(server);
  console.log('unref before listen kept:', server.listening);
  server.ref();
  const c = net.connect(port, '127.0.0.1');
  c.unref();
  c.ref();
  await new Promise((resolve) => c.on('close', resolve).resume());
  // An unref'd server and a long unref'd timer: the process ends anyway.
  server.unref();
  const t = setTimeout(() => console.log('never'), 100000);
  t.unref();
  // A connected socket that is unref'd does not hold the process either.
  const idle = net.createServer((sock) => { sock.unref(); sock.on('data', () => {}); });
  idle.unref();
  const port2 = await listen(idle);
  const held = net.connect(port2, '127.0.0.1', () => {
    held.unref();
    console.log('connected socket unref\'d; exiting');
  });
  process.on('exit', () => console.log('exit with server listening', server.listening, idle.listening));
}

(async () => {
  await timeouts();
  await ordering();
  await unref();
})();

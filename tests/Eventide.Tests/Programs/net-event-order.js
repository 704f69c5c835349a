// net: the order of a socket's events against process.nextTick, promises and setImmediate queued
// from inside them, as node's event loop runs them: data in the poll phase, 'end' on a tick after
// the EOF, 'finish' after the shutdown completes (libuv's pending phase), 'close' in the close
// phase after immediates, server 'close' on a tick.
const net = require('net');

function trace(log, label) {
  log.push(label);
  process.nextTick(() => log.push(`  tick after ${label}`));
  Promise.resolve().then(() => log.push(`  promise after ${label}`));
  setImmediate(() => log.push(`  immediate after ${label}`));
}

(async () => {
  const log = [];
  const server = net.createServer((sock) => {
    // The listening socket's connection comes before the client's 'connect' in the same turn.
    trace(log, 'server connection');
    sock.on('data', () => {
      // Reply and end in one go: the client sees the data and the EOF together.
      sock.end('reply');
    });
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  await new Promise((resolve) => {
    const c = net.connect(server.address().port, '127.0.0.1');
    c.on('connect', () => { trace(log, 'connect'); c.write('request'); });
    c.on('ready', () => log.push('ready'));
    c.on('data', (d) => trace(log, `data ${d}`));
    c.on('end', () => trace(log, 'end'));
    c.on('finish', () => trace(log, 'finish'));
    c.on('close', () => { trace(log, 'close'); setTimeout(resolve, 30); });
  });
  server.close(() => trace(log, 'server close'));
  await new Promise((resolve) => setTimeout(resolve, 30));
  console.log(log.join('\n'));
})();

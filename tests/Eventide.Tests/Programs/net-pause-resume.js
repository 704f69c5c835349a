// net: flow control with a big payload. The server writes 4 MB in 64 KB chunks honouring write()'s
// false and 'drain'; the client pauses after every 512 KB for a while, so reading from the socket
// stops (the buffered amount stays bounded) and resumes. Also pauseOnConnect, and a pipe() between
// two sockets.
const net = require('net');
const crypto = require('crypto');

const payload = Buffer.alloc(4 * 1024 * 1024);
const block = crypto.createHash('sha512').update('seed').digest();
for (let i = 0; i < payload.length; i += block.length) block.copy(payload, i);
for (let i = 0; i < payload.length; i += 4096) payload.writeUInt32BE(i, i);
const expected = crypto.createHash('sha256').update(payload).digest('hex');

async function bigPayload() {
  const server = net.createServer((sock) => {
    let offset = 0, falses = 0, drains = 0;
    const chunk = 64 * 1024;
    function pump() {
      while (offset < payload.length) {
        const ok = sock.write(payload.subarray(offset, offset + chunk));
        offset += chunk;
        if (!ok) {
          falses++;
          sock.once('drain', () => { drains++; pump(); });
          return;
        }
      }
      sock.end(() => console.log('server: all written, saw backpressure', falses > 0, 'every false drained', drains === falses,
        'bytesWritten', sock.bytesWritten));
    }
    pump();
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  await new Promise((resolve) => {
    const c = net.connect(server.address().port, '127.0.0.1');
    const hash = crypto.createHash('sha256');
    let got = 0, nextPause = 512 * 1024, pauses = 0, maxBuffered = 0, dataWhilePaused = 0;
    c.on('data', (d) => {
      if (c.isPaused()) dataWhilePaused++;
      hash.update(d);
      got += d.length;
      if (got >= nextPause) {
        nextPause += 512 * 1024;
        pauses++;
        c.pause();
        setTimeout(() => {
          maxBuffered = Math.max(maxBuffered, c.readableLength);
          c.resume();
        }, 15);
      }
    });
    c.on('end', () => {
      console.log('client: got', got, 'intact', hash.digest('hex') === expected, 'pauses', pauses);
      console.log('no data while paused', dataWhilePaused === 0, 'buffer bounded', maxBuffered <= 256 * 1024);
    });
    c.on('close', (hadError) => { console.log('client close', hadError, c.bytesRead); resolve(); });
  });
  await new Promise((resolve) => server.close(resolve));
}

async function pauseOnConnect() {
  const server = net.createServer({ pauseOnConnect: true }, (sock) => {
    console.log('pauseOnConnect: paused', sock.isPaused(), 'flowing', sock.readableFlowing);
    setTimeout(() => {
      sock.on('data', (d) => console.log('server data after resume:', d.toString()));
      sock.resume();
      sock.on('end', () => sock.end());
    }, 20);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  await new Promise((resolve) => {
    const c = net.connect(server.address().port, '127.0.0.1', () => c.end('sent early'));
    c.resume();
    c.on('close', resolve);
  });
  await new Promise((resolve) => server.close(resolve));
}

async function pipeBetweenSockets() {
  // A proxy: connections to the front server are piped to the back (upper-casing) server and back.
  const back = net.createServer((sock) => {
    sock.setEncoding('utf8');
    sock.on('data', (d) => sock.write(d.toUpperCase()));
    sock.on('end', () => sock.end());
  });
  await new Promise((resolve) => back.listen(0, '127.0.0.1', resolve));
  const front = net.createServer({ allowHalfOpen: true }, (sock) => {
    const upstream = net.connect(back.address().port, '127.0.0.1');
    sock.pipe(upstream).pipe(sock);
  });
  await new Promise((resolve) => front.listen(0, '127.0.0.1', resolve));
  const reply = await new Promise((resolve) => {
    const c = net.connect(front.address().port, '127.0.0.1', () => c.end('through the proxy '.repeat(2000)));
    const chunks = [];
    c.on('data', (d) => chunks.push(d));
    c.on('end', () => resolve(Buffer.concat(chunks).toString()));
  });
  console.log('proxied', reply.length, reply === 'THROUGH THE PROXY '.repeat(2000));
  front.close();
  back.close();
}

(async () => {
  await bigPayload();
  await pauseOnConnect();
  await pipeBetweenSockets();
})();

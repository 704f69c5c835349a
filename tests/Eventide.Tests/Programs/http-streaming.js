// Large bodies streamed through http with backpressure over loopback TCP: a 4 MiB upload piped from
// a Readable into the request, counted by the server through pipe into a Writable that is slow to
// drain; a 4 MiB download written by the server with write()/'drain'; and pipeline() on both ends.
const http = require('http');
const { Readable, Writable, pipeline } = require('stream');
const crypto = require('crypto');

const CHUNK = 64 * 1024;
const COUNT = 64;

function source(seed) {
  let n = 0;
  return new Readable({
    read() {
      if (n === COUNT) { this.push(null); return; }
      this.push(Buffer.alloc(CHUNK, (seed + n++) % 256));
    },
  });
}

function sink(onDone) {
  const hash = crypto.createHash('sha256');
  let bytes = 0;
  let writes = 0;
  return new Writable({
    highWaterMark: 16 * 1024,
    write(chunk, encoding, callback) {
      hash.update(chunk);
      bytes += chunk.length;
      // Every few chunks the consumer is slow, so the producer has to wait for it.
      if (++writes % 8 === 0) setTimeout(callback, 1);
      else callback();
    },
    final(callback) {
      onDone(bytes, hash.digest('hex').slice(0, 16));
      callback();
    },
  });
}

let sawBackpressure = false;
const server = http.createServer((req, res) => {
  if (req.method === 'POST') {
    req.pipe(sink((bytes, digest) => {
      res.setHeader('Content-Type', 'application/json');
      res.end(JSON.stringify({ bytes, digest }));
    }));
    return;
  }
  // Download: write until write() says stop, continue on 'drain'.
  let n = 0;
  res.writeHead(200, { 'Content-Type': 'application/octet-stream' });
  const pump = () => {
    while (n < COUNT) {
      const ok = res.write(Buffer.alloc(CHUNK, (7 + n++) % 256));
      if (!ok) {
        sawBackpressure = true;
        res.once('drain', pump);
        return;
      }
    }
    res.end();
  };
  pump();
});

server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  const req = http.request({ host: '127.0.0.1', port, method: 'POST', path: '/upload' }, (res) => {
    let text = '';
    res.on('data', (d) => { text += d; });
    res.on('end', () => {
      console.log('upload answered', res.statusCode, res.headers['content-type'], text);
      let expected = crypto.createHash('sha256');
      for (let n = 0; n < COUNT; n++) expected.update(Buffer.alloc(CHUNK, (3 + n) % 256));
      console.log('upload digest matches', JSON.parse(text).digest === expected.digest('hex').slice(0, 16));
      download(port);
    });
  });
  pipeline(source(3), req, (err) => console.log('upload pipeline done', err || 'ok'));
});

function download(port) {
  http.get({ host: '127.0.0.1', port, path: '/download' }, (res) => {
    console.log('download status', res.statusCode, res.headers['transfer-encoding']);
    pipeline(res, sink((bytes, digest) => {
      let expected = crypto.createHash('sha256');
      for (let n = 0; n < COUNT; n++) expected.update(Buffer.alloc(CHUNK, (7 + n) % 256));
      console.log('downloaded', bytes, 'digest matches', digest === expected.digest('hex').slice(0, 16));
    }), (err) => {
      console.log('download pipeline done', err || 'ok', 'server saw backpressure', sawBackpressure);
      server.close(() => console.log('closed'));
    });
  });
}

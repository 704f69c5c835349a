// The server side of bench/http/load.mjs: node:http on 127.0.0.1, an ephemeral port printed on
// stdout once listening; each request answers a small JSON body after reading the request body.
const http = require('http');

let served = 0;
const server = http.createServer((req, res) => {
  let size = 0;
  req.on('data', (chunk) => { size += chunk.length; });
  req.on('end', () => {
    served++;
    const body = JSON.stringify({ ok: true, path: req.url, method: req.method, received: size, served });
    res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) });
    res.end(body);
  });
});
server.keepAliveTimeout = 10000;
server.listen(0, '127.0.0.1', () => console.log(server.address().port));
process.on('SIGTERM', () => server.close(() => process.exit(0)));

// An http.Server and http.request/http.get in one program over loopback TCP: JSON round trips,
// headers as both sides see them, 404s, chunked bodies both ways, keep-alive reuse through an Agent.
const http = require('http');

const maskPort = (text) => String(text).replace(/127\.0\.0\.1:\d+/g, '127.0.0.1:<port>');
let connections = 0;

const server = http.createServer((req, res) => {
  const chunks = [];
  req.on('data', (c) => chunks.push(c));
  req.on('end', () => {
    const body = Buffer.concat(chunks).toString();
    console.log(`server: ${req.method} ${req.url} ${req.httpVersion} body=${JSON.stringify(body)}`);
    console.log('server: headers', maskPort(JSON.stringify(req.headers)));
    if (req.url === '/json' && req.method === 'POST') {
      const data = JSON.parse(body);
      res.writeHead(201, { 'Content-Type': 'application/json' });
      res.end(JSON.stringify({ received: data, sum: data.numbers.reduce((a, b) => a + b, 0) }));
    } else if (req.url === '/chunks') {
      res.setHeader('Content-Type', 'text/plain');
      let n = 0;
      const timer = setInterval(() => {
        res.write(`chunk ${++n}\n`);
        if (n === 3) {
          clearInterval(timer);
          res.end();
        }
      }, 2);
    } else if (req.url === '/cookies') {
      res.setHeader('Set-Cookie', ['a=1; Path=/', 'b=2']);
      res.setHeader('X-Multi', ['x', 'y']);
      res.end('ok');
    } else if (req.url.startsWith('/hello')) {
      res.end(`hello ${new URL(req.url, 'http://x').searchParams.get('name')}`);
    } else {
      res.writeHead(404, 'Nothing Here', { 'Content-Type': 'text/plain' });
      res.end('not found');
    }
  });
});
server.on('connection', () => { connections++; });

function collect(res) {
  return new Promise((resolve, reject) => {
    let data = '';
    res.setEncoding('utf8');
    res.on('data', (d) => { data += d; });
    res.on('end', () => resolve(data));
    res.on('error', reject);
  });
}

function request(options, body) {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port: server.address().port, ...options }, async (res) => {
      const text = await collect(res);
      resolve({ res, text, req });
    });
    req.on('error', reject);
    if (Array.isArray(body)) {
      for (const piece of body) req.write(piece);
      req.end();
    } else req.end(body);
  });
}

const describe = (res) => maskPort(`${res.statusCode} ${res.statusMessage} ${JSON.stringify(res.headers).replace(/"date":"[^"]*"/, '"date":"<date>"')}`);

server.listen(0, '127.0.0.1', async () => {
  console.log('listening', typeof server.address().port, server.address().family, server.listening);
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });

  let r = await request({ method: 'POST', path: '/json', agent, headers: { 'Content-Type': 'application/json' } }, JSON.stringify({ numbers: [1, 2, 3] }));
  console.log('client:', describe(r.res), r.text, 'reused', r.req.reusedSocket);

  r = await request({ path: '/hello?name=eventide', agent });
  console.log('client:', describe(r.res), r.text, 'reused', r.req.reusedSocket);

  r = await request({ path: '/chunks', agent });
  console.log('client:', describe(r.res), JSON.stringify(r.text), 'reused', r.req.reusedSocket);

  r = await request({ method: 'PUT', path: '/upload', agent }, ['one,', 'two,', 'three']);
  console.log('client:', describe(r.res), r.text, 'reused', r.req.reusedSocket);

  r = await request({ path: '/cookies', agent });
  console.log('client:', describe(r.res), 'raw', r.res.rawHeaders.filter((h, i) => i % 2 === 0).join(','), r.res.headersDistinct['x-multi']);

  // Parallel requests through one socket wait their turn.
  const parallel = await Promise.all([1, 2, 3].map((i) => request({ path: `/hello?name=p${i}`, agent })));
  console.log('parallel:', parallel.map((p) => `${p.text}/${p.req.reusedSocket}`).join(' '));
  console.log('connections so far', connections, 'free sockets', Object.keys(agent.freeSockets).length);
  agent.destroy();

  // http.get with a URL string and the global agent; then without keep-alive (agent: false).
  await new Promise((resolve) => {
    http.get(`http://127.0.0.1:${server.address().port}/missing`, async (res) => {
      console.log('get:', describe(res), await collect(res));
      resolve();
    });
  });
  r = await request({ path: '/hello?name=noagent', agent: false });
  console.log('client:', describe(r.res), r.text);
  console.log('connections', connections);
  server.close(() => console.log('server closed'));
  server.on('close', () => console.log('close event'));
});

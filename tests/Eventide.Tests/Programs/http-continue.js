// Expect: 100-continue over loopback TCP: without a 'checkContinue' listener the server answers
// 100 by itself; with one, the listener decides (writeContinue, or a final answer without reading);
// other expectations are refused with 417 unless 'checkExpectation' is listened to.
const http = require('http');

const server = http.createServer((req, res) => {
  let body = '';
  req.on('data', (d) => { body += d; });
  req.on('end', () => res.end(`request saw ${JSON.stringify(body)}`));
});

function post(label, headers) {
  return new Promise((resolve) => {
    const req = http.request({ host: '127.0.0.1', port: server.address().port, method: 'POST', agent: false, headers });
    req.on('continue', () => {
      console.log(label, 'client continue');
      req.end('the payload');
    });
    req.on('information', (info) => console.log(label, 'information', info.statusCode, info.statusMessage));
    req.on('response', (res) => {
      let text = '';
      res.on('data', (d) => { text += d; });
      res.on('end', () => {
        console.log(label, 'response', res.statusCode, res.statusMessage, res.headers.connection, JSON.stringify(text));
        resolve();
      });
    });
    req.on('error', (e) => { console.log(label, 'error', e.code); resolve(); });
    if (!headers.Expect.includes('100')) req.end('unexpected');
    else req.flushHeaders();
  });
}

server.listen(0, '127.0.0.1', async () => {
  await post('automatic:', { Expect: '100-continue', 'Content-Length': 11 });
  server.on('checkContinue', (req, res) => {
    console.log('checkContinue', req.url, req.headers.expect);
    if (req.headers['x-allow'] === 'yes') {
      res.writeContinue();
      server.emit('request', req, res);
    } else {
      res.writeHead(403, { 'Content-Type': 'text/plain' });
      res.end('not allowed');
    }
  });
  await post('allowed:', { Expect: '100-continue', 'Content-Length': 11, 'X-Allow': 'yes' });
  await post('refused:', { Expect: '100-continue', 'Content-Length': 11 });
  await post('other expectation:', { Expect: 'something-else' });
  server.on('checkExpectation', (req, res) => {
    console.log('checkExpectation', req.headers.expect);
    res.end('expectation handled');
  });
  await post('handled expectation:', { Expect: 'something-else' });
  server.close(() => console.log('closed'));
});

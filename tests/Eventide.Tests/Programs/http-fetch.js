// The seed's fetch patterns (retries with backoff and AbortController timeouts, a paginated loader,
// parallel requests, a chunked uploader of Blob slices) against an http.createServer in the same program.
const http = require('http');

const attempts = new Map();
const server = http.createServer(async (req, res) => {
  const url = new URL(req.url, 'http://localhost');
  const parts = url.pathname.split('/').filter(Boolean);
  const chunks = [];
  for await (const chunk of req) chunks.push(chunk);
  const body = Buffer.concat(chunks);
  const json = (status, value) => {
    res.writeHead(status, { 'Content-Type': 'application/json' });
    res.end(JSON.stringify(value));
  };
  switch (parts[0]) {
    case 'json': return json(200, { hello: 'world', items: [1, 2, 3] });
    case 'text': res.setHeader('Content-Type', 'text/plain; charset=utf-8'); return res.end('plain text body, ünïcödé');
    case 'status': res.statusCode = Number(parts[1]); return res.end(res.statusCode === 204 ? undefined : `status ${parts[1]}`);
    case 'flaky': {
      const seen = (attempts.get(parts[1]) || 0) + 1;
      attempts.set(parts[1], seen);
      return seen <= Number(parts[2]) ? json(503, { error: 'try again' }) : json(200, { ok: true, attempts: seen });
    }
    case 'slow': return setTimeout(() => { if (!res.destroyed) json(200, { slow: true }); }, Number(parts[1]));
    case 'items': {
      const page = Number(url.searchParams.get('page'));
      const items = [1, 2, 3].map((i) => ({ id: (page - 1) * 3 + i }));
      return json(200, { items, nextPage: page < 3 ? page + 1 : null });
    }
    case 'echo': return json(200, { method: req.method, type: req.headers['content-type'], custom: req.headers['x-custom'], body: body.toString() });
    case 'upload': {
      // A multipart body, read without depending on the boundary the client picked.
      const boundary = /boundary=(.+)$/.exec(req.headers['content-type'])[1];
      const fields = {};
      for (const part of body.toString('latin1').split(`--${boundary}`).slice(1, -1)) {
        const [head, ...rest] = part.split('\r\n\r\n');
        const name = /name="([^"]+)"/.exec(head)[1];
        fields[name] = rest.join('\r\n\r\n').slice(0, -2);
      }
      return json(200, { index: Number(fields.index), total: Number(fields.total), size: fields.chunk.length, data: fields.chunk });
    }
    default: return json(404, { error: 'not found' });
  }
});

class ResilientFetcher {
  constructor(options = {}) {
    this.maxRetries = options.maxRetries || 3;
    this.baseDelay = options.baseDelay || 10;
    this.timeout = options.timeout || 1000;
  }

  async fetch(url, options = {}) {
    let lastError;
    for (let attempt = 0; attempt <= this.maxRetries; attempt++) {
      try {
        return await this.fetchWithTimeout(url, options);
      } catch (error) {
        lastError = error;
        console.log(`attempt ${attempt + 1} failed: ${error.name}: ${error.message}`);
        if (attempt < this.maxRetries) await new Promise((r) => setTimeout(r, this.baseDelay * 2 ** attempt));
      }
    }
    throw lastError;
  }

  async fetchWithTimeout(url, options) {
    const controller = new AbortController();
    const timeoutId = setTimeout(() => controller.abort(), this.timeout);
    try {
      const response = await fetch(url, { ...options, signal: controller.signal });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      return await response.json();
    } finally {
      clearTimeout(timeoutId);
    }
  }
}

class PaginationLoader {
  async *pages(url) {
    let page = 1;
    while (page !== null) {
      const data = await fetch(`${url}?page=${page}`).then((r) => r.json());
      yield data.items;
      page = data.nextPage;
    }
  }
}

class FileUploader {
  constructor(base, chunkSize) {
    this.base = base;
    this.chunkSize = chunkSize;
  }

  createChunks(file) {
    const chunks = [];
    for (let start = 0; start < file.size; start += this.chunkSize) chunks.push(file.slice(start, Math.min(start + this.chunkSize, file.size)));
    return chunks;
  }

  async upload(file) {
    const chunks = this.createChunks(file);
    const results = [];
    for (let i = 0; i < chunks.length; i++) {
      const formData = new FormData();
      formData.append('chunk', chunks[i]);
      formData.append('index', i);
      formData.append('total', chunks.length);
      results.push(await fetch(`${this.base}/upload`, { method: 'POST', body: formData }).then((r) => r.json()));
    }
    return results;
  }
}

server.listen(0, '127.0.0.1', async () => {
  const BASE = `http://127.0.0.1:${server.address().port}`;
  const fetcher = new ResilientFetcher({ maxRetries: 3, baseDelay: 5, timeout: 2000 });
  console.log('flaky succeeded:', await fetcher.fetch(`${BASE}/flaky/a/2`));

  const impatient = new ResilientFetcher({ maxRetries: 1, baseDelay: 5, timeout: 50 });
  try { await impatient.fetch(`${BASE}/slow/400`); } catch (e) { console.log('gave up:', e.name, e.message, e instanceof DOMException); }

  const all = [];
  for await (const items of new PaginationLoader().pages(`${BASE}/items`)) {
    console.log('page', items.map((i) => i.id).join(','));
    all.push(...items);
  }
  console.log('total items', all.length);

  const [a, b, c, d] = await Promise.all([`${BASE}/json`, `${BASE}/text`, `${BASE}/status/204`, `${BASE}/nowhere`].map((u) => fetch(u)));
  console.log(a.status, a.headers.get('content-type'), await a.json());
  console.log(b.status, b.headers.get('content-type'), await b.text());
  console.log(c.status, c.body, d.status, d.statusText, await d.json());

  const echoed = await fetch(`${BASE}/echo`, { method: 'PUT', headers: { 'Content-Type': 'text/plain', 'X-Custom': 'yes' }, body: 'sent body' });
  console.log(await echoed.json());

  // The slow answer comes 1.5 s late: a loaded machine must not let it win.
  const fastest = await Promise.race([fetch(`${BASE}/slow/1500`).then(() => 'slow'), fetch(`${BASE}/json`).then(() => 'fast')]);
  console.log('race won by', fastest);

  const file = new File(['x'.repeat(12) + 'y'.repeat(13)], 'data.txt', { type: 'text/plain' });
  console.log(await new FileUploader(BASE, 10).upload(file));

  // Let the slow answers finish before closing, so that nothing is cut off mid-write.
  setTimeout(() => server.close(() => console.log('server closed')), 1600);
});

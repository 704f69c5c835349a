// The seed's I/O patterns as written: a resilient fetcher (retries with backoff, timeouts through
// AbortController), a paginated loader, parallel requests, and a chunked uploader of Blob slices.
const BASE = process.env.EVENTIDE_TEST_BASE;

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
      if (!response.ok) {
        throw new Error(`HTTP ${response.status}`);
      }
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
  constructor(chunkSize) { this.chunkSize = chunkSize; }

  createChunks(file) {
    const chunks = [];
    let start = 0;
    while (start < file.size) {
      const end = Math.min(start + this.chunkSize, file.size);
      chunks.push(file.slice(start, end));
      start = end;
    }
    return chunks;
  }

  async uploadChunk(chunk, index, total) {
    const formData = new FormData();
    formData.append('chunk', chunk);
    formData.append('index', index);
    formData.append('total', total);
    const response = await fetch(`${BASE}/upload`, { method: 'POST', body: formData });
    return response.json();
  }

  async upload(file) {
    const chunks = this.createChunks(file);
    const results = [];
    for (let i = 0; i < chunks.length; i++) results.push(await this.uploadChunk(chunks[i], i, chunks.length));
    return results;
  }
}

async function main() {
  const fetcher = new ResilientFetcher({ maxRetries: 3, baseDelay: 5, timeout: 2000 });
  console.log('flaky succeeded:', await fetcher.fetch(`${BASE}/flaky/${Math.random().toString(36).slice(2)}/2`));

  const impatient = new ResilientFetcher({ maxRetries: 1, baseDelay: 5, timeout: 100 });
  try { await impatient.fetch(`${BASE}/slow/3000`); } catch (e) { console.log('gave up:', e.name, e.message, e instanceof DOMException); }

  const all = [];
  for await (const items of new PaginationLoader().pages(`${BASE}/items`)) {
    console.log('page', items.map((i) => i.id).join(','));
    all.push(...items);
  }
  console.log('total items', all.length);

  const [a, b, c] = await Promise.all([`${BASE}/json`, `${BASE}/text`, `${BASE}/status/204`].map((u) => fetch(u)));
  console.log(a.status, b.status, c.status, c.body);
  const settled = await Promise.allSettled([fetch(`${BASE}/json`), fetch('not a url')]);
  console.log(settled.map((s) => s.status), settled[1].reason.message, settled[1].reason.cause.code);
  const fastest = await Promise.race([fetch(`${BASE}/slow/1500`).then(() => 'slow'), fetch(`${BASE}/json`).then(() => 'fast')]);
  console.log('race won by', fastest);

  const file = new File(['x'.repeat(25)], 'data.txt', { type: 'text/plain' });
  const uploaded = await new FileUploader(10).upload(file);
  console.log(uploaded);
}

main().then(() => console.log('done'), (e) => console.log('failed', e));

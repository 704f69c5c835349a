// The seed's AsyncQueue pattern: a concurrency-limited task queue.
class AsyncQueue {
  constructor(concurrency) { this.concurrency = concurrency; this.running = 0; this.queue = []; }
  add(task) {
    return new Promise((resolve, reject) => {
      this.queue.push({ task, resolve, reject });
      this.process();
    });
  }
  async process() {
    if (this.running >= this.concurrency || this.queue.length === 0) return;
    this.running++;
    const { task, resolve, reject } = this.queue.shift();
    try { resolve(await task()); } catch (e) { reject(e); } finally { this.running--; this.process(); }
  }
}
const queue = new AsyncQueue(10);
const jobs = [];
for (let i = 0; i < 50000; i++) jobs.push(queue.add(async () => { await null; return i % 97; }));
Promise.all(jobs).then(results => console.log('checksum', results.reduce((a, b) => a + b, 0)));

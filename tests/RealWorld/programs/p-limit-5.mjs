// p-limit@5 (ESM only): a limit on how many promise-returning calls run at once. The delays leave
// d's end (about 160 ms) far from a's (300 ms), so a loaded machine's timer jitter cannot swap them.
import pLimit from 'p-limit-5';

const limit = pLimit(2);
const trace = [];
const task = (name, ms) => limit(async () => {
  trace.push(`start ${name} active=${limit.activeCount} pending=${limit.pendingCount}`);
  await new Promise((r) => setTimeout(r, ms));
  trace.push(`end ${name}`);
  return name;
});
console.log(await Promise.all([task('a', 300), task('b', 100), task('c', 50), task('d', 10)]));
console.log(trace);
limit.concurrency = 1;
console.log('concurrency', limit.concurrency);
try { pLimit(0); } catch (e) { console.log(e.constructor.name, e.message); }

// p-limit@5 (ESM only): a limit on how many promise-returning calls run at once.
import pLimit from 'p-limit-5';

const limit = pLimit(2);
const trace = [];
const task = (name, ms) => limit(async () => {
  trace.push(`start ${name} active=${limit.activeCount} pending=${limit.pendingCount}`);
  await new Promise((r) => setTimeout(r, ms));
  trace.push(`end ${name}`);
  return name;
});
console.log(await Promise.all([task('a', 30), task('b', 10), task('c', 5), task('d', 1)]));
console.log(trace);
limit.concurrency = 1;
console.log('concurrency', limit.concurrency);
try { pLimit(0); } catch (e) { console.log(e.constructor.name, e.message); }

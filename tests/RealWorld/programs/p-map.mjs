// p-map@7 (ESM only): mapping with a concurrency limit, order of results, errors, AggregateError, pMapSkip.
import pMap, { pMapSkip } from 'p-map';

let running = 0, maxRunning = 0;
const slow = async (n) => {
  running++; maxRunning = Math.max(maxRunning, running);
  await new Promise((r) => setTimeout(r, (5 - n) * 3));
  running--;
  return n * 10;
};
console.log(await pMap([1, 2, 3, 4], slow, { concurrency: 2 }), 'max concurrent', maxRunning);
console.log(await pMap([1, 2, 3, 4, 5], (n) => (n % 2 ? n : pMapSkip)));
try { await pMap([1, 2, 3], async (n) => { if (n === 2) throw new Error('bad ' + n); return n; }); } catch (e) { console.log('stopped', e.message); }
try {
  await pMap([1, 2, 3], async (n) => { throw new Error('e' + n); }, { stopOnError: false });
} catch (e) { console.log(e.constructor.name, e.errors.map((x) => x.message)); }
async function* source() { yield 1; yield 2; yield 3; }
console.log('async iterable', await pMap(source(), async (n) => n + 1, { concurrency: 1 }));

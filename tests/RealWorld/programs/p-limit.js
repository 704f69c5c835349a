'use strict';
// p-limit: concurrency limiting, activeCount/pendingCount, errors, clearQueue.
const pLimit = require('p-limit');
const show = (label, value) => console.log(label, JSON.stringify(value));
const delay = (ms, v) => new Promise(r => setTimeout(() => r(v), ms));

async function main() {
  const log = [];
  const limit = pLimit(2);
  const tasks = [80, 10, 20, 5, 1].map((ms, i) => limit(async () => {
    log.push('start ' + i + ' active=' + limit.activeCount + ' pending=' + limit.pendingCount);
    await delay(ms);
    log.push('end ' + i);
    return i * ms;
  }));
  show('counts after queueing', [limit.activeCount, limit.pendingCount]);
  show('results', await Promise.all(tasks));
  log.forEach(l => console.log(l));
  show('counts after', [limit.activeCount, limit.pendingCount]);

  const one = pLimit(1);
  const order = [];
  await Promise.all([3, 1, 2].map(n => one(() => delay(n, n).then(v => order.push(v)))));
  show('serial order', order);

  const withArgs = await pLimit(3)((a, b) => a + b, 2, 3);
  show('args', withArgs);

  const errLimit = pLimit(1);
  const settled = await Promise.allSettled([errLimit(() => Promise.reject(new Error('bad'))), errLimit(() => 'ok'), errLimit(() => { throw new Error('sync bad'); })]);
  show('errors', settled.map(s => s.status + ':' + (s.value || s.reason.message)));

  const clear = pLimit(1);
  const ran = [];
  const first = clear(() => delay(5).then(() => ran.push('first')));
  clear(() => ran.push('second'));
  clear(() => ran.push('third'));
  show('pending before clear', clear.pendingCount);
  clear.clearQueue();
  show('pending after clear', clear.pendingCount);
  await first;
  await delay(5);
  show('ran', ran);

  for (const bad of [0, -1, 1.5, 'x']) {
    try { pLimit(bad); show('accepted', bad); } catch (e) { show('rejected ' + bad, [e.name, e.message]); }
  }
  show('infinity', typeof pLimit(Infinity));

  const big = pLimit(4);
  let peak = 0;
  const sum = (await Promise.all(Array.from({ length: 50 }, (_, i) => big(async () => { peak = Math.max(peak, big.activeCount); await delay(i % 3); return i; })))).reduce((a, b) => a + b, 0);
  show('many', [sum, peak]);
}
main();

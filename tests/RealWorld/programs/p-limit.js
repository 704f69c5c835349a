'use strict';
// p-limit: concurrency limiting, activeCount/pendingCount, errors, clearQueue.
const pLimit = require('p-limit');
const show = (label, value) => console.log(label, JSON.stringify(value));
const delay = (ms, v) => new Promise(r => setTimeout(() => r(v), ms));

async function main() {
  // Each task waits on a gate the driver opens in a fixed order, so the log shows p-limit's
  // scheduling and not the machine's timer jitter.
  const log = [];
  const limit = pLimit(2);
  const gates = [];
  const opened = [];
  const gate = (i) => new Promise(resolve => { gates[i] = resolve; });
  const tasks = [0, 1, 2, 3, 4].map(i => limit(async () => {
    log.push('start ' + i + ' active=' + limit.activeCount + ' pending=' + limit.pendingCount);
    await gate(i);
    log.push('end ' + i);
    return i * 10;
  }));
  show('counts after queueing', [limit.activeCount, limit.pendingCount]);
  for (const i of [1, 0, 3, 2, 4]) {
    while (!gates[i]) await delay(1); // the task has started
    opened.push(i);
    gates[i]();
    await delay(1);
  }
  show('results', await Promise.all(tasks));
  log.forEach(l => console.log(l));
  show('opened', opened);
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
  await delay(1); // p-limit@3 starts a task a microtask after it is queued
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

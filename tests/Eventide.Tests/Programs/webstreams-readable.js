// ReadableStream with a default controller: start/pull/cancel timing, backpressure through
// desiredSize, the order of read resolutions against microtasks, close and error propagation.
const log = (...a) => console.log(...a);

async function pullTiming() {
  log('-- pull timing');
  let n = 0;
  const rs = new ReadableStream({
    start(c) { log('start', c.desiredSize); },
    pull(c) { n++; log('pull', n, c.desiredSize); c.enqueue(n); if (n === 3) c.close(); },
  }, { highWaterMark: 2 });
  log('constructed');
  await null;
  log('after one tick');
  const reader = rs.getReader();
  for (;;) {
    const r = await reader.read();
    log('read', r);
    if (r.done) break;
  }
  log('closed', await reader.closed);
}

async function ordering() {
  log('-- ordering');
  let ctrl;
  const rs = new ReadableStream({ start(c) { ctrl = c; } });
  const reader = rs.getReader();
  const p1 = reader.read().then((r) => log('read 1', r));
  const p2 = reader.read().then((r) => log('read 2', r));
  Promise.resolve().then(() => log('microtask A'));
  ctrl.enqueue('a');
  Promise.resolve().then(() => log('microtask B'));
  ctrl.enqueue('b');
  queueMicrotask(() => log('microtask C'));
  await Promise.all([p1, p2]);
  reader.closed.then(() => log('closed resolved'));
  const p3 = reader.read().then((r) => log('read 3', r));
  ctrl.close();
  Promise.resolve().then(() => log('microtask D'));
  await p3;
  await null;
}

async function backpressure() {
  log('-- backpressure');
  let ctrl;
  const rs = new ReadableStream({ start(c) { ctrl = c; } }, new CountQueuingStrategy({ highWaterMark: 3 }));
  log(ctrl.desiredSize);
  ctrl.enqueue(1); ctrl.enqueue(2); log(ctrl.desiredSize);
  ctrl.enqueue(3); ctrl.enqueue(4); log(ctrl.desiredSize);
  const reader = rs.getReader();
  await reader.read();
  log(ctrl.desiredSize);
  const sized = new ReadableStream({ start(c) { ctrl = c; } }, { highWaterMark: 10, size: (chunk) => chunk.length });
  ctrl.enqueue('abcd'); log(ctrl.desiredSize);
  ctrl.enqueue('efghijk'); log(ctrl.desiredSize);
  const bl = new ReadableStream({ start(c) { ctrl = c; } }, new ByteLengthQueuingStrategy({ highWaterMark: 16 }));
  ctrl.enqueue(new Uint8Array(10)); log(ctrl.desiredSize);
  ctrl.close(); log(ctrl.desiredSize);
  log(sized.locked, bl.locked);
}

async function cancelAndErrors() {
  log('-- cancel');
  const rs = new ReadableStream({
    start(c) { c.enqueue('x'); },
    cancel(reason) { log('cancel called with', reason); return new Promise((r) => setTimeout(() => r('ignored'), 5)); },
  });
  const result = await rs.cancel('because');
  log('cancel result', result, rs);
  const reader = rs.getReader();
  log(await reader.read());

  log('-- error');
  let ctrl;
  const es = new ReadableStream({ start(c) { ctrl = c; } });
  const r2 = es.getReader();
  const pending = r2.read().catch((e) => log('pending read rejected', e.message));
  ctrl.error(new Error('boom'));
  await pending;
  await r2.closed.catch((e) => log('closed rejected', e.message));
  await r2.read().catch((e) => log('later read', e.message));
  log(es);
  try { ctrl.enqueue(1); } catch (e) { log(e.name, e.code, e.message); }
  ctrl.error(new Error('second'));

  log('-- start rejects');
  const bad = new ReadableStream({ start() { return Promise.reject(new Error('start failed')); } });
  await bad.getReader().read().catch((e) => log('read', e.message));

  log('-- pull throws');
  const pt = new ReadableStream({ pull() { throw new TypeError('pull failed'); } });
  await pt.getReader().closed.catch((e) => log('closed', e.name, e.message));

  log('-- releaseLock');
  const rl = new ReadableStream();
  const r3 = rl.getReader();
  const waiting = r3.read().catch((e) => log('released read', e.name, e.code, e.message));
  r3.releaseLock();
  await waiting;
  await r3.closed.catch((e) => log('released closed', e.code, e.message));
  log(rl.locked);
  const r4 = rl.getReader();
  log(r4);
  r4.releaseLock();
  await r4.cancel().catch((e) => log('cancel released', e.code, e.message));
}

(async () => {
  await pullTiming();
  await ordering();
  await backpressure();
  await cancelAndErrors();
})();

// Edge cases compared with node: abort while a close is in flight, close while a write is in
// flight, cancel during a pending pull, Infinity and zero high-water marks, the ready promise's
// identity across backpressure changes, reads released mid-flight, errors from size().
const log = (...a) => console.log(...a.map((x) => (x instanceof Error ? `${x.name}: ${x.message}` : x)));
const delay = (ms) => new Promise((r) => setTimeout(r, ms));

(async () => {
  log('-- abort during close');
  const ws = new WritableStream({ close() { log('sink close starts'); return delay(3).then(() => log('sink close ends')); }, abort(r) { log('sink abort', r); } });
  const w = ws.getWriter();
  const closing = w.close().then(() => log('close resolved'), (e) => log('close rejected', e));
  await null;
  const aborting = w.abort('late abort').then(() => log('abort resolved'), (e) => log('abort rejected', e));
  log(ws);
  await Promise.all([closing, aborting]);
  log(ws);

  log('-- close during write');
  const ws2 = new WritableStream({ write(c) { log('write starts', c); return delay(3).then(() => log('write ends', c)); }, close() { log('sink close'); } });
  const w2 = ws2.getWriter();
  w2.write('a').then(() => log('a done'));
  w2.write('b').then(() => log('b done'));
  await w2.close();
  log('closed', ws2);

  log('-- ready identity');
  const ws3 = new WritableStream({ write() { return delay(1); } }, { highWaterMark: 1 });
  const w3 = ws3.getWriter();
  const r0 = w3.ready;
  w3.write(1);
  const r1 = w3.ready;
  log(r0 === r1, w3.desiredSize);
  await r1;
  log(w3.ready === r1, w3.desiredSize);

  log('-- cancel during pull');
  let pullResolve;
  const rs = new ReadableStream({
    pull() { log('pull'); return new Promise((r) => { pullResolve = r; }); },
    cancel(reason) { log('cancel', reason); },
  });
  const reader = rs.getReader();
  const pending = reader.read().then((r) => log('pending read', r));
  await delay(1);
  await reader.cancel('stop');
  await pending;
  pullResolve();
  await delay(1);

  log('-- high-water marks');
  let ctrl;
  new ReadableStream({ start(c) { ctrl = c; } }, { highWaterMark: Infinity });
  ctrl.enqueue(1);
  log(ctrl.desiredSize);
  let pulls = 0;
  new ReadableStream({ pull() { pulls++; } }, { highWaterMark: 0 });
  await delay(1);
  log('pulls with hwm 0', pulls);
  const zero = new ReadableStream({ start(c) { c.enqueue('s'); log('desired after enqueue', c.desiredSize); } }, { highWaterMark: 0 });
  log(await zero.getReader().read());

  log('-- size errors');
  const bad = new ReadableStream({ start(c) { ctrl = c; } }, { size() { throw new Error('size threw'); } });
  try { ctrl.enqueue(1); } catch (e) { log('enqueue', e); }
  log(bad);
  const nan = new ReadableStream({ start(c) { ctrl = c; } }, { size() { return NaN; } });
  try { ctrl.enqueue(1); } catch (e) { log('enqueue', e.name, e.code, e.message); }
  log(nan);

  log('-- release with pending reads');
  const rs2 = new ReadableStream();
  const r2 = rs2.getReader();
  const reads = [r2.read(), r2.read()].map((p) => p.catch((e) => log('rejected', e.code)));
  r2.releaseLock();
  await Promise.all(reads);
  const r3 = rs2.getReader();
  log(r3 !== r2, rs2.locked);

  log('-- writer ready after error');
  let wc;
  const ws4 = new WritableStream({ start(c) { wc = c; } }, { highWaterMark: 0 });
  const w4 = ws4.getWriter();
  const before = w4.ready;
  wc.error(new Error('controller error'));
  await before.catch((e) => log('ready', e));
  log(w4.ready === before);
  log(wc.signal.aborted);

  log('-- start returns a promise');
  const order = [];
  const slowStart = new ReadableStream({ start() { order.push('start'); return delay(2).then(() => order.push('started')); }, pull(c) { order.push('pull'); c.close(); } });
  await slowStart.getReader().read();
  log(order);
})();

// pipeTo and pipeThrough: chunk flow under backpressure, preventClose/preventAbort/preventCancel,
// error propagation in both directions, AbortSignal, locked streams; tee of a default stream.
const log = (...a) => console.log(...a.map((x) => (x instanceof Error ? `${x.name}: ${x.message}` : x)));
const delay = (ms) => new Promise((r) => setTimeout(r, ms));

function source(chunks, extra = {}) {
  return new ReadableStream({
    start(c) { for (const chunk of chunks) c.enqueue(chunk); if (!extra.open) c.close(); },
    cancel(reason) { log('source cancel', reason); },
    ...extra.source,
  });
}

function sink(name, extra = {}) {
  const written = [];
  const ws = new WritableStream({
    write(chunk) { written.push(chunk); log(name, 'write', chunk); return extra.slow ? delay(2) : undefined; },
    close() { log(name, 'close'); },
    abort(reason) { log(name, 'abort', reason); },
    ...extra.sink,
  }, extra.strategy);
  return { ws, written };
}

async function plain() {
  log('-- plain');
  const { ws, written } = sink('s', { slow: true });
  const rs = source([1, 2, 3]);
  const p = rs.pipeTo(ws);
  log(rs.locked, ws.locked);
  await p;
  log('done', written, rs.locked, ws.locked, rs, ws);
}

async function ordering() {
  log('-- ordering');
  const { ws } = sink('o');
  const rs = source(['a', 'b']);
  rs.pipeTo(ws).then(() => log('pipe resolved'));
  let p = Promise.resolve();
  for (let i = 0; i < 12; i++) { const n = i; p = p.then(() => log('tick', n)); }
  await p;
  await delay(1);
}

async function prevents() {
  log('-- preventClose');
  const a = sink('a');
  await source([1]).pipeTo(a.ws, { preventClose: true });
  log(a.ws.locked, a.ws);
  const w = a.ws.getWriter();
  await w.write(2);
  await w.close();
  log('-- source errors, preventAbort');
  let ctrl;
  const erroring = new ReadableStream({ start(c) { ctrl = c; } });
  const b = sink('b');
  const pb = erroring.pipeTo(b.ws, { preventAbort: true }).catch((e) => log('pipe rejected', e.message));
  ctrl.enqueue('x');
  await delay(1);
  ctrl.error(new Error('source broke'));
  await pb;
  log(b.ws);
  log('-- source errors, abort dest');
  const e2 = new ReadableStream({ start(c) { c.error(new Error('early')); } });
  const c2 = sink('c');
  await e2.pipeTo(c2.ws).catch((e) => log('pipe rejected', e.message));
  log(c2.ws);
  log('-- dest errors, cancel source');
  const d = sink('d', { sink: { write() { throw new Error('dest broke'); } } });
  await source([1, 2], { open: true }).pipeTo(d.ws).catch((e) => log('pipe rejected', e.message));
  log('-- dest errors, preventCancel');
  const e = sink('e', { sink: { write() { throw new Error('dest broke'); } } });
  const kept = source([1, 2], { open: true });
  await kept.pipeTo(e.ws, { preventCancel: true }).catch((err) => log('pipe rejected', err.message));
  log(kept);
  log('-- closed dest');
  const closedDest = new WritableStream();
  await closedDest.close();
  await source([1], { open: true }).pipeTo(closedDest).catch((err) => log('pipe rejected', err.code, err.message));
}

async function signals() {
  log('-- signal');
  const ac = new AbortController();
  const f = sink('f', { sink: { write(chunk) { log('f write', chunk); if (chunk === 2) ac.abort(); } } });
  let n = 0;
  const rs = new ReadableStream({ pull(c) { c.enqueue(n++); }, cancel(r) { log('cancel', r.name); } });
  const p = rs.pipeTo(f.ws, { signal: ac.signal }).catch((e) => log('pipe rejected', e.name, e.message));
  await p;
  log(rs, f.ws);
  log('-- already aborted, custom reason, preventAbort');
  const g = sink('g');
  await source([1]).pipeTo(g.ws, { signal: AbortSignal.abort('why'), preventAbort: true }).catch((e) => log('pipe rejected', e));
  log(g.ws);
  log('-- bad arguments');
  await source([]).pipeTo({}).catch((e) => log(e.code, e.message));
  await source([]).pipeTo(new WritableStream(), { signal: {} }).catch((e) => log(e.code, e.message));
  await source([]).pipeTo(new WritableStream(), null).catch((e) => log(e.code, e.message));
  const locked = source([]);
  locked.getReader();
  await locked.pipeTo(new WritableStream()).catch((e) => log(e.code, e.message));
  const lockedDest = new WritableStream();
  lockedDest.getWriter();
  await source([]).pipeTo(lockedDest).catch((e) => log(e.code, e.message));
  try { source([]).pipeThrough({ readable: 1, writable: new WritableStream() }); } catch (e) { log(e.code, e.message); }
  try { source([]).pipeThrough({ readable: new ReadableStream() }); } catch (e) { log(e.code, e.message); }
}

async function through() {
  log('-- pipeThrough');
  const doubled = source([1, 2, 3]).pipeThrough(new TransformStream({ transform(x, c) { c.enqueue(x * 2); } }));
  const out = [];
  for await (const x of doubled) out.push(x);
  log(out);
}

async function tee() {
  log('-- tee');
  const rs = source(['a', 'b', 'c']);
  const [b1, b2] = rs.tee();
  log(rs.locked, b1, b2);
  const r1 = b1.getReader();
  const r2 = b2.getReader();
  r1.read().then((r) => log('b1', r));
  r2.read().then((r) => log('b2', r));
  Promise.resolve().then(() => log('m1')).then(() => log('m2')).then(() => log('m3'));
  await delay(1);
  log('b1 rest', await r1.read(), await r1.read(), await r1.read());
  log('b2 rest', await r2.read(), await r2.read(), await r2.read());
  log('-- tee cancel both');
  const [c1, c2] = source(['x'], { open: true }).tee();
  const p1 = c1.cancel('r1').then(() => log('c1 canceled'));
  await delay(1);
  log('c1 only');
  await Promise.all([p1, c2.cancel('r2').then(() => log('c2 canceled'))]);
  log('-- tee error');
  let ctrl;
  const [e1, e2] = new ReadableStream({ start(c) { ctrl = c; } }).tee();
  ctrl.error(new Error('tee broke'));
  await e1.getReader().closed.catch((e) => log('e1', e.message));
  await e2.getReader().closed.catch((e) => log('e2', e.message));
}

(async () => {
  await plain();
  await ordering();
  await prevents();
  await signals();
  await through();
  await tee();
})();

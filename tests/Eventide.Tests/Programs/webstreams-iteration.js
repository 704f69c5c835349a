// Async iteration of ReadableStream (for await, values({ preventCancel }), early exit by break
// and throw) and ReadableStream.from over arrays, generators, async generators and strings, with
// the order of next() resolutions against other microtasks.
const log = (...a) => console.log(...a.map((x) => (x instanceof Error ? `${x.name}: ${x.message}` : x)));

function counting(n, name) {
  let i = 0;
  return new ReadableStream({
    pull(c) { if (i < n) c.enqueue(i++); else c.close(); },
    cancel(reason) { log(name, 'canceled', reason); },
  });
}

(async () => {
  log('-- for await');
  for await (const x of counting(3, 'a')) log('got', x);
  log('-- break cancels');
  const b = counting(10, 'b');
  for await (const x of b) { if (x === 1) break; log('got', x); }
  log(b.locked, b);
  log('-- preventCancel keeps the stream');
  const c = counting(4, 'c');
  for await (const x of c.values({ preventCancel: true })) { if (x === 1) break; }
  log(c.locked, c);
  const reader = c.getReader();
  log(await reader.read());
  reader.releaseLock();
  log('-- throw inside loop');
  try {
    for await (const x of counting(5, 'd')) { if (x === 2) throw new Error('stop at 2'); }
  } catch (e) { log('caught', e); }
  log('-- errored stream');
  const broken = new ReadableStream({ start(ctrl) { ctrl.enqueue(1); ctrl.error(new Error('bad stream')); } });
  try { for await (const x of broken) log('never', x); } catch (e) { log('caught', e); }
  log('-- next ordering');
  let ctrl;
  const s = new ReadableStream({ start(cc) { ctrl = cc; } });
  const it = s[Symbol.asyncIterator]();
  log(Object.prototype.toString.call(it), typeof it.next, typeof it.return, it[Symbol.asyncIterator]() === it, it);
  const iterProto = Object.getPrototypeOf(it);
  const asyncIteratorProto = Object.getPrototypeOf(Object.getPrototypeOf(Object.getPrototypeOf((async function* () {})())));
  log(Reflect.ownKeys(iterProto), Object.getPrototypeOf(iterProto) === asyncIteratorProto, iterProto === Object.getPrototypeOf(new ReadableStream().values()));
  log(Object.getOwnPropertyDescriptors(iterProto));
  it.next().then((r) => log('next 1', r));
  it.next().then((r) => log('next 2', r));
  Promise.resolve().then(() => log('m1')).then(() => log('m2')).then(() => log('m3')).then(() => log('m4'));
  ctrl.enqueue('x');
  ctrl.enqueue('y');
  await new Promise((r) => setTimeout(r, 1));
  const ret = await it.return('bye');
  log('return', ret, s.locked, s);
  log(await it.next());
  log('-- values options');
  try { s.values(1); } catch (e) { log(e.code, e.message); }
  log('-- ReadableStream.from');
  const fromArray = ReadableStream.from([1, 2, 3]);
  log(fromArray);
  const arr = [];
  for await (const x of fromArray) arr.push(x);
  log(arr);
  function* gen() { try { yield 'g1'; yield 'g2'; yield 'g3'; } finally { log('gen finally'); } }
  const fromGen = ReadableStream.from(gen());
  const r = fromGen.getReader();
  log(await r.read());
  await r.cancel('enough');
  async function* agen() { yield 'a1'; await null; yield 'a2'; }
  const out = [];
  for await (const x of ReadableStream.from(agen())) out.push(x);
  log(out);
  const chars = [];
  for await (const x of ReadableStream.from('hé')) chars.push(x);
  log(chars);
  const fromStream = ReadableStream.from(counting(2, 'inner'));
  const fs = [];
  for await (const x of fromStream) fs.push(x);
  log(fs);
  for (const bad of [1, null, {}, undefined]) {
    try { ReadableStream.from(bad); } catch (e) { log(e.name, e.code, e.message); }
  }
  const throwing = ReadableStream.from({ [Symbol.asyncIterator]() { return { next() { throw new Error('next threw'); } }; } });
  await throwing.getReader().read().catch((e) => log('read', e));
  const badResult = ReadableStream.from({ [Symbol.asyncIterator]() { return { next() { return 5; } }; } });
  await badResult.getReader().read().catch((e) => log('read', e.name, e.code, e.message));
})();
const s = new ReadableStream({ start(c) { for (let i = 0; i < 4; i++) c.enqueue(i); c.close(); } });
const it = s.values();
let t = 0; let stop = false;
(function tick() { if (stop || t > 40) return; t++; Promise.resolve().then(tick); })();
(async () => {
  for (let i = 0; i < 5; i++) { const r = await it.next(); console.log('next', i, r, 'at tick', t); }
  const p = it.next(); const q = it.next();
  p.then(() => console.log('p at', t)); q.then(() => console.log('q at', t));
  await q; 
  const s2 = new ReadableStream({ start(c) { c.enqueue(1); } });
  const it2 = s2.values(); const t0 = t;
  await it2.next(); console.log('first next', t - t0);
  const t1 = t; await it2.return(); console.log('return', t - t1);
  stop = true;
})();

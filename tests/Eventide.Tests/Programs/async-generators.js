const log = (...a) => console.log(...a);
async function* counter(n) {
  try {
    for (let i = 0; i < n; i++) {
      const got = yield i;
      if (got !== undefined) log('received', got);
    }
    return 'end';
  } finally {
    log('counter finally');
  }
}
async function main() {
  for await (const x of counter(3)) log('for await', x);
  const g = counter(5);
  // requests queue up while the generator is busy
  const ps = [g.next(), g.next('a'), g.next('b'), g.return('stop'), g.next()];
  for (const p of ps) { const r = await p; log('queued', r.value, r.done); }
  const h = counter(3);
  await h.next();
  try { await h.throw(new Error('injected')); } catch (e) { log('throw rejected', e.message); }
  log('after throw', (await h.next()).done);
  for await (const v of [Promise.resolve('p1'), 'plain', new Promise(r => setTimeout(() => r('late'), 5))]) log('sync source', v);
  async function* outer() { const r = yield* counter(2); log('inner returned', r); yield 'outer'; }
  for await (const v of outer()) log('delegated', v);
  const early = counter(10);
  for await (const v of early) { if (v === 1) break; }
  log('broke early', (await early.next()).done);
  const it = { [Symbol.asyncIterator]() { let i = 0; return { next() { i++; return Promise.resolve({ value: i, done: i > 2 }); }, return() { log('custom return'); return Promise.resolve({ done: true }); } }; } };
  for await (const v of it) { log('custom', v); }
  for await (const v of it) { log('custom break', v); break; }
  const thrower = async function* () { yield 1; throw new Error('gen failed'); };
  try { for await (const v of thrower()) log('before failure', v); } catch (e) { log('caught', e.message); }
}
main().then(() => log('done'));
// interleaving of an async generator with a plain promise chain
async function* ticks() { yield 'g1'; yield 'g2'; }
const order = [];
(async () => { for await (const v of ticks()) order.push(v); })();
Promise.resolve().then(() => order.push('p1')).then(() => order.push('p2')).then(() => order.push('p3')).then(() => order.push('p4'));
setTimeout(() => log(order.join(' ')), 0);

// Awaits of primitives (number, string, undefined, null, boolean, symbol, bigint) and async
// generator yields interleave tick by tick with a then-chain, and keep AsyncLocalStorage's store.
const { AsyncLocalStorage } = require('node:async_hooks');
const als = new AsyncLocalStorage();
const log = [];
let p = Promise.resolve();
for (let i = 1; i <= 12; i++) p = p.then(() => log.push(`t${i}`));
async function awaits(label, values) {
  for (const v of values) log.push(`${label}:${typeof (await v)}:${als.getStore()}`);
  return label;
}
async function* gen() {
  for (let i = 0; i < 3; i++) { yield i; await `w${i}`; log.push(`gen awaited ${i}`); }
}
als.run('A', () => awaits('a', [1, 'two', undefined, null, true, Symbol('s'), 3n]).then(v => log.push(`${v} done`)));
als.run('B', async () => {
  for await (const x of gen()) log.push(`b got ${x}:${als.getStore()}`);
  log.push('b done');
});
(async () => {
  let sum = 0;
  for (let i = 0; i < 5; i++) sum += await i;
  log.push(`sum ${sum}`);
  try { await Promise.reject(new Error('r')); } catch (e) { log.push(`caught ${e.message}`); }
  log.push(`after ${await 0}`);
})();
setTimeout(() => console.log(log.join('\n')), 0);

// p-queue@8 (ESM only): concurrency, priorities, pause/start, onIdle/onEmpty, events, timeouts.
import PQueue from 'p-queue';

const log = [];
const gate = () => { let open; const p = new Promise((r) => { open = r; }); return { p, open }; };

const queue = new PQueue({ concurrency: 2 });
queue.on('active', () => log.push(`active size=${queue.size} pending=${queue.pending}`));
queue.on('completed', (v) => log.push(`completed ${v}`));
const gates = [gate(), gate(), gate()];
const results = Promise.all([
  queue.add(async () => { await gates[0].p; return 'a'; }),
  queue.add(async () => { await gates[1].p; return 'b'; }),
  queue.add(async () => { await gates[2].p; return 'c'; }, { priority: 1 }),
  queue.add(() => 'd', { priority: 5 }),
]);
console.log('after add', queue.size, queue.pending);
gates[1].open(); await Promise.resolve(); await new Promise((r) => setImmediate(r));
gates[0].open(); await new Promise((r) => setImmediate(r));
gates[2].open();
console.log(await results);
await queue.onIdle();
console.log(log);

// pause/start and onEmpty
const q2 = new PQueue({ concurrency: 1, autoStart: false });
const order = [];
for (const n of [3, 1, 2]) q2.add(async () => { order.push(n); return n; }, { priority: n });
console.log('paused', q2.isPaused, q2.size);
q2.start();
await q2.onIdle();
console.log('priority order', order);

// timeouts and errors
const q3 = new PQueue({ concurrency: 1, timeout: 20, throwOnTimeout: true });
try { await q3.add(() => new Promise((r) => setTimeout(r, 200))); } catch (e) { console.log('timeout error', e.name); }
try { await q3.add(async () => { throw new Error('task failed'); }); } catch (e) { console.log('task error', e.message); }
const all = await q3.addAll([async () => 1, async () => 2, () => 3]);
console.log('addAll', all, q3.size, q3.pending);

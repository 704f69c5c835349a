const { Readable } = require('stream');
const log = (...a) => console.log(...a);
(async () => {
  log(await Readable.from([1, 2, 3]).map(async (x) => { await null; return x + 1; }).toArray());
  await Readable.from(['a', 'b']).forEach((x) => log('each', x));
  log(await Readable.from([1, 2, 3]).some((x) => x > 2), await Readable.from([1, 2, 3]).every((x) => x > 2), await Readable.from([1, 2, 3]).find((x) => x > 1));
  log(await Readable.from([[1, 2], [3]]).flatMap((x) => x).toArray());
  try { await Readable.from([]).reduce((a, b) => a + b); } catch (e) { log(e.code, e.message, e.name); }
  try { Readable.from([1]).map(5); } catch (e) { log(e.code, e.message); }
  try { Readable.from([1]).take(-1); } catch (e) { log(e.code, e.message); }
  const ac = new AbortController();
  ac.abort();
  try { await Readable.from([1]).toArray({ signal: ac.signal }); } catch (e) { log(e.name, e.code); }
  const s = Readable.from([1, 2, 3]).map((x) => x * 3);
  log(s.constructor.name, s.readableObjectMode);
  for await (const v of s) log('v', v);
  const order = [];
  const mapped = Readable.from([1, 2, 3]).map((x) => { order.push('map' + x); return x; });
  for await (const v of mapped) order.push('got' + v);
  log(order.join(' '));
})();
setTimeout(() => {
(async () => {
  for (const [name, mk] of [
    ['map sync', (s, o) => s.map((x) => { o.push('f' + x); return x; })],
    ['map async', (s, o) => s.map(async (x) => { o.push('f' + x); await null; o.push('F' + x); return x; })],
    ['filter', (s, o) => s.filter((x) => { o.push('f' + x); return true; })],
    ['take', (s, o) => s.map((x) => { o.push('f' + x); return x; }).take(2)],
  ]) {
    const o = [];
    const src = Readable.from([1, 2, 3, 4]);
    for await (const v of mk(src, o)) o.push('got' + v);
    console.log(name, o.join(' '));
  }
})();
}, 50);
setTimeout(() => {
(async () => {
  const o = [];
  const s = Readable.from([1, 2, 3, 4, 5]).map(async (x) => { o.push('s' + x); for (let k = 0; k < (6 - x) * 3; k++) await null; o.push('e' + x); return x; }, { concurrency: 2 });
  for await (const v of s) o.push('got' + v);
  console.log(o.join(' '));
  try { Readable.from([1]).map((x) => x, { concurrency: 0 }); } catch (e) { console.log(e.code, e.message); }
})();
}, 100);

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
})();

const { Duplex, Readable, Writable, PassThrough, compose, duplexPair, pipeline } = require('stream');
const log = (...a) => console.log(...a);
(async () => {
  const d1 = Duplex.from(async function* (source) { for await (const c of source) yield String(c).toUpperCase(); });
  d1.on('data', (c) => log('d1 data', String(c)));
  d1.write('ab'); d1.end('cd');
  await new Promise((r) => d1.on('end', r));
  log('d1 end', d1.constructor.name, d1 instanceof Duplex);
  const d2 = Duplex.from([1, 2, 3]);
  log('d2', await d2.toArray(), d2.writable);
  const p = new PassThrough();
  log('same', Duplex.from(p) === p);
  const d3 = Duplex.from(Readable.from(['r1', 'r2']));
  log('d3', await d3.toArray(), d3.writable, d3.readable);
  const c = compose(async function* (src) { for await (const x of src) yield x * 2; }, async function* (src) { for await (const x of src) yield x + 1; });
  const out = [];
  await new Promise((res, rej) => pipeline(Readable.from([1, 2, 3]), c, new Writable({ objectMode: true, write(x, e, cb) { out.push(x); cb(); } }), (err) => (err ? rej(err) : res())));
  log('compose', out);
  const [a, b] = duplexPair();
  b.on('data', (x) => log('b got', String(x)));
  a.on('data', (x) => log('a got', String(x)));
  a.write('to b');
  b.write('to a');
  await new Promise((r) => setTimeout(r, 5));
  try { Duplex.from(5); } catch (e) { log(e.code, e.message); }
  log(await Duplex.from(Promise.resolve('pv')).toArray());
})();

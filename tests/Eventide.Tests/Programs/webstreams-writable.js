// WritableStream: sink call order, the writer's ready/closed promises under backpressure,
// abort (with the controller's signal), close, errors and the order of write resolutions.
const log = (...a) => console.log(...a);
const delay = (ms) => new Promise((r) => setTimeout(r, ms));

async function basics() {
  log('-- basics');
  const ws = new WritableStream({
    start(c) { log('start', c); },
    write(chunk, c) { log('write', chunk); return delay(2); },
    close() { log('sink close'); },
  }, { highWaterMark: 2 });
  const writer = ws.getWriter();
  log('desiredSize', writer.desiredSize);
  const w1 = writer.write('a').then(() => log('write a done'));
  log('desiredSize', writer.desiredSize);
  const w2 = writer.write('b').then(() => log('write b done'));
  log('desiredSize', writer.desiredSize);
  const w3 = writer.write('c').then(() => log('write c done'));
  log('desiredSize', writer.desiredSize, writer);
  writer.ready.then(() => log('ready resolved', writer.desiredSize));
  const closed = writer.close().then(() => log('close done'));
  writer.closed.then(() => log('closed resolved'));
  await Promise.all([w1, w2, w3, closed]);
  log(ws, writer.desiredSize);
}

async function ordering() {
  log('-- ordering');
  const ws = new WritableStream({ write(chunk) { log('sink', chunk); } });
  const writer = ws.getWriter();
  writer.write(1).then(() => log('w1'));
  writer.write(2).then(() => log('w2'));
  Promise.resolve().then(() => log('m1')).then(() => log('m2')).then(() => log('m3')).then(() => log('m4'));
  await writer.close();
  log('closed');
}

async function aborting() {
  log('-- abort');
  let controller;
  const ws = new WritableStream({
    start(c) { controller = c; c.signal.addEventListener('abort', () => log('signal abort', c.signal.reason)); },
    write(chunk) { log('write', chunk); return delay(5); },
    abort(reason) { log('sink abort', reason); },
  });
  const writer = ws.getWriter();
  const w1 = writer.write('x').then(() => log('x written'), (e) => log('x failed', e));
  const w2 = writer.write('y').then(() => log('y written'), (e) => log('y failed', e));
  await null;
  const aborted = writer.abort('stop').then((v) => log('abort resolved', v));
  log(ws, controller.signal.aborted);
  await Promise.all([w1, w2, aborted]);
  await writer.closed.catch((e) => log('closed rejected', e));
  log(ws);
}

async function errors() {
  log('-- errors');
  const ws = new WritableStream({ write() { throw new Error('sink failed'); } });
  const writer = ws.getWriter();
  await writer.write(1).catch((e) => log('write', e.message));
  await writer.ready.catch((e) => log('ready', e.message));
  await writer.close().catch((e) => log('close', e.message));
  log(ws);
  let ctrl;
  const es = new WritableStream({ start(c) { ctrl = c; } });
  const w = es.getWriter();
  ctrl.error(new Error('from controller'));
  await w.write('z').catch((e) => log('write after error', e.message));
  log(es, w.desiredSize);
  w.releaseLock();
  await w.closed.catch((e) => log('released', e.code, e.message));
  try { w.desiredSize; } catch (e) { log(e.code, e.message); }
  const locked = new WritableStream();
  locked.getWriter();
  await locked.abort().catch((e) => log('abort locked', e.code, e.message));
  await locked.close().catch((e) => log('close locked', e.code, e.message));
  try { locked.getWriter(); } catch (e) { log(e.code, e.message); }
  const cl = new WritableStream();
  const cw = cl.getWriter();
  cw.close();
  await cw.close().catch((e) => log('close twice', e.code, e.message));
  const size = new WritableStream({}, { size() { throw new RangeError('bad size'); } });
  const sw = size.getWriter();
  await sw.write(1).catch((e) => log('size throws', e.message));
  log(size);
}

(async () => {
  await basics();
  await ordering();
  await aborting();
  await errors();
})();

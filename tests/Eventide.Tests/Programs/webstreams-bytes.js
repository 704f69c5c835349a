// Readable byte streams: enqueue to default and BYOB readers, BYOB requests answered with
// respond/respondWithNewView, autoAllocateChunkSize, partial fills of multi-byte views, buffer
// transfer (the enqueued buffer is detached), byte tee, and the errors node gives.
const log = (...a) => console.log(...a.map((x) => (x instanceof Error ? `${x.name}: ${x.message}` : x)));

async function defaultReader() {
  log('-- default reader');
  let ctrl;
  const rs = new ReadableStream({ type: 'bytes', start(c) { ctrl = c; } });
  log(rs, ctrl, ctrl.byobRequest, ctrl.desiredSize);
  const chunk = new Uint8Array([1, 2, 3]);
  ctrl.enqueue(chunk);
  log('source detached', chunk.byteLength, chunk.buffer.byteLength, ctrl.desiredSize);
  const reader = rs.getReader();
  log(await reader.read());
  const pending = reader.read();
  ctrl.enqueue(new Uint8Array([4, 5]).subarray(1));
  log(await pending);
  ctrl.close();
  log(await reader.read(), rs);
}

async function byobReader() {
  log('-- byob reader');
  let n = 0;
  const rs = new ReadableStream({
    type: 'bytes',
    pull(c) {
      const req = c.byobRequest;
      log('pull', req.view.constructor.name, req.view.byteOffset, req.view.byteLength, c.desiredSize);
      if (n >= 3) { c.close(); req.respond(0); return; }
      for (let i = 0; i < 3; i++) req.view[i] = 10 * n + i;
      n++;
      req.respond(3);
      log('after respond', c.byobRequest);
    },
  });
  const reader = rs.getReader({ mode: 'byob' });
  log(reader);
  let buffer = new ArrayBuffer(8);
  let result = await reader.read(new Uint8Array(buffer, 2, 5));
  log(result, buffer.byteLength, result.value.buffer.byteLength, result.value.byteOffset);
  result = await reader.read(new Uint16Array(4));
  log(result);
  result = await reader.read(new DataView(new ArrayBuffer(4)));
  log(result.value.byteLength, result.value.getUint8(0), result.done);
  result = await reader.read(new Uint8Array(4));
  log(result);
  result = await reader.read(new Uint8Array(4));
  log(result);
  log(await reader.closed);
}

async function newView() {
  log('-- respondWithNewView');
  const rs = new ReadableStream({
    type: 'bytes',
    pull(c) {
      const v = c.byobRequest.view;
      const filled = new Uint8Array(v.buffer, v.byteOffset, 2);
      filled.set([7, 8]);
      c.byobRequest.respondWithNewView(filled);
    },
  });
  const reader = rs.getReader({ mode: 'byob' });
  log(await reader.read(new Uint8Array(4)));
  reader.releaseLock();
  const d = rs.getReader();
  log(d);
  d.releaseLock();
}

async function autoAllocate() {
  log('-- autoAllocateChunkSize');
  let i = 0;
  const rs = new ReadableStream({
    type: 'bytes',
    autoAllocateChunkSize: 4,
    pull(c) {
      const v = c.byobRequest.view;
      log('pull view', v.byteLength);
      if (i === 2) { c.close(); c.byobRequest.respond(0); return; }
      v[0] = 65 + i++;
      c.byobRequest.respond(1);
    },
  });
  const chunks = [];
  for await (const chunk of rs) chunks.push(chunk);
  log(chunks);
}

async function queueAndByob() {
  log('-- queued bytes into views');
  let ctrl;
  const rs = new ReadableStream({ type: 'bytes', start(c) { ctrl = c; } }, { highWaterMark: 16 });
  ctrl.enqueue(new Uint8Array([1, 2, 3]));
  ctrl.enqueue(new Uint8Array([4, 5, 6, 7]));
  log(ctrl.desiredSize);
  const reader = rs.getReader({ mode: 'byob' });
  log(await reader.read(new Uint8Array(2)));
  log(await reader.read(new Uint16Array(2)));
  log(await reader.read(new Uint8Array(10)));
  const pending = reader.read(new Uint16Array(2));
  ctrl.enqueue(new Uint8Array([9]));
  ctrl.enqueue(new Uint8Array([10, 11, 12]));
  log(await pending);
  ctrl.close();
  log(await reader.read(new Uint8Array(3)));
}

async function byteTee() {
  log('-- byte tee');
  const rs = new ReadableStream({
    type: 'bytes',
    start(c) { c.enqueue(new Uint8Array([1, 2])); c.enqueue(new Uint8Array([3])); c.close(); },
  });
  const [a, b] = rs.tee();
  log(a, b);
  const ra = a.getReader();
  const rb = b.getReader({ mode: 'byob' });
  log(await ra.read(), await rb.read(new Uint8Array(4)));
  log(await ra.read(), await rb.read(new Uint8Array(4)));
  log(await ra.read(), await rb.read(new Uint8Array(4)));
}

async function errors() {
  log('-- errors');
  let ctrl;
  const rs = new ReadableStream({ type: 'bytes', start(c) { ctrl = c; } });
  for (const bad of [() => ctrl.enqueue('x'), () => ctrl.enqueue(new Uint8Array(0)), () => new ReadableStream({ type: 'bytes' }, { size() { return 1; } }),
    () => new ReadableStream({ type: 'bytes', autoAllocateChunkSize: 0 }), () => new ReadableStream().getReader({ mode: 'byob' }),
    () => new ReadableStreamBYOBRequest(), () => new ReadableByteStreamController()]) {
    try { bad(); } catch (e) { log(e.name, e.code, e.message); }
  }
  const reader = rs.getReader({ mode: 'byob' });
  await reader.read().catch((e) => log('read()', e.name, e.code, e.message));
  await reader.read(new Uint8Array(0)).catch((e) => log('read(empty)', e.name, e.code, e.message));
  const pending = reader.read(new Uint8Array(2)).catch((e) => log('pending', e.message));
  ctrl.error(new Error('bytes broke'));
  await pending;
  log(rs);
  const closed = new ReadableStream({ type: 'bytes', start(c) { c.close(); } });
  const cr = closed.getReader({ mode: 'byob' });
  log(await cr.read(new Uint8Array(3)));
  let c2;
  const twice = new ReadableStream({ type: 'bytes', start(c) { c2 = c; } });
  c2.close();
  try { c2.close(); } catch (e) { log(e.code, e.message); }
  try { c2.enqueue(new Uint8Array(1)); } catch (e) { log(e.code, e.message); }
  log(twice);
}

async function respondErrors() {
  log('-- respond errors');
  const t = (f) => { try { f(); log('ok'); } catch (e) { log(e.name, e.code, e.message); } };
  for (const make of [() => new Uint8Array(2), (v) => new Uint8Array(v.buffer, 1, 2), (v) => new Uint8Array(v.buffer, 0, 0), () => 'x', () => new Uint8Array(new ArrayBuffer(4), 0, 2)]) {
    let req;
    const bs = new ReadableStream({ type: 'bytes', pull(c) { req = c.byobRequest; } });
    bs.getReader({ mode: 'byob' }).read(new Uint8Array(4)).then((r) => log('read', r), (e) => log('read err', e.message));
    await new Promise((r) => setTimeout(r, 1));
    t(() => req.respondWithNewView(make(req.view)));
    await new Promise((r) => setTimeout(r, 1));
  }
  let req, ctrl;
  const bs = new ReadableStream({ type: 'bytes', start(c) { ctrl = c; }, pull(c) { req = c.byobRequest; } });
  bs.getReader({ mode: 'byob' }).read(new Uint8Array(4)).then((r) => log('read', r));
  await new Promise((r) => setTimeout(r, 1));
  log(req);
  t(() => req.respond(10));
  ctrl.close();
  t(() => req.respond(1));
  t(() => req.respondWithNewView(new Uint8Array(req.view.buffer, 0, 1)));
  t(() => req.respond(0));
  await null;
  log(req.view);
  t(() => req.respond(0));
}

(async () => {
  await respondErrors();
  await defaultReader();
  await byobReader();
  await newView();
  await autoAllocate();
  await queueAndByob();
  await byteTee();
  await errors();
})();

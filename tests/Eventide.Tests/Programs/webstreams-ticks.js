// How many microtask ticks each streams operation takes to settle, compared with node: user
// callbacks returning values or promises, start results, BYOB reads, cancels, writes, pipes,
// iterators, transforms and Blob/Response bodies.
const resolved = () => Promise.resolve();
const nothing = () => undefined;

const cases = {
  'rs.cancel': () => new ReadableStream().cancel(),
  'reader.cancel': () => new ReadableStream().getReader().cancel(),
  'byob.cancel': () => new ReadableStream({ type: 'bytes' }).getReader({ mode: 'byob' }).cancel(),
  'byob.read closed': () => new ReadableStream({ type: 'bytes', start(c) { c.close(); } }).getReader({ mode: 'byob' }).read(new Uint8Array(1)),
  'byob.read queued': () => new ReadableStream({ type: 'bytes', start(c) { c.enqueue(new Uint8Array(1)); } }).getReader({ mode: 'byob' }).read(new Uint8Array(1)),
  'byob.read bad': () => new ReadableStream({ type: 'bytes' }).getReader({ mode: 'byob' }).read(),
  'reader.read queued': () => new ReadableStream({ start(c) { c.enqueue(1); } }).getReader().read(),
  'reader.closed': () => new ReadableStream({ start(c) { c.close(); } }).getReader().closed,
  'ws.abort': () => new WritableStream().abort(),
  'ws.close': () => new WritableStream().close(),
  'writer.write': () => new WritableStream().getWriter().write(1),
  'writer.close': () => new WritableStream().getWriter().close(),
  'writer.abort': () => new WritableStream().getWriter().abort(),
  'writer.ready': () => new WritableStream().getWriter().ready,
  'pipeTo': () => new ReadableStream({ start(c) { c.close(); } }).pipeTo(new WritableStream()),
  'iter.next': () => new ReadableStream({ start(c) { c.enqueue(1); } }).values().next(),
  'iter.return': () => new ReadableStream().values().return(),
  'ts write': () => new TransformStream().writable.getWriter().write(1),
  'from read': () => ReadableStream.from([1]).getReader().read(),
  'blob stream read': () => new Blob(['ab']).stream().getReader().read(),
  'response text': () => new Response('x').text(),
  'response stream text': () => new Response(new ReadableStream({ start(c) { c.enqueue(new Uint8Array(1)); c.close(); } })).text(),
  'response json': () => new Response('{"a":1}').json(),
  'response bad json': () => new Response('{').json(),
  'empty body text': () => new Response(null).text(),
  'used body text': () => { const r = new Response('x'); r.body.getReader(); return r.text(); },
};
for (const [kind, f] of [['value', nothing], ['promise', resolved]]) {
  Object.assign(cases, {
    [`start ${kind}`]: () => new ReadableStream({ start: f, pull(c) { c.enqueue(1); } }).getReader().read(),
    [`cancel ${kind}`]: () => new ReadableStream({ cancel: f }).cancel(),
    [`byte cancel ${kind}`]: () => new ReadableStream({ type: 'bytes', cancel: f }).cancel(),
    [`byte pull ${kind}`]: () => new ReadableStream({ type: 'bytes', pull(c) { c.enqueue(new Uint8Array(1)); return f(); } }).getReader().read(),
    [`write ${kind}`]: () => new WritableStream({ write: f }).getWriter().write(1),
    [`second write ${kind}`]: () => { const w = new WritableStream({ write: f }).getWriter(); w.write(1); return w.write(2); },
    [`close ${kind}`]: () => new WritableStream({ close: f }).getWriter().close(),
    [`abort ${kind}`]: () => new WritableStream({ abort: f }).getWriter().abort(),
    [`writable start ${kind}`]: () => new WritableStream({ start: f }).getWriter().write(1),
    [`transform ${kind}`]: () => { const w = new TransformStream({ transform(c, ctl) { ctl.enqueue(c); return f(); } }, { highWaterMark: 2 }, { highWaterMark: 5 }).writable.getWriter(); w.write(1); return w.write(2); },
    [`flush ${kind}`]: () => { const ts = new TransformStream({ flush: f }); ts.readable.getReader().read(); return ts.writable.getWriter().close(); },
    [`transformer cancel ${kind}`]: () => new TransformStream({ cancel: f }).readable.cancel(),
  });
}

// A BYOB read answered by respond(), against default reads answered by enqueue/close.
async function answered(closeFirst) {
  let request, ctrl;
  const bytes = new ReadableStream({ type: 'bytes', start(c) { ctrl = c; }, pull(c) { request = c.byobRequest; } });
  let tick = 0;
  bytes.getReader({ mode: 'byob' }).read(new Uint8Array(4)).then((r) => console.log('byob read at', tick, r.done));
  await new Promise((r) => setTimeout(r, 1));
  if (closeFirst) { ctrl.close(); request.respond(0); } else { request.view[0] = 1; request.respond(1); }
  for (let i = 1; i < 6; i++) { await null; tick = i; }
  const plain = new ReadableStream({ start(c) { ctrl = c; } });
  plain.getReader().read().then(() => console.log('default read at', tick));
  tick = 0;
  if (closeFirst) ctrl.close(); else ctrl.enqueue(1);
  for (let i = 1; i < 6; i++) { await null; tick = i; }
}

(async () => {
  await answered(false);
  await answered(true);
  for (const [name, make] of Object.entries(cases)) {
    let tick = 0;
    let done = false;
    make().then(() => { done = true; console.log(name, 'at', tick); }, () => { done = true; console.log(name, 'rejected at', tick); });
    for (let i = 1; i < 30 && !done; i++) { await null; tick = i; }
    await new Promise((r) => setTimeout(r, 2));
  }
})();

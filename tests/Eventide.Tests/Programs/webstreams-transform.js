// TransformStream: transform/flush, backpressure between the sides, enqueue/error/terminate from
// the controller, identity transforms, and the Encoding Standard's text streams.
const log = (...a) => console.log(...a);

async function collect(readable) {
  const out = [];
  for await (const chunk of readable) out.push(chunk);
  return out;
}

async function upper() {
  log('-- upper');
  const ts = new TransformStream({
    start(c) { log('start', c.desiredSize); },
    transform(chunk, c) { log('transform', chunk, c.desiredSize); c.enqueue(chunk.toUpperCase()); },
    flush(c) { log('flush'); c.enqueue('!'); },
  });
  log(ts);
  const writer = ts.writable.getWriter();
  writer.write('a');
  writer.write('b');
  writer.close();
  log(await collect(ts.readable));
}

async function backpressure() {
  log('-- backpressure');
  const ts = new TransformStream({}, { highWaterMark: 1 }, { highWaterMark: 2 });
  const writer = ts.writable.getWriter();
  for (let i = 0; i < 5; i++) {
    writer.write(i).then(() => log('written', i));
    log('desiredSize', writer.desiredSize);
  }
  await new Promise((r) => setTimeout(r, 5));
  const reader = ts.readable.getReader();
  for (let i = 0; i < 5; i++) log('read', await reader.read());
  await new Promise((r) => setTimeout(r, 5));
}

async function controllerOps() {
  log('-- terminate');
  const ts = new TransformStream({ transform(chunk, c) { c.enqueue(chunk); if (chunk === 2) c.terminate(); } });
  const writer = ts.writable.getWriter();
  writer.write(1);
  writer.write(2);
  writer.write(3).catch((e) => log('write 3', e.code, e.message));
  log(await collect(ts.readable));
  await writer.closed.catch((e) => log('writable closed', e.message));
  log('-- error');
  const te = new TransformStream({ transform(chunk, c) { c.error(new Error('nope')); } });
  const w2 = te.writable.getWriter();
  await w2.write('x').catch((e) => log('write', e.message));
  await te.readable.getReader().read().catch((e) => log('read', e.message));
  log(te.readable, te.writable);
  log('-- transform rejects');
  const tr = new TransformStream({ transform() { return Promise.reject(new Error('async fail')); } });
  const w3 = tr.writable.getWriter();
  await w3.write(1).catch((e) => log('write', e.message));
  log('-- flush throws');
  const tf = new TransformStream({ flush() { throw new Error('flush fail'); } });
  const w4 = tf.writable.getWriter();
  const r4 = tf.readable.getReader();
  await w4.close().catch((e) => log('close', e.message));
  await r4.read().catch((e) => log('read', e.message));
  log('-- cancel readable');
  const tc = new TransformStream();
  const w5 = tc.writable.getWriter();
  await tc.readable.cancel('done reading');
  await w5.write(1).catch((e) => log('write', e));
  log(tc);
}

async function text() {
  log('-- text streams');
  const enc = new TextEncoderStream();
  log(enc.encoding, enc);
  const w = enc.writable.getWriter();
  w.write('h\u00e9');
  w.write('\ud83d');
  w.write('\ude00!');
  w.write('\ud800');
  w.close();
  const bytes = await collect(enc.readable);
  log(bytes);
  const dec = new TextDecoderStream();
  log(dec.encoding, dec.fatal, dec.ignoreBOM);
  const dw = dec.writable.getWriter();
  const all = new Uint8Array(bytes.reduce((n, b) => n + b.length, 0));
  let off = 0;
  for (const b of bytes) { all.set(b, off); off += b.length; }
  for (const byte of all) dw.write(new Uint8Array([byte]));
  dw.close();
  log(await collect(dec.readable));
  const piped = new ReadableStream({ start(c) { c.enqueue('caf\u00e9 '); c.enqueue('\u20ac'); c.close(); } })
    .pipeThrough(new TextEncoderStream()).pipeThrough(new TextDecoderStream());
  log((await collect(piped)).join(''));
  const fatal = new TextDecoderStream('utf-8', { fatal: true });
  const fw = fatal.writable.getWriter();
  fw.write(new Uint8Array([0xff])).catch((e) => log('fatal write', e.name, e.code));
  await fatal.readable.getReader().read().catch((e) => log('fatal read', e.name, e.code));
  const latin = new TextDecoderStream('latin1');
  log(latin.encoding);
  const lw = latin.writable.getWriter();
  lw.write(new Uint8Array([0x63, 0x61, 0x66, 0xe9]));
  lw.close();
  log(await collect(latin.readable));
  const bad = new TextDecoderStream();
  bad.writable.getWriter().write('not bytes').catch((e) => log('bad chunk', e.name, e.code, e.message));
  await bad.readable.getReader().closed.catch((e) => log('bad closed', e.code));
}

async function cancelling() {
  log('-- transformer cancel');
  const ts = new TransformStream({ cancel(reason) { log('transformer cancel', reason); } });
  const writer = ts.writable.getWriter();
  await ts.readable.cancel('reader gone');
  await writer.closed.catch((e) => log('writable closed', e));
  const ta = new TransformStream({ cancel(reason) { log('cancel on abort', reason); return new Promise((r) => setTimeout(r, 2)); } });
  const reader = ta.readable.getReader();
  await ta.writable.abort('writer gone');
  await reader.closed.catch((e) => log('readable closed', e));
  const tf = new TransformStream({ cancel() { throw new Error('cancel failed'); } });
  await tf.readable.cancel('x').catch((e) => log('cancel rejected', e.message));
  log(tf.writable);
}

(async () => {
  await cancelling();
  await upper();
  await backpressure();
  await controllerOps();
  await text();
})();

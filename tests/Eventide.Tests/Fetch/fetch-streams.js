// Fetch bodies as web streams against a loopback server: response.body read incrementally (the
// first chunk arrives before the server sends the rest), bodyUsed and locked, for await over a
// body, cancel, clone (tee), new Response(stream), a ReadableStream request body (duplex: 'half'),
// Blob.prototype.stream, and bodies piped through TextDecoderStream.
const BASE = process.env.EVENTIDE_TEST_BASE;
const log = (...a) => console.log(...a.map((x) => (x instanceof Error ? `${x.name}: ${x.message}` : x)));
const encode = (s) => new TextEncoder().encode(s);
const decode = (b) => new TextDecoder().decode(b);

async function main() {
  log('-- incremental');
  const slow = await fetch(`${BASE}/slow-body/300`);
  log(slow.body, slow.bodyUsed, slow.body === slow.body);
  const reader = slow.body.getReader();
  log(slow.bodyUsed, slow.body.locked);
  const first = await reader.read();
  log(JSON.stringify(decode(first.value)), first.done, slow.bodyUsed);
  await slow.text().catch((e) => log('text while locked', e));
  let rest = '';
  for (let r = await reader.read(); !r.done; r = await reader.read()) rest += decode(r.value);
  log(JSON.stringify(rest));
  log(await reader.closed, slow.body);

  log('-- for await');
  const json = await fetch(`${BASE}/json`);
  let text = '';
  const kinds = new Set();
  for await (const chunk of json.body) { kinds.add(chunk.constructor.name); text += decode(chunk); }
  log([...kinds], JSON.parse(text).items, json.bodyUsed);
  await json.json().catch((e) => log('json after', e));
  try { json.clone(); } catch (e) { log('clone after', e); }

  log('-- cancel');
  const canceled = await fetch(`${BASE}/slow-body/200`);
  await canceled.body.cancel('not interested');
  log(canceled.bodyUsed, canceled.body);
  await canceled.text().catch((e) => log('text after cancel', e));

  log('-- clone tees');
  const original = await fetch(`${BASE}/text`);
  const copy = original.clone();
  log(await original.text(), await copy.text(), original.bodyUsed, copy.bodyUsed);

  log('-- decoder stream');
  const decoded = (await fetch(`${BASE}/text`)).body.pipeThrough(new TextDecoderStream());
  let joined = '';
  for await (const s of decoded) joined += s;
  log(joined);

  log('-- into node streams');
  const { Readable, Writable } = require('stream');
  const { pipeline } = require('stream/promises');
  let viaNode = '';
  for await (const s of Readable.fromWeb((await fetch(`${BASE}/text`)).body, { encoding: 'utf8' })) viaNode += s;
  log(viaNode);
  const pieces = [];
  await pipeline(Readable.fromWeb((await fetch(`${BASE}/json`)).body), new Writable({ write(chunk, enc, cb) { pieces.push(chunk); cb(); } }));
  log(JSON.parse(Buffer.concat(pieces).toString()).hello);

  log('-- Response over streams');
  const made = new Response(new ReadableStream({ start(c) { c.enqueue(encode('streamed ')); c.enqueue(encode('body')); c.close(); } }));
  log(made.headers.get('content-type'), made.bodyUsed, await made.text(), made.bodyUsed);
  const locked = new ReadableStream();
  locked.getReader();
  try { new Response(locked); } catch (e) { log(e); }
  await new Response(new ReadableStream({ start(c) { c.enqueue('text'); c.close(); } })).text().catch((e) => log(e));
  log(new Response('abc').body, new Response(null).body, new Response('').bodyUsed);
  const fromBytes = new Response('bytes body');
  const br = fromBytes.body.getReader({ mode: 'byob' });
  log(await br.read(new Uint8Array(5)), fromBytes.bodyUsed);
  log(await (await new Response(new Blob(['blob ', 'parts']).stream()).blob()).text());

  log('-- stream request body');
  try { new Request(`${BASE}/echo`, { method: 'POST', body: new ReadableStream() }); } catch (e) { log(e); }
  const upload = new ReadableStream({ start(c) { c.enqueue(encode('up')); c.enqueue(encode('load')); c.close(); } });
  const echoed = await (await fetch(`${BASE}/echo`, { method: 'POST', body: upload, duplex: 'half' })).json();
  log(echoed.method, echoed.body, echoed.length, upload.locked);
  let part = 0;
  const paced = new ReadableStream({
    async pull(c) {
      part++;
      if (part > 3) { c.close(); return; }
      await new Promise((r) => setTimeout(r, 10));
      c.enqueue(encode(`part${part} `));
    },
  });
  const pacedEcho = await (await fetch(`${BASE}/echo`, { method: 'POST', body: paced, duplex: 'half' })).json();
  log(pacedEcho.body, pacedEcho.length);
  const failing = new ReadableStream({ pull(c) { c.error(new Error('upload broke')); } });
  await fetch(`${BASE}/echo`, { method: 'POST', body: failing, duplex: 'half' }).catch((e) => log(e, e.cause.message));
  const request = new Request(`${BASE}/echo`, { method: 'PUT', body: 'request body' });
  log(request.body, request.bodyUsed);
  log(await request.text(), request.bodyUsed);

  log('-- abort while reading');
  const controller = new AbortController();
  const aborting = await fetch(`${BASE}/slow-body/300`, { signal: controller.signal });
  const ar = aborting.body.getReader();
  log(JSON.stringify(decode((await ar.read()).value)));
  const pending = ar.read().catch((e) => log('read after abort', e.name));
  controller.abort();
  await pending;
  log(aborting.body);
}

main().catch((e) => console.log('unexpected', e));

// fetch against a loopback server: bodies in every form, statuses, headers, redirects, clones,
// request bodies and their content types, and the order of I/O against timers and microtasks.
const BASE = process.env.EVENTIDE_TEST_BASE;
const hide = (s) => String(s).split(BASE).join('<base>');

async function main() {
  const r = await fetch(`${BASE}/json`);
  console.log(r.status, r.ok, r.statusText, r.redirected, r.type, hide(r.url), r.bodyUsed);
  console.log(r.headers.get('content-type'), r.headers.has('content-length'), r instanceof Response);
  console.log(await r.json(), r.bodyUsed);
  try { await r.text(); } catch (e) { console.log(e.name, e.message); }

  const t = await fetch(`${BASE}/text`);
  console.log(JSON.stringify(await t.text()));
  const bytes = await (await fetch(`${BASE}/text`)).arrayBuffer();
  console.log(bytes instanceof ArrayBuffer, bytes.byteLength);
  const blob = await (await fetch(`${BASE}/text`)).blob();
  console.log(blob.size, blob.type, JSON.stringify(await blob.slice(0, 5).text()));

  const missing = await fetch(`${BASE}/status/404`);
  console.log(missing.status, missing.ok, missing.statusText, await missing.text());
  const created = await fetch(`${BASE}/status/201`);
  console.log(created.status, created.ok, created.statusText);

  const moved = await fetch(`${BASE}/redirect`);
  console.log(moved.status, moved.redirected, hide(moved.url), (await moved.json()).hello);
  const manual = await fetch(`${BASE}/redirect`, { redirect: 'manual' });
  console.log(manual.status, manual.redirected, manual.headers.get('location'));
  try { await fetch(`${BASE}/redirect`, { redirect: 'error' }); } catch (e) { console.log(e.name, e.message, e.cause.message); }

  const c = await fetch(`${BASE}/json`);
  const copy = c.clone();
  console.log((await c.json()).items, (await copy.json()).items);

  const echo = (init) => fetch(`${BASE}/echo`, init).then((res) => res.json());
  console.log(await echo({ method: 'POST', body: 'hello' }));
  console.log(await echo({ method: 'put', body: JSON.stringify({ a: 1 }), headers: { 'Content-Type': 'application/json', 'X-Custom': 'yes' } }));
  console.log(await echo({ method: 'POST', body: new URLSearchParams({ q: 'a b', n: '1' }) }));
  console.log(await echo({ method: 'POST', body: new Uint8Array([104, 105]) }));
  console.log(await echo({ method: 'POST', body: new Blob(['blob body'], { type: 'text/x-blob' }) }));
  console.log(await echo({ method: 'POST', headers: new Headers([['accept', 'application/json']]), body: '' }));
  const request = new Request(`${BASE}/echo`, { method: 'PATCH', body: 'from a Request' });
  console.log(await fetch(request).then((res) => res.json()));

  const head = await fetch(`${BASE}/json`, { method: 'HEAD' });
  console.log(head.status, JSON.stringify(await head.text()));
}

// The request goes out after the script; its callbacks come back in the poll phase.
setTimeout(() => console.log('timer 0 fires while the first response is in flight'), 0);
Promise.resolve().then(() => console.log('microtask first'));
main().then(() => console.log('done'));
console.log('script ends');

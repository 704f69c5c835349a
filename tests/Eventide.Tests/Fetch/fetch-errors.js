// fetch failures as node reports them: bad URLs, refused connections, bad ports, aborts before,
// during and after the response head, and misuse of the classes.
const BASE = process.env.EVENTIDE_TEST_BASE;
const CLOSED = process.env.EVENTIDE_TEST_CLOSED_PORT;

const show = (label) => (e) => console.log(label, e.name, e.message, e.cause ? `cause: ${e.cause.name} ${e.cause.code ?? ''} ${String(e.cause.message).replace(/[0-9.:]+$/, '')}` : '');

async function main() {
  await fetch('/relative').catch(show('relative'));
  await fetch('http://[bad').catch(show('invalid'));
  await fetch(`http://127.0.0.1:${CLOSED}/`).catch(show('refused'));
  await fetch('http://127.0.0.1:6000/').catch(show('bad port'));
  await fetch('ftp://example.com/').catch(show('scheme'));

  const pre = new AbortController();
  pre.abort();
  await fetch(`${BASE}/json`, { signal: pre.signal }).catch(show('aborted before'));
  const reason = new AbortController();
  reason.abort(new Error('my reason'));
  await fetch(`${BASE}/json`, { signal: reason.signal }).catch(show('own reason'));

  const during = new AbortController();
  setTimeout(() => during.abort(), 50);
  await fetch(`${BASE}/slow/3000`, { signal: during.signal }).catch(show('aborted in flight'));

  await fetch(`${BASE}/slow/3000`, { signal: AbortSignal.timeout(50) }).catch(show('timeout signal'));

  const body = new AbortController();
  const response = await fetch(`${BASE}/slow-body/3000`, { signal: body.signal });
  console.log('head arrived', response.status);
  setTimeout(() => body.abort(), 50);
  await response.text().catch(show('aborted body'));

  const late = new AbortController();
  const done = await fetch(`${BASE}/json`, { signal: late.signal });
  late.abort();
  await done.json().then((v) => console.log('read after abort', v), show('read after abort'));

  for (const f of [
    () => new Headers({ 'bad name': 'x' }),
    () => new Headers([['a']]),
    () => new Headers().append('x', 'a\r\nb'),
    () => new Response('x', { status: 600 }),
    () => new Response('x', { status: 204 }),
    () => new Request(`${BASE}/`, { method: 'GET', body: 'x' }),
    () => new Request(`${BASE}/`, { method: 'bad method' }),
    () => new Request(`${BASE}/`, { method: 'CONNECT' }),
    () => new Request(`${BASE}/`, { redirect: 'sometimes' }),
    () => Response.redirect(`${BASE}/`, 200),
  ]) {
    try { f(); console.log('no error'); } catch (e) { console.log(e.name, e.message); }
  }
}

main().then(() => console.log('done'));

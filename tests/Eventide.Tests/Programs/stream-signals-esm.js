const { Readable, Writable, pipeline, PassThrough } = require('node:stream');
const stream = require('stream');
const { pipeline: pp, finished } = require('stream/promises');
(async () => {
const esm = await import('node:stream'); const esmP = await import('stream/promises');
console.log(esm.default === stream, esm.Readable === Readable, esmP.pipeline === pp, typeof esm.finished);
const log = console.log;
log(typeof Readable, typeof pipeline, stream.Readable === Readable, typeof pp, typeof finished);
const r = Readable.from(['a', 'b']);
log(r instanceof stream, r instanceof Readable, r.constructor.name, Object.prototype.toString.call(r));
const ac = new AbortController();
const slow = new Readable({ read() {} });
const p = pp(slow, new PassThrough(), new Writable({ write(c, e, cb) { cb(); } }), { signal: ac.signal });
ac.abort();
try { await p; } catch (e) { log('aborted', e.name, e.code, e.message); }
log('slow destroyed', slow.destroyed);
const w = new Writable({ write(c, e, cb) { cb(); } });
w.end();
await finished(w);
log('finished ok');
const ac2 = new AbortController();
const r2 = new Readable({ read() {}, signal: ac2.signal });
r2.on('error', (e) => log('r2 error', e.name, e.code));
r2.on('close', () => log('r2 close'));
ac2.abort();
const r3 = stream.addAbortSignal(AbortSignal.abort(), new Readable({ read() {} }));
r3.on('error', (e) => log('r3 error', e.name));
await new Promise((res) => setTimeout(res, 5));
// async iteration error
const bad = new Readable({ read() { this.destroy(new Error('mid')); } });
try { for await (const x of bad) log(x); } catch (e) { log('iter error', e.message); }
// Readable.from promises
log(await Readable.from([Promise.resolve(1), 2]).toArray());
try { await Readable.from([1, null, 3]).toArray(); } catch (e) { log(e.code, e.message); }
try { Readable.from(5); } catch (e) { log(e.code, e.message); }
log(await Readable.from('abc').toArray());
})();

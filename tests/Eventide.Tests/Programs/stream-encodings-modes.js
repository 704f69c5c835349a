const { Readable, Writable, PassThrough } = require('stream');
const log = (...a) => console.log(...a);
const r = new Readable({ read() {} });
r.setEncoding('utf8');
r.on('data', (d) => log('data', JSON.stringify(d), typeof d));
r.push(new Uint8Array([104, 0xc3]));
r.push(new Uint8Array([0xa9, 0xe2, 0x82]));
r.push(new Uint8Array([0xac]));
r.push(null);
const h = new Readable({ read() {}, encoding: 'hex' });
h.on('data', (d) => log('hex', d));
h.push(new Uint8Array([1, 255, 16]));
h.push(null);
const b = new Readable({ read() {}, encoding: 'base64' });
b.on('data', (d) => log('b64', d));
b.push(new Uint8Array([1, 2]));
b.push(new Uint8Array([3, 4]));
b.push(null);
const w = new Writable({ decodeStrings: false, write(c, e, cb) { log('w', typeof c, c, e); cb(); } });
w.write('abc'); w.write('xyz', 'latin1');
const o = new Writable({ objectMode: true, write(c, e, cb) { log('o', c, e); cb(); } });
o.write(undefined); o.write(0); o.write('s');
const p = new PassThrough({ objectMode: true });
p.write(1); p.write(2);
log('p', p.readableLength, p.writableLength, p.read(), p.read(), p.read());
const q = new Readable({ read() {} });
q.push('abc');
log('q', q.read(5), q.readableLength);
q.push(null);
log('q2', String(q.read(5)), q.readableEnded);
q.on('end', () => log('q end'));
q.resume();
setTimeout(() => {
const o = new Writable({ objectMode: true, write(c, e, cb) { console.log('o', c, e); cb(); } });
o.write('s', 'hex'); o.write('t', () => {}); o.write('u', 'bogus');
const w = new Writable({ decodeStrings: false, write(c, e, cb) { console.log('w', c, e); cb(); } });
w.write('s', () => {}); w.write('u', null);
try { w.write('v', 'bogus'); } catch (e) { console.log(e.code, e.message); }
w.setDefaultEncoding('hex'); w.write('ab');
}, 10);
setTimeout(() => {

const r = new Readable({ read() {}, encoding: 'hex' });
r.push('abc');
r.push('é', 'latin1');
r.unshift('zz');
r.push(null);
r.on('data', (d) => console.log(d));
}, 30);

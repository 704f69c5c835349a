const stream = require('stream');
const { Readable, Writable, Duplex, Transform, PassThrough } = stream;
console.log(typeof stream, stream === stream.Stream, stream.Readable.name, stream.promises === require("stream/promises"), require("node:stream") === stream);
const log = (...a) => console.log(...a);
// paused mode
const r = new Readable({ read() {} });
r.on('readable', () => { let c; while ((c = r.read()) !== null) log('read', String(c)); log('readable done'); });
r.on('end', () => log('end'));
r.on('close', () => log('close'));
r.push('ab'); r.push('cd');
process.nextTick(() => log('tick1'));
Promise.resolve().then(() => log('micro1'));
setTimeout(() => { r.push('ef'); r.push(null); process.nextTick(() => log('tick2')); }, 1);
// flowing
const r2 = new Readable({ objectMode: true, read() {} });
r2.on('data', (d) => log('data', d));
r2.on('end', () => log('end2'));
r2.on('close', () => log('close2'));
r2.on('pause', () => log('pause2'));
r2.on('resume', () => log('resume2'));
r2.push(1); r2.push({ a: 1 }); r2.push(null);
log('flowing', r2.readableFlowing, r2.readableLength, r2.readableObjectMode, r2.readableHighWaterMark, r.readableHighWaterMark);
process.nextTick(() => log('tick3'));
// writable backpressure
const w = new Writable({ highWaterMark: 3, write(chunk, enc, cb) { log('write', String(chunk)); setTimeout(cb, 0); } });
w.on('drain', () => log('drain'));
w.on('finish', () => log('finish'));
w.on('close', () => log('wclose'));
log('w1', w.write('a'), w.writableLength, w.writableNeedDrain);
log('w2', w.write('bc'), w.writableLength, w.writableNeedDrain);
log('w3', w.write('d', () => log('cb d')));
w.end('e', () => log('end cb'));
log('ended', w.writableEnded, w.writableFinished);
w.write('x', (err) => log('after end cb', err.code, err.message));
w.on('error', (e) => log('error', e.code));

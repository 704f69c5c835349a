const { Readable, Transform, Writable } = require('stream');
console.log('stdout is Writable', process.stdout instanceof Writable, typeof process.stdout.on, process.stdout.writable);
Readable.from(['a\n', 'b\n']).pipe(process.stdout);
const up = new Transform({ transform(c, e, cb) { cb(null, String(c).toUpperCase()); } });
Readable.from(['x\n', 'y\n']).pipe(up).pipe(process.stdout);
process.nextTick(() => console.log('tick'));
setTimeout(() => console.log('timeout', process.stdout.writableEnded), 5);
process.stdout.write('direct\n', () => console.log('write cb'));
console.log('write returns', process.stdout.write(''));

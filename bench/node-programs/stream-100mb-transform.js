// node:stream: a 100 MB file streamed through a Transform (upper-casing each chunk as latin1 text)
// into a Writable that counts bytes and newlines (Buffer.indexOf). The file is made on the first run
// (bench/run.sh makes it before timing).
const fs = require('fs');
const os = require('os');
const path = require('path');
const { Transform, Writable } = require('stream');
const { pipeline } = require('stream/promises');

const file = path.join(os.tmpdir(), 'eventide-bench-100mb.txt');
const size = 100 * 1024 * 1024;
if (!fs.existsSync(file) || fs.statSync(file).size !== size) {
  const line = Buffer.from('the quick brown fox jumps over the lazy dog 0123456789 abcdefghij\n');
  const block = Buffer.alloc(1024 * 1024);
  for (let i = 0; i < block.length; i++) block[i] = line[i % line.length];
  const fd = fs.openSync(file, 'w');
  for (let i = 0; i < 100; i++) fs.writeSync(fd, block);
  fs.closeSync(fd);
}

const upper = new Transform({
  transform(chunk, encoding, callback) {
    callback(null, Buffer.from(chunk.toString('latin1').toUpperCase(), 'latin1'));
  },
});
let bytes = 0, newlines = 0, letters = 0;
const count = new Writable({
  write(chunk, encoding, callback) {
    bytes += chunk.length;
    for (let at = chunk.indexOf(10); at !== -1; at = chunk.indexOf(10, at + 1)) newlines++;
    if (chunk[0] >= 65 && chunk[0] <= 90) letters++;
    callback();
  },
});
pipeline(fs.createReadStream(file, { highWaterMark: 64 * 1024 }), upper, count).then(() => console.log(bytes, newlines, letters));

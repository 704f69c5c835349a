'use strict';
// fs with Buffers: readFileSync without an encoding returns a Buffer; views are written as bytes.
const fs = require('fs');
const dir = fs.mkdtempSync(`${process.env.TMPDIR || '/tmp'}/eventide-buffer-fs-`);
const file = `${dir}/data.bin`;
fs.writeFileSync(file, Buffer.from([0, 1, 2, 0xff, 0xfe]));
const read = fs.readFileSync(file);
console.log(read, Buffer.isBuffer(read), read.length, fs.readFileSync(file, 'hex'), fs.readFileSync(file, { encoding: 'base64' }));
fs.appendFileSync(file, new Uint16Array([0x4241]));
fs.appendFileSync(file, new DataView(new Uint8Array([0x43, 0x44]).buffer));
fs.appendFileSync(file, 'é', 'latin1');
console.log(fs.readFileSync(file), fs.readFileSync(file, { encoding: null }).length);
fs.writeFileSync(file, 'héllo');
console.log(fs.readFileSync(file), fs.readFileSync(file).toString(), fs.readFileSync(file, 'latin1'));
fs.readFile(file, (err, data) => {
  console.log('callback', err, data);
  fs.promises.readFile(file).then((data) => {
    console.log('promise', data, data.toString('base64'));
    fs.rmSync(dir, { recursive: true });
  });
});

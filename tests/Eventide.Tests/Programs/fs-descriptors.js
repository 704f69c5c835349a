// fs by descriptor: openSync/open, read/write (explicit and implicit positions, strings and Buffers), fstat, close and EBADF, and fs.promises.open's FileHandle.
const fs = require('fs');
const dir = fs.mkdtempSync((process.env.TMPDIR || '/tmp') + '/eventide-fd-');
const fd = fs.openSync(dir + '/a.txt', 'w');
console.log(typeof fd, fs.writeSync(fd, 'hello '), fs.writeSync(fd, Buffer.from('world')));
fs.closeSync(fd);
const r = fs.openSync(dir + '/a.txt', 'r');
const buf = Buffer.alloc(5);
console.log(fs.readSync(r, buf, 0, 5, 6), buf.toString(), fs.fstatSync(r).size);
console.log(fs.readSync(r, buf), buf.toString());
fs.closeSync(r);
try { fs.closeSync(r) } catch (e) { console.log(e.code, e.syscall, e.message) }
try { fs.openSync(dir + '/none', 'r') } catch (e) { console.log(e.code, e.syscall, e.message.replace(dir, '<d>')) }
fs.open(dir + '/a.txt', 'r', (err, fd2) => {
  fs.read(fd2, Buffer.alloc(3), 0, 3, 0, (err, n, b) => {
    console.log('cb read', err, n, b.toString());
    fs.close(fd2, (err) => { console.log('closed', err); handles(); });
  });
});
// One chain after the other: two independent chains of I/O interleave as the OS pleases.
const handles = async () => {
  const h = await fs.promises.open(dir + '/b.txt', 'w+');
  await h.writeFile('file handle');
  console.log((await h.stat()).size, typeof h.fd);
  const { bytesRead, buffer } = await h.read(Buffer.alloc(4), 0, 4, 5);
  console.log(bytesRead, buffer.toString());
  await h.close();
  console.log(await fs.promises.readFile(dir + '/b.txt', 'utf8'));
  fs.rmSync(dir, { recursive: true });
};

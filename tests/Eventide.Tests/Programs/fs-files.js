// fs: the synchronous, callback and promise APIs on real files in a fresh temporary directory,
// with node's error objects (code, errno, syscall, path) and Stats/Dirent shapes.
const fs = require('fs');
const fsp = require('fs/promises');
const tmp = process.env.TMPDIR || '/tmp';
const dir = fs.mkdtempSync(tmp + '/eventide-fs-');
const rel = (s) => String(s).split(dir).join('<dir>');
const show = (e) => console.log(rel(e.message), e.code, e.errno, e.syscall, rel(e.path), e.dest === undefined ? '' : rel(e.dest));

// Synchronous API
fs.writeFileSync(dir + '/a.txt', 'héllo\n');
fs.appendFileSync(dir + '/a.txt', 'wörld\n');
console.log(JSON.stringify(fs.readFileSync(dir + '/a.txt', 'utf8')));
console.log(fs.readFileSync(dir + '/a.txt', { encoding: 'hex' }));
console.log(fs.readFileSync(dir + '/a.txt', 'base64'), fs.readFileSync(dir + '/a.txt', 'latin1').length);
fs.writeFileSync(dir + '/b.bin', 'aGVsbG8=', 'base64');
console.log(fs.readFileSync(dir + '/b.bin', 'utf8'));
const st = fs.statSync(dir + '/a.txt');
console.log(st.constructor.name, st.size, st.isFile(), st.isDirectory(), st.isSymbolicLink(), st.mtime instanceof Date, typeof st.mtimeMs);
console.log(fs.statSync(dir).isDirectory(), fs.existsSync(dir + '/a.txt'), fs.existsSync(dir + '/none'), fs.existsSync());
console.log(rel(fs.mkdirSync(dir + '/x/y/z', { recursive: true })), fs.mkdirSync(dir + '/x/y', { recursive: true }));
fs.mkdirSync(dir + '/x/plain');
fs.symlinkSync(dir + '/a.txt', dir + '/link');
console.log(fs.lstatSync(dir + '/link').isSymbolicLink(), fs.statSync(dir + '/link').isFile(), rel(fs.readlinkSync(dir + '/link')), rel(fs.realpathSync(dir + '/link')));
console.log(fs.readdirSync(dir).sort());
console.log(fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1)).map((d) => [d.name, d.isFile(), d.isDirectory(), d.isSymbolicLink(), rel(d.parentPath)]));
fs.copyFileSync(dir + '/a.txt', dir + '/c.txt');
fs.renameSync(dir + '/c.txt', dir + '/d.txt');
console.log(fs.readFileSync(dir + '/d.txt', 'utf8') === fs.readFileSync(dir + '/a.txt', 'utf8'));
fs.truncateSync(dir + '/d.txt', 3);
console.log(JSON.stringify(fs.readFileSync(dir + '/d.txt', 'utf8')));
fs.accessSync(dir + '/d.txt', fs.constants.R_OK | fs.constants.W_OK);
fs.unlinkSync(dir + '/d.txt');
fs.rmdirSync(dir + '/x/plain');

// Errors as node words them
for (const f of [
  () => fs.readFileSync(dir + '/none.txt'),
  () => fs.readFileSync(dir, 'utf8'),
  () => fs.mkdirSync(dir + '/x'),
  () => fs.mkdirSync(dir + '/nope/deeper'),
  () => fs.mkdirSync(dir + '/a.txt/sub', { recursive: true }),
  () => fs.rmdirSync(dir + '/x'),
  () => fs.rmdirSync(dir + '/a.txt'),
  () => fs.unlinkSync(dir + '/none'),
  () => fs.renameSync(dir + '/none', dir + '/other'),
  () => fs.copyFileSync(dir + '/a.txt', dir + '/b.bin', fs.constants.COPYFILE_EXCL),
  () => fs.readdirSync(dir + '/a.txt'),
  () => fs.readdirSync(dir + '/none'),
  () => fs.statSync(dir + '/none'),
  () => fs.lstatSync(dir + '/none'),
  () => fs.accessSync(dir + '/none'),
  () => fs.readlinkSync(dir + '/a.txt'),
  () => fs.rmSync(dir + '/none'),
]) {
  try { f(); console.log('no error'); } catch (e) { show(e); }
}
for (const f of [
  () => fs.readFileSync(),
  () => fs.readFileSync(dir + '/a.txt', 'bogus'),
  () => fs.writeFileSync(dir + '/q', {}),
  () => fs.readFile(dir + '/a.txt'),
  () => fs.readFile(dir + '/a.txt', 'utf8', 'not a function'),
]) {
  try { f(); console.log('no error'); } catch (e) { console.log(e.name, e.code, e.message); }
}
fs.rmSync(dir + '/none', { force: true });
try { fs.rmSync(dir + '/x'); } catch (e) { console.log(e.code, e.name, rel(e.message)); }

// The callback API: completions run in the poll phase, after the script and its microtasks
fs.readFile(dir + '/a.txt', 'utf8', (err, text) => {
  console.log('readFile callback', err, JSON.stringify(text));
  fs.writeFile(dir + '/e.txt', 'written by callback', (err, ...rest) => {
    console.log('writeFile callback', err, rest.length);
    fs.readFile(dir + '/none', (err) => {
      show(err);
      fs.stat(dir + '/e.txt', (err, s) => {
        console.log('stat callback', err, s.size, s.isFile());
        setImmediate(() => console.log('immediate after an I/O callback runs first'));
        setTimeout(() => {
          console.log('timeout after an I/O callback runs second');
          promisesPart();
        }, 0);
      });
    });
  });
});
Promise.resolve().then(() => console.log('microtask before any I/O callback'));
console.log('script ends first');

async function promisesPart() {
  await fsp.writeFile(dir + '/p.txt', 'from promises');
  console.log(await fsp.readFile(dir + '/p.txt', 'utf8'));
  console.log((await fsp.readdir(dir)).sort().join(','));
  console.log((await fsp.stat(dir + '/p.txt')).size);
  await fsp.mkdir(dir + '/pp/q', { recursive: true });
  try { await fsp.readFile(dir + '/none', 'utf8'); } catch (e) { show(e); }
  try { await fsp.access(dir + '/none'); } catch (e) { show(e); }
  await fsp.rm(dir, { recursive: true });
  console.log('removed', fs.existsSync(dir), fs.promises === fsp);
}

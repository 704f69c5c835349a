// fs.watch / watchFile / unwatchFile: change events for a file and a directory, close, and the argument errors.
const fs = require('fs'); const path = require('path');
const dir = fs.mkdtempSync(path.join(require('os').tmpdir(), 'eventide-watch-')); const file = path.join(dir, 'a.txt'); fs.writeFileSync(file, 'x');
let n = 0;
const listener = (curr, prev) => { console.log('watchFile', curr.size, prev.size, curr.mtimeMs >= prev.mtimeMs); fs.unwatchFile(file, listener); step2(); };
fs.watchFile(file, { interval: 20 }, listener);
setTimeout(() => fs.writeFileSync(file, 'xyz'), 50);
function step2() {
  const w = fs.watch(dir, (type, name) => { console.log('watch', type, name); if (++n === 1) { w.close(); } });
  console.log(w.constructor.name, typeof w.ref, typeof w.unref);
  w.on('close', () => { console.log('closed'); fs.rmSync(dir, { recursive: true }); });
  setTimeout(() => fs.writeFileSync(path.join(dir, 'b.txt'), 'new'), 50);
}
try { fs.watch(3); } catch (e) { console.log(e.code, e.message); }
try { fs.watchFile(file); } catch (e) { console.log(e.code, e.message); }
try { fs.watch('/nonexistent/zz'); } catch (e) { console.log(e.code, e.message, e.syscall); }

// child_process: execSync/execFileSync/spawnSync and exec/execFile with real programs (/bin/sh,
// node-independent commands), their results, errors and timeouts, run one after another.
const cp = require('child_process');
const util = require('util');

console.log(JSON.stringify(cp.execSync('echo hi').toString()), Buffer.isBuffer(cp.execSync('true')));
console.log(cp.execSync('echo $FOO-$BAR', { env: { FOO: 'foo', BAR: 'bar', PATH: process.env.PATH }, encoding: 'utf8' }).trim());
console.log(cp.execSync('pwd', { cwd: '/', encoding: 'utf8' }).trim(), cp.execSync('cat', { input: 'piped in', encoding: 'utf8' }));
try {
  cp.execSync('echo out; echo bad 1>&2; exit 3', { stdio: 'pipe' });
} catch (e) {
  console.log(Object.keys(e), JSON.stringify(e.message), e.status, e.signal, JSON.stringify(e.stdout.toString()), JSON.stringify(e.stderr.toString()), typeof e.pid);
}
const r = cp.spawnSync('sh', ['-c', 'echo a; echo b >&2; exit 2'], { encoding: 'utf8' });
console.log(Object.keys(r), r.status, r.signal, r.output, typeof r.pid);
const m = cp.spawnSync('no-such-command-here', ['x']);
console.log(m.error.message, m.error.code, m.error.errno, m.error.syscall, m.error.path, m.error.spawnargs, m.status, m.pid, m.stdout, m.output);
try { cp.execFileSync('no-such-command-here'); } catch (e) { console.log(e.message, e.code, Object.keys(e)); }
console.log(cp.execFileSync('printf', ['%s-%s', 'a b', 'c'], { encoding: 'utf8' }));
try {
  cp.execSync('sleep 5', { timeout: 100 });
} catch (e) {
  console.log('timeout', e.message, e.code, e.status, e.signal, Object.keys(e));
}
for (const f of [() => cp.execSync(42), () => cp.spawnSync(''), () => cp.execFileSync('x', 'y'), () => cp.execSync('true', { killSignal: 'SIGNOPE' })]) {
  try { f(); console.log('no error'); } catch (e) { console.log(e.name, e.code, e.message); }
}

const run = util.promisify(cp.exec);
function execP(command, options) {
  return new Promise((resolve) => cp.exec(command, options, (err, stdout, stderr) => resolve([err, stdout, stderr])));
}

(async () => {
  const child = cp.exec('echo hello; echo warn 1>&2', (err, stdout, stderr) => console.log('exec callback', err, JSON.stringify(stdout), JSON.stringify(stderr)));
  console.log(child.constructor.name, typeof child.pid, child instanceof cp.ChildProcess);
  await new Promise((resolve) => child.on('close', (code, signal) => { console.log('close', code, signal); resolve(); }));
  const [err] = await execP('exit 4');
  console.log('exec failure', JSON.stringify(err.message), err.code, err.killed, err.signal, err.cmd, Object.keys(err));
  const [bufErr, buf] = await execP('printf abc', { encoding: 'buffer' });
  console.log(bufErr, buf);
  const [timeoutErr] = await execP('sleep 5', { timeout: 100 });
  console.log('exec timeout', timeoutErr.killed, timeoutErr.signal, timeoutErr.code);
  await new Promise((resolve) => cp.execFile('no-such-command-here', (e) => { console.log('execFile missing', e.message, e.code, e.errno, e.syscall, e.path, e.spawnargs, e.cmd); resolve(); }));
  console.log(await run('echo promisified'));
  try { await run('echo partial; exit 1'); } catch (e) { console.log('promisified failure', Object.keys(e), JSON.stringify(e.stdout)); }
  const [bigErr, big] = await execP('head -c 100 /dev/zero | tr "\\0" x', { maxBuffer: 10 });
  console.log('maxBuffer', bigErr.name, bigErr.code, bigErr.message, JSON.stringify(big));
})();

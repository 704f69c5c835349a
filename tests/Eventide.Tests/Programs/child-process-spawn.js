// child_process.spawn: stdout/stderr as Readables, stdin as a Writable, 'spawn'/'exit'/'close' order, shell commands, ENOENT, kill with a signal, unread output drained, large output.
const { spawn } = require('child_process');
function run(cmd, args, opts, input) {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, opts);
    const events = [];
    child.on('spawn', () => events.push('spawn'));
    child.on('error', (e) => events.push(`error ${e.code} ${e.syscall}`));
    if (child.stdout) { child.stdout.setEncoding('utf8'); child.stdout.on('data', (d) => events.push(`stdout ${JSON.stringify(d)}`)); child.stdout.on('end', () => events.push('stdout end')); }
    // stderr apart: which pipe the OS delivers first is a race, in node as here.
    const errs = [];
    if (child.stderr) child.stderr.on('data', (d) => errs.push(`stderr ${JSON.stringify(d.toString())}`));
    child.on('exit', (code, signal) => events.push(`exit ${code} ${signal}`));
    child.on('close', (code, signal) => { events.push(`close ${code} ${signal}`); resolve([...events, ...errs]); });
    if (input !== undefined) { child.stdin.write(input); child.stdin.end(); }
  });
}
(async () => {
  console.log(await run('sh', ['-c', 'echo one; echo two >&2; exit 3']));
  console.log(await run('cat', [], {}, 'through stdin'));
  console.log(await run('no-such-program', ['a']));
  console.log(await run('echo hi | tr a-z A-Z', [], { shell: true }));
  const k = spawn('sleep', ['10']);
  k.on('exit', (code, signal) => console.log('killed', code, signal, k.killed, k.signalCode));
  setTimeout(() => console.log('kill sent', k.kill()), 50);
  await new Promise((r) => k.on('close', r));
  const quiet = spawn('sh', ['-c', 'echo unread'], { stdio: ['ignore', 'pipe', 'inherit'] });
  quiet.on('close', (code) => console.log('closed without reading', code, quiet.stdin));
  await new Promise((r) => quiet.on('close', r)); // two children racing to close would make the order the machine's
  const lines = [];
  const big = spawn('sh', ['-c', 'seq 1 20000']);
  big.stdout.on('data', (d) => lines.push(d.length));
  big.on('close', () => console.log('seq bytes', lines.reduce((a, b) => a + b, 0)));
})();

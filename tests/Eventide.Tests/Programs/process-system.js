'use strict';
// process as the system describes it: values that differ by machine are checked by shape, not printed.
const shape = (label, ok) => console.log(label, ok ? 'ok' : 'WRONG');
const isUint = (n) => Number.isInteger(n) && n >= 0;

shape('pid/ppid', isUint(process.pid) && isUint(process.ppid) && process.pid !== process.ppid);
shape('execPath', typeof process.execPath === 'string' && require('path').isAbsolute(process.execPath));
console.log('execArgv', process.execArgv);
console.log('platform/arch', process.platform, typeof process.arch, ['x64', 'arm64', 'ia32', 'arm'].includes(process.arch));
console.log('version', process.version, /^v20\.\d+\.\d+$/.test(process.version), process.versions.node === process.version.slice(1));
console.log('versions', Object.keys(process.versions).filter((k) => k !== 'eventide').join(','));
shape('versions values', Object.values(process.versions).every((v) => typeof v === 'string'));
console.log('release', process.release.name, process.release.lts, process.release.sourceUrl.endsWith(`${process.version}.tar.gz`));
console.log('config', Object.keys(process.config), Array.isArray(process.config.target_defaults.cflags), typeof process.config.variables);
console.log('features', typeof process.features.inspector, typeof process.features.cached_builtins);

// Time and resources.
const t = process.hrtime();
shape('hrtime', t.length === 2 && isUint(t[0]) && isUint(t[1]) && t[1] < 1e9);
const d = process.hrtime(t);
shape('hrtime diff', d[0] >= 0 && d[1] >= 0 && d[0] < 5);
shape('hrtime.bigint', typeof process.hrtime.bigint() === 'bigint' && process.hrtime.bigint() > 0n);
for (const bad of [1, 'x', {}, [1], [1, 2, 3]]) {
  try { process.hrtime(bad); console.log('no error'); } catch (e) { console.log(e.name, e.code, e.message); }
}
shape('uptime', typeof process.uptime() === 'number' && process.uptime() >= 0 && process.uptime() < 100);
const mem = process.memoryUsage();
console.log('memoryUsage', Object.keys(mem).join(','), Object.values(mem).every((v) => typeof v === 'number'));
shape('memoryUsage.rss', process.memoryUsage.rss() > 0 && process.memoryUsage.rss.name === 'rss');
const cpu = process.cpuUsage();
console.log('cpuUsage', Object.keys(cpu).join(','));
shape('cpuUsage values', isUint(cpu.user) && isUint(cpu.system));
shape('cpuUsage diff', process.cpuUsage(cpu).user >= 0);
for (const bad of [1, null, { user: 'x', system: 0 }, { user: -1, system: 0 }]) {
  try { process.cpuUsage(bad); console.log('no error'); } catch (e) { console.log(e.name, e.code, e.message); }
}
const ru = process.resourceUsage();
console.log('resourceUsage', Object.keys(ru).join(','));
shape('resourceUsage values', Object.values(ru).every(isUint) && ru.maxRSS > 0);

// Users and permissions.
for (const name of ['getuid', 'geteuid', 'getgid', 'getegid']) shape(name, isUint(process[name]()));
shape('getgroups', Array.isArray(process.getgroups()) && process.getgroups().every(isUint));
const mask = process.umask();
shape('umask', isUint(mask) && mask <= 0o777);
console.log('umask set', process.umask(0o22).toString(8) === mask.toString(8), process.umask('0022'), process.umask(mask) === 0o22);
for (const bad of ['8', 'abc', -1, {}]) {
  try { process.umask(bad); console.log('no error'); } catch (e) { console.log(e.name, e.code, e.message); }
}
process.umask(mask);

// Working directory: the error names both directories.
const cwd = process.cwd();
process.chdir(cwd);
console.log('chdir same', process.cwd() === cwd);
try { process.chdir('no-such-directory-here'); } catch (e) {
  console.log(e.message === `ENOENT: no such file or directory, chdir '${cwd}' -> 'no-such-directory-here'`, e.code, e.errno, e.syscall, e.path === cwd, e.dest, Object.keys(e));
}
try { process.chdir(__filename); } catch (e) { console.log(e.code, e.errno, e.syscall, e.message.startsWith('ENOTDIR: not a directory, chdir')); }
for (const bad of [undefined, 5, null, {}]) {
  try { process.chdir(bad); } catch (e) { console.log(e.name, e.code, e.message); }
}

// Signals.
console.log('kill 0', process.kill(process.pid, 0), process.kill(process.pid, 'SIGCONT'));
try { process.kill(2147483646, 0); } catch (e) { console.log(e.message, e.code, e.errno, e.syscall, Object.keys(e)); }
for (const [pid, sig] of [['x'], [1.5], [process.pid, 'SIGNOPE'], [{}]]) {
  try { process.kill(pid, sig); } catch (e) { console.log(e.name, e.code, e.message); }
}

// Streams: output captured by the test is not a terminal.
console.log('isTTY', process.stdout.isTTY, process.stderr.isTTY, process.stdout.fd, process.stderr.fd, process.stdin.fd);
console.log('tty', require('tty').isatty(1), require('tty').isatty(2), require('tty').isatty(-1), require('tty').isatty(1.5), require('tty').isatty('1'), require('tty').isatty(99));

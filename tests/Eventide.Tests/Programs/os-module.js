'use strict';
// node's os module: machine-specific values are checked by shape, not printed.
const os = require('os');
const shape = (label, ok) => console.log(label, ok ? 'ok' : 'WRONG');
const isUint = (n) => Number.isInteger(n) && n >= 0;

console.log(Object.keys(os).join(','));
for (const [key, value] of Object.entries(os))
  if (typeof value === 'function') console.log(key, value.name, value.length, typeof value[Symbol.toPrimitive]);
console.log(JSON.stringify(os.EOL), os.devNull, os.platform(), os.type(), os.endianness(), os.arch() === process.arch, `${os.platform}`);
shape('release', typeof os.release() === 'string' && os.release().length > 0);
shape('version', typeof os.version() === 'string' && os.version().length > 0);
shape('machine', ['x86_64', 'aarch64', 'arm64', 'i686', 'armv7l'].includes(os.machine()));
shape('hostname', typeof os.hostname() === 'string' && os.hostname().length > 0 && `${os.hostname}` === os.hostname());
shape('homedir', require('path').isAbsolute(os.homedir()));
shape('tmpdir', require('path').isAbsolute(os.tmpdir()) && (os.tmpdir() === '/' || !os.tmpdir().endsWith('/')));
const saved = process.env.TMPDIR;
process.env.TMPDIR = '/some/where/';
console.log('tmpdir from env', os.tmpdir());
if (saved === undefined) delete process.env.TMPDIR; else process.env.TMPDIR = saved;
shape('memory', os.totalmem() > 0 && os.freemem() > 0 && os.freemem() <= os.totalmem());
shape('uptime', os.uptime() > 0);
const load = os.loadavg();
shape('loadavg', load.length === 3 && load.every((n) => typeof n === 'number' && n >= 0));
shape('availableParallelism', isUint(os.availableParallelism()) && os.availableParallelism() >= 1);

const cpus = os.cpus();
shape('cpus', cpus.length >= 1);
for (const cpu of cpus.slice(0, 1)) {
  console.log(Object.keys(cpu).join(','), Object.keys(cpu.times).join(','), typeof cpu.model);
  shape('cpu values', isUint(cpu.speed) && Object.values(cpu.times).every(isUint));
}

const interfaces = os.networkInterfaces();
shape('networkInterfaces', typeof interfaces === 'object' && Object.values(interfaces).every(Array.isArray));
for (const list of Object.values(interfaces)) for (const entry of list) {
  const keys = Object.keys(entry).join(',');
  const v6 = entry.family === 'IPv6';
  shape(`interface ${entry.family}`, keys === (v6 ? 'address,netmask,family,mac,internal,cidr,scopeid' : 'address,netmask,family,mac,internal,cidr')
    && /^([0-9a-f]{2}:){5}[0-9a-f]{2}$/.test(entry.mac) && entry.cidr.startsWith(entry.address + '/') && typeof entry.internal === 'boolean');
}

const user = os.userInfo();
console.log(Object.getPrototypeOf(user), Object.keys(user).join(','));
shape('userInfo', user.uid === process.getuid() && user.gid === process.getgid() && typeof user.username === 'string');
shape('getPriority', Number.isInteger(os.getPriority()) && os.getPriority() === os.getPriority(process.pid));
for (const args of [['x'], [1.5], [0, 100], [0, 'x'], [0, -21]]) {
  try { os[args.length === 1 ? 'getPriority' : 'setPriority'](...args); console.log('no error'); } catch (e) { console.log(e.name, e.code, e.message); }
}

console.log(Object.keys(os.constants).join(','), Object.getPrototypeOf(os.constants.signals));
console.log(os.constants.signals.SIGINT, os.constants.signals.SIGTERM, os.constants.signals.SIGKILL, os.constants.errno.ENOENT, os.constants.errno.EACCES);
console.log(os.constants.priority, os.constants.dlopen.RTLD_NOW, os.constants.UV_UDP_REUSEADDR);
console.log(require('node:os') === os);

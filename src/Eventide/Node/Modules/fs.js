'use strict';
// node's fs: the synchronous, callback and promise APIs over the native binding (internal/fs),
// which runs each call synchronously or, given a callback, on the thread pool with the callback
// run in the event loop's poll phase (libuv's model).
const binding = require('internal/fs');
const errors = require('internal/errors');
const { Buffer } = require('buffer');
const kPathTypes = ['string', 'Buffer', 'URL'];

const constants = Object.freeze({
  F_OK: 0, R_OK: 4, W_OK: 2, X_OK: 1, COPYFILE_EXCL: 1, COPYFILE_FICLONE: 2, COPYFILE_FICLONE_FORCE: 4,
  O_RDONLY: 0, O_WRONLY: 1, O_RDWR: 2, O_CREAT: 64, O_EXCL: 128, O_TRUNC: 512, O_APPEND: 1024,
  S_IFMT: 61440, S_IFREG: 32768, S_IFDIR: 16384, S_IFCHR: 8192, S_IFBLK: 24576, S_IFIFO: 4096, S_IFLNK: 40960, S_IFSOCK: 49152,
});
const kType = Symbol('type');

function toPath(path, name = 'path') {
  if (typeof path === 'string') return path;
  if (path !== null && typeof path === 'object' && typeof path.href === 'string' && path.protocol !== undefined) {
    if (path.protocol !== 'file:') throw errors.makeNodeError(TypeError, 'ERR_INVALID_URL_SCHEME', 'The URL must be of scheme file');
    return decodeURIComponent(path.pathname);
  }
  throw errors.invalidArgType(name, kPathTypes, path);
}

function checkEncoding(encoding) {
  if (encoding == null || encoding === 'buffer') return null;
  if (!binding.isEncoding(encoding)) throw errors.invalidArgValue('encoding', encoding, 'is invalid encoding');
  return encoding;
}

function getOptions(options, defaults) {
  if (options == null || typeof options === 'function') return defaults;
  if (typeof options === 'string') return { ...defaults, encoding: options };
  if (typeof options !== 'object') throw errors.invalidArgType('options', ['string', 'Object'], options);
  return { ...defaults, ...options };
}

function checkCallback(cb) {
  if (typeof cb !== 'function') throw errors.invalidArgType('cb', 'function', cb);
  return cb;
}

// The data to write and its encoding: strings are encoded by the binding, views pass their bytes.
function toData(data, encoding) {
  if (typeof data === 'string') return [data, checkEncoding(encoding) || 'utf8'];
  if (ArrayBuffer.isView(data)) return [data, null];
  throw errors.invalidArgType('data', ['string', 'Buffer', 'TypedArray', 'DataView'], data);
}

// readFile's result: a string in the asked encoding, or the bytes (an ArrayBuffer) as a Buffer.
const toBuffer = (result) => (typeof result === 'string' ? result : Buffer.from(result));

class Stats {
  constructor(a) {
    [this.dev, this.mode, this.nlink, this.uid, this.gid, this.rdev, this.blksize, this.ino, this.size, this.blocks,
      this.atimeMs, this.mtimeMs, this.ctimeMs, this.birthtimeMs] = a;
    this.atime = new Date(this.atimeMs);
    this.mtime = new Date(this.mtimeMs);
    this.ctime = new Date(this.ctimeMs);
    this.birthtime = new Date(this.birthtimeMs);
  }
  isFile() { return (this.mode & constants.S_IFMT) === constants.S_IFREG; }
  isDirectory() { return (this.mode & constants.S_IFMT) === constants.S_IFDIR; }
  isSymbolicLink() { return (this.mode & constants.S_IFMT) === constants.S_IFLNK; }
  isBlockDevice() { return (this.mode & constants.S_IFMT) === constants.S_IFBLK; }
  isCharacterDevice() { return (this.mode & constants.S_IFMT) === constants.S_IFCHR; }
  isFIFO() { return (this.mode & constants.S_IFMT) === constants.S_IFIFO; }
  isSocket() { return (this.mode & constants.S_IFMT) === constants.S_IFSOCK; }
}

class Dirent {
  constructor(name, type, path) {
    this.name = name;
    this.parentPath = path;
    this.path = path;
    this[kType] = type;
  }
  isFile() { return this[kType] === 1; }
  isDirectory() { return this[kType] === 2; }
  isSymbolicLink() { return this[kType] === 3; }
  isBlockDevice() { return false; }
  isCharacterDevice() { return false; }
  isFIFO() { return false; }
  isSocket() { return false; }
}

function direntsOf(path, result) {
  const [names, types] = result;
  return names.map((name, i) => new Dirent(name, types[i], path));
}

// Each operation once: how its arguments become the binding's, and how its result is shaped.
const operations = {
  readFile: [(path, options) => {
    const o = getOptions(options, { encoding: null, flag: 'r' });
    // A descriptor (0 is the standard input) reads what is left of it.
    return [typeof path === 'number' && path >= 0 && Number.isInteger(path) ? path : toPath(path), checkEncoding(o.encoding)];
  }, toBuffer],
  writeFile: [(path, data, options) => {
    const o = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'w' });
    return [toPath(path, 'file'), ...toData(data, o.encoding), String(o.flag || 'w'), o.mode];
  }],
  appendFile: [(path, data, options) => {
    const o = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'a' });
    return [toPath(path, 'file'), ...toData(data, o.encoding), String(o.flag || 'a'), o.mode];
  }, undefined, 'writeFile'],
  stat: [(path) => [toPath(path), false], (r) => new Stats(r)],
  lstat: [(path) => [toPath(path), true], (r) => new Stats(r), 'stat'],
  readdir: [(path, options) => {
    const o = getOptions(options, { withFileTypes: false });
    return [toPath(path), !!o.withFileTypes];
  }, (r, args) => (args[1] ? direntsOf(args[0], r) : r)],
  mkdir: [(path, options) => {
    const o = typeof options === 'number' || typeof options === 'string' ? { mode: options } : getOptions(options, {});
    return [toPath(path), !!o.recursive];
  }],
  rmdir: [(path) => [toPath(path)]],
  mkdtemp: [(prefix) => [toPath(prefix, 'prefix')]],
  rm: [(path, options) => {
    const o = getOptions(options, {});
    return [toPath(path), !!o.recursive, !!o.force];
  }],
  unlink: [(path) => [toPath(path)]],
  rename: [(from, to) => [toPath(from, 'oldPath'), toPath(to, 'newPath')]],
  copyFile: [(from, to, mode) => [toPath(from, 'src'), toPath(to, 'dest'), typeof mode === 'number' ? mode : 0]],
  access: [(path, mode) => [toPath(path), typeof mode === 'number' ? mode : constants.F_OK]],
  realpath: [(path) => [toPath(path)]],
  readlink: [(path) => [toPath(path)]],
  symlink: [(target, path) => [toPath(target, 'target'), toPath(path)]],
  chmod: [(path, mode) => [toPath(path), typeof mode === 'string' ? parseInt(mode, 8) : mode]],
  truncate: [(path, len) => [toPath(path), len === undefined ? 0 : len]],
  utimes: [(path, atime, mtime) => [toPath(path), toSeconds(atime), toSeconds(mtime)]],
};

function toSeconds(time) {
  if (time instanceof Date) return time.getTime() / 1000;
  if (typeof time === 'string' && +time == time) return +time;
  return time;
}

const fs = module.exports;
const promises = {};

for (const name of Object.keys(operations)) {
  const [prepare, shape = (r) => r, native = name] = operations[name];
  const call = binding[native];
  const arity = prepare.length;
  fs[name + 'Sync'] = function (...args) {
    const prepared = prepare(...args);
    return shape(call(...prepared), prepared);
  };
  fs[name] = function (...args) {
    // The callback is the last argument, or (as node reads it) whatever sits at its declared position.
    const callback = checkCallback(typeof args[args.length - 1] === 'function' ? args[args.length - 1] : args[arity]);
    const prepared = prepare(...args.slice(0, Math.min(args.length - 1, arity)));
    call(...prepared, ...new Array(call.length - 1 - prepared.length), (err, result) => {
      if (err) callback(err);
      else if (result === undefined) callback(null);
      else callback(null, shape(result, prepared));
    });
  };
  promises[name] = function (...args) {
    return new Promise((resolve, reject) => {
      const prepared = prepare(...args);
      call(...prepared, ...new Array(call.length - 1 - prepared.length), (err, result) => {
        if (err) reject(err);
        else resolve(result === undefined ? undefined : shape(result, prepared));
      });
    });
  };
}

fs.existsSync = function existsSync(path) {
  try { return binding.exists(toPath(path)); } catch { return false; }
};
fs.exists = function exists(path, callback) {
  checkCallback(callback);
  let found = false;
  try { found = binding.exists(toPath(path)); } catch { /* node answers false */ }
  process.nextTick(callback, found);
};
fs.realpathSync.native = fs.realpathSync;
fs.realpath.native = fs.realpath;
fs.Stats = Stats;
fs.Dirent = Dirent;
fs.constants = constants;
Object.assign(fs, constants);
promises.constants = constants;
fs.promises = promises;

// ---------------------------------------------------------------- file descriptors

function checkFd(fd) {
  if (!Number.isInteger(fd)) throw errors.invalidArgType('fd', 'number', fd);
  return fd;
}

function flagsOf(flags) {
  if (flags === undefined || flags === null) return 'r';
  if (typeof flags === 'string') return flags;
  throw errors.invalidArgType('flags', 'string', flags);
}

const positionOf = (position) => (typeof position === 'number' && position >= 0 ? position : null);

// read(fd, buffer, offset, length, position) and read(fd, buffer, { offset, length, position }).
function readArgs(fd, buffer, offset, length, position) {
  checkFd(fd);
  if (!ArrayBuffer.isView(buffer)) throw errors.invalidArgType('buffer', ['Buffer', 'TypedArray', 'DataView'], buffer);
  if (offset !== null && typeof offset === 'object') ({ offset = 0, length = buffer.byteLength - offset, position = null } = offset);
  offset = offset ?? 0;
  length = length ?? buffer.byteLength - offset;
  return { fd, buffer, offset, length, position: positionOf(position) };
}

function copyInto(args, bytes) {
  new Uint8Array(args.buffer.buffer, args.buffer.byteOffset + args.offset, bytes.length).set(bytes);
  return bytes.length;
}

// write(fd, buffer, offset, length, position) or write(fd, string, position, encoding): the bytes and where.
function writeArgs(fd, data, a, b, c) {
  checkFd(fd);
  if (typeof data === 'string') return { fd, bytes: Buffer.from(data, typeof b === 'string' ? b : 'utf8'), position: positionOf(a) };
  if (!ArrayBuffer.isView(data)) throw errors.invalidArgType('buffer', ['string', 'Buffer', 'TypedArray', 'DataView'], data);
  const offset = typeof a === 'number' ? a : 0;
  const length = typeof b === 'number' ? b : data.byteLength - offset;
  return { fd, bytes: new Uint8Array(data.buffer, data.byteOffset + offset, length), position: positionOf(c) };
}

fs.openSync = (path, flags, mode) => binding.open(toPath(path), flagsOf(flags));
fs.open = function open(path, flags, mode, callback) {
  callback = checkCallback([flags, mode, callback].reverse().find((x) => typeof x === 'function'));
  binding.open(toPath(path), flagsOf(typeof flags === 'function' ? undefined : flags), callback);
};
fs.closeSync = (fd) => { binding.close(checkFd(fd)); };
fs.close = (fd, callback = () => {}) => { binding.close(checkFd(fd), (err) => callback(err ?? null)); };
fs.readSync = function readSync(fd, buffer, offset, length, position) {
  const args = readArgs(fd, buffer, offset, length, position);
  return copyInto(args, binding.read(args.fd, args.length, args.position));
};
fs.read = function read(fd, buffer, offset, length, position, callback) {
  callback = checkCallback([buffer, offset, length, position, callback].reverse().find((x) => typeof x === 'function'));
  if (typeof buffer === 'function') buffer = Buffer.alloc(16384);
  const args = readArgs(fd, buffer, typeof offset === 'function' ? undefined : offset, typeof length === 'function' ? undefined : length, typeof position === 'function' ? undefined : position);
  binding.read(args.fd, args.length, args.position, (err, bytes) => (err ? callback(err) : callback(null, copyInto(args, bytes), args.buffer)));
};
fs.writeSync = function writeSync(fd, data, a, b, c) {
  const args = writeArgs(fd, data, a, b, c);
  return binding.write(args.fd, args.bytes, args.position);
};
fs.write = function write(fd, data, ...rest) {
  const callback = checkCallback(rest.pop());
  const args = writeArgs(fd, data, ...rest);
  binding.write(args.fd, args.bytes, args.position, (err, written) => (err ? callback(err) : callback(null, written, data)));
};
fs.fstatSync = (fd) => new Stats(binding.fstat(checkFd(fd)));
fs.fstat = (fd, callback) => { checkCallback(callback); binding.fstat(checkFd(fd), (err, r) => (err ? callback(err) : callback(null, new Stats(r)))); };

// fs.promises.open's FileHandle: the descriptor's operations as promises.
const callAsync = (fn, ...args) => new Promise((resolve, reject) => fn(...args, (err, value) => (err ? reject(err) : resolve(value))));

class FileHandle {
  constructor(fd) { this.fd = fd; }
  read(buffer = Buffer.alloc(16384), offset, length, position) {
    const args = readArgs(this.fd, buffer, offset, length, position);
    return callAsync(binding.read, args.fd, args.length, args.position).then((bytes) => ({ bytesRead: copyInto(args, bytes), buffer: args.buffer }));
  }
  write(data, a, b, c) {
    const args = writeArgs(this.fd, data, a, b, c);
    return callAsync(binding.write, args.fd, args.bytes, args.position).then((bytesWritten) => ({ bytesWritten, buffer: data }));
  }
  async readFile(options) {
    const { encoding } = getOptions(options, { encoding: null });
    const size = (await this.stat()).size;
    const bytes = await callAsync(binding.read, this.fd, size, 0);
    return checkEncoding(encoding) ? toBuffer(bytes).toString(encoding) : toBuffer(bytes);
  }
  async writeFile(data, options) {
    const { encoding } = getOptions(options, { encoding: 'utf8' });
    await this.write(typeof data === 'string' ? Buffer.from(data, encoding) : data);
  }
  stat() { return callAsync(binding.fstat, this.fd).then((r) => new Stats(r)); }
  close() { return callAsync(binding.close, this.fd); }
}

promises.open = (path, flags) => callAsync(binding.open, toPath(path), flagsOf(flags)).then((fd) => new FileHandle(fd));

// ---------------------------------------------------------------- streams

// fs.ReadStream/WriteStream as node builds them: a stream over a descriptor that its construct
// opens ('open' with the fd, then 'ready'), read or written in chunks, closed when destroyed.
let Readable, Writable;
function streamClasses() {
  if (!Readable) ({ Readable, Writable } = require('stream'));
}

// The streams' construct: open the path unless given an fd, then 'open' (with the fd) and 'ready'.
function openForStream(stream, callback) {
  if (typeof stream.fd === 'number') { callback(); return; }
  binding.open(stream.path, stream.flags, (err, fd) => {
    if (err) { callback(err); return; }
    stream.fd = fd;
    stream.pending = false;
    callback();
    stream.emit('open', fd);
    stream.emit('ready');
  });
}

function closeThen(stream, err, callback) {
  if (typeof stream.fd !== 'number') { callback(err); return; }
  const fd = stream.fd;
  stream.fd = null;
  binding.close(fd, (closeError) => callback(err || closeError || null));
}

function createReadStream(path, options) {
  streamClasses();
  const o = getOptions(options, {});
  const start = o.start ?? null;
  const end = o.end ?? Infinity;
  let position = start;
  const stream = new Readable({
    highWaterMark: o.highWaterMark ?? 64 * 1024,
    encoding: o.encoding ?? null,
    emitClose: o.emitClose ?? true,
    autoDestroy: o.autoClose ?? true,
    signal: o.signal,
    construct(callback) { openForStream(stream, callback); },
    read(size) {
      const left = end === Infinity ? size : end - (start ?? 0) - stream.bytesRead + 1;
      const length = Math.min(size, left);
      if (length <= 0) { stream.push(null); return; }
      binding.read(stream.fd, length, position, (err, bytes) => {
        if (err) { stream.destroy(err); return; }
        if (bytes.length === 0) { stream.push(null); return; }
        if (position !== null) position += bytes.length;
        stream.bytesRead += bytes.length;
        stream.push(toBuffer(bytes));
      });
    },
    destroy(err, callback) { closeThen(stream, err, callback); },
  });
  stream.path = path === undefined ? undefined : toPath(path);
  stream.fd = o.fd ?? null;
  stream.flags = flagsOf(o.flags);
  stream.bytesRead = 0;
  stream.pending = stream.fd === null;
  return stream;
}

function createWriteStream(path, options) {
  streamClasses();
  const o = getOptions(options, {});
  let position = o.start ?? null;
  const stream = new Writable({
    highWaterMark: o.highWaterMark ?? 16 * 1024,
    decodeStrings: true,
    defaultEncoding: o.encoding ?? 'utf8',
    emitClose: o.emitClose ?? true,
    autoDestroy: o.autoClose ?? true,
    signal: o.signal,
    construct(callback) { openForStream(stream, callback); },
    write(chunk, encoding, callback) {
      const bytes = typeof chunk === 'string' ? Buffer.from(chunk, encoding) : chunk;
      binding.write(stream.fd, bytes, position, (err, written) => {
        if (err) { callback(err); return; }
        if (position !== null) position += written;
        stream.bytesWritten += written;
        callback();
      });
    },
    destroy(err, callback) { closeThen(stream, err, callback); },
  });
  stream.path = toPath(path);
  stream.fd = o.fd ?? null;
  stream.flags = o.flags ?? 'w';
  stream.bytesWritten = 0;
  stream.pending = stream.fd === null;
  return stream;
}

fs.createReadStream = createReadStream;
fs.createWriteStream = createWriteStream;

const watchers = require('internal/fs_watchers')(fs);
fs.watch = watchers.watch;
fs.watchFile = watchers.watchFile;
fs.unwatchFile = watchers.unwatchFile;

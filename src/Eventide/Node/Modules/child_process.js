'use strict';
const { Buffer } = require('buffer'); // node's own modules use the module's Buffer, granted as a global or not
// node's child_process: the synchronous forms (spawnSync, execSync, execFileSync) and the callback
// forms (exec, execFile) and spawn with stdio streams, over internal/child_process, which runs
// programs with piped standard streams on .NET's Process. exec runs its command with /bin/sh -c,
// as node does on POSIX. fork runs another eventide with an IPC channel (internal/ipc).
const binding = require('internal/child_process');
const EventEmitter = require('events');
const { invalidArgType, invalidArgValue, makeNodeError } = require('internal/errors');
const { signals } = require('os').constants;
const { setupChannel } = require('internal/ipc');
const kCustomPromisify = Symbol.for('nodejs.util.promisify.custom');

function validateString(value, name) {
  if (typeof value !== 'string') throw invalidArgType(name, 'string', value);
}

// (file, args?, options?) as node's normalizeSpawnArguments reads them.
function normalizeArgs(file, args, options) {
  validateString(file, 'file');
  if (file.length === 0) throw makeNodeError(TypeError, 'ERR_INVALID_ARG_VALUE', "The argument 'file' cannot be empty. Received ''");
  if (Array.isArray(args)) args = args.slice();
  else if (args == null) args = [];
  else if (typeof args !== 'object') throw invalidArgType('args', 'object', args);
  else { options = args; args = []; }
  if (options === undefined || options === null) options = {};
  else if (typeof options !== 'object') throw invalidArgType('options', 'object', options);
  if (options.cwd != null && typeof options.cwd !== 'string') throw invalidArgType('options.cwd', ['string', 'URL'], options.cwd);
  return { file, args: args.map(String), options };
}

function nativeOptions(options) {
  const killSignal = options.killSignal ?? 'SIGTERM';
  const signalNumber = typeof killSignal === 'number' ? killSignal : signals[killSignal];
  if (signalNumber === undefined) throw makeNodeError(TypeError, 'ERR_UNKNOWN_SIGNAL', `Unknown signal: ${killSignal}`);
  const env = options.env ?? process.env;
  const input = options.input === undefined ? null
    : typeof options.input === 'string' ? Buffer.from(options.input, options.encoding && options.encoding !== 'buffer' ? options.encoding : 'utf8')
      : options.input;
  return {
    cwd: options.cwd ?? null,
    env: Object.keys(env).filter((k) => env[k] !== undefined).map((k) => [k, String(env[k])]),
    input,
    timeout: options.timeout > 0 ? options.timeout : 0,
    killSignal: signalNumber,
    killSignalName: typeof killSignal === 'number' ? Object.keys(signals).find((k) => signals[k] === killSignal) : killSignal,
  };
}

const toBuffer = (bytes) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
const decode = (buffer, encoding) => (encoding && encoding !== 'buffer' ? buffer.toString(encoding) : buffer);

// libuv's spawn failure: "spawnSync nope ENOENT" with errno, code, syscall, path and spawnargs.
function spawnError(code, syscall, file, args) {
  const errnos = { ENOENT: -2, EACCES: -13, ETIMEDOUT: -110 };
  const error = new Error(`${syscall} ${code}`);
  error.errno = errnos[code];
  error.code = code;
  error.syscall = syscall;
  error.path = file;
  error.spawnargs = args;
  return error;
}

function spawnSync(file, args, options) {
  ({ file, args, options } = normalizeArgs(file, args, options));
  const r = binding.spawnSync(file, args, nativeOptions(options));
  const stdout = decode(toBuffer(r.stdout), options.encoding);
  const stderr = decode(toBuffer(r.stderr), options.encoding);
  const result = { status: r.status, signal: r.signal, output: [null, stdout, stderr], pid: r.pid, stdout, stderr };
  if (r.error) {
    result.error = spawnError(r.error, `spawnSync ${file}`, file, args);
    if (r.error === 'ENOENT' || r.error === 'EACCES') {
      result.output = null;
      result.stdout = result.stderr = null;
    }
  }
  return result;
}

// An execSync/execFileSync failure: the spawn error, or "Command failed" with what the child wrote.
function checkExecSyncError(ret, args, cmd) {
  let err;
  if (ret.error) {
    err = ret.error;
    const { error, ...rest } = ret;
    Object.assign(err, { error }, rest);
  } else if (ret.status !== 0) {
    let message = `Command failed: ${cmd || args.join(' ')}`;
    if (ret.stderr && ret.stderr.length > 0) message += `\n${ret.stderr.toString()}`;
    err = new Error(message);
    Object.assign(err, ret);
  }
  return err;
}

function execFileSync(file, args, options) {
  ({ file, args, options } = normalizeArgs(file, args, options));
  const inheritStderr = !options.stdio;
  const ret = spawnSync(file, args, options);
  // Without stdio set, the child's stderr goes to ours as well (node's default).
  if (inheritStderr && ret.stderr && ret.stderr.length > 0) process.stderr.write(ret.stderr);
  const err = checkExecSyncError(ret, [file, ...args], undefined);
  if (err) throw err;
  return ret.stdout;
}

function execSync(command, options) {
  validateString(command, 'command');
  options = options ?? {};
  const inheritStderr = !options.stdio;
  const ret = spawnSync('/bin/sh', ['-c', command], options);
  if (inheritStderr && ret.stderr && ret.stderr.length > 0) process.stderr.write(ret.stderr);
  const err = checkExecSyncError(ret, undefined, command);
  if (err) throw err;
  return ret.stdout;
}

class ChildProcess extends EventEmitter {
  constructor() {
    super();
    this.pid = undefined;
    this.exitCode = null;
    this.signalCode = null;
    this.killed = false;
    this.connected = false;
    this.spawnfile = undefined;
    this.spawnargs = [];
    this.stdin = null;
    this.stdout = null;
    this.stderr = null;
  }
  kill(signal = 'SIGTERM') {
    const number = typeof signal === 'number' ? signal : signals[signal];
    if (number === undefined) throw makeNodeError(TypeError, 'ERR_UNKNOWN_SIGNAL', `Unknown signal: ${signal}`);
    if (this.pid === undefined || this.exitCode !== null || this.signalCode !== null) return false;
    const sent = this[kStreaming] ? binding.signal(this.pid, number) : binding.kill(this.pid, number);
    if (sent) this.killed = true;
    return sent;
  }
  ref() { if (this[kStreaming] && this.exitCode === null && this.signalCode === null) binding.ref(this.pid, true); }
  unref() { if (this[kStreaming] && this.exitCode === null && this.signalCode === null) binding.ref(this.pid, false); }
}

const kStreaming = Symbol('kStreaming');
const kChannelGone = Symbol('kChannelGone');

// stdio as node normalizes it: 'pipe' | 'inherit' | 'ignore' for each of the three ('ipc' asks for
// a channel and takes no standard stream).
function normalizeStdio(stdio = 'pipe') {
  const list = typeof stdio === 'string' ? [stdio, stdio, stdio] : [...stdio];
  const ipc = list.indexOf('ipc');
  if (ipc !== -1 && list.indexOf('ipc', ipc + 1) !== -1) {
    throw makeNodeError(Error, 'ERR_IPC_ONE_PIPE', 'Child process can have only one IPC pipe');
  }
  if (ipc !== -1 && ipc < 3) list[ipc] = 'ignore';
  return [0, 1, 2].map((i) => {
    const mode = list[i] ?? 'pipe';
    if (mode === null || mode === undefined || mode === 'overlapped') return 'pipe';
    if (mode === process.stdin && i === 0) return 'inherit';
    if ((mode === process.stdout && i === 1) || (mode === process.stderr && i === 2)) return 'inherit';
    if (typeof mode === 'number' && mode === i) return 'inherit';
    if (mode !== 'pipe' && mode !== 'inherit' && mode !== 'ignore') throw invalidArgValue('stdio', mode, 'is invalid');
    return mode;
  });
}

function spawn(file, args, options) {
  ({ file, args, options } = normalizeArgs(file, args, options));
  if (options.shell) {
    const command = [file, ...args].join(' ');
    file = typeof options.shell === 'string' ? options.shell : '/bin/sh';
    args = ['-c', command];
  }
  const { Readable, Writable } = require('stream');
  const stdio = normalizeStdio(options.stdio);
  const ipc = Array.isArray(options.stdio) && options.stdio.includes('ipc');
  const child = new ChildProcess();
  child[kStreaming] = true;
  child.spawnfile = file;
  child.spawnargs = [file, ...args];
  const outputs = [null, null, null];
  for (const fd of [1, 2]) if (stdio[fd] === 'pipe') outputs[fd] = new Readable({ read() {} });
  child.stdout = outputs[1];
  child.stderr = outputs[2];
  child.stdio = [null, child.stdout, child.stderr];
  let exited = false;
  let closed = false;
  const maybeClose = () => {
    if (!closed && exited && !child.connected && outputs.every((s) => s === null || s.destroyed || s.readableEnded)) {
      closed = true;
      child.emit('close', child.exitCode, child.signalCode);
    }
  };
  for (const s of outputs) if (s) s.on('close', maybeClose);
  const started = binding.start(file, args, { ...nativeOptions(options), ipc }, (fd, chunk) => {
    if (stdio[fd] === 'pipe') outputs[fd].push(chunk === null ? null : toBuffer(chunk));
    else if (stdio[fd] === 'inherit' && chunk !== null) (fd === 1 ? process.stdout : process.stderr).write(toBuffer(chunk));
  }, (code, signalNumber) => {
    binding.forget(child.pid);
    const signal = signalNumber === null ? null : Object.keys(signals).find((name) => signals[name] === signalNumber);
    child.exitCode = code;
    child.signalCode = signal;
    if (child.stdin) child.stdin.destroy();
    exited = true;
    // A channel still open when the child is gone is disconnected first, as node reports it.
    if (child.connected) child[kChannelGone]();
    child.emit('exit', code, signal);
    // Output nobody reads is drained, so the streams end and 'close' follows (node's flushStdio).
    for (const s of outputs) if (s && s.readableFlowing === null) s.resume();
    maybeClose();
  });
  if (typeof started !== 'number') {
    const error = spawnError(started, `spawn ${file}`, file, args);
    process.nextTick(() => {
      child.emit('error', error);
      exited = true;
      child.exitCode = -2;
      for (const s of outputs) if (s) { s.push(null); if (s.readableFlowing === null) s.resume(); }
      maybeClose();
    });
    return child;
  }
  child.pid = started;
  if (ipc) {
    const channel = binding.channel(started);
    setupChannel(child, channel, (event, ...rest) => {
      child.emit(event, ...rest);
      if (event === 'disconnect') maybeClose();
    });
    child[kChannelGone] = () => {
      child.connected = false;
      channel.close();
      child.emit('disconnect');
    };
  }
  if (stdio[0] === 'pipe') {
    child.stdin = new Writable({
      write(chunk, encoding, callback) {
        const bytes = typeof chunk === 'string' ? Buffer.from(chunk, encoding) : chunk;
        binding.write(started, bytes, (code) => callback(code ? spawnError(code, 'write', undefined, undefined) : null));
      },
      final(callback) { binding.endInput(started); callback(); },
    });
  } else {
    binding.endInput(started);
  }
  child.stdio[0] = child.stdin;
  process.nextTick(() => child.emit('spawn'));
  return child;
}

// fork(modulePath[, args][, options]): another eventide running the module, with an IPC channel.
function fork(modulePath, args, options) {
  if (modulePath !== null && typeof modulePath === 'object' && typeof modulePath.href === 'string') modulePath = require('url').fileURLToPath(modulePath);
  if (typeof modulePath !== 'string') throw invalidArgType('modulePath', ['string', 'Buffer', 'URL'], modulePath);
  if (args == null) args = [];
  else if (typeof args === 'object' && !Array.isArray(args)) { options = args; args = []; }
  else if (!Array.isArray(args)) throw invalidArgType('args', 'Array', args);
  if (options != null && typeof options !== 'object') throw invalidArgType('options', 'object', options);
  options = { ...options };
  let stdio = options.stdio ?? (options.silent ? 'pipe' : 'inherit');
  if (typeof stdio === 'string') stdio = [stdio, stdio, stdio, 'ipc'];
  else if (!stdio.includes('ipc')) {
    throw makeNodeError(Error, 'ERR_CHILD_PROCESS_IPC_REQUIRED', "Forked processes must have an IPC channel, missing value 'ipc' in options.stdio");
  }
  const command = options.execPath ? [options.execPath] : binding.forkCommand();
  const execArgv = options.execArgv ?? process.execArgv;
  const child = spawn(command[0], [...command.slice(1), ...execArgv, modulePath, ...args.map(String)], { ...options, stdio });
  return child;
}

function execFile(file, args, options, callback) {
  if (typeof args === 'function') { callback = args; args = undefined; options = undefined; }
  else if (typeof options === 'function') { callback = options; options = undefined; }
  if (!Array.isArray(args) && args != null && typeof args === 'object') { options = args; args = undefined; }
  ({ file, args, options } = normalizeArgs(file, args, options));
  options = { encoding: 'utf8', maxBuffer: 1024 * 1024, ...options };
  if (callback !== undefined && typeof callback !== 'function') throw invalidArgType('callback', 'function', callback);
  const child = new ChildProcess();
  child.spawnfile = file;
  child.spawnargs = [file, ...args];
  const cmd = options.cmd ?? [file, ...args].join(' ');
  const finish = (error, stdout, stderr) => { if (callback) callback(error, stdout, stderr); };
  const empty = () => (options.encoding === 'buffer' ? Buffer.alloc(0) : '');
  // As node's errorhandler: with a callback, a spawn error goes to it (and to any other 'error' listener).
  if (callback) child.on('error', (error) => finish(error, empty(), empty()));
  const started = binding.spawn(file, args, nativeOptions(options), (r) => {
    // Output past maxBuffer is cut there, and the callback's error says which stream overflowed.
    const overflow = r.stdout.length > options.maxBuffer ? 'stdout' : r.stderr.length > options.maxBuffer ? 'stderr' : null;
    const stdout = decode(toBuffer(r.stdout).subarray(0, options.maxBuffer), options.encoding);
    const stderr = decode(toBuffer(r.stderr).subarray(0, options.maxBuffer), options.encoding);
    child.exitCode = r.status;
    child.signalCode = r.signal;
    let error = null;
    if (overflow) {
      error = makeNodeError(RangeError, 'ERR_CHILD_PROCESS_STDIO_MAXBUFFER', `${overflow} maxBuffer length exceeded`);
      error.cmd = cmd;
    } else if (r.error === 'ETIMEDOUT' || r.status !== 0) {
      error = new Error(`Command failed: ${cmd}\n${stderr}`);
      error.code = r.status !== null ? r.status : null;
      error.killed = r.error === 'ETIMEDOUT' || child.killed;
      error.signal = r.signal;
      error.cmd = cmd;
    }
    child.emit('exit', r.status, r.signal);
    finish(error, stdout, stderr);
    child.emit('close', r.status, r.signal);
  });
  if (typeof started === 'number') {
    child.pid = started;
  } else {
    // Could not start: 'error' and the callback on the next tick, as node reports a failed spawn.
    const error = spawnError(started.error, `spawn ${file}`, file, args);
    error.cmd = cmd;
    process.nextTick(() => {
      child.emit('error', error);
      child.emit('close', -2, null);
    });
  }
  return child;
}

function exec(command, options, callback) {
  validateString(command, 'command');
  if (typeof options === 'function') { callback = options; options = undefined; }
  return execFile('/bin/sh', ['-c', command], { ...options, cmd: command }, callback);
}

// util.promisify(exec|execFile): { stdout, stderr }, or the error carrying both.
function promisified(original) {
  return (...args) => new Promise((resolve, reject) => {
    original(...args, (err, stdout, stderr) => {
      if (err) { err.stdout = stdout; err.stderr = stderr; reject(err); } else resolve({ stdout, stderr });
    });
  });
}
Object.defineProperty(exec, kCustomPromisify, { value: promisified(exec), enumerable: false });
Object.defineProperty(execFile, kCustomPromisify, { value: promisified(execFile), enumerable: false });

module.exports = { ChildProcess, exec, execFile, execFileSync, execSync, fork, spawn, spawnSync };

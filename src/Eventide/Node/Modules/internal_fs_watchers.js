'use strict';
const { setInterval, clearInterval } = require('internal/timers'); // granted as globals or not
const { Buffer } = require('buffer'); // node's own modules use the module's Buffer, granted as a global or not
// fs.watch / fs.watchFile / fs.unwatchFile by polling stat (and a directory's listing): the events
// node's watchers give ('change'/'rename' with the file name; (curr, prev) Stats), a little later.
const EventEmitter = require('events');
const path = require('path');
const { invalidArgType } = require('internal/errors');

const kWatchInterval = 50;

function validatePath(filename) {
  if (typeof filename === 'string') return filename;
  if (filename instanceof Uint8Array) return Buffer.from(filename).toString();
  if (filename instanceof URL) return require('url').fileURLToPath(filename);
  throw invalidArgType('path', ['string', 'Buffer', 'URL'], filename);
}

module.exports = (fs) => {
  const statOrNull = (file) => { try { return fs.statSync(file); } catch { return null; } };
  const listing = (dir) => { try { return fs.readdirSync(dir); } catch { return []; } };
  const changed = (a, b) => a.mtimeMs !== b.mtimeMs || a.ctimeMs !== b.ctimeMs || a.size !== b.size || a.ino !== b.ino;

  // ---------------------------------------------------------------- watchFile ----
  const statWatchers = new Map();
  class StatWatcher extends EventEmitter {
    #timer;
    #previous;
    start(file, interval, persistent) {
      this.#previous = statOrNull(file) ?? zeroStats();
      this.#timer = setInterval(() => {
        const current = statOrNull(file) ?? zeroStats();
        if (changed(current, this.#previous)) {
          const previous = this.#previous;
          this.#previous = current;
          this.emit('change', current, previous);
        }
      }, interval);
      if (!persistent) this.#timer.unref();
    }
    stop() {
      clearInterval(this.#timer);
      this.emit('stop');
    }
    ref() { this.#timer?.ref(); return this; }
    unref() { this.#timer?.unref(); return this; }
  }
  function zeroStats() {
    const stats = Object.create(fs.Stats.prototype);
    for (const key of ['dev', 'mode', 'nlink', 'uid', 'gid', 'rdev', 'blksize', 'ino', 'size', 'blocks', 'atimeMs', 'mtimeMs', 'ctimeMs', 'birthtimeMs']) stats[key] = 0;
    for (const key of ['atime', 'mtime', 'ctime', 'birthtime']) stats[key] = new Date(0);
    return stats;
  }

  function watchFile(filename, options, listener) {
    const file = path.resolve(validatePath(filename));
    if (typeof options === 'function') {
      listener = options;
      options = {};
    }
    options = { interval: 5007, persistent: true, ...options };
    if (typeof listener !== 'function') throw invalidArgType('listener', 'Function', listener);
    let watcher = statWatchers.get(file);
    if (watcher === undefined) {
      watcher = new StatWatcher();
      watcher.start(file, options.interval, options.persistent);
      statWatchers.set(file, watcher);
    }
    watcher.addListener('change', listener);
    return watcher;
  }

  function unwatchFile(filename, listener) {
    const file = path.resolve(validatePath(filename));
    const watcher = statWatchers.get(file);
    if (watcher === undefined) return;
    if (typeof listener === 'function') watcher.removeListener('change', listener);
    else watcher.removeAllListeners('change');
    if (watcher.listenerCount('change') === 0) {
      watcher.stop();
      statWatchers.delete(file);
    }
  }

  // ---------------------------------------------------------------- watch ----
  class FSWatcher extends EventEmitter {
    #timer;
    #closed = false;
    start(target, persistent) {
      const initial = statOrNull(target);
      if (initial === null) {
        const [code, description] = require('util').getSystemErrorMap().get(-2);
        const error = new Error(`${code}: ${description}, watch '${target}'`);
        Object.assign(error, { errno: -2, syscall: 'watch', code, path: target, filename: target });
        throw error;
      }
      const isDirectory = initial.isDirectory();
      const snapshot = () => new Map((isDirectory ? listing(target) : [path.basename(target)]).map((name) => [name, statOrNull(isDirectory ? path.join(target, name) : target)]));
      let previous = snapshot();
      this.#timer = setInterval(() => {
        const current = snapshot();
        for (const [name, stats] of current) {
          const before = previous.get(name);
          if (before === undefined || (before === null) !== (stats === null)) this.emit('change', 'rename', name);
          else if (stats !== null && changed(stats, before)) this.emit('change', 'change', name);
        }
        for (const name of previous.keys()) if (!current.has(name)) this.emit('change', 'rename', name);
        previous = current;
      }, kWatchInterval);
      if (!persistent) this.#timer.unref();
    }
    close() {
      if (this.#closed) return;
      this.#closed = true;
      clearInterval(this.#timer);
      process.nextTick(() => this.emit('close'));
    }
    ref() { this.#timer?.ref(); return this; }
    unref() { this.#timer?.unref(); return this; }
  }

  function watch(filename, options, listener) {
    const target = validatePath(filename);
    if (typeof options === 'function') {
      listener = options;
      options = {};
    }
    if (typeof options === 'string') options = { encoding: options };
    options = { persistent: true, ...options };
    const watcher = new FSWatcher();
    watcher.start(target, options.persistent);
    if (listener) watcher.addListener('change', listener);
    return watcher;
  }

  return { watch, watchFile, unwatchFile, FSWatcher, StatWatcher };
};

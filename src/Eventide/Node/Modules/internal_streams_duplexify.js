'use strict';
// Duplex.from (streams, iterables, async generator functions, promises, { readable, writable }
// pairs), stream.compose and stream.duplexPair.
const { Duplex } = require('internal/streams_duplex');
const { fromIterable } = require('internal/streams_readable');
const errs = require('internal/streams_errors');
const u = require('internal/streams_destroy');
const { eos, pipeline } = require('internal/streams_end');

// What Duplex.from makes (node names the class Duplexify).
class Duplexify extends Duplex {
  constructor(options) {
    super(options);
    // A side that is off from the start also reads as not readable or writable.
    if (options?.readable === false) this._readableState.readable = false;
    if (options?.writable === false) this._writableState.writable = false;
  }
}

const isDuplexNodeStream = (obj) => !!(obj && typeof obj.pipe === 'function' && obj._readableState
  && typeof obj.on === 'function' && typeof obj.write === 'function');

// A generator function as a transform: written chunks feed its source argument one at a time.
function fromAsyncGen(fn) {
  let { promise, resolve } = Promise.withResolvers();
  const ac = new AbortController();
  const signal = ac.signal;
  const source = (async function* source() {
    for (;;) {
      const current = promise;
      promise = null;
      const { chunk, done, cb } = await current;
      process.nextTick(cb);
      if (done) return;
      if (signal.aborted) throw new errs.AbortError(undefined, { cause: signal.reason });
      ({ promise, resolve } = Promise.withResolvers());
      yield chunk;
    }
  })();
  const value = fn(source, { signal });
  const settle = (item) => {
    const settleNow = resolve;
    resolve = null;
    settleNow(item);
  };
  return {
    value,
    write(chunk, encoding, cb) { settle({ chunk, done: false, cb }); },
    final(cb) { settle({ done: true, cb }); },
    destroy(err, cb) { ac.abort(); cb(err); },
  };
}

// One Duplex over a readable side and a writable side.
function duplexify({ readable, writable }) {
  const r = readable && u.isReadableNodeStream(readable) ? readable : null;
  const w = writable && u.isWritableNodeStream(writable) ? writable : null;
  let onfinish;
  let ondrain;
  let onreadable;
  const d = new Duplexify({
    readableObjectMode: !!r?.readableObjectMode,
    writableObjectMode: !!w?.writableObjectMode,
    readable: !!r,
    writable: !!w,
  });
  const fail = (err) => { if (err) d.destroy(err); };
  if (w) {
    eos(w, (err) => {
      if (err) fail(err);
      const cb = onfinish;
      onfinish = null;
      if (cb) cb(err);
    });
    d._write = (chunk, encoding, callback) => {
      if (w.write(chunk, encoding)) callback();
      else ondrain = callback;
    };
    d._final = (callback) => {
      w.end();
      onfinish = callback;
    };
    w.on('drain', () => {
      if (ondrain) {
        const cb = ondrain;
        ondrain = null;
        cb();
      }
    });
    w.on('finish', () => {
      if (onfinish) {
        const cb = onfinish;
        onfinish = null;
        cb();
      }
    });
  }
  if (r) {
    eos(r, (err) => {
      if (err) fail(err);
      d.push(null);
    });
    r.on('readable', () => {
      if (onreadable) {
        const cb = onreadable;
        onreadable = null;
        cb();
      }
    });
    r.on('end', () => d.push(null));
    d._read = () => {
      for (;;) {
        const buf = r.read();
        if (buf === null) {
          onreadable = d._read;
          return;
        }
        if (!d.push(buf)) return;
      }
    };
  }
  d._destroy = (err, callback) => {
    onreadable = null;
    ondrain = null;
    onfinish = null;
    if (w) u.destroyer(w, err);
    if (r) u.destroyer(r, err);
    callback(err);
  };
  return d;
}

function duplexFrom(body, name) {
  if (isDuplexNodeStream(body)) return body;
  if (u.isReadableNodeStream(body)) return duplexify({ readable: body });
  if (u.isWritableNodeStream(body)) return duplexify({ writable: body });
  if (typeof body === 'function') {
    const { value, write, final, destroy } = fromAsyncGen(body);
    if (u.isIterable(value)) return fromIterable(Duplexify, value, { objectMode: true, write, final, destroy });
    const then = value?.then;
    if (typeof then === 'function') {
      let d;
      const promise = then.call(value, (val) => {
        if (val != null) throw errs.invalidReturnValue('nully', 'body', val);
      }, (err) => u.destroyer(d, err));
      d = new Duplexify({
        objectMode: true,
        readable: false,
        write,
        final(cb) {
          final(async () => {
            try {
              await promise;
              process.nextTick(cb, null);
            } catch (err) {
              process.nextTick(cb, err);
            }
          });
        },
        destroy,
      });
      return d;
    }
    throw errs.invalidReturnValue('Iterable, AsyncIterable or AsyncFunction', name, value);
  }
  if (u.isIterable(body)) return fromIterable(Duplexify, body, { objectMode: true, writable: false });
  if (typeof body?.writable === 'object' || typeof body?.readable === 'object') {
    const readable = body?.readable ? (u.isReadableNodeStream(body.readable) ? body.readable : duplexFrom(body.readable)) : undefined;
    const writable = body?.writable ? (u.isWritableNodeStream(body.writable) ? body.writable : duplexFrom(body.writable)) : undefined;
    return duplexify({ readable, writable });
  }
  const then = body?.then;
  if (typeof then === 'function') {
    let d;
    then.call(body, (val) => {
      if (val != null) d.push(val);
      d.push(null);
    }, (err) => u.destroyer(d, err));
    d = new Duplexify({ objectMode: true, writable: false, read() {} });
    return d;
  }
  throw errs.invalidArgType(name, ['Blob', 'ReadableStream', 'WritableStream', 'Stream', 'Iterable', 'AsyncIterable',
    'Function', '{ readable, writable } pair', 'Promise'], body);
}

Duplex.from = (body) => duplexFrom(body, 'body');

// compose(a, b, c): one Duplex writing into a and reading out of c, the stages piped together.
function compose(...streams) {
  if (streams.length === 0) throw errs.missingArgs('streams');
  if (streams.length === 1) return duplexFrom(streams[0], 'streams[0]');
  const stages = streams.map((s, i) => (typeof s === 'function' || !u.isNodeStream(s) ? duplexFrom(s, `streams[${i}]`) : s));
  const head = stages[0];
  const tail = stages[stages.length - 1];
  const d = duplexify({
    writable: u.isWritableNodeStream(head) ? head : undefined,
    readable: u.isReadableNodeStream(tail) ? tail : undefined,
  });
  pipeline(stages, (err) => { if (err) u.destroyer(d, err); });
  return d;
}

const kCallback = Symbol('kCallback');
const kOtherSide = Symbol('kOtherSide');

// duplexPair(): two Duplexes, each reading what the other writes.
class DuplexSide extends Duplex {
  constructor(options) {
    super(options);
    this[kCallback] = null;
    this[kOtherSide] = null;
  }
  _read() {
    const callback = this[kCallback];
    if (callback) {
      this[kCallback] = null;
      callback();
    }
  }
  _write(chunk, encoding, callback) {
    if (chunk.length === 0) {
      process.nextTick(callback);
    } else {
      this[kOtherSide].push(chunk);
      this[kOtherSide][kCallback] = callback;
    }
  }
  _final(callback) {
    this[kOtherSide].on('end', callback);
    this[kOtherSide].push(null);
  }
}

function duplexPair(options) {
  const side0 = new DuplexSide(options);
  const side1 = new DuplexSide(options);
  side0[kOtherSide] = side1;
  side1[kOtherSide] = side0;
  return [side0, side1];
}

module.exports = { compose, duplexPair };

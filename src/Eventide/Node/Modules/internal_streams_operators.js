'use strict';
// node 20's experimental Readable helpers (map, filter, take, toArray, reduce...): stream
// returning ones build a Readable from an async generator; the rest return promises.
const errs = require('internal/streams_errors');

function validateFn(fn) {
  if (typeof fn !== 'function') throw errs.invalidArgType('fn', ['Function', 'AsyncFunction'], fn);
}
function validateOptions(options) {
  if (options != null) errs.validateObject(options, 'options');
  if (options?.signal !== undefined && !('aborted' in Object(options.signal))) {
    throw errs.invalidArgType('options.signal', 'AbortSignal', options.signal);
  }
}
function checkAborted(options) {
  if (options?.signal?.aborted) throw new errs.AbortError(undefined, { cause: options.signal.reason });
}
function toCount(n, name) {
  const number = Number(n);
  if (Number.isNaN(number)) return 0;
  if (number < 0) throw errs.outOfRange(name, '>= 0', number);
  return Math.trunc(number);
}

const kSkip = Symbol('kSkip');
const kEnd = Symbol('kEnd');

// map's engine: a producer calls fn on up to `concurrency` items ahead while the consumer
// yields results in order; with the default concurrency fn runs on an item only once the
// previous result was taken, as node's map does.
function validateConcurrency(options) {
  const concurrency = options?.concurrency ?? 1;
  if (!Number.isInteger(concurrency) || concurrency < 1) throw errs.outOfRange('options.concurrency', '>= 1 && <= 9007199254740991', concurrency);
}

async function* mapped(source, fn, options) {
  const concurrency = options?.concurrency ?? 1;
  // Finished results may wait beyond the running ones, up to highWaterMark (concurrency - 1 by default).
  const highWaterMark = options?.highWaterMark != null ? Math.floor(options.highWaterMark) : concurrency - 1;
  const signal = options?.signal;
  const queue = [];
  let running = 0;
  let wakeConsumer = null;
  let wakeProducer = null;
  let finished = false;
  const canProduce = () => running < concurrency && queue.length < concurrency + highWaterMark;
  const wakeUpConsumer = () => {
    const resolve = wakeConsumer;
    wakeConsumer = null;
    if (resolve) resolve();
  };
  const wakeUpProducer = () => {
    if (!finished && !canProduce()) return;
    const resolve = wakeProducer;
    wakeProducer = null;
    if (resolve) resolve();
  };
  const track = (promise) => {
    running++;
    promise.then(() => { running--; wakeUpProducer(); }, () => { running--; wakeUpProducer(); });
    return promise;
  };
  async function produce() {
    try {
      for await (const item of source) {
        if (finished) return;
        checkAborted(options);
        let result;
        try {
          result = Promise.resolve(fn(item, { signal }));
        } catch (err) {
          result = Promise.reject(err);
        }
        queue.push(track(result));
        wakeUpConsumer();
        if (!canProduce()) await new Promise((resolve) => { wakeProducer = resolve; });
      }
      queue.push(kEnd);
    } catch (err) {
      const failed = Promise.reject(err);
      failed.catch(() => {});
      queue.push(failed);
    } finally {
      wakeUpConsumer();
    }
  }
  produce();
  try {
    for (;;) {
      while (queue.length > 0) {
        const value = await queue[0];
        if (value === kEnd) return;
        checkAborted(options);
        if (value !== kSkip) yield value;
        queue.shift();
        wakeUpProducer();
      }
      await new Promise((resolve) => { wakeConsumer = resolve; });
    }
  } finally {
    finished = true;
    wakeUpProducer();
  }
}

function install(Readable) {
  const from = (gen) => Readable.from(gen, { objectMode: true });
  const streamOps = {
    map(fn, options) {
      validateFn(fn); validateOptions(options); validateConcurrency(options);
      return from(mapped(this, fn, options));
    },
    filter(fn, options) {
      validateFn(fn); validateOptions(options); validateConcurrency(options);
      const keep = async (value, opts) => ((await fn(value, opts)) ? value : kSkip);
      return from(mapped(this, keep, options));
    },
    flatMap(fn, options) {
      validateFn(fn); validateOptions(options); validateConcurrency(options);
      const values = mapped(this, fn, options);
      return from((async function* flatMap() {
        for await (const value of values) yield* value;
      })());
    },
    take(number, options) {
      validateOptions(options);
      const count = toCount(number, 'number');
      const source = this;
      return from((async function* take() {
        checkAborted(options);
        if (count <= 0) return;
        let taken = 0;
        for await (const item of source) {
          checkAborted(options);
          yield item;
          if (++taken >= count) return;
        }
      })());
    },
    drop(number, options) {
      validateOptions(options);
      const count = toCount(number, 'number');
      const source = this;
      return from((async function* drop() {
        checkAborted(options);
        let dropped = 0;
        for await (const item of source) {
          checkAborted(options);
          if (dropped++ >= count) yield item;
        }
      })());
    },
    asIndexedPairs(options) {
      validateOptions(options);
      const source = this;
      return from((async function* asIndexedPairs() {
        let index = 0;
        for await (const item of source) yield [index++, item];
      })());
    },
  };
  const promiseOps = {
    async forEach(fn, options) {
      validateFn(fn); validateOptions(options);
      for await (const item of this) { checkAborted(options); await fn(item, { signal: options?.signal }); }
    },
    async toArray(options) {
      validateOptions(options);
      const result = [];
      for await (const item of this) { checkAborted(options); result.push(item); }
      return result;
    },
    async some(fn, options) {
      validateFn(fn); validateOptions(options);
      for await (const item of this) if (await fn(item, { signal: options?.signal })) return true;
      return false;
    },
    async every(fn, options) {
      validateFn(fn); validateOptions(options);
      for await (const item of this) if (!(await fn(item, { signal: options?.signal }))) return false;
      return true;
    },
    async find(fn, options) {
      validateFn(fn); validateOptions(options);
      for await (const item of this) if (await fn(item, { signal: options?.signal })) return item;
      return undefined;
    },
    async reduce(reducer, initialValue, options) {
      if (typeof reducer !== 'function') throw errs.invalidArgType('reducer', ['Function', 'AsyncFunction'], reducer);
      validateOptions(options);
      let hasInitial = arguments.length > 1;
      let accumulator = initialValue;
      for await (const item of this) {
        checkAborted(options);
        if (!hasInitial) { accumulator = item; hasInitial = true; continue; }
        accumulator = await reducer(accumulator, item, { signal: options?.signal });
      }
      if (!hasInitial) throw errs.makeNodeError(TypeError, 'ERR_MISSING_ARGS', 'Reduce of an empty stream requires an initial value');
      return accumulator;
    },
  };
  for (const ops of [streamOps, promiseOps]) {
    for (const [name, fn] of Object.entries(ops)) {
      Object.defineProperty(Readable.prototype, name, { value: fn, writable: true, configurable: true, enumerable: false });
    }
  }
}

module.exports = { install };

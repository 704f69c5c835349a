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

function install(Readable) {
  const from = (gen) => Readable.from(gen, { objectMode: true });
  const streamOps = {
    map(fn, options) {
      validateFn(fn); validateOptions(options);
      const source = this;
      return from((async function* map() {
        for await (const item of source) { checkAborted(options); yield await fn(item, { signal: options?.signal }); }
      })());
    },
    filter(fn, options) {
      validateFn(fn); validateOptions(options);
      const source = this;
      return from((async function* filter() {
        for await (const item of source) { checkAborted(options); if (await fn(item, { signal: options?.signal })) yield item; }
      })());
    },
    flatMap(fn, options) {
      validateFn(fn); validateOptions(options);
      const source = this;
      return from((async function* flatMap() {
        for await (const item of source) yield* await fn(item, { signal: options?.signal });
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

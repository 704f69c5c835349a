'use strict';
// node's timers/promises: the timer functions as promises, cancellable with { signal } (the
// promise rejects with node's AbortError, whose cause is the signal's reason) and { ref }.
const timers = require('timers');
const { AbortError, invalidArgType, validateObject, validateBoolean } = require('internal/errors');
const { validateAbortSignal } = require('internal/abort_controller');

// The options every function takes: validated as node does, errors as rejections.
function readOptions(options) {
  if (options == null || typeof options !== 'object') throw invalidArgType('options', 'Object', options);
  const { signal, ref = true } = options;
  validateAbortSignal(signal, 'options.signal');
  if (typeof ref !== 'boolean') throw invalidArgType('options.ref', 'boolean', ref);
  return { signal, ref };
}

// A timer or immediate as a promise: schedule(resolve) starts it, clear(handle) cancels it.
function cancellable(options, schedule, clear) {
  let signal;
  let ref;
  try {
    ({ signal, ref } = readOptions(options));
  } catch (err) {
    return Promise.reject(err);
  }
  if (signal?.aborted) return Promise.reject(new AbortError(undefined, { cause: signal.reason }));
  let oncancel;
  const promise = new Promise((resolve, reject) => {
    const handle = schedule(resolve);
    if (!ref) handle.unref();
    if (signal) {
      oncancel = () => {
        clear(handle);
        reject(new AbortError(undefined, { cause: signal.reason }));
      };
      signal.addEventListener('abort', oncancel);
    }
  });
  return oncancel !== undefined ? promise.finally(() => signal.removeEventListener('abort', oncancel)) : promise;
}

function setTimeout(after, value, options = {}) {
  return cancellable(options, (resolve) => timers.setTimeout(resolve, after, value), timers.clearTimeout);
}

function setImmediate(value, options = {}) {
  return cancellable(options, (resolve) => timers.setImmediate(resolve, value), timers.clearImmediate);
}

async function* setInterval(after, value, options = {}) {
  validateObject(options, 'options', false);
  const { signal, ref = true } = options;
  validateAbortSignal(signal, 'options.signal');
  validateBoolean(ref, 'options.ref');
  if (signal?.aborted) throw new AbortError(undefined, { cause: signal.reason });
  let onCancel;
  let interval;
  try {
    let notYielded = 0;
    let callback;
    interval = timers.setInterval(() => {
      notYielded++;
      if (callback) {
        callback();
        callback = undefined;
      }
    }, after);
    if (!ref) interval.unref();
    if (signal) {
      onCancel = () => {
        timers.clearInterval(interval);
        if (callback) {
          callback(Promise.reject(new AbortError(undefined, { cause: signal.reason })));
          callback = undefined;
        }
      };
      signal.addEventListener('abort', onCancel, { once: true });
    }
    while (!signal?.aborted) {
      if (notYielded === 0) await new Promise((resolve) => { callback = resolve; });
      for (; notYielded > 0; notYielded--) yield value;
    }
    throw new AbortError(undefined, { cause: signal?.reason });
  } finally {
    timers.clearInterval(interval);
    signal?.removeEventListener('abort', onCancel);
  }
}

const scheduler = {
  wait(delay, options) { return setTimeout(delay, undefined, options); },
  yield() { return setImmediate(); },
};

module.exports = { setTimeout, setImmediate, setInterval, scheduler };

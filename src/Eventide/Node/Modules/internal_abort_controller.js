'use strict';
// AbortController and AbortSignal (lib/internal/abort_controller.js): a signal is an EventTarget
// that fires one trusted 'abort' event; timeout() uses an unref'd timer, any() follows its sources.
const {
  invalidArgType, illegalConstructor, invalidThis, validateUint32, inspectWithName, customInspectSymbol,
} = require('internal/errors');
const { EventTarget, Event, defineEventHandler, kTrustEvent, kAbortedCheck } = require('internal/event_target');
const { DOMException } = require('internal/dom_exception');

const kAborted = Symbol('kAborted');
const kReason = Symbol('kReason');
const kDependantSignals = Symbol('kDependantSignals');
const kSourceSignals = Symbol('kSourceSignals');
const kComposite = Symbol('kComposite');
const kCreate = Symbol('kCreate');

const isAbortSignal = (value) => value !== null && typeof value === 'object' && kAbortedCheck in value;

function validateThisAbortSignal(self) {
  if (!isAbortSignal(self)) throw invalidThis('AbortSignal');
}

function validateAbortSignal(signal, name) {
  if (signal !== undefined && !isAbortSignal(signal)) throw invalidArgType(name, 'AbortSignal', signal);
}

class AbortSignal extends EventTarget {
  constructor() {
    if (arguments[0] !== kCreate) throw illegalConstructor();
    super();
    this[kAbortedCheck] = true;
    this[kAborted] = false;
    this[kReason] = undefined;
  }

  get aborted() { validateThisAbortSignal(this); return !!this[kAborted]; }
  get reason() { validateThisAbortSignal(this); return this[kReason]; }

  throwIfAborted() {
    validateThisAbortSignal(this);
    if (this[kAborted]) throw this[kReason];
  }

  static abort(reason = new DOMException('This operation was aborted', 'AbortError')) {
    return createAbortSignal(true, reason);
  }

  static timeout(delay) {
    validateUint32(delay, 'delay', false);
    const signal = createAbortSignal(false, undefined);
    // The timer must not keep the process alive.
    setTimeout(() => abortSignal(signal, new DOMException('The operation was aborted due to timeout', 'TimeoutError')), delay).unref();
    return signal;
  }

  static any(signals) {
    if (!Array.isArray(signals)) throw invalidArgType('signals', 'Array', signals);
    for (let i = 0; i < signals.length; i++) validateAbortSignal(signals[i], `signals[${i}]`);
    const result = createAbortSignal(false, undefined);
    result[kComposite] = true;
    result[kSourceSignals] = new Set();
    for (const signal of signals) {
      if (signal.aborted) {
        result[kAborted] = true;
        result[kReason] = signal.reason;
        return result;
      }
    }
    for (const signal of signals) {
      // A composite source contributes its own sources, so chains stay one level deep.
      const sources = signal[kComposite] ? signal[kSourceSignals] : [signal];
      for (const source of sources) {
        source[kDependantSignals] ??= new Set();
        source[kDependantSignals].add(result);
        result[kSourceSignals].add(source);
      }
    }
    return result;
  }

  [customInspectSymbol](depth, options) {
    return inspectWithName(this, { aborted: this.aborted }, depth, options);
  }
}

Object.defineProperties(AbortSignal.prototype, {
  aborted: { enumerable: true },
  [Symbol.toStringTag]: { writable: false, enumerable: false, configurable: true, value: 'AbortSignal' },
});
defineEventHandler(AbortSignal.prototype, 'abort');
// The constructor takes no arguments as far as scripts can see.
Object.defineProperty(AbortSignal, 'length', { value: 0 });

function createAbortSignal(aborted, reason) {
  const signal = new AbortSignal(kCreate);
  signal[kAborted] = aborted;
  signal[kReason] = reason;
  return signal;
}

// Signal abort: record the reason, fire 'abort', then abort the signals made by any() from it.
function abortSignal(signal, reason) {
  if (signal[kAborted]) return;
  signal[kAborted] = true;
  signal[kReason] = reason;
  signal.dispatchEvent(new Event('abort', { [kTrustEvent]: true }));
  signal[kDependantSignals]?.forEach((dependant) => abortSignal(dependant, reason));
}

class AbortController {
  #signal;

  constructor() {
    this.#signal = createAbortSignal(false, undefined);
  }

  get signal() {
    return this.#signal;
  }

  abort(reason = new DOMException('This operation was aborted', 'AbortError')) {
    abortSignal(this.#signal, reason);
  }

  [customInspectSymbol](depth, options) {
    return inspectWithName(this, { signal: this.signal }, depth, options);
  }
}

Object.defineProperties(AbortController.prototype, {
  signal: { enumerable: true },
  abort: { enumerable: true },
  [Symbol.toStringTag]: { writable: false, enumerable: false, configurable: true, value: 'AbortController' },
});

module.exports = { AbortController, AbortSignal, abortSignal, validateAbortSignal, isAbortSignal };

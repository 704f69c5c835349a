'use strict';
const { setTimeout } = require('internal/timers'); // granted as globals or not
// AbortController and AbortSignal (lib/internal/abort_controller.js): a signal is an EventTarget
// that fires one trusted 'abort' event; timeout() uses an unref'd timer, any() follows its sources.
const {
  invalidArgType, illegalConstructor, invalidThis, validateUint32, inspectWithName, customInspectSymbol,
} = require('internal/errors');
const { EventTarget, Event, defineEventHandler, kTrustEvent, kAbortedCheck } = require('internal/event_target');
const { DOMException } = require('internal/dom_exception');

const kCreate = Symbol('kCreate');
// A signal's state is one record under the brand symbol (one property is cheaper than several).
const kState = kAbortedCheck;

const isAbortSignal = (value) => value !== null && typeof value === 'object' && kAbortedCheck in value;

function validateThisAbortSignal(self) {
  if (!isAbortSignal(self)) throw invalidThis('AbortSignal');
}

function validateAbortSignal(signal, name) {
  if (signal !== undefined && !isAbortSignal(signal)) throw invalidArgType(name, 'AbortSignal', signal);
}

class AbortSignal extends EventTarget {
  // The key is private to this module; scripts cannot make signals (`arguments` in a derived
  // constructor is expensive in the interpreter, so the key is a named parameter).
  constructor(key) {
    if (key !== kCreate) throw illegalConstructor();
    super();
    this[kState] = { aborted: false, reason: undefined, dependants: undefined, sources: undefined };
  }

  get aborted() { validateThisAbortSignal(this); return this[kState].aborted; }
  get reason() { validateThisAbortSignal(this); return this[kState].reason; }

  throwIfAborted() {
    validateThisAbortSignal(this);
    const state = this[kState];
    if (state.aborted) throw state.reason;
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
    const resultState = result[kState];
    resultState.sources = new Set();
    for (const signal of signals) {
      if (signal.aborted) {
        resultState.aborted = true;
        resultState.reason = signal.reason;
        return result;
      }
    }
    for (const signal of signals) {
      // A composite source contributes its own sources, so chains stay one level deep.
      const state = signal[kState];
      for (const source of state.sources ?? [signal]) {
        const sourceState = source[kState];
        sourceState.dependants ??= new Set();
        sourceState.dependants.add(result);
        resultState.sources.add(source);
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
  if (aborted) {
    signal[kState].aborted = true;
    signal[kState].reason = reason;
  }
  return signal;
}

// Signal abort: record the reason, fire 'abort', then abort the signals made by any() from it.
function abortSignal(signal, reason) {
  const state = signal[kState];
  if (state.aborted) return;
  state.aborted = true;
  state.reason = reason;
  signal.dispatchEvent(new Event('abort', trustedEventOptions));
  state.dependants?.forEach((dependant) => abortSignal(dependant, reason));
}

const trustedEventOptions = { [kTrustEvent]: true };

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

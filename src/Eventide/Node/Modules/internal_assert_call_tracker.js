'use strict';
// assert.CallTracker (deprecated, DEP0173): wrappers that count their calls, checked by verify().
const { AssertionError } = require('internal/assert_assertion_error');
const { invalidArgValue, outOfRange, validateNumber } = require('internal/errors');

const anonymous = [() => {}][0];

class CallTrackerContext {
  #expected;
  #calls = [];
  #name;
  #stack;
  constructor(expected, stack, name) {
    this.#expected = expected;
    this.#stack = stack;
    this.#name = name;
  }
  track(thisArg, args) { this.#calls.push(Object.freeze({ thisArg, arguments: args })); }
  get delta() { return this.#calls.length - this.#expected; }
  reset() { this.#calls = []; }
  getCalls() { return this.#calls.slice(); }
  report() {
    if (this.delta === 0) return undefined;
    return {
      message: `Expected the ${this.#name} function to be executed ${this.#expected} time(s) but was executed ${this.#calls.length} time(s).`,
      actual: this.#calls.length,
      expected: this.#expected,
      operator: this.#name,
      stack: this.#stack,
    };
  }
}

class CallTracker {
  #callChecks = new Set();
  #trackedFunctions = new WeakMap();

  #getTrackedFunction(tracked) {
    if (!this.#trackedFunctions.has(tracked)) throw invalidArgValue('tracked', tracked, 'is not a tracked function');
    return this.#trackedFunctions.get(tracked);
  }

  reset(tracked) {
    if (tracked === undefined) {
      for (const context of this.#callChecks) context.reset();
      return;
    }
    this.#getTrackedFunction(tracked).reset();
  }

  getCalls(tracked) { return this.#getTrackedFunction(tracked).getCalls(); }

  calls(fn, expected = 1) {
    if (typeof fn === 'number') {
      expected = fn;
      fn = anonymous;
    } else if (fn === undefined) {
      fn = anonymous;
    }
    validateNumber(expected, 'expected');
    if (!Number.isInteger(expected) || expected < 1 || expected > 2 ** 32 - 1) {
      throw outOfRange('expected', Number.isInteger(expected) ? '>= 1 && <= 4294967295' : 'an integer', expected);
    }
    const context = new CallTrackerContext(expected, new Error(), fn.name || 'calls');
    const tracked = new Proxy(fn, {
      apply(target, thisArg, argList) {
        context.track(thisArg, argList);
        return Reflect.apply(target, thisArg, argList);
      },
    });
    this.#callChecks.add(context);
    this.#trackedFunctions.set(tracked, context);
    return tracked;
  }

  report() {
    const errors = [];
    for (const context of this.#callChecks) {
      const message = context.report();
      if (message !== undefined) errors.push(message);
    }
    return errors;
  }

  verify() {
    const errors = this.report();
    if (errors.length === 0) return;
    const message = errors.length === 1 ? errors[0].message : 'Functions were not called the expected number of times';
    throw new AssertionError({ message, details: errors });
  }
}

// Constructing one warns once, as node's deprecated class does.
let warned = false;
class DeprecatedCallTracker extends CallTracker {
  constructor() {
    super();
    if (!warned) {
      warned = true;
      process.emitWarning('assert.CallTracker is deprecated.', 'DeprecationWarning', 'DEP0173');
    }
  }
}
Object.defineProperty(DeprecatedCallTracker, 'name', { value: 'CallTracker' });

module.exports = { CallTracker: DeprecatedCallTracker };

'use strict';
// node:readline: createInterface and Interface (lines from a stream, questions answered through a
// callback), the cursor functions that write terminal escape sequences, and emitKeypressEvents.
const { Interface: BaseInterface, questionPromise, validateAbortSignal } = require('internal/readline_interface');
const keys = require('internal/readline_keys');

class CallbackInterface extends BaseInterface {
  // question(query[, { signal }], cb): cb gets the answer; an abort cancels the question.
  question(query, options, cb) {
    cb = typeof options === 'function' ? options : cb;
    if (options === null || typeof options !== 'object') options = {};
    const { signal } = options;
    if (signal) {
      validateAbortSignal(signal, 'options.signal');
      if (signal.aborted) return;
      const onAbort = () => this._questionCancel();
      signal.addEventListener('abort', onAbort, { once: true });
      const cleanup = () => signal.removeEventListener('abort', onAbort);
      const original = cb;
      cb = typeof cb === 'function' ? (answer) => { cleanup(); return original(answer); } : cleanup;
    }
    if (typeof cb === 'function') this._question(query, cb);
  }
}

// node's readline.Interface is a function: called without new, it constructs all the same.
function Interface(input, output, completer, terminal) {
  return Reflect.construct(CallbackInterface, [input, output, completer, terminal], new.target ?? Interface);
}
Interface.prototype = CallbackInterface.prototype;
Object.defineProperty(Interface.prototype, 'constructor', { value: Interface, writable: true, configurable: true, enumerable: false });
Object.setPrototypeOf(Interface, BaseInterface);

// util.promisify(rl.question): the answer as a promise, an abort as an AbortError.
Object.defineProperty(Interface.prototype.question, Symbol.for('nodejs.util.promisify.custom'), {
  value: function question(query, options = {}) { return questionPromise(this, query, options); },
  configurable: true,
  writable: true,
});

function createInterface(input, output, completer, terminal) {
  return new Interface(input, output, completer, terminal);
}

module.exports = {
  Interface,
  clearLine: keys.clearLine,
  clearScreenDown: keys.clearScreenDown,
  createInterface,
  cursorTo: keys.cursorTo,
  emitKeypressEvents: keys.emitKeypressEvents,
  moveCursor: keys.moveCursor,
};
Object.defineProperty(module.exports, 'promises', { configurable: true, enumerable: true, get: () => require('readline/promises') });

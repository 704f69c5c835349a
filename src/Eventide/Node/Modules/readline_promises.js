'use strict';
// node:readline/promises: an Interface whose question returns a promise (rejected with an
// AbortError when its signal aborts), and Readline, which gathers cursor moves and clears for a
// stream and writes them on commit().
const { Interface: BaseInterface, questionPromise } = require('internal/readline_interface');
const { invalidArgType, invalidArgValue, makeNodeError } = require('internal/errors');
const keys = require('internal/readline_keys');

class Interface extends BaseInterface {
  question(query, options = {}) {
    return questionPromise(this, query, options);
  }
}

class Readline {
  #stream;
  #todo = [];
  #autoCommit = false;

  constructor(stream, options = undefined) {
    if (stream == null || typeof stream.write !== 'function') throw invalidArgType('stream', 'Writable', stream);
    this.#stream = stream;
    if (options?.autoCommit != null) {
      if (typeof options.autoCommit !== 'boolean') throw invalidArgType('options.autoCommit', 'boolean', options.autoCommit);
      this.#autoCommit = options.autoCommit;
    }
  }

  #queue(data) {
    if (this.#autoCommit) process.nextTick(() => this.#stream.write(data));
    else this.#todo.push(data);
    return this;
  }

  cursorTo(x, y = undefined) {
    if (typeof x !== 'number') throw invalidArgType('x', 'number', x);
    if (Number.isNaN(x)) throw invalidArgValue('x', x);
    if (y !== undefined && typeof y !== 'number') throw invalidArgType('y', 'number', y);
    if (Number.isNaN(y)) throw invalidArgValue('y', y);
    return this.#queue(y === undefined ? `${keys.CSI}${x + 1}G` : `${keys.CSI}${y + 1};${x + 1}H`);
  }

  moveCursor(dx, dy) {
    if (dx || dy) this.#queue(keys.moveText(dx, dy));
    return this;
  }

  clearLine(dir) {
    if (typeof dir !== 'number') throw invalidArgType('dir', 'number', dir);
    if (dir < -1 || dir > 1 || !Number.isInteger(dir)) {
      throw makeNodeError(RangeError, 'ERR_OUT_OF_RANGE', `The value of "dir" is out of range. It must be >= -1 && <= 1. Received ${dir}`);
    }
    return this.#queue(keys.clearLineText(dir));
  }

  clearScreenDown() {
    return this.#queue(keys.kClearScreenDown);
  }

  commit() {
    return new Promise((resolve) => {
      this.#stream.write(this.#todo.join(''), () => resolve(null));
      this.#todo = [];
    });
  }

  rollback() {
    this.#todo = [];
    return this;
  }
}

function createInterface(input, output, completer, terminal) {
  return new Interface(input, output, completer, terminal);
}

module.exports = { Interface, Readline, createInterface };

'use strict';
// readline's Interface, shared by node:readline (callback question) and node:readline/promises:
// lines read from a stream ('line', 'close', 'pause', 'resume', 'history', 'SIGINT'), the prompt,
// questions, async iteration over lines, and, with terminal: true, line editing over keypresses
// (cursor moves, deletion, history, tab completion) redrawn with the escape sequences node writes.
const EventEmitter = require('events');
const { StringDecoder } = require('string_decoder');
const { AbortError, makeNodeError, invalidArgType, invalidArgValue, outOfRange, validateUint32 } = require('internal/errors');
const { stripVTControlCharacters } = require('internal/util');
const { getStringWidth } = require('internal/stdin_binding');
const keys = require('internal/readline_keys');
const editing = require('internal/readline_editing');

const { kSawReturnAt } = keys;

const kHistorySize = 30;
const kMinCrlfDelay = 100;
const lineEnding = /\r?\n|\r(?!\n)/g;

const kQuestionCallback = Symbol('questionCallback');
const kOldPrompt = Symbol('oldPrompt');
const kLineBuffer = Symbol('lineBuffer');
const kDecoder = Symbol('decoder');
const kPrompt = Symbol('prompt');
const kLineIterator = Symbol('lineIterator');
const kPreviousKey = Symbol('previousKey');
const kSubstringSearch = Symbol('substringSearch');

function validateAbortSignal(signal, name) {
  if (signal === null || typeof signal !== 'object' || !('aborted' in signal)) throw invalidArgType(name, 'AbortSignal', signal);
}

const useAfterClose = () => makeNodeError(Error, 'ERR_USE_AFTER_CLOSE', 'readline was closed');

// A question whose answer is a promise (readline/promises, util.promisify(rl.question)): an abort of
// options.signal takes the question back and rejects with an AbortError.
function questionPromise(rl, query, options) {
  return new Promise((resolve, reject) => {
    const signal = options?.signal;
    if (!signal) {
      rl._question(query, resolve);
      return;
    }
    validateAbortSignal(signal, 'options.signal');
    const aborted = () => new AbortError(undefined, { cause: signal.reason });
    if (signal.aborted) {
      reject(aborted());
      return;
    }
    const onAbort = () => {
      rl._questionCancel();
      reject(aborted());
    };
    signal.addEventListener('abort', onAbort, { once: true });
    rl._question(query, (answer) => {
      signal.removeEventListener('abort', onAbort);
      resolve(answer);
    });
  });
}

class Interface extends EventEmitter {
  constructor(input, output, completer, terminal) {
    super();
    // node sets these before EventEmitter's own fields: the same key order.
    const emitterFields = Object.entries(this);
    for (const [name] of emitterFields) delete this[name];
    this.isCompletionEnabled = true;
    this.escapeCodeTimeout = 500;
    this.tabSize = 8;
    for (const [name, value] of emitterFields) this[name] = value;
    this[kSawReturnAt] = 0;
    this[kPreviousKey] = null;
    this[kSubstringSearch] = null;
    let history;
    let historySize;
    let removeHistoryDuplicates = false;
    let crlfDelay;
    let prompt = '> ';
    let signal;
    if (input?.input) {
      // The options-object form.
      const options = input;
      ({ output, completer, terminal, history, historySize, signal, removeHistoryDuplicates, crlfDelay } = options);
      if (options.tabSize !== undefined) {
        validateUint32(options.tabSize, 'tabSize', true);
        this.tabSize = options.tabSize;
      }
      if (options.prompt !== undefined) prompt = options.prompt;
      if (options.escapeCodeTimeout !== undefined) {
        if (!Number.isFinite(options.escapeCodeTimeout)) throw invalidArgValue('input.escapeCodeTimeout', options.escapeCodeTimeout);
        this.escapeCodeTimeout = options.escapeCodeTimeout;
      }
      if (signal !== undefined) validateAbortSignal(signal, 'options.signal');
      input = options.input;
    }
    if (completer !== undefined && typeof completer !== 'function') throw invalidArgValue('completer', completer);
    if (history === undefined) history = [];
    else if (!Array.isArray(history)) throw invalidArgType('history', 'Array', history);
    if (historySize === undefined) historySize = kHistorySize;
    if (typeof historySize !== 'number') throw invalidArgType('historySize', 'number', historySize);
    if (Number.isNaN(historySize) || historySize < 0) throw outOfRange('historySize', '>= 0', historySize);
    // Without an explicit terminal, the output's isTTY decides (node's backwards compatibility).
    if (terminal === undefined && output != null) terminal = !!output.isTTY;
    this.line = '';
    this.output = output;
    this.input = input;
    this.history = history;
    this.historySize = historySize;
    this.removeHistoryDuplicates = !!removeHistoryDuplicates;
    this.crlfDelay = crlfDelay ? Math.max(kMinCrlfDelay, crlfDelay) : kMinCrlfDelay;
    this.completer = completer;
    this.setPrompt(prompt);
    this.terminal = !!terminal;
    this.#listen(input, output);
    if (signal) {
      const onAborted = () => this.close();
      if (signal.aborted) process.nextTick(onAborted);
      else {
        signal.addEventListener('abort', onAborted, { once: true });
        this.once('close', () => signal.removeEventListener('abort', onAborted));
      }
    }
    input.resume();
  }

  // Reads the input as lines (a file, a pipe) or, on a terminal, as keypresses to edit a line with.
  #listen(input, output) {
    const onerror = (err) => this.emit('error', err);
    input.on('error', onerror);
    if (!this.terminal) {
      const ondata = (data) => this.#normalWrite(data);
      const onend = () => {
        if (typeof this[kLineBuffer] === 'string' && this[kLineBuffer].length > 0) this.emit('line', this[kLineBuffer]);
        this.close();
      };
      input.on('data', ondata);
      input.on('end', onend);
      this.once('close', () => {
        input.removeListener('data', ondata);
        input.removeListener('error', onerror);
        input.removeListener('end', onend);
      });
      this[kDecoder] = new StringDecoder('utf8');
      return;
    }
    const onkeypress = (s, key) => this._ttyWrite(s, key);
    const ontermend = () => {
      if (typeof this.line === 'string' && this.line.length > 0) this.emit('line', this.line);
      this.close();
    };
    const onresize = () => this._refreshLine();
    keys.emitKeypressEvents(input, this);
    input.on('keypress', onkeypress);
    input.on('end', ontermend);
    this.#setRawMode(true);
    this.cursor = 0;
    this.historyIndex = -1;
    if (output != null) output.on('resize', onresize);
    this.once('close', () => {
      input.removeListener('keypress', onkeypress);
      input.removeListener('error', onerror);
      input.removeListener('end', ontermend);
      if (output != null) output.removeListener('resize', onresize);
    });
  }

  #setRawMode(mode) {
    const wasRaw = this.input.isRaw;
    if (typeof this.input.setRawMode === 'function') this.input.setRawMode(mode);
    return wasRaw;
  }

  get columns() {
    return this.output && this.output.columns ? this.output.columns : Infinity;
  }

  setPrompt(prompt) {
    this[kPrompt] = prompt;
  }

  getPrompt() {
    return this[kPrompt];
  }

  _writeToOutput(text) {
    if (typeof text !== 'string') throw invalidArgType('stringToWrite', 'string', text);
    if (this.output != null) this.output.write(text);
  }

  prompt(preserveCursor) {
    if (this.paused) this.resume();
    if (this.terminal && process.env.TERM !== 'dumb') {
      if (!preserveCursor) this.cursor = 0;
      this._refreshLine();
    } else {
      this._writeToOutput(this[kPrompt]);
    }
  }

  _question(query, cb) {
    if (this.closed) throw useAfterClose();
    if (this[kQuestionCallback]) {
      this.prompt();
      return;
    }
    this[kOldPrompt] = this[kPrompt];
    this.setPrompt(query);
    this[kQuestionCallback] = cb;
    this.prompt();
  }

  // An aborted question: its prompt goes and the line is cleared.
  _questionCancel() {
    if (!this[kQuestionCallback]) return;
    this[kQuestionCallback] = null;
    this.setPrompt(this[kOldPrompt]);
    this.clearLine();
  }

  _onLine(line) {
    const answer = this[kQuestionCallback];
    if (answer) {
      this[kQuestionCallback] = null;
      this.setPrompt(this[kOldPrompt]);
      answer(line);
    } else {
      this.emit('line', line);
    }
  }

  close() {
    if (this.closed) return;
    this.pause();
    if (this.terminal) this.#setRawMode(false);
    this.closed = true;
    this.emit('close');
  }

  pause() {
    if (this.paused) return;
    this.input.pause();
    this.paused = true;
    this.emit('pause');
    return this;
  }

  resume() {
    if (!this.paused) return;
    this.input.resume();
    this.paused = false;
    this.emit('resume');
    return this;
  }

  write(data, key) {
    if (this.paused) this.resume();
    if (this.terminal) this._ttyWrite(data, key);
    else this.#normalWrite(data);
  }

  // Text from a non-terminal input: complete lines go out one by one, the unfinished rest waits.
  // A '\r' ending one chunk and a '\n' starting the next within crlfDelay make one line ending.
  #normalWrite(data) {
    if (data === undefined) return;
    let text = this[kDecoder].write(data);
    if (this[kSawReturnAt] && Date.now() - this[kSawReturnAt] <= this.crlfDelay) {
      if (text.codePointAt(0) === 10) text = text.slice(1);
      this[kSawReturnAt] = 0;
    }
    lineEnding.lastIndex = 0;
    if (!lineEnding.test(text)) {
      if (text) this[kLineBuffer] = (this[kLineBuffer] || '') + text;
      return;
    }
    if (this[kLineBuffer]) {
      text = this[kLineBuffer] + text;
      this[kLineBuffer] = null;
    }
    this[kSawReturnAt] = text.endsWith('\r') ? Date.now() : 0;
    const lines = text.split(lineEnding);
    this[kLineBuffer] = lines.pop();
    for (const line of lines) this._onLine(line);
  }

  // ---------------------------------------------------------------- terminal editing

  // The columns and rows a text takes, with tabs aligned and wide characters wrapping as a terminal does.
  _getDisplayPos(text) {
    let offset = 0;
    let rows = 0;
    const col = this.columns;
    for (const char of stripVTControlCharacters(text)) {
      if (char === '\n') {
        rows += Math.ceil(offset / col) || 1;
        offset = 0;
      } else if (char === '\t') {
        offset += this.tabSize - (offset % this.tabSize);
      } else {
        const width = getStringWidth(char);
        if (width === 2 && (offset + 1) % col === 0) offset++;
        offset += width;
      }
    }
    const cols = offset % col;
    rows += (offset - cols) / col;
    return { cols, rows };
  }

  getCursorPos() {
    return this._getDisplayPos(this[kPrompt] + this.line.slice(0, this.cursor));
  }

  // Redraws the prompt and the line from the line's first row, then puts the cursor back.
  _refreshLine() {
    const line = this[kPrompt] + this.line;
    const { cols: lineCols, rows: lineRows } = this._getDisplayPos(line);
    const cursorPos = this.getCursorPos();
    if (this.prevRows > 0) keys.moveCursor(this.output, 0, -this.prevRows);
    keys.cursorTo(this.output, 0);
    keys.clearScreenDown(this.output);
    this._writeToOutput(line);
    // A line ending exactly at the edge: make the terminal open the next row.
    if (lineCols === 0) this._writeToOutput(' ');
    keys.cursorTo(this.output, cursorPos.cols);
    const diff = lineRows - cursorPos.rows;
    if (diff > 0) keys.moveCursor(this.output, 0, -diff);
    this.prevRows = cursorPos.rows;
  }

  // Moves the cursor by dx code units within the line: a plain move on the same row, else a redraw.
  _moveCursor(dx) {
    if (dx === 0) return;
    const oldPos = this.getCursorPos();
    this.cursor = Math.min(Math.max(this.cursor + dx, 0), this.line.length);
    const newPos = this.getCursorPos();
    if (oldPos.rows === newPos.rows) keys.moveCursor(this.output, newPos.cols - oldPos.cols, 0);
    else this._refreshLine();
  }

  clearLine() {
    this._moveCursor(+Infinity);
    this._writeToOutput('\r\n');
    this.line = '';
    this.cursor = 0;
    this.prevRows = 0;
  }

  _insertString(text) {
    if (this.cursor < this.line.length) {
      this.line = this.line.slice(0, this.cursor) + text + this.line.slice(this.cursor);
      this.cursor += text.length;
      this._refreshLine();
      return;
    }
    const oldPos = this.getCursorPos();
    this.line += text;
    this.cursor += text.length;
    if (oldPos.rows < this.getCursorPos().rows && this[keys.kSawKeyPress] !== false) this._refreshLine();
    else this._writeToOutput(text);
  }

  // Replaces the line (an edit, a history entry) and redraws it.
  _setLine(line, cursor) {
    this.line = line;
    this.cursor = cursor;
    this._refreshLine();
  }

  // Enter: the line goes into the history and out as 'line' (or a question's answer).
  _line() {
    const line = this._addHistory();
    this.clearLine();
    this._onLine(line);
  }

  _addHistory() {
    if (this.line.length === 0) return '';
    if (this.historySize === 0 || this.line.trim().length === 0) return this.line;
    if (this.history.length === 0 || this.history[0] !== this.line) {
      if (this.removeHistoryDuplicates) {
        const at = this.history.indexOf(this.line);
        if (at !== -1) this.history.splice(at, 1);
      }
      this.history.unshift(this.line);
      if (this.history.length > this.historySize) this.history.pop();
    }
    this.historyIndex = -1;
    // A 'history' listener may take the entry back out (a password), so the line is read again.
    const line = this.history[0];
    this.emit('history', this.history);
    return line;
  }

  // Up (older) and down (newer) through the entries that start with what was typed before the first move.
  _historyStep(direction) {
    if (direction > 0 ? !(this.historyIndex < this.history.length && this.history.length) : this.historyIndex < 0) return;
    const search = this[kSubstringSearch] || '';
    let index = this.historyIndex + direction;
    while (index >= 0 && index < this.history.length
      && (!this.history[index].startsWith(search) || this.line === this.history[index])) index += direction;
    const line = index < 0 || index === this.history.length ? search : this.history[index];
    this.historyIndex = index < 0 ? -1 : index;
    this._setLine(line, line.length);
  }

  _ttyWrite(s, key) {
    const previousKey = this[kPreviousKey];
    key = key || {};
    this[kPreviousKey] = key;
    const plainArrow = (key.name === 'up' || key.name === 'down') && !key.ctrl && !key.meta && !key.shift;
    if (plainArrow) {
      if (this[kSubstringSearch] === null) this[kSubstringSearch] = this.line.slice(0, this.cursor);
    } else if (this[kSubstringSearch] !== null) {
      this[kSubstringSearch] = null;
      if (this.history.length === this.historyIndex) this.historyIndex = -1;
    }
    if (key.name === 'escape') return;
    if (editing.handleKey(this, s, key, previousKey)) return;
    if (typeof s === 'string' && s) this._insertText(s);
  }

  // Typed or pasted text: each line ending in it ends a line.
  _insertText(s) {
    lineEnding.lastIndex = 0;
    let last = 0;
    let match;
    while ((match = lineEnding.exec(s)) !== null) {
      this._insertString(s.slice(last, match.index));
      last = lineEnding.lastIndex;
      this._line();
      lineEnding.lastIndex = last;
    }
    this._insertString(s.slice(last));
  }

  // Lines as an async iterator (node's events.on over 'line', ended by 'close'): lines that arrive
  // before they are asked for wait in a queue, the interface pausing while it holds too many.
  // Leaving the loop early only stops listening.
  [Symbol.asyncIterator]() {
    if (this[kLineIterator] === undefined) this[kLineIterator] = lineIterator(this);
    return this[kLineIterator];
  }
}

const kHighWaterMark = 1024;

function lineIterator(rl) {
  const queued = [];
  const waiting = [];
  let error = null;
  let done = false;
  let paused = false;
  const settle = () => {
    while (waiting.length > 0 && (queued.length > 0 || error || done)) {
      const { resolve, reject } = waiting.shift();
      if (queued.length > 0) resolve({ value: queued.shift(), done: false });
      else if (error) { reject(error); error = null; }
      else resolve({ value: undefined, done: true });
    }
  };
  const onLine = (line) => {
    if (waiting.length > 0) {
      waiting.shift().resolve({ value: line, done: false });
      return;
    }
    queued.push(line);
    if (queued.length > kHighWaterMark && !paused) {
      paused = true;
      rl.pause();
    }
  };
  const onError = (err) => {
    error = err;
    stop();
    settle();
  };
  const stop = () => {
    done = true;
    rl.removeListener('line', onLine);
    rl.removeListener('close', onClose);
    rl.removeListener('error', onError);
  };
  const onClose = () => {
    stop();
    settle();
  };
  rl.on('line', onLine);
  rl.on('close', onClose);
  rl.on('error', onError);
  return {
    next() {
      if (queued.length > 0) {
        const value = queued.shift();
        if (paused && queued.length < 1) {
          paused = false;
          rl.resume();
        }
        return Promise.resolve({ value, done: false });
      }
      if (error) {
        const err = error;
        error = null;
        return Promise.reject(err);
      }
      if (done) return Promise.resolve({ value: undefined, done: true });
      return new Promise((resolve, reject) => waiting.push({ resolve, reject }));
    },
    return() {
      stop();
      queued.length = 0;
      settle();
      return Promise.resolve({ value: undefined, done: true });
    },
    [Symbol.asyncIterator]() { return this; },
  };
}

module.exports = { Interface, questionPromise, validateAbortSignal };

'use strict';
// node:repl: the read-eval-print loop, written from node's observable behaviour over readline. Inputs
// run as scripts in the global scope (declarations persist), results print with util.inspect (in
// colour on a terminal), unfinished inputs continue on '... ' lines, top-level await waits while the
// event loop runs, and _ / _error keep the last result and error.
const readline = require('readline');
const util = require('util');
const fs = require('fs');
const binding = require('internal/repl_binding');

const kContinuationPrompt = '... ';
const kExitHint = '(To exit, press Ctrl+C again or Ctrl+D or type .exit)';
let scriptCount = 0;

// Runs one input: a script, or (with top-level await) an async function; the callback gets its value.
function defaultEval(code, context, file, cb) {
  let script = code;
  // An input in braces is an object literal, not a block.
  if (/^\s*\{/.test(code) && /\}\s*$/.test(code) && binding.parses(`(${code.trim()})`)) script = `(${code.trim()})`;
  const name = `REPL${++scriptCount}`;
  if (!binding.parses(script)) {
    const rewritten = binding.rewriteAwait(script);
    if (rewritten !== null) {
      let promise;
      try { promise = binding.evaluate(rewritten, name); } catch (err) { cb(err); return; }
      promise.then((result) => cb(null, result?.value), (err) => cb(err));
      return;
    }
  }
  const syntax = binding.syntaxError(script);
  if (syntax !== null) { cb(syntaxErrorWithArrow(script, syntax)); return; }
  let result;
  try { result = binding.evaluate(script, name); } catch (err) { cb(err); return; }
  cb(null, result);
}

const kArrow = Symbol('repl.arrow');

// node shows where a syntax error is: the input's line, carets under the token, a blank line.
function syntaxErrorWithArrow(code, { message, line, column }) {
  const err = new SyntaxError(message);
  err.stack = `SyntaxError: ${message}`;
  const text = code.split('\n')[line - 1] ?? '';
  const token = /^[\w$]+/.exec(text.slice(column - 1));
  Object.defineProperty(err, kArrow, { value: `${text}\n${' '.repeat(column - 1)}${'^'.repeat(token ? token[0].length : 1)}\n\n` });
  return err;
}

// node hides the REPL's own frames: the stack ends before the input's top level.
function trimStack(err) {
  if (err === null || typeof err !== 'object' || typeof err.stack !== 'string') return;
  const lines = err.stack.split('\n');
  const at = lines.findIndex((l) => /^\s+at (?:REPL\d+:|.*\(?node:repl:)/.test(l));
  if (at === -1) return;
  try { err.stack = lines.slice(0, at).join('\n'); } catch {}
}

// _ and _error: set by the REPL until a script assigns them itself.
function defineResultVariable(server, name, label) {
  let value;
  Object.defineProperty(globalThis, name, {
    configurable: true,
    get: () => value,
    set: (v) => {
      server[`${name}Assigned`] = true;
      server.output.write(`Expression assignment to ${label} now disabled.\n`);
      Object.defineProperty(globalThis, name, { value: v, writable: true, enumerable: false, configurable: true });
    },
  });
  return (v) => { if (!server[`${name}Assigned`]) value = v; };
}

class REPLServer extends readline.Interface {
  constructor(prompt, stream, evalFn, useGlobal, ignoreUndefined) {
    const options = prompt !== null && typeof prompt === 'object'
      ? { ...prompt } : { prompt, input: stream, output: stream, eval: evalFn, useGlobal, ignoreUndefined };
    const input = options.input ?? options.stream ?? process.stdin;
    const output = options.output ?? options.stream ?? process.stdout;
    const terminal = options.terminal ?? Boolean(output.isTTY);
    // The completer reaches the server through a variable: Eventide's arrow functions created before
    // super() do not yet see `this` once it is bound (an engine bug, noted in issue 18's report).
    let server;
    super({
      input, output, terminal,
      prompt: options.prompt ?? '> ',
      completer: options.completer ?? ((line) => server.complete(line)),
      historySize: terminal ? options.historySize ?? 30 : 0,
    });
    server = this;
    this.useColors = options.useColors ?? (terminal && (typeof output.hasColors !== 'function' || output.hasColors()));
    this.ignoreUndefined = Boolean(options.ignoreUndefined);
    this.writer = options.writer ?? ((value) => util.inspect(value, { showProxy: true, colors: this.useColors }));
    this.eval = options.eval ?? defaultEval;
    this.context = globalThis;
    this.commands = Object.create(null);
    this.lines = [];
    this.bufferedCommand = '';
    this.editorMode = false;
    this._basePrompt = options.prompt ?? '> ';
    this._sawSigint = false;
    this._busy = false;
    this._queued = [];
    this._setLast = defineResultVariable(this, '_', '_');
    this._setLastError = defineResultVariable(this, '_error', '_error');
    defineDefaultCommands(this, terminal);
    this.on('line', (line) => this._onReplLine(line));
    this.on('SIGINT', () => this._onSigint());
    // Input that ends while an await is pending (piped input) still gets its results before 'exit'.
    this._idleCallbacks = [];
    this.on('close', () => this._whenIdle(() => this.emit('exit')));
    this.displayPrompt();
  }

  defineCommand(keyword, cmd) {
    if (typeof cmd === 'function') cmd = { action: cmd };
    this.commands[keyword] = cmd;
  }

  displayPrompt(preserveCursor) {
    this.setPrompt(this.bufferedCommand.length > 0 ? kContinuationPrompt : this._basePrompt);
    this.prompt(preserveCursor);
  }

  clearBufferedCommand() { this.bufferedCommand = ''; }

  _onReplLine(line) {
    if (this._busy) { this._queued.push(line); return; }
    this._sawSigint = false;
    if (this.editorMode) { this.bufferedCommand += `${line}\n`; return; }
    const trimmed = line.trim();
    // A command: '.name rest', but not a number such as '.5'.
    if (trimmed.startsWith('.') && !trimmed.startsWith('..') && Number.isNaN(Number.parseFloat(trimmed))) {
      const match = /^\.([^\s]+)\s*(.*)$/.exec(trimmed);
      const command = match && this.commands[match[1]];
      if (command) {
        command.action.call(this, match[2]);
        return;
      }
      if (this.bufferedCommand.length === 0) {
        this.output.write('Invalid REPL keyword\n');
        this.displayPrompt();
        return;
      }
    }
    const code = `${this.bufferedCommand}${line}\n`;
    if (code.trim().length === 0) { this.bufferedCommand = ''; this.displayPrompt(); return; }
    this._evaluate(code);
  }

  _evaluate(code, done) {
    this._busy = true;
    this.eval(code, this.context, 'REPL', (err, result) => {
      this._busy = false;
      if (err && err.name === 'SyntaxError' && binding.isRecoverable(code)) {
        this.bufferedCommand = code;
      } else {
        this.bufferedCommand = '';
        this.lines.push(...code.replace(/\n$/, '').split('\n'));
        if (err) this._reportError(err);
        else this._print(result);
      }
      if (done) done();
      else this.displayPrompt();
      const queued = this._queued.splice(0);
      for (let i = 0; i < queued.length; i++) {
        if (this._busy) { this._queued.push(...queued.slice(i)); break; }
        this._onReplLine(queued[i]);
      }
      if (!this._busy) for (const callback of this._idleCallbacks.splice(0)) callback();
    });
  }

  _whenIdle(callback) {
    if (this._busy) this._idleCallbacks.push(callback);
    else callback();
  }

  _print(result) {
    this._setLast(result);
    if (result === undefined && this.ignoreUndefined) return;
    this.output.write(`${this.writer(result)}\n`);
  }

  _reportError(err) {
    this._setLastError(err);
    trimStack(err);
    let shown;
    if (err instanceof Error && typeof err.stack === 'string' && Object.keys(err).length === 0) shown = err.stack;
    else shown = util.inspect(err, { colors: this.useColors });
    this.output.write(`${err?.[kArrow] ?? ''}Uncaught ${shown}\n`);
  }

  _onSigint() {
    if (this.line.length > 0 || this.bufferedCommand.length > 0 || this.editorMode) {
      this.clearLine();
      this.bufferedCommand = '';
      this.editorMode = false;
      this._sawSigint = false;
      this.displayPrompt();
      return;
    }
    if (this._sawSigint) { this.close(); return; }
    this._sawSigint = true;
    this.output.write(`\n${kExitHint}\n`);
    this.displayPrompt();
  }

  _ttyWrite(s, key) {
    if (this.editorMode && key && key.ctrl && key.name === 'd') {
      // Ctrl+D ends the editor's buffer: it runs as one input.
      this.editorMode = false;
      const code = this.bufferedCommand + this.line;
      this.bufferedCommand = '';
      this.clearLine();
      if (code.trim().length === 0) this.displayPrompt();
      else this._evaluate(code.endsWith('\n') ? code : `${code}\n`);
      return;
    }
    super._ttyWrite(s, key);
  }

  // Tab: globals and keywords, or the properties of `expr.` along its prototype chain.
  complete(line) {
    const match = /(?:[\w$]+\s*\.\s*)*[\w$]*$/.exec(line);
    const word = match ? match[0] : '';
    const dot = word.lastIndexOf('.');
    let names;
    let partial;
    if (dot === -1) {
      partial = word;
      names = [...globalNames(), ...keywords];
    } else {
      partial = word.slice(dot + 1).trim();
      const expr = word.slice(0, dot).trim();
      let target;
      try { target = binding.evaluate(`(${expr})`, 'REPL-completion'); } catch { return [[], partial]; }
      names = propertyNames(target);
    }
    const completions = [...new Set(names)].filter((n) => n.startsWith(partial) && /^[\w$]+$/.test(n)).sort();
    return [completions, partial];
  }
}

const keywords = ['async', 'await', 'break', 'case', 'catch', 'class', 'const', 'continue', 'debugger', 'default', 'delete',
  'do', 'else', 'export', 'extends', 'false', 'finally', 'for', 'function', 'if', 'import', 'in', 'instanceof', 'let', 'new',
  'null', 'return', 'super', 'switch', 'this', 'throw', 'true', 'try', 'typeof', 'var', 'void', 'while', 'with', 'yield'];

function globalNames() {
  return [...binding.globalLexicalNames(), ...propertyNames(globalThis)];
}

function propertyNames(target) {
  const names = [];
  let object = target;
  if (object === null || object === undefined) return names;
  if (typeof object !== 'object' && typeof object !== 'function') object = Object(object);
  for (let depth = 0; object !== null && depth < 100; depth++) {
    for (const name of Object.getOwnPropertyNames(object)) names.push(name);
    object = Object.getPrototypeOf(object);
  }
  return names;
}

function defineDefaultCommands(repl, terminal) {
  repl.defineCommand('break', {
    help: 'Sometimes you get stuck, this gets you out',
    action() { this.clearBufferedCommand(); this.displayPrompt(); },
  });
  repl.defineCommand('clear', {
    help: 'Alias for .break',
    action() { this.clearBufferedCommand(); this.displayPrompt(); },
  });
  repl.defineCommand('exit', {
    help: 'Exit the REPL',
    action() { this.close(); },
  });
  repl.defineCommand('help', {
    help: 'Print this help message',
    action() {
      const names = Object.keys(this.commands).sort();
      const width = Math.max(...names.map((n) => n.length));
      for (const name of names) {
        const help = this.commands[name].help || '';
        this.output.write(`.${name.padEnd(width)}${help ? `\t${help}` : ''}\n`.replace('\t', '   '));
      }
      this.output.write('\nPress Ctrl+C to abort current expression, Ctrl+D to exit the REPL\n');
      this.displayPrompt();
    },
  });
  repl.defineCommand('save', {
    help: 'Save all evaluated commands in this REPL session to a file',
    action(file) {
      try {
        fs.writeFileSync(file, `${this.lines.join('\n')}\n`);
        this.output.write(`Session saved to: ${file}\n`);
      } catch {
        this.output.write(`Failed to save: ${file}\n`);
      }
      this.displayPrompt();
    },
  });
  repl.defineCommand('load', {
    help: 'Load JS from a file into the REPL session',
    action(file) {
      let content;
      try {
        if (!fs.statSync(file).isFile()) throw new Error();
        content = fs.readFileSync(file, 'utf8');
      } catch {
        this.output.write(`Failed to load: ${file}\n`);
        this.displayPrompt();
        return;
      }
      if (content.trim().length === 0) { this.displayPrompt(); return; }
      this._evaluate(content.endsWith('\n') ? content : `${content}\n`);
    },
  });
  if (terminal) {
    repl.defineCommand('editor', {
      help: 'Enter editor mode',
      action() {
        this.editorMode = true;
        this.output.write('// Entering editor mode (Ctrl+D to finish, Ctrl+C to cancel)\n');
        this.setPrompt('');
        this.prompt();
      },
    });
  }
}

function start(prompt, source, evalFn, useGlobal, ignoreUndefined) {
  return new REPLServer(prompt, source, evalFn, useGlobal, ignoreUndefined);
}

// The history file of the `eventide` REPL: ~/.eventide_repl_history, or $EVENTIDE_REPL_HISTORY ('' for none).
function setupHistory(repl) {
  if (!repl.terminal) return;
  const env = process.env.EVENTIDE_REPL_HISTORY;
  if (env !== undefined && env.trim() === '') return;
  const file = env ?? require('path').join(require('os').homedir(), '.eventide_repl_history');
  try {
    const text = fs.readFileSync(file, 'utf8');
    repl.history.push(...text.split(/\r?\n/).filter((l) => l.length > 0).slice(0, repl.historySize));
  } catch {}
  repl.on('history', (history) => {
    try { fs.writeFileSync(file, history.join('\n'), { mode: 0o600 }); } catch {}
  });
}

// `eventide` with no script: the REPL on stdin and stdout; it ends the process when it closes.
function _startMain() {
  const repl = start({ prompt: '> ' });
  setupHistory(repl);
  process.on('unhandledRejection', (reason) => {
    repl._reportError(reason);
    repl.displayPrompt();
  });
  repl.on('exit', () => {
    if (repl.terminal) repl.output.write('\n');
    process.exit();
  });
  return repl;
}

module.exports = { start, REPLServer, REPL_MODE_SLOPPY: Symbol('repl-sloppy'), REPL_MODE_STRICT: Symbol('repl-strict'), _startMain };

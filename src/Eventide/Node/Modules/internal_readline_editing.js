'use strict';
// readline's terminal key bindings (emacs-style, as node's): what each key does to the line being
// edited, and tab completion. handleKey returns false for keys that just type their text.
const keys = require('internal/readline_keys');

// UTF-16 units of the character before / at the cursor (a surrogate pair counts as one character).
function charLengthLeft(str, i) {
  if (i <= 0) return 0;
  return (i > 1 && str.codePointAt(i - 2) >= 0x10000) ? 2 : 1;
}

function charLengthAt(str, i) {
  if (str.length <= i) return 1;
  return str.codePointAt(i) >= 0x10000 ? 2 : 1;
}

const reverse = (text) => Array.from(text).reverse().join('');
// The word (or run of punctuation) before the cursor, with the spaces after it.
const wordBefore = (rl) => /^\s*(?:[^\w\s]+|\w+)?/.exec(reverse(rl.line.slice(0, rl.cursor)))[0].length;
// The word, spaces or punctuation after the cursor, with the spaces after it.
const wordAfter = (rl, pattern) => pattern.exec(rl.line.slice(rl.cursor))[0].length;

function deleteLeft(rl, count) {
  if (rl.cursor === 0 || count === 0) return;
  rl._setLine(rl.line.slice(0, rl.cursor - count) + rl.line.slice(rl.cursor), rl.cursor - count);
}

function deleteRight(rl, count) {
  if (rl.cursor >= rl.line.length) return;
  rl._setLine(rl.line.slice(0, rl.cursor) + rl.line.slice(rl.cursor + count), rl.cursor);
}

const withCtrlShift = {
  backspace: (rl) => rl._setLine(rl.line.slice(rl.cursor), 0),
  delete: (rl) => rl._setLine(rl.line.slice(0, rl.cursor), rl.cursor),
};

const withCtrl = {
  c(rl) {
    if (rl.listenerCount('SIGINT') > 0) rl.emit('SIGINT');
    else rl.close();
  },
  h: (rl) => deleteLeft(rl, charLengthLeft(rl.line, rl.cursor)),
  d(rl) {
    // On an empty line it is end of input.
    if (rl.cursor === 0 && rl.line.length === 0) rl.close();
    else if (rl.cursor < rl.line.length) deleteRight(rl, charLengthAt(rl.line, rl.cursor));
  },
  u: withCtrlShift.backspace,
  k: withCtrlShift.delete,
  a: (rl) => rl._moveCursor(-Infinity),
  e: (rl) => rl._moveCursor(+Infinity),
  b: (rl) => rl._moveCursor(-charLengthLeft(rl.line, rl.cursor)),
  f: (rl) => rl._moveCursor(+charLengthAt(rl.line, rl.cursor)),
  l(rl) {
    keys.cursorTo(rl.output, 0, 0);
    keys.clearScreenDown(rl.output);
    rl._refreshLine();
  },
  n: (rl) => rl._historyStep(-1),
  p: (rl) => rl._historyStep(+1),
  z(rl) {
    if (process.platform === 'win32') return;
    if (rl.listenerCount('SIGTSTP') > 0) rl.emit('SIGTSTP');
  },
  w: (rl) => deleteLeft(rl, wordBefore(rl)),
  backspace: (rl) => deleteLeft(rl, wordBefore(rl)),
  delete: (rl) => deleteRight(rl, wordAfter(rl, /^(?:\s+|\W+|\w+)\s*/)),
  left: (rl) => rl._moveCursor(-wordBefore(rl)),
  right: (rl) => rl._moveCursor(wordAfter(rl, /^(?:\s+|[^\w\s]+|\w+)\s*/)),
};

const withMeta = {
  b: withCtrl.left,
  f: withCtrl.right,
  d: withCtrl.delete,
  delete: withCtrl.delete,
  backspace: withCtrl.backspace,
};

const plain = {
  return(rl) {
    rl[keys.kSawReturnAt] = Date.now();
    rl._line();
  },
  enter(rl) {
    // The '\n' of a '\r\n' pair ends no second line.
    const sawReturnAt = rl[keys.kSawReturnAt];
    if (sawReturnAt === 0 || Date.now() - sawReturnAt > rl.crlfDelay) rl._line();
    rl[keys.kSawReturnAt] = 0;
  },
  backspace: withCtrl.h,
  delete: (rl) => deleteRight(rl, charLengthAt(rl.line, rl.cursor)),
  left: withCtrl.b,
  right: withCtrl.f,
  home: withCtrl.a,
  end: withCtrl.e,
  up: withCtrl.p,
  down: withCtrl.n,
};

function handleKey(rl, s, key, previousKey) {
  if (key.ctrl && key.shift) {
    withCtrlShift[key.name]?.(rl);
    return true;
  }
  if (key.ctrl) {
    withCtrl[key.name]?.(rl);
    return true;
  }
  if (key.meta) {
    withMeta[key.name]?.(rl);
    return true;
  }
  if (rl[keys.kSawReturnAt] && key.name !== 'enter') rl[keys.kSawReturnAt] = 0;
  if (key.name === 'tab' && typeof rl.completer === 'function' && rl.isCompletionEnabled) {
    tabComplete(rl, previousKey?.name === 'tab');
    return true;
  }
  const action = Object.hasOwn(plain, key.name ?? '') ? plain[key.name] : undefined;
  if (action === undefined) return false;
  action(rl);
  return true;
}

// ------------------------------------------------------------------ tab completion

function commonPrefix(strings) {
  if (strings.length === 0) return '';
  const sorted = [...strings].sort();
  const first = sorted[0];
  const last = sorted[sorted.length - 1];
  let i = 0;
  while (i < first.length && first[i] === last[i]) i++;
  return first.slice(0, i);
}

// The completer's [completions, substring] (it may answer through a callback): a single match is
// inserted; several insert their common prefix, and a second tab lists them in columns.
function tabComplete(rl, lastKeypressWasTab) {
  rl.pause();
  const text = rl.line.slice(0, rl.cursor);
  const done = (err, value) => {
    rl.resume();
    if (err) return;
    const [completions, completeOn] = value;
    if (!completions || completions.length === 0) return;
    const prefix = completions.length === 1 ? completions[0] : commonPrefix(completions.filter((c) => c !== ''));
    if (prefix.length > completeOn.length) {
      rl._insertString(prefix.slice(completeOn.length));
      return;
    }
    if (!lastKeypressWasTab) return;
    listCompletions(rl, completions);
    rl._refreshLine();
  };
  if (rl.completer.length === 2) rl.completer(text, done);
  else {
    let value;
    try { value = rl.completer(text); } catch (err) { done(err); return; }
    if (value && typeof value.then === 'function') value.then((v) => done(null, v), done);
    else done(null, value);
  }
}

function listCompletions(rl, completions) {
  rl._writeToOutput('\r\n');
  const width = Math.max(...completions.map((c) => c.length)) + 2;
  let perRow = Math.floor(rl.columns / width) || 1;
  if (!Number.isFinite(perRow)) perRow = completions.length;
  let row = '';
  let inRow = 0;
  for (const c of completions) {
    if (c === '') {
      if (row) rl._writeToOutput(`${row}\r\n`);
      row = '';
      inRow = 0;
      continue;
    }
    row += inRow === perRow - 1 ? c : c.padEnd(width);
    if (++inRow === perRow) {
      rl._writeToOutput(`${row.trimEnd()}\r\n`);
      row = '';
      inRow = 0;
    }
  }
  if (row) rl._writeToOutput(`${row.trimEnd()}\r\n`);
  rl._writeToOutput('\r\n');
}

module.exports = { handleKey };

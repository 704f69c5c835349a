'use strict';
const { setTimeout, clearTimeout } = require('internal/timers'); // granted as globals or not
// The terminal side of readline: the escape sequences node writes to move the cursor and clear
// (cursorTo, moveCursor, clearLine, clearScreenDown), and emitKeypressEvents, which turns what a
// terminal sends into 'keypress' events (str, { sequence, name, ctrl, meta, shift[, code] }).
const { StringDecoder } = require('string_decoder');
const { makeNodeError, invalidArgType, invalidArgValue } = require('internal/errors');

const CSI = '\x1b[';
const kClearToLineBeginning = `${CSI}1K`;
const kClearToLineEnd = `${CSI}0K`;
const kClearLine = `${CSI}2K`;
const kClearScreenDown = `${CSI}0J`;

function validateCallback(callback) {
  if (callback !== undefined && typeof callback !== 'function') throw invalidArgType('callback', 'function', callback);
}

// Nothing to write: the callback still runs, on the next tick.
function nothing(callback) {
  if (callback) process.nextTick(callback, null);
  return true;
}

function cursorTo(stream, x, y, callback) {
  if (typeof y === 'function') { callback = y; y = undefined; }
  validateCallback(callback);
  if (Number.isNaN(x)) throw invalidArgValue('x', x);
  if (Number.isNaN(y)) throw invalidArgValue('y', y);
  if (stream == null || (typeof x !== 'number' && typeof y !== 'number')) return nothing(callback);
  if (typeof x !== 'number') throw makeNodeError(TypeError, 'ERR_INVALID_CURSOR_POS', 'Cannot set cursor row without setting its column');
  return stream.write(typeof y !== 'number' ? `${CSI}${x + 1}G` : `${CSI}${y + 1};${x + 1}H`, callback);
}

// The relative move as text: columns (C right, D left), then rows (B down, A up).
function moveText(dx, dy) {
  let data = '';
  if (dx < 0) data += `${CSI}${-dx}D`;
  else if (dx > 0) data += `${CSI}${dx}C`;
  if (dy < 0) data += `${CSI}${-dy}A`;
  else if (dy > 0) data += `${CSI}${dy}B`;
  return data;
}

function moveCursor(stream, dx, dy, callback) {
  validateCallback(callback);
  if (stream == null || !(dx || dy)) return nothing(callback);
  return stream.write(moveText(dx, dy), callback);
}

const clearLineText = (dir) => (dir < 0 ? kClearToLineBeginning : dir > 0 ? kClearToLineEnd : kClearLine);

function clearLine(stream, dir, callback) {
  validateCallback(callback);
  if (stream == null) return nothing(callback);
  return stream.write(clearLineText(dir), callback);
}

function clearScreenDown(stream, callback) {
  validateCallback(callback);
  if (stream == null) return nothing(callback);
  return stream.write(kClearScreenDown, callback);
}

// ------------------------------------------------------------------ keys

// The keys terminals send as escape sequences, by their code (what follows ESC, less modifiers).
const kNamedCodes = {
  '[P': 'f1', '[Q': 'f2', '[R': 'f3', '[S': 'f4', 'OP': 'f1', 'OQ': 'f2', 'OR': 'f3', 'OS': 'f4',
  '[11~': 'f1', '[12~': 'f2', '[13~': 'f3', '[14~': 'f4', '[15~': 'f5', '[17~': 'f6', '[18~': 'f7',
  '[19~': 'f8', '[20~': 'f9', '[21~': 'f10', '[23~': 'f11', '[24~': 'f12',
  '[A': 'up', '[B': 'down', '[C': 'right', '[D': 'left', '[E': 'clear', '[F': 'end', '[H': 'home',
  'OA': 'up', 'OB': 'down', 'OC': 'right', 'OD': 'left', 'OE': 'clear', 'OF': 'end', 'OH': 'home',
  '[1~': 'home', '[2~': 'insert', '[3~': 'delete', '[4~': 'end', '[5~': 'pageup', '[6~': 'pagedown',
  '[7~': 'home', '[8~': 'end', '[Z': 'tab',
};

const newKey = (sequence) => ({ sequence, name: undefined, ctrl: false, meta: false, shift: false });

// One character (or ESC and one character, meta): its name and modifiers.
function plainKey(ch, meta, sequence) {
  const key = newKey(sequence);
  key.meta = meta;
  if (ch === '\r') key.name = 'return';
  else if (ch === '\n') key.name = 'enter';
  else if (ch === '\t') key.name = 'tab';
  else if (ch === '\b' || ch === '\x7f') key.name = 'backspace';
  else if (ch === '\x1b') key.name = 'escape';
  else if (ch === ' ') key.name = 'space';
  else if (ch.length === 1 && ch <= '\x1a' && ch !== '\0') {
    key.name = String.fromCharCode(ch.charCodeAt(0) + 'a'.charCodeAt(0) - 1);
    key.ctrl = true;
  } else if (/^[0-9a-z]$/.test(ch)) key.name = ch;
  else if (/^[A-Z]$/.test(ch)) {
    key.name = ch.toLowerCase();
    key.shift = true;
  }
  return key;
}

// An escape sequence at s[i] (s[i] is ESC): its key and length, or null when s ends inside it.
function escapeKey(s, i) {
  let start = i + 1;
  if (s[start] === '\x1b' && (s[start + 1] === '[' || s[start + 1] === 'O')) start++;
  if (start >= s.length) return null;
  const lead = s[start];
  if (lead !== '[' && lead !== 'O') {
    const ch = String.fromCodePoint(s.codePointAt(start));
    const key = plainKey(ch, true, s.slice(i, start + ch.length));
    return { key, length: start + ch.length - i };
  }
  // CSI: parameters (digits and ';'), then one final character; SS3: an optional modifier, then a letter.
  let end = start + 1;
  while (end < s.length && /[0-9;]/.test(s[end])) end++;
  if (end >= s.length) return null;
  const params = s.slice(start + 1, end);
  const final = s[end];
  const [first, modifierText] = params.split(';');
  let modifier = 0;
  let code;
  if (modifierText !== undefined) {
    modifier = (Number(modifierText) || 1) - 1;
    code = lead + (first === '1' || first === '' ? '' : first) + final;
  } else if (lead === 'O' && params) {
    modifier = (Number(params) || 1) - 1;
    code = lead + final;
  } else {
    code = lead + params + final;
  }
  const key = newKey(s.slice(i, end + 1));
  key.ctrl = !!(modifier & 4);
  // A doubled ESC before a sequence is swallowed: only the modifier parameter sets meta.
  key.meta = !!(modifier & 10);
  key.shift = !!(modifier & 1) || code === '[Z';
  key.code = code;
  // node names an unknown sequence with the string 'undefined' (and so still emits it).
  key.name = kNamedCodes[code] ?? 'undefined';
  return { key, length: end + 1 - i };
}

// Splits decoded input into keys; an escape sequence cut at the end is left over for more input.
function parseKeys(s, flush) {
  const keys = [];
  let i = 0;
  while (i < s.length) {
    if (s[i] === '\x1b') {
      const found = escapeKey(s, i);
      if (found === null && !flush) break;
      if (found === null) {
        keys.push({ str: undefined, key: plainKey('\x1b', s.length - i > 1, s.slice(i)), escaped: true });
        i = s.length;
        continue;
      }
      keys.push({ str: undefined, key: found.key, escaped: true });
      i += found.length;
      continue;
    }
    const ch = String.fromCodePoint(s.codePointAt(i));
    keys.push({ str: ch, key: plainKey(ch, false, ch), escaped: false });
    i += ch.length;
  }
  return { keys, rest: s.slice(i) };
}

const kKeypressDecoder = Symbol('keypress-decoder');
const kSawKeyPress = Symbol('sawKeyPress');
// When the interface last saw a '\r' (a '\n' right after it ends no second line).
const kSawReturnAt = Symbol('sawReturnAt');

// Named keys go out with the text for plain characters; unnamed escape sequences are dropped.
function emitKey(stream, { str, key, escaped }) {
  if (key.name !== undefined) stream.emit('keypress', escaped ? undefined : str, key);
  else if (!escaped) stream.emit('keypress', str, key);
}

function emitKeypressEvents(stream, iface = {}) {
  if (stream[kKeypressDecoder]) return;
  const decoder = new StringDecoder('utf8');
  stream[kKeypressDecoder] = decoder;
  let pending = '';
  let timer = null;
  const flushPending = () => {
    timer = null;
    const { keys } = parseKeys(pending, true);
    pending = '';
    for (const k of keys) emitKey(stream, k);
  };
  function onData(input) {
    if (stream.listenerCount('keypress') === 0) {
      // Nobody listens any more: stop decoding until someone does.
      stream.removeListener('data', onData);
      stream.on('newListener', onNewListener);
      return;
    }
    const text = typeof input === 'string' ? input : decoder.write(input);
    if (!text) return;
    if (timer) { clearTimeout(timer); timer = null; }
    const { keys, rest } = parseKeys(pending + text, false);
    pending = rest;
    // Several characters at once are a paste: its keys but the last complete nothing on tab, and
    // the interface writes them without redrawing where the line wraps.
    keys.forEach((k, i) => {
      iface[kSawKeyPress] = iface.isCompletionEnabled = i === keys.length - 1;
      emitKey(stream, k);
    });
    iface[kSawKeyPress] = iface.isCompletionEnabled = true;
    // A lone ESC may be the escape key or the start of a sequence still on its way.
    if (pending) timer = setTimeout(flushPending, iface.escapeCodeTimeout ?? 500);
  }
  function onNewListener(event) {
    if (event === 'keypress') {
      stream.on('data', onData);
      stream.removeListener('newListener', onNewListener);
    }
  }
  if (stream.listenerCount('keypress') > 0) stream.on('data', onData);
  else stream.on('newListener', onNewListener);
}

module.exports = {
  CSI, kSawKeyPress, kSawReturnAt, cursorTo, moveCursor, clearLine, clearScreenDown, moveText, clearLineText, kClearScreenDown, emitKeypressEvents,
};

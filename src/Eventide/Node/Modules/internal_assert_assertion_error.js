'use strict';
// assert.AssertionError: the generated messages node 20 prints, including the line diff of the
// inspected values ("+ actual - expected") for the strict comparisons.
const { inspect } = require('internal/errors');

const kHeaders = {
  deepStrictEqual: 'Expected values to be strictly deep-equal:',
  strictEqual: 'Expected values to be strictly equal:',
  strictEqualObject: 'Expected "actual" to be reference-equal to "expected":',
  deepEqual: 'Expected values to be loosely deep-equal:',
  notDeepStrictEqual: 'Expected "actual" not to be strictly deep-equal to:',
  notStrictEqual: 'Expected "actual" to be strictly unequal to:',
  notStrictEqualObject: 'Expected "actual" not to be reference-equal to "expected":',
  notDeepEqual: 'Expected "actual" not to be loosely deep-equal to:',
  notIdentical: 'Values have same structure but are not reference-equal:',
  notDeepEqualUnequal: 'Expected values not to be loosely deep-equal:',
};
const kShortLength = 12;

// Every property, sorted and unfolded, so that the diff lines up.
const inspectValue = (value) => inspect(value, {
  compact: false, customInspect: false, depth: 1000, maxArrayLength: Infinity, showHidden: false, showProxy: false, sorted: true, getters: true,
});
const isObjectLike = (v) => typeof v === 'object' && v !== null;

// The identical lines before a diverging one: the last three, with "..." when more than five were skipped.
function contextBefore(lines, index, identical) {
  if (identical <= 2) return { text: '', skipped: false };
  let text = '';
  let skipped = false;
  if (identical > 4) {
    if (identical === 5) text += `\n  ${lines[index - 3]}`;
    else {
      text += '\n...';
      skipped = true;
    }
  }
  if (identical > 3) text += `\n  ${lines[index - 2]}`;
  text += `\n  ${lines[index - 1]}`;
  return { text, skipped };
}

// Lines equal but for the trailing comma the last element of a list lacks.
function sameButComma(a, b) {
  return a === b || (a.endsWith(',') && a.slice(0, -1) === b) || (b.endsWith(',') && b.slice(0, -1) === a);
}

// Two errors are compared without their stacks: copies with their own properties and message.
function copyError(source) {
  const target = Object.assign({ __proto__: Object.getPrototypeOf(source) }, source);
  Object.defineProperty(target, 'message', { value: source.message });
  return target;
}
const isStackedError = (v) => isObjectLike(v) && v instanceof Error && 'stack' in v;

function createErrDiff(actual, expected, operator) {
  if (isStackedError(actual) && isStackedError(expected)) {
    actual = copyError(actual);
    expected = copyError(expected);
  }
  const actualInspected = inspectValue(actual);
  const actualLines = actualInspected.split('\n');
  const expectedLines = inspectValue(expected).split('\n');
  if (operator === 'strictEqual' && ((isObjectLike(actual) && isObjectLike(expected)) || (typeof actual === 'function' && typeof expected === 'function'))) {
    operator = 'strictEqualObject';
  }
  let indicator = '';
  let tailCounter = 0;
  if (actualLines.length === 1 && expectedLines.length === 1 && actualLines[0] !== expectedLines[0]) {
    const [a, b] = [actualLines[0], expectedLines[0]];
    const inputLength = a.length + b.length;
    if (inputLength <= kShortLength) {
      if (!isObjectLike(actual) && !isObjectLike(expected) && (actual !== 0 || expected !== 0)) return `${kHeaders[operator]}\n\n${a} !== ${b}\n`;
    } else if (operator !== 'strictEqualObject' && inputLength < (process.stderr.isTTY ? process.stderr.columns : 80)) {
      let first = 0;
      while (a[first] === b[first]) first++;
      // A caret under the first difference, unless it is at the very start.
      if (first > 2) indicator = `\n  ${' '.repeat(first)}^`;
      else tailCounter = first;
    }
  }

  // Identical last lines: the last three are kept, one more above them (after "..." when five or more).
  let end = '';
  let other = '';
  while (actualLines.length > 0 && expectedLines.length > 0 && actualLines.at(-1) === expectedLines.at(-1)) {
    const line = actualLines.pop();
    expectedLines.pop();
    if (tailCounter++ < 3) end = `\n  ${line}${end}`;
    else other = line;
  }
  const maxLines = Math.max(actualLines.length, expectedLines.length);
  if (maxLines === 0) {
    const lines = actualInspected.split('\n');
    if (lines.length > 50) {
      lines[46] = '...';
      lines.length = 47;
    }
    return `${kHeaders.notIdentical}\n\n${lines.join('\n')}\n`;
  }
  let skipped = false;
  if (tailCounter >= 5) {
    end = `\n...${end}`;
    skipped = true;
  }
  if (other !== '') {
    end = `\n  ${other}${end}`;
    other = '';
  }

  let res = '';
  let identical = 0;
  const actualLonger = actualLines.length >= maxLines;
  const longer = actualLonger ? actualLines : expectedLines;
  const shorterLength = actualLonger ? expectedLines.length : actualLines.length;
  for (let i = 0; i < maxLines; i++) {
    if (i >= shorterLength) {
      // Lines only one side has: actual's print at once, expected's wait with the other "-" lines.
      const context = contextBefore(longer, i, identical);
      res += context.text;
      skipped ||= context.skipped;
      identical = 0;
      if (actualLonger) res += `\n+ ${longer[i]}`;
      else other += `\n- ${longer[i]}`;
      continue;
    }
    let actualLine = actualLines[i];
    const expectedLine = expectedLines[i];
    if (!sameButComma(actualLine, expectedLine)) {
      const context = contextBefore(actualLines, i, identical);
      res += context.text;
      skipped ||= context.skipped;
      identical = 0;
      res += `\n+ ${actualLine}`;
      other += `\n- ${expectedLine}`;
    } else {
      if (expectedLine.endsWith(',') && !actualLine.endsWith(',')) actualLine += ',';
      res += other;
      other = '';
      identical++;
      if (identical <= 2) res += `\n  ${actualLine}`;
    }
  }
  return `${kHeaders[operator]}\n+ actual - expected${skipped ? ' ... Lines skipped' : ''}\n${res}${other}${end}${indicator}`;
}

function truncate(text, limit) {
  return text.length > limit ? `${text.slice(0, limit - 3)}...` : text;
}

// The message node generates when the caller gave none.
function generateMessage(actual, expected, operator) {
  if (operator === 'deepStrictEqual' || operator === 'strictEqual') return createErrDiff(actual, expected, operator);
  if (operator === 'notDeepStrictEqual' || operator === 'notStrictEqual') {
    let base = kHeaders[operator];
    const lines = inspectValue(actual).split('\n');
    if (operator === 'notStrictEqual' && (isObjectLike(actual) || typeof actual === 'function')) base = kHeaders.notStrictEqualObject;
    if (lines.length > 50) {
      lines[46] = '...';
      lines.length = 47;
    }
    if (lines.length === 1) return `${base}${lines[0].length > 5 ? '\n\n' : ' '}${lines[0]}`;
    return `${base}\n\n${lines.join('\n')}\n`;
  }
  let res = inspectValue(actual);
  let other = inspectValue(expected);
  const header = kHeaders[operator];
  if (operator === 'notDeepEqual' && res === other) {
    res = `${header}\n\n${res}`;
    if (res.length > 1024) res = truncate(res, 1024);
    return res;
  }
  if (res.length > 512) res = truncate(res, 512);
  if (other.length > 512) other = truncate(other, 512);
  if (operator === 'deepEqual') return `${header}\n\n${res}\n\nshould loosely deep-equal\n\n${other}`;
  const unequal = kHeaders[`${operator}Unequal`];
  if (unequal) return `${unequal}\n\n${res}\n\nshould not loosely deep-equal\n\n${other}`;
  return `${res} ${operator} ${other}`;
}

class AssertionError extends Error {
  constructor(options) {
    if (options === null || typeof options !== 'object') throw require('internal/errors').invalidArgType('options', 'Object', options);
    const { message, operator, stackStartFn } = options;
    const { actual, expected } = options;
    if (message != null) super(String(message));
    else super(generateMessage(actual, expected, operator));
    this.generatedMessage = !message;
    Object.defineProperty(this, 'name', { value: 'AssertionError [ERR_ASSERTION]', enumerable: false, writable: true, configurable: true });
    this.code = 'ERR_ASSERTION';
    this.actual = actual;
    this.expected = expected;
    this.operator = operator;
    if (typeof Error.captureStackTrace === 'function') Error.captureStackTrace(this, stackStartFn || new.target);
    void this.stack;
    delete this.name;
  }

  toString() {
    return `${this.name} [${this.code}]: ${this.message}`;
  }
}
Object.defineProperty(AssertionError.prototype, 'name', { value: 'AssertionError', writable: true, configurable: true, enumerable: false });

module.exports = { AssertionError, inspectValue };

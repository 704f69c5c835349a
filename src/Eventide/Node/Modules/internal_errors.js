'use strict';
// The node errors the web globals throw (lib/internal/errors.js): an Error subclass instance whose
// stack names the code ("TypeError [ERR_X]: message") and that carries an enumerable `code`.
const { inspect } = require('internal/util');

function makeNodeError(Base, code, message) {
  const error = new Base(message);
  const stack = error.stack;
  if (typeof stack === 'string') {
    const colon = stack.indexOf(':');
    Object.defineProperty(error, 'stack', { value: `${stack.slice(0, colon)} [${code}]${stack.slice(colon)}`, writable: true, configurable: true, enumerable: false });
  }
  error.code = code;
  return error;
}

// How node's ERR_INVALID_ARG_TYPE names what it received.
function describeReceived(value) {
  if (value == null) return ` Received ${value}`;
  if (typeof value === 'function' && value.name) return ` Received function ${value.name}`;
  if (typeof value === 'object') {
    if (value.constructor?.name) return ` Received an instance of ${value.constructor.name}`;
    return ` Received ${inspect(value, { depth: -1 })}`;
  }
  let inspected = inspect(value, { colors: false });
  if (inspected.length > 28) inspected = `${inspected.slice(0, 25)}...`;
  return ` Received type ${typeof value} (${inspected})`;
}

const kTypes = ['string', 'function', 'number', 'object', 'Function', 'Object', 'boolean', 'bigint', 'symbol'];

// node's formatList: "a or b", "a, b, or c".
function formatList(items, word) {
  return items.length < 3 ? items.join(` ${word} `) : `${items.slice(0, -1).join(', ')}, ${word} ${items.at(-1)}`;
}

function invalidArgType(name, expected, actual) {
  const kind = name.includes('.') ? 'property' : 'argument';
  const list = Array.isArray(expected) ? expected : [expected];
  const types = list.filter((t) => kTypes.includes(t)).map((t) => t.toLowerCase());
  const isClass = (t) => /^([A-Z][a-z0-9]*)+$/.test(t);
  const instances = list.filter((t) => !kTypes.includes(t) && isClass(t));
  const other = list.filter((t) => !kTypes.includes(t) && !isClass(t));
  let message = `The "${name}" ${kind} must be `;
  if (types.length > 0) message += `of type ${formatList(types, 'or')}`;
  if (instances.length > 0) {
    if (types.length > 0) message += ' or ';
    message += `an instance of ${formatList(instances, 'or')}`;
  }
  // Descriptions that are neither types nor classes ("{ readable, writable } pair").
  if (other.length > 0) {
    if (types.length > 0 || instances.length > 0) message += ' or ';
    if (other.length > 1) message += `one of ${formatList(other, 'or')}`;
    else message += (other[0].toLowerCase() !== other[0] ? 'an ' : '') + other[0];
  }
  return makeNodeError(TypeError, 'ERR_INVALID_ARG_TYPE', message + '.' + describeReceived(actual));
}

function invalidArgValue(name, value, reason = 'is invalid') {
  let inspected = inspect(value);
  if (inspected.length > 128) inspected = `${inspected.slice(0, 128)}...`;
  const kind = name.includes('.') ? 'property' : 'argument';
  return makeNodeError(TypeError, 'ERR_INVALID_ARG_VALUE', `The ${kind} '${name}' ${reason}. Received ${inspected}`);
}

function outOfRange(name, range, received) {
  return makeNodeError(RangeError, 'ERR_OUT_OF_RANGE', `The value of "${name}" is out of range. It must be ${range}. Received ${received}`);
}

function missingArgs(...names) {
  const quoted = names.map((n) => `"${n}"`);
  const list = quoted.length === 1 ? quoted[0] : quoted.length === 2 ? `${quoted[0]} and ${quoted[1]}` : `${quoted.slice(0, -1).join(', ')}, and ${quoted.at(-1)}`;
  return makeNodeError(TypeError, 'ERR_MISSING_ARGS', `The ${list} argument${names.length > 1 ? 's' : ''} must be specified`);
}

const invalidThis = (type) => makeNodeError(TypeError, 'ERR_INVALID_THIS', `Value of "this" must be of type ${type}`);
const illegalConstructor = () => makeNodeError(TypeError, 'ERR_ILLEGAL_CONSTRUCTOR', 'Illegal constructor');

function validateObject(value, name, nullable) {
  if ((value === null && !nullable) || (typeof value !== 'object' && typeof value !== 'function'))
    throw invalidArgType(name, 'Object', value);
}

// validateUint32 / validateNumber as the timer and signal functions use them.
function validateNumber(value, name) {
  if (typeof value !== 'number') throw invalidArgType(name, 'number', value);
}
function validateUint32(value, name, positive) {
  validateNumber(value, name);
  if (!Number.isInteger(value)) throw outOfRange(name, 'an integer', value);
  const min = positive ? 1 : 0;
  if (value < min || value > 4294967295) throw outOfRange(name, `>= ${min} && <= 4294967295`, value);
}

// Report an error on the next tick, as an uncaught exception (node's emitUncaughtException).
function emitUncaughtException(err) {
  process.nextTick(() => { throw err; });
}

// process.emitWarning(warning) where the host has it; else node's stderr line on the next tick.
let warned = false;
function emitWarning(warning) {
  if (typeof process.emitWarning === 'function') return process.emitWarning(warning);
  process.nextTick(() => {
    process.stderr.write(`(node:${process.pid}) ${warning.name}: ${warning.message}\n`);
    if (!warned) process.stderr.write('(Use `node --trace-warnings ...` to show where the warning was created)\n');
    warned = true;
  });
}

// customInspect of the abort and event objects: "Name { ...fields }" one level deeper.
function inspectWithName(self, fields, depth, options) {
  const name = self.constructor.name;
  if (depth < 0) return name;
  const opts = Object.assign({}, options, { depth: Number.isInteger(options.depth) ? options.depth - 1 : options.depth });
  return `${name} ${inspect(fields, opts)}`;
}

// node's AbortError: what promise APIs reject with when their signal aborts.
class AbortError extends Error {
  constructor(message = 'The operation was aborted', options = undefined) {
    if (options !== undefined && typeof options !== 'object') throw invalidArgType('options', 'Object', options);
    super(message, options);
    this.code = 'ABORT_ERR';
    this.name = 'AbortError';
  }
}

function validateBoolean(value, name) {
  if (typeof value !== 'boolean') throw invalidArgType(name, 'boolean', value);
}

module.exports = {
  AbortError, validateBoolean, makeNodeError, invalidArgType, invalidArgValue, outOfRange, missingArgs, invalidThis, illegalConstructor,
  validateObject, validateNumber, validateUint32, emitUncaughtException, emitWarning, inspectWithName, inspect,
  customInspectSymbol: Symbol.for('nodejs.util.inspect.custom'),
};

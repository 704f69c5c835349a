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

// node's list of alternatives: "one of type a or b", "one of type a, b, or c".
function alternatives(items, single) {
  if (items.length > 2) return `${single ? 'one of ' : ''}${items.slice(0, -1).join(', ')}, or ${items.at(-1)}`;
  return items.length === 2 ? `${single ? 'one of ' : ''}${items[0]} or ${items[1]}` : items[0];
}

// ERR_INVALID_ARG_TYPE: expected names are primitive types, classes (instances) or free phrases.
function invalidArgType(name, expected, actual) {
  const list = Array.isArray(expected) ? expected : [expected];
  const types = list.filter((t) => kTypes.includes(t)).map((t) => t.toLowerCase());
  const instances = list.filter((t) => !kTypes.includes(t) && /^([A-Z][a-z0-9]*)+$/.test(t));
  const other = list.filter((t) => !kTypes.includes(t) && !instances.includes(t));
  if (instances.length > 0 && types.includes('object')) {
    types.splice(types.indexOf('object'), 1);
    instances.push('Object');
  }
  const parts = [];
  if (types.length > 0) parts.push(types.length > 1 ? `one of type ${alternatives(types, false)}` : `of type ${types[0]}`);
  if (instances.length > 0) parts.push(`an instance of ${alternatives(instances, false)}`);
  if (other.length > 0) parts.push(other.length > 1 ? alternatives(other, true) : `${other[0].toLowerCase() !== other[0] ? 'an ' : ''}${other[0]}`);
  const subject = name.endsWith(' argument') ? name : `"${name}" ${name.includes('.') ? 'property' : 'argument'}`;
  return makeNodeError(TypeError, 'ERR_INVALID_ARG_TYPE', `The ${subject} must be ${parts.join(' or ')}.${describeReceived(actual)}`);
}

function invalidArgValue(name, value, reason = 'is invalid', Base = TypeError) {
  let inspected = inspect(value);
  if (inspected.length > 128) inspected = `${inspected.slice(0, 128)}...`;
  const kind = name.includes('.') ? 'property' : 'argument';
  return makeNodeError(Base, 'ERR_INVALID_ARG_VALUE', `The ${kind} '${name}' ${reason}. Received ${inspected}`);
}

// ERR_INVALID_STATE: an operation the object's state forbids (a locked stream, a released reader...).
const invalidState = (message, Base = TypeError) => makeNodeError(Base, 'ERR_INVALID_STATE', `Invalid state: ${message}`);

// 1_000_000 as node writes large integers in its range errors.
function addNumericalSeparator(digits) {
  const sign = digits[0] === '-' ? '-' : '';
  let rest = digits.slice(sign.length);
  let out = '';
  for (; rest.length > 3; rest = rest.slice(0, -3)) out = `_${rest.slice(-3)}${out}`;
  return `${sign}${rest}${out}`;
}

// ERR_OUT_OF_RANGE: integers beyond 2 ** 32 (numbers and bigints) get separators, other values are inspected.
function outOfRange(name, range, value) {
  let received;
  if (Number.isInteger(value) && Math.abs(value) > 2 ** 32) received = addNumericalSeparator(String(value));
  else if (typeof value === 'bigint') {
    received = String(value);
    if (value > 2n ** 32n || value < -(2n ** 32n)) received = addNumericalSeparator(received);
    received += 'n';
  } else received = inspect(value);
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

// process.emitWarning(warning) where the host has it; else node's stderr line on the next tick.
let warned = false;
function emitWarning(warning) {
  if (typeof process.emitWarning === 'function') return process.emitWarning(warning);
  process.nextTick(() => {
    const code = warning.code ? `[${warning.code}] ` : '';
    process.stderr.write(`(node:${process.pid}) ${code}${warning.name}: ${warning.message}\n`);
    const flag = warning.name === 'DeprecationWarning' ? 'deprecation' : 'warnings';
    if (!warned) process.stderr.write(`(Use \`node --trace-${flag} ...\` to show where the warning was created)\n`);
    warned = true;
  });
}

// "Name { ...fields }" with the fields inspected one level deeper (the classes' customInspect).
function inspectNamed(name, fields, options) {
  const opts = Object.assign({}, options, { depth: Number.isInteger(options.depth) ? options.depth - 1 : options.depth });
  return `${name} ${inspect(fields, opts)}`;
}

// customInspect of the abort and event objects: only the class name once past the depth limit.
function inspectWithName(self, fields, depth, options) {
  const name = self.constructor.name;
  return depth < 0 ? name : inspectNamed(name, fields, options);
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
  AbortError, validateBoolean, makeNodeError, invalidArgType, invalidArgValue, invalidState, outOfRange, missingArgs, invalidThis, illegalConstructor,
  validateObject, validateNumber, validateUint32, emitWarning, inspectWithName, inspectNamed, inspect,
  customInspectSymbol: Symbol.for('nodejs.util.inspect.custom'),
};

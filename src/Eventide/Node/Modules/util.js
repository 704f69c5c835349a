'use strict';
const { Buffer } = require('buffer'); // node's own modules use the module's Buffer, granted as a global or not
// node's util module: the native inspection functions and brand checks (internal/util) with the
// rest of node 20's surface written over them, exported in node's key order.
const binding = require('internal/util');
const { makeNodeError, invalidArgType, invalidArgValue, outOfRange } = require('internal/errors');
const { inspect, format, formatWithOptions } = binding;
const kCustomPromisify = Symbol.for('nodejs.util.promisify.custom');

const validateFunction = (value, name) => { if (typeof value !== 'function') throw invalidArgType(name, 'function', value); };
const validateString = (value, name) => { if (typeof value !== 'string') throw invalidArgType(name, 'string', value); };

// inspect's tables (node's names and SGR codes); the aliases are hidden getters as in node.
if (inspect.custom === undefined) Object.defineProperty(inspect, 'custom', { value: Symbol.for('nodejs.util.inspect.custom'), enumerable: true });
if (inspect.colors === undefined) {
  const codes = [['reset', 0, 0], ['bold', 1, 22], ['dim', 2, 22], ['italic', 3, 23], ['underline', 4, 24], ['blink', 5, 25],
    ['inverse', 7, 27], ['hidden', 8, 28], ['strikethrough', 9, 29], ['doubleunderline', 21, 24], ['black', 30, 39], ['red', 31, 39],
    ['green', 32, 39], ['yellow', 33, 39], ['blue', 34, 39], ['magenta', 35, 39], ['cyan', 36, 39], ['white', 37, 39],
    ['bgBlack', 40, 49], ['bgRed', 41, 49], ['bgGreen', 42, 49], ['bgYellow', 43, 49], ['bgBlue', 44, 49], ['bgMagenta', 45, 49],
    ['bgCyan', 46, 49], ['bgWhite', 47, 49], ['framed', 51, 54], ['overlined', 53, 55], ['gray', 90, 39], ['redBright', 91, 39],
    ['greenBright', 92, 39], ['yellowBright', 93, 39], ['blueBright', 94, 39], ['magentaBright', 95, 39], ['cyanBright', 96, 39],
    ['whiteBright', 97, 39], ['bgGray', 100, 49], ['bgRedBright', 101, 49], ['bgGreenBright', 102, 49], ['bgYellowBright', 103, 49],
    ['bgBlueBright', 104, 49], ['bgMagentaBright', 105, 49], ['bgCyanBright', 106, 49], ['bgWhiteBright', 107, 49]];
  const colors = { __proto__: null };
  for (const [name, open, close] of codes) colors[name] = [open, close];
  const aliases = [['grey', 'gray'], ['blackBright', 'gray'], ['bgGrey', 'bgGray'], ['bgBlackBright', 'bgGray'], ['faint', 'dim'],
    ['crossedout', 'strikethrough'], ['strikeThrough', 'strikethrough'], ['crossedOut', 'strikethrough'], ['conceal', 'hidden'],
    ['swapColors', 'inverse'], ['swapcolors', 'inverse'], ['doubleUnderline', 'doubleunderline']];
  for (const [alias, target] of aliases) {
    Object.defineProperty(colors, alias, { get() { return this[target]; }, set(value) { this[target] = value; }, configurable: true, enumerable: false });
  }
  inspect.colors = Object.setPrototypeOf(colors, Object.prototype);
  inspect.styles = Object.assign({ __proto__: null }, { special: 'cyan', number: 'yellow', bigint: 'yellow', boolean: 'yellow',
    undefined: 'grey', null: 'bold', string: 'green', symbol: 'green', date: 'magenta', regexp: 'red', module: 'underline' });
  Object.setPrototypeOf(inspect.styles, Object.prototype);
}

// ---------------------------------------------------------------- promisify / callbackify ----

function promisify(original) {
  validateFunction(original, 'original');
  if (original[kCustomPromisify]) {
    const fn = original[kCustomPromisify];
    validateFunction(fn, 'util.promisify.custom');
    return Object.defineProperty(fn, kCustomPromisify, { value: fn, enumerable: false, writable: false, configurable: true });
  }
  function fn(...args) {
    return new Promise((resolve, reject) => {
      Reflect.apply(original, this, [...args, (err, ...values) => (err ? reject(err) : resolve(values[0]))]);
    });
  }
  Object.setPrototypeOf(fn, Object.getPrototypeOf(original));
  Object.defineProperty(fn, kCustomPromisify, { value: fn, enumerable: false, writable: false, configurable: true });
  return Object.defineProperties(fn, Object.getOwnPropertyDescriptors(original));
}
promisify.custom = kCustomPromisify;

// A falsy rejection reaches the callback as ERR_FALSY_VALUE_REJECTION carrying the reason.
function callbackifyOnRejected(reason, cb) {
  if (!reason) {
    const wrapped = makeNodeError(Error, 'ERR_FALSY_VALUE_REJECTION', 'Promise was rejected with falsy value');
    wrapped.reason = reason;
    reason = wrapped;
  }
  return cb(reason);
}

function callbackify(original) {
  validateFunction(original, 'original');
  function callbackified(...args) {
    const maybeCb = args.pop();
    validateFunction(maybeCb, 'last argument');
    const cb = maybeCb.bind(this);
    Reflect.apply(original, this, args).then((ret) => process.nextTick(cb, null, ret), (rej) => process.nextTick(callbackifyOnRejected, rej, cb));
  }
  const descriptors = Object.getOwnPropertyDescriptors(original);
  if (typeof descriptors.length.value === 'number') descriptors.length.value++;
  if (typeof descriptors.name.value === 'string') descriptors.name.value += 'Callbackified';
  for (const descriptor of Object.values(descriptors)) Object.setPrototypeOf(descriptor, null);
  Object.defineProperties(callbackified, descriptors);
  Object.setPrototypeOf(callbackified, Object.getPrototypeOf(original));
  return callbackified;
}

// ---------------------------------------------------------------- deprecate / debuglog / log ----

const codesWarned = new Set();
// deprecate(fn, msg, code): fn with a DeprecationWarning on its first call (once per code).
function deprecate(fn, msg, code) {
  if (process.noDeprecation === true) return fn;
  if (code !== undefined) validateString(code, 'code');
  let warned = false;
  function deprecated(...args) {
    if (!warned && !process.noDeprecation) {
      warned = true;
      if (code === undefined) process.emitWarning(msg, 'DeprecationWarning', deprecated);
      else if (!codesWarned.has(code)) {
        codesWarned.add(code);
        process.emitWarning(msg, 'DeprecationWarning', code, deprecated);
      }
    }
    return new.target ? Reflect.construct(fn, args, new.target) : Reflect.apply(fn, this, args);
  }
  Object.setPrototypeOf(deprecated, fn);
  if (fn.prototype) deprecated.prototype = fn.prototype;
  return deprecated;
}

// NODE_DEBUG's comma-separated sections (with * wildcards), as the process started with it.
let debugSections;
function debugEnabled(section) {
  if (debugSections === undefined) {
    const env = binding.startupNodeDebug;
    debugSections = env ? env.split(/[\s,]+/).filter(Boolean).map((s) => new RegExp(`^${s.replace(/[|\\{}()[\]^$+?.]/g, '\\$&').replace(/\*/g, '.*')}$`, 'i')) : [];
  }
  return debugSections.some((re) => re.test(section));
}

function debuglog(section, cb) {
  let impl;
  const init = () => {
    if (impl !== undefined) return;
    if (debugEnabled(section)) {
      const prefix = `${section.toUpperCase()} ${process.pid}: `;
      impl = (...args) => process.stderr.write(`${prefix}${formatWithOptions({ colors: false }, ...args)}\n`);
    } else {
      impl = () => {};
    }
    if (typeof cb === 'function') cb(impl);
  };
  const logger = (...args) => {
    init();
    impl(...args);
  };
  Object.defineProperty(logger, 'enabled', { get() { init(); return debugEnabled(section); }, configurable: true, enumerable: true });
  return logger;
}

const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const pad = (n) => String(n).padStart(2, '0');
// util.log: "5 Dec 05:33:12 - message".
function log(...args) {
  const d = new Date();
  const time = [pad(d.getHours()), pad(d.getMinutes()), pad(d.getSeconds())].join(':');
  console.log('%s - %s', `${d.getDate()} ${months[d.getMonth()]} ${time}`, format(...args));
}

// ---------------------------------------------------------------- text ----

// Colors unless the stream cannot show them (FORCE_COLOR decides when set).
function shouldColorize(stream) {
  const force = process.env.FORCE_COLOR;
  if (force !== undefined) return force !== '0' && force !== 'false';
  return Boolean(stream?.isTTY) && (typeof stream.getColorDepth === 'function' ? stream.getColorDepth() > 2 : true);
}

const isStreamLike = (s) => s !== null && typeof s === 'object' && ['pipe', 'write', 'getReader', 'getWriter'].some((m) => typeof s[m] === 'function');

// styleText(format, text): node 20 styles a list of formats always and a single one only for a color stream.
function styleText(formatName, text, { validateStream = true, stream = process.stdout } = {}) {
  validateString(text, 'text');
  if (typeof validateStream !== 'boolean') throw invalidArgType('options.validateStream', 'boolean', validateStream);
  if (validateStream && !isStreamLike(stream)) throw invalidArgType('stream', ['ReadableStream', 'WritableStream', 'Stream'], stream);
  const formats = Array.isArray(formatName) ? formatName : [formatName];
  let left = '';
  let right = '';
  for (const key of formats) {
    const codes = inspect.colors[key];
    if (codes == null) {
      const names = Object.keys(inspect.colors).map((n) => `'${n}'`).join(', ');
      throw invalidArgValue('format', key, `must be one of: ${names}`);
    }
    left += `\u001b[${codes[0]}m`;
    right = `\u001b[${codes[1]}m${right}`;
  }
  if (!Array.isArray(formatName) && validateStream && !shouldColorize(stream)) return text;
  return `${left}${text}${right}`;
}

function stripVTControlCharacters(str) {
  validateString(str, 'str');
  return binding.stripVTControlCharacters(str);
}

const toUSVString = (input) => `${input}`.toWellFormed();

// parseEnv(content): the dotenv format (export prefixes, # comments, quoted and multi-line values).
function parseEnv(content) {
  validateString(content, 'content');
  const result = {};
  const lines = content.replace(/\r\n?/g, '\n');
  const entry = /^[ \t]*(?:export[ \t]+)?([\w.-]+)[ \t]*=[ \t]*("(?:\\.|[^"])*"|'[^']*'|`[^`]*`|[^\n#]*)/gm;
  for (const [, key, raw] of lines.matchAll(entry)) {
    let value = raw.trim();
    const quote = value[0];
    if ((quote === '"' || quote === "'" || quote === '`') && value.endsWith(quote) && value.length > 1) {
      value = value.slice(1, -1);
      if (quote === '"') value = value.replace(/\\n/g, '\n');
    }
    result[key] = value;
  }
  return result;
}

// ---------------------------------------------------------------- system errors ----

let errorMap;
function getSystemErrorMap() {
  errorMap ??= new Map(binding.systemErrors.map(([errno, code, description]) => [errno, [code, description]]));
  return errorMap;
}

function getSystemErrorName(err) {
  if (typeof err !== 'number') throw invalidArgType('err', 'number', err);
  if (err >= 0 || !Number.isSafeInteger(err)) throw outOfRange('err', 'a negative integer', err);
  return getSystemErrorMap().get(err)?.[0] ?? `Unknown system error ${err}`;
}

// node's errnoException/exceptionWithHostPort from an errno: net's builders, named by the errno's code.
function _errnoException(err, syscall, original) {
  return require('internal/net_util').errnoExceptionOf(err, getSystemErrorName(err), syscall, original);
}

function _exceptionWithHostPort(err, syscall, address, port, additional) {
  return require('internal/net_util').exceptionWithHostPortOf(err, getSystemErrorName(err), syscall, address, port, additional);
}

// ---------------------------------------------------------------- abort helpers ----

async function aborted(signal, resource) {
  const { validateAbortSignal } = require('internal/abort_controller');
  if (signal === undefined) throw invalidArgType('signal', 'AbortSignal', signal);
  validateAbortSignal(signal, 'signal');
  if (resource === null || (typeof resource !== 'object' && typeof resource !== 'function')) throw invalidArgType('resource', 'object', resource);
  if (signal.aborted) return undefined;
  return new Promise((resolve) => signal.addEventListener('abort', () => resolve(), { once: true }));
}

// A transferable copy of the signal's present state (node's clone is not linked to the original).
function transferableAbortSignal(signal) {
  if (!(signal instanceof AbortSignal)) throw invalidArgType('signal', 'AbortSignal', signal);
  const controller = new AbortController();
  if (signal.aborted) controller.abort(signal.reason);
  return controller.signal;
}
const transferableAbortController = () => new AbortController();

// ---------------------------------------------------------------- legacy ----

// inherits(ctor, superCtor): the pre-class prototype wiring, with super_ on the constructor.
function inherits(ctor, superCtor) {
  if (ctor === undefined || ctor === null) throw invalidArgType('ctor', 'Function', ctor);
  if (superCtor === undefined || superCtor === null) throw invalidArgType('superCtor', 'Function', superCtor);
  if (superCtor.prototype === undefined) throw invalidArgType('superCtor.prototype', 'Object', superCtor.prototype);
  Object.defineProperty(ctor, 'super_', { value: superCtor, writable: true, configurable: true });
  Object.setPrototypeOf(ctor.prototype, superCtor.prototype);
}

function _extend(target, source) {
  if (source === null || typeof source !== 'object') return target;
  for (const key of Object.keys(source)) target[key] = source[key];
  return target;
}

const types = require('internal/util_types');

module.exports = {
  _errnoException,
  _exceptionWithHostPort,
  _extend,
  callbackify,
  debug: debuglog,
  debuglog,
  deprecate,
  format,
  styleText,
  formatWithOptions,
  getSystemErrorMap,
  getSystemErrorName,
  inherits,
  inspect,
  isArray: Array.isArray,
  isBoolean: (arg) => typeof arg === 'boolean',
  isBuffer: (arg) => require('buffer').Buffer.isBuffer(arg),
  isDeepStrictEqual: (a, b) => require('internal/util_comparisons').isDeepStrictEqual(a, b),
  isNull: (arg) => arg === null,
  isNullOrUndefined: (arg) => arg === null || arg === undefined,
  isNumber: (arg) => typeof arg === 'number',
  isString: (arg) => typeof arg === 'string',
  isSymbol: (arg) => typeof arg === 'symbol',
  isUndefined: (arg) => arg === undefined,
  isRegExp: types.isRegExp,
  isObject: (arg) => arg !== null && typeof arg === 'object',
  isDate: types.isDate,
  isError: (e) => Object.prototype.toString.call(e) === '[object Error]' || e instanceof Error,
  isFunction: (arg) => typeof arg === 'function',
  isPrimitive: (arg) => arg === null || (typeof arg !== 'object' && typeof arg !== 'function'),
  log,
  promisify,
  stripVTControlCharacters,
  toUSVString,
  transferableAbortSignal,
  transferableAbortController,
  aborted,
  types,
  parseEnv,
  parseArgs: require('internal/util_parse_args').parseArgs,
  TextDecoder: require('internal/encoding').TextDecoder,
  TextEncoder: require('internal/encoding').TextEncoder,
  MIMEType: undefined,
  MIMEParams: undefined,
};
const mime = require('internal/mime');
module.exports.MIMEType = mime.MIMEType;
module.exports.MIMEParams = mime.MIMEParams;

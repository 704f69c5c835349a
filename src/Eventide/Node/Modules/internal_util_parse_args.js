'use strict';
// util.parseArgs: the command line split into option, positional and option-terminator tokens,
// then checked (strict) and stored into a null-prototype values object, as node 20 does.
const { makeNodeError, invalidArgType, invalidArgValue, validateObject, validateBoolean } = require('internal/errors');

const hasOwn = (object, key) => Object.prototype.hasOwnProperty.call(object, key);
const getOwn = (object, key) => (hasOwn(object, key) ? object[key] : undefined);
const optionGetOwn = (options, name, key) => (hasOwn(options, name) ? getOwn(options[name], key) : undefined);

const unknownOption = (rawName, allowPositionals) => makeNodeError(TypeError, 'ERR_PARSE_ARGS_UNKNOWN_OPTION',
  `Unknown option '${rawName}'${allowPositionals ? `. To specify a positional argument starting with a '-', place it at the end of the command after '--', as in '-- ${JSON.stringify(rawName)}` : ''}`);
const invalidOptionValue = (message) => makeNodeError(TypeError, 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE', message);
const unexpectedPositional = (value) => makeNodeError(TypeError, 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL',
  `Unexpected argument '${value}'. This command does not take positional arguments`);

// The script's own arguments: after the entry file, or after the flags of `-e`/`-p`.
function mainArgs() {
  const evaluating = process.execArgv.some((a) => ['-e', '--eval', '-p', '--print'].includes(a) || /^--(eval|print)=/.test(a));
  return process.argv.slice(evaluating ? 1 : 2);
}

const isLoneShortOption = (arg) => arg.length === 2 && arg[0] === '-' && arg[1] !== '-';
const isLongOption = (arg) => arg.length > 2 && arg.startsWith('--');
const isShortWithMore = (arg) => arg.length > 2 && arg[0] === '-' && arg[1] !== '-';
const isOptionLikeValue = (value) => value != null && value.length > 1 && value[0] === '-';

function longOptionForShort(short, options) {
  for (const name of Object.keys(options)) if (getOwn(options[name], 'short') === short) return name;
  return short;
}

function validateArrayOf(value, name, type) {
  if (!Array.isArray(value)) throw invalidArgType(name, 'Array', value);
  value.forEach((item, i) => { if (typeof item !== type) throw invalidArgType(`${name}[${i}]`, type, item); });
}

function validateOptions(options) {
  for (const [name, config] of Object.entries(options)) {
    validateObject(config, `options.${name}`);
    const type = getOwn(config, 'type');
    if (type !== 'string' && type !== 'boolean') throw invalidArgType(`options.${name}.type`, "('string|boolean')", type);
    if (hasOwn(config, 'short')) {
      const short = config.short;
      if (typeof short !== 'string') throw invalidArgType(`options.${name}.short`, 'string', short);
      if (short.length !== 1) throw invalidArgValue(`options.${name}.short`, short, 'must be a single character');
    }
    const multiple = getOwn(config, 'multiple');
    if (hasOwn(config, 'multiple')) validateBoolean(multiple, `options.${name}.multiple`);
    const defaultValue = getOwn(config, 'default');
    if (defaultValue !== undefined) {
      if (multiple) validateArrayOf(defaultValue, `options.${name}.default`, type);
      else if (typeof defaultValue !== type) throw invalidArgType(`options.${name}.default`, type, defaultValue);
    }
  }
}

// The arguments as tokens; short groups (-abc) and a string option's attached value (-fVALUE) expand in place.
function tokenize(args, options) {
  const tokens = [];
  const remaining = args.slice();
  let index = -1;
  let groupCount = 0;
  const option = (name, rawName, value, inlineValue) => tokens.push({ kind: 'option', name, rawName, index, value, inlineValue });
  while (remaining.length > 0) {
    const arg = remaining.shift();
    const next = remaining[0];
    if (groupCount > 0) groupCount--;
    else index++;
    if (arg === '--') {
      tokens.push({ kind: 'option-terminator', index });
      for (const value of remaining) tokens.push({ kind: 'positional', index: ++index, value });
      break;
    }
    if (isLoneShortOption(arg)) {
      const name = longOptionForShort(arg[1], options);
      const takesValue = optionGetOwn(options, name, 'type') === 'string' && next !== undefined;
      option(name, arg, takesValue ? remaining.shift() : undefined, takesValue ? false : undefined);
      if (takesValue) index++;
    } else if (isShortWithMore(arg) && optionGetOwn(options, longOptionForShort(arg[1], options), 'type') !== 'string') {
      const expanded = [];
      for (let i = 1; i < arg.length; i++) {
        const type = optionGetOwn(options, longOptionForShort(arg[i], options), 'type');
        if (type !== 'string' || i === arg.length - 1) expanded.push(`-${arg[i]}`);
        else {
          expanded.push(`-${arg.slice(i)}`);
          break;
        }
      }
      remaining.unshift(...expanded);
      groupCount = expanded.length;
    } else if (isShortWithMore(arg)) {
      option(longOptionForShort(arg[1], options), `-${arg[1]}`, arg.slice(2), true);
    } else if (isLongOption(arg) && !arg.includes('=', 3)) {
      const name = arg.slice(2);
      const takesValue = optionGetOwn(options, name, 'type') === 'string' && next !== undefined;
      option(name, arg, takesValue ? remaining.shift() : undefined, takesValue ? false : undefined);
      if (takesValue) index++;
    } else if (isLongOption(arg)) {
      const equals = arg.indexOf('=');
      const name = arg.slice(2, equals);
      option(name, `--${name}`, arg.slice(equals + 1), true);
    } else {
      tokens.push({ kind: 'positional', index, value: arg });
    }
  }
  return tokens;
}

function checkOptionUsage(options, token, allowPositionals) {
  if (!hasOwn(options, token.name)) throw unknownOption(token.rawName, allowPositionals);
  const short = optionGetOwn(options, token.name, 'short');
  const shortAndLong = `${short ? `-${short}, ` : ''}--${token.name}`;
  const type = optionGetOwn(options, token.name, 'type');
  if (type === 'string' && typeof token.value !== 'string') throw invalidOptionValue(`Option '${shortAndLong} <value>' argument missing`);
  if (type === 'boolean' && token.value != null) throw invalidOptionValue(`Option '${shortAndLong}' does not take an argument`);
}

function checkOptionLikeValue(token) {
  if (token.inlineValue || !isOptionLikeValue(token.value)) return;
  const example = token.rawName.startsWith('--') ? `'${token.rawName}=-XYZ'` : `'--${token.name}=-XYZ' or '${token.rawName}-XYZ'`;
  throw invalidOptionValue(`Option '${token.rawName}' argument is ambiguous.\nDid you forget to specify the option argument for '${token.rawName}'?\nTo specify an option argument starting with a dash use ${example}.`);
}

function storeOption(values, options, name, value) {
  if (name === '__proto__') return;
  if (optionGetOwn(options, name, 'multiple')) {
    if (values[name] === undefined) values[name] = [value];
    else values[name].push(value);
  } else {
    values[name] = value;
  }
}

// --no-NAME for a boolean NAME (allowNegative): the token names NAME and stores false.
function negatedName(token, options, strict) {
  if (!token.name.startsWith('no-')) return undefined;
  const name = token.name.slice(3);
  const type = optionGetOwn(options, name, 'type');
  return (strict ? type === 'boolean' : type !== 'string') ? name : undefined;
}

function parseArgs(config = { __proto__: null }) {
  const args = getOwn(config, 'args') ?? mainArgs();
  const strict = getOwn(config, 'strict') ?? true;
  const allowPositionals = getOwn(config, 'allowPositionals') ?? !strict;
  const returnTokens = getOwn(config, 'tokens') ?? false;
  const allowNegative = getOwn(config, 'allowNegative') ?? false;
  const options = getOwn(config, 'options') ?? { __proto__: null };
  if (!Array.isArray(args)) throw invalidArgType('args', 'Array', args);
  validateBoolean(strict, 'strict');
  validateBoolean(allowPositionals, 'allowPositionals');
  validateBoolean(returnTokens, 'tokens');
  validateBoolean(allowNegative, 'allowNegative');
  validateObject(options, 'options');
  validateOptions(options);

  const tokens = tokenize(args, options);
  const result = { values: { __proto__: null }, positionals: [] };
  if (returnTokens) result.tokens = tokens;
  for (const token of tokens) {
    if (token.kind === 'option') {
      const negated = allowNegative ? negatedName(token, options, strict) : undefined;
      if (negated !== undefined) token.name = negated;
      if (strict) {
        checkOptionUsage(options, token, allowPositionals);
        checkOptionLikeValue(token);
      }
      storeOption(result.values, options, token.name, negated !== undefined ? false : token.value ?? true);
    } else if (token.kind === 'positional') {
      if (!allowPositionals) throw unexpectedPositional(token.value);
      result.positionals.push(token.value);
    }
  }
  for (const [name, optionConfig] of Object.entries(options)) {
    const defaultValue = getOwn(optionConfig, 'default');
    if (defaultValue !== undefined && result.values[name] === undefined && name !== '__proto__') result.values[name] = defaultValue;
  }
  return result;
}

module.exports = { parseArgs };

'use strict';
// net.SocketAddress (an address, port, family and flow label, validated) and net.BlockList (rules
// for single addresses, ranges and subnets; check() also matches an IPv4 rule against the
// IPv4-mapped IPv6 form, '::ffff:a.b.c.d'). Addresses compare as BigInts.
const { makeNodeError, invalidArgType, invalidArgValue, outOfRange, validateObject, customInspectSymbol, inspectNamed } = require('internal/errors');
const { isIPv4, isIPv6, validatePort } = require('internal/net_util');

const invalidAddress = () => makeNodeError(Error, 'ERR_INVALID_ADDRESS', 'Invalid socket address');

function validateFamily(family, name) {
  const lower = typeof family === 'string' ? family.toLowerCase() : family;
  if (lower !== 'ipv4' && lower !== 'ipv6') throw invalidArgValue(name, family);
  return lower;
}

function validateString(value, name) {
  if (typeof value !== 'string') throw invalidArgType(name, 'string', value);
}

// Depth exhausted: only the class name, as node shows it.
function inspectFields(name, fields, depth, options) {
  return depth < 0 ? `[${name}]` : inspectNamed(name, fields, options);
}

const kAddress = Symbol('kAddress');

class SocketAddress {
  static isSocketAddress(value) {
    return value?.[kAddress] !== undefined;
  }

  constructor(options = {}) {
    validateObject(options, 'options');
    let { family = 'ipv4' } = options;
    family = validateFamily(family, 'options.family');
    const { address = family === 'ipv4' ? '127.0.0.1' : '::', port = 0, flowlabel = 0 } = options;
    validateString(address, 'options.address');
    validatePort(port, 'options.port');
    if (typeof flowlabel !== 'number') throw invalidArgType('options.flowlabel', 'number', flowlabel);
    if (!Number.isInteger(flowlabel)) throw outOfRange('options.flowlabel', 'an integer', flowlabel);
    if (flowlabel < 0 || flowlabel > 4294967295) throw outOfRange('options.flowlabel', '>= 0 && <= 4294967295', flowlabel);
    if (!(family === 'ipv4' ? isIPv4(address) : isIPv6(address))) throw invalidAddress();
    this[kAddress] = { address, port: port | 0, family, flowlabel };
  }

  get address() { return this[kAddress].address; }
  get port() { return this[kAddress].port; }
  get family() { return this[kAddress].family; }
  get flowlabel() { return this[kAddress].flowlabel; }

  [customInspectSymbol](depth, options) {
    return inspectFields('SocketAddress', this.toJSON(), depth, options);
  }

  toJSON() {
    const { address, port, family, flowlabel } = this[kAddress];
    return { address, port, family, flowlabel };
  }
}

// The address as a number: 32 bits for IPv4, 128 for IPv6 (a trailing dotted quad included).
function ipv4Value(text) {
  return text.split('.').reduce((acc, part) => (acc << 8n) | BigInt(part), 0n);
}

function ipv6Value(text) {
  text = text.split('%')[0];
  let tailV4 = null;
  const lastColon = text.lastIndexOf(':');
  if (text.slice(lastColon + 1).includes('.')) {
    tailV4 = ipv4Value(text.slice(lastColon + 1));
    text = `${text.slice(0, lastColon + 1)}0:0`;
  }
  const [head, tail] = text.split('::');
  const groups = (part) => (part ? part.split(':').map((g) => BigInt(parseInt(g, 16))) : []);
  const front = groups(head);
  const back = tail === undefined ? [] : groups(tail);
  const all = [...front, ...Array(8 - front.length - back.length).fill(0n), ...back];
  let value = all.reduce((acc, g) => (acc << 16n) | g, 0n);
  if (tailV4 !== null) value = (value & ~0xffffffffn) | tailV4;
  return value;
}

const kMapped = 0xffffn << 32n;

// { family, value } of an address given as a string or a SocketAddress.
function parse(address, family, name) {
  if (SocketAddress.isSocketAddress(address)) ({ address, family } = address);
  else {
    validateString(address, name);
    family = validateFamily(family, 'options.family');
  }
  if (family === 'ipv4' ? !isIPv4(address) : !isIPv6(address)) throw invalidAddress();
  return { family, value: family === 'ipv4' ? ipv4Value(address) : ipv6Value(address), text: address };
}

// Whether a rule of one family applies to an address of the other (IPv4 rules cover mapped IPv6).
function comparable(rule, addr) {
  if (rule.family === addr.family) return addr.value;
  if (rule.family === 'ipv4' && (addr.value >> 32n) === 0xffffn) return addr.value & 0xffffffffn;
  if (rule.family === 'ipv6') return addr.value | kMapped;
  return null;
}

const label = (family) => (family === 'ipv4' ? 'IPv4' : 'IPv6');

class BlockList {
  #rules = [];

  [customInspectSymbol](depth, options) {
    return inspectFields('BlockList', { rules: this.rules }, depth, options);
  }

  addAddress(address, family = 'ipv4') {
    const a = parse(address, family, 'address');
    this.#rules.unshift({ family: a.family, match: (v) => v === a.value, text: `Address: ${label(a.family)} ${a.text}` });
  }

  addRange(start, end, family = 'ipv4') {
    const from = parse(start, family, 'start');
    const to = parse(end, family, 'end');
    if (to.value < from.value) throw invalidArgValue('start', start instanceof SocketAddress ? start : new SocketAddress({ address: start, family: from.family }), 'must come before end');
    this.#rules.unshift({ family: from.family, match: (v) => v >= from.value && v <= to.value, text: `Range: ${label(from.family)} ${from.text}-${to.text}` });
  }

  addSubnet(network, prefix, family = 'ipv4') {
    const base = parse(network, family, 'network');
    if (typeof prefix !== 'number') throw invalidArgType('prefix', 'number', prefix);
    const bits = base.family === 'ipv4' ? 32 : 128;
    if (!Number.isInteger(prefix)) throw outOfRange('prefix', 'an integer', prefix);
    if (prefix < 0 || prefix > bits) throw outOfRange('prefix', `>= 0 && <= ${bits}`, prefix);
    const shift = BigInt(bits - prefix);
    this.#rules.unshift({ family: base.family, match: (v) => (v >> shift) === (base.value >> shift), text: `Subnet: ${label(base.family)} ${base.text}/${prefix}` });
  }

  check(address, family = 'ipv4') {
    let addr;
    try {
      addr = parse(address, family, 'address');
    } catch (e) {
      if (e.code === 'ERR_INVALID_ARG_TYPE') throw e;
      return false;
    }
    return this.#rules.some((rule) => {
      const value = comparable(rule, addr);
      return value !== null && rule.match(value);
    });
  }

  get rules() {
    return this.#rules.map((rule) => rule.text);
  }
}

module.exports = { BlockList, SocketAddress };

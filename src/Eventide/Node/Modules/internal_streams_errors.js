'use strict';
// The coded errors node's streams raise, with node's classes and messages.
const errors = require('internal/errors');
const { makeNodeError } = errors;

// node's NodeError prints as "Error [CODE]: message" from toString too.
function coded(Base, code, message) {
  const error = makeNodeError(Base, code, message);
  Object.defineProperty(error, 'toString', {
    value() { return `${this.name} [${code}]: ${this.message}`; }, writable: true, configurable: true, enumerable: false,
  });
  return error;
}

module.exports = {
  ...errors,
  pushAfterEof: () => coded(Error, 'ERR_STREAM_PUSH_AFTER_EOF', 'stream.push() after EOF'),
  unshiftAfterEnd: () => coded(Error, 'ERR_STREAM_UNSHIFT_AFTER_END_EVENT', 'stream.unshift() after end event'),
  writeAfterEnd: () => coded(Error, 'ERR_STREAM_WRITE_AFTER_END', 'write after end'),
  destroyed: (name) => coded(Error, 'ERR_STREAM_DESTROYED', `Cannot call ${name} after a stream was destroyed`),
  alreadyFinished: (name) => coded(Error, 'ERR_STREAM_ALREADY_FINISHED', `Cannot call ${name} after a stream was finished`),
  prematureClose: () => coded(Error, 'ERR_STREAM_PREMATURE_CLOSE', 'Premature close'),
  nullValues: () => coded(TypeError, 'ERR_STREAM_NULL_VALUES', 'May not write null values to stream'),
  notImplemented: (name) => coded(Error, 'ERR_METHOD_NOT_IMPLEMENTED', `The ${name} method is not implemented`),
  multipleCallback: () => coded(Error, 'ERR_MULTIPLE_CALLBACK', 'Callback called multiple times'),
  cannotPipe: () => coded(Error, 'ERR_STREAM_CANNOT_PIPE', 'Cannot pipe, not readable'),
  unknownEncoding: (encoding) => coded(TypeError, 'ERR_UNKNOWN_ENCODING', `Unknown encoding: ${encoding}`),
  invalidReturnValue(input, name, value) {
    const type = value?.constructor?.name ? `instance of ${value.constructor.name}` : `type ${typeof value}`;
    return coded(TypeError, 'ERR_INVALID_RETURN_VALUE', `Expected ${input} to be returned from the "${name}" function but got ${type}.`);
  },
  // Two errors become one: the first, or an AggregateError-like pair as node reports them.
  aggregateTwoErrors(inner, outer) {
    if (inner && outer && inner !== outer) {
      if (Array.isArray(outer.errors)) { outer.errors.push(inner); return outer; }
      const err = new AggregateError([outer, inner], outer.message);
      err.code = outer.code;
      return err;
    }
    return inner || outer;
  },
};

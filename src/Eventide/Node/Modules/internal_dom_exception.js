'use strict';
// DOMException (WebIDL; node's lib/internal/per_context/domexception.js): an Error subclass by
// prototype whose name, message and legacy code are read through brand-checked getters.
const { makeNodeError } = require('internal/errors');

const internals = new WeakMap();
const nameToCode = new Map();

function readInternals(self) {
  const state = internals.get(self);
  if (state === undefined) throw makeNodeError(TypeError, 'ERR_INVALID_THIS', 'Value of "this" must be of DOMException');
  return state;
}

class DOMException {
  constructor(message = '', options = 'Error') {
    if (options !== null && typeof options === 'object') {
      internals.set(this, { message: `${message}`, name: `${options.name}` });
      if ('cause' in options) Object.defineProperty(this, 'cause', { value: options.cause, configurable: true, writable: true, enumerable: false });
    } else {
      internals.set(this, { message: `${message}`, name: `${options}` });
    }
    Error.captureStackTrace(this);
  }

  get name() { return readInternals(this).name; }
  get message() { return readInternals(this).message; }
  get code() { return nameToCode.get(readInternals(this).name) ?? 0; }
}

Object.setPrototypeOf(DOMException.prototype, Error.prototype);
Object.defineProperties(DOMException.prototype, {
  [Symbol.toStringTag]: { configurable: true, value: 'DOMException' },
  name: { enumerable: true, configurable: true },
  message: { enumerable: true, configurable: true },
  code: { enumerable: true, configurable: true },
});

// The legacy codes (WebIDL's table), as constants on both the constructor and its prototype.
for (const [name, codeName, value] of [
  ['IndexSizeError', 'INDEX_SIZE_ERR', 1],
  ['DOMStringSizeError', 'DOMSTRING_SIZE_ERR', 2],
  ['HierarchyRequestError', 'HIERARCHY_REQUEST_ERR', 3],
  ['WrongDocumentError', 'WRONG_DOCUMENT_ERR', 4],
  ['InvalidCharacterError', 'INVALID_CHARACTER_ERR', 5],
  ['NoDataAllowedError', 'NO_DATA_ALLOWED_ERR', 6],
  ['NoModificationAllowedError', 'NO_MODIFICATION_ALLOWED_ERR', 7],
  ['NotFoundError', 'NOT_FOUND_ERR', 8],
  ['NotSupportedError', 'NOT_SUPPORTED_ERR', 9],
  ['InUseAttributeError', 'INUSE_ATTRIBUTE_ERR', 10],
  ['InvalidStateError', 'INVALID_STATE_ERR', 11],
  ['SyntaxError', 'SYNTAX_ERR', 12],
  ['InvalidModificationError', 'INVALID_MODIFICATION_ERR', 13],
  ['NamespaceError', 'NAMESPACE_ERR', 14],
  ['InvalidAccessError', 'INVALID_ACCESS_ERR', 15],
  ['ValidationError', 'VALIDATION_ERR', 16],
  ['TypeMismatchError', 'TYPE_MISMATCH_ERR', 17],
  ['SecurityError', 'SECURITY_ERR', 18],
  ['NetworkError', 'NETWORK_ERR', 19],
  ['AbortError', 'ABORT_ERR', 20],
  ['URLMismatchError', 'URL_MISMATCH_ERR', 21],
  ['QuotaExceededError', 'QUOTA_EXCEEDED_ERR', 22],
  ['TimeoutError', 'TIMEOUT_ERR', 23],
  ['InvalidNodeTypeError', 'INVALID_NODE_TYPE_ERR', 24],
  ['DataCloneError', 'DATA_CLONE_ERR', 25],
]) {
  const desc = { enumerable: true, value };
  Object.defineProperty(DOMException, codeName, desc);
  Object.defineProperty(DOMException.prototype, codeName, desc);
  nameToCode.set(name, value);
}

module.exports = { DOMException };

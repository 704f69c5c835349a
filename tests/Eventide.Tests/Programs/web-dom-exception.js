// DOMException: name, message and legacy code, options with cause, the constants, instanceof
// Error, printing, and node's brand-check error.
const e = new DOMException('x', 'AbortError');
console.log(e.name, e.message, e.code, e instanceof Error, e instanceof DOMException, Object.keys(e));
console.log(e.stack.split('\n')[0], String(e), Object.prototype.toString.call(e));
console.log(Object.getOwnPropertyNames(e), Object.getOwnPropertyNames(DOMException.prototype).slice(0, 6));
console.log(DOMException.ABORT_ERR, DOMException.TIMEOUT_ERR, DOMException.DATA_CLONE_ERR, e.INDEX_SIZE_ERR, DOMException.length, DOMException.name);
console.log(new DOMException().name, new DOMException().message, new DOMException().code);
console.log(new DOMException('m', 'NotFoundError').code, new DOMException('m', 'Custom').code, new DOMException('m', 'TimeoutError').code);
const withCause = new DOMException('c', { name: 'DataCloneError', cause: { why: 1 } });
console.log(withCause.name, withCause.code, withCause.cause, Object.getOwnPropertyDescriptor(withCause, 'cause').enumerable);
console.log(new DOMException('n', {}).name, new DOMException('n', null).name, new DOMException(5, 7).message);
try { DOMException.prototype.name; } catch (err) { console.log(err.name, err.code, err.message); }
try { throw new DOMException('thrown', 'SyntaxError'); } catch (err) { console.log(err.name, err.code, err.message); }
console.log(Object.getPrototypeOf(DOMException.prototype) === Error.prototype, typeof DOMException);

'use strict';
// node's async_hooks: AsyncLocalStorage and AsyncResource over the engine's async context (a Map
// from storage to store, never changed in place), which every job, timer, immediate, nextTick and
// promise reaction carries from where it was queued (then/await for a reaction) to where it runs.
// createHook gives a hook whose enable/disable are accepted, but its callbacks never fire: the
// engine has no per-resource init/before/after/destroy events. executionAsyncId is an
// AsyncResource's id inside its runInAsyncScope and 1 (node's top-level id) everywhere else.
const { getContext, setContext, newAsyncId, invalidArgType } = require('internal/async_context');

const asyncIdSymbol = Symbol('async_id_symbol');
const triggerAsyncIdSymbol = Symbol('trigger_async_id_symbol');
const contextSymbol = Symbol('context');
let currentAsyncId = 1;
let currentTriggerAsyncId = 0;

/** The context with storage's store set (or removed, for undefined). */
function withStore(context, storage, store) {
  const next = new Map(context);
  if (store === undefined) next.delete(storage);
  else next.set(storage, store);
  return next.size === 0 ? undefined : next;
}

/** Runs fn with context current, then restores the one before. */
function runInContext(context, fn, thisArg, args) {
  const outer = getContext();
  setContext(context);
  try {
    return Reflect.apply(fn, thisArg, args);
  } finally {
    setContext(outer);
  }
}

class AsyncResource {
  constructor(type, opts = {}) {
    if (typeof type !== 'string') invalidArgType('type', 'string', type);
    let triggerAsyncId = opts;
    if (typeof opts !== 'number') triggerAsyncId = opts.triggerAsyncId === undefined ? currentAsyncId : opts.triggerAsyncId;
    this[asyncIdSymbol] = newAsyncId();
    this[triggerAsyncIdSymbol] = triggerAsyncId;
    Object.defineProperty(this, contextSymbol, { value: getContext(), writable: true });
  }

  runInAsyncScope(fn, thisArg, ...args) {
    const [outerId, outerTrigger] = [currentAsyncId, currentTriggerAsyncId];
    currentAsyncId = this[asyncIdSymbol];
    currentTriggerAsyncId = this[triggerAsyncIdSymbol];
    try {
      return runInContext(this[contextSymbol], fn, thisArg, args);
    } finally {
      currentAsyncId = outerId;
      currentTriggerAsyncId = outerTrigger;
    }
  }

  emitDestroy() {
    return this;
  }

  asyncId() {
    return this[asyncIdSymbol];
  }

  triggerAsyncId() {
    return this[triggerAsyncIdSymbol];
  }

  bind(fn, thisArg) {
    if (typeof fn !== 'function') invalidArgType('fn', 'function', fn);
    let bound;
    if (thisArg === undefined) {
      const resource = this;
      bound = function (...args) {
        args.unshift(fn, this);
        return Reflect.apply(resource.runInAsyncScope, resource, args);
      };
    } else {
      bound = this.runInAsyncScope.bind(this, fn, thisArg);
    }
    let self = this;
    Object.defineProperties(bound, {
      length: { configurable: true, enumerable: false, value: fn.length, writable: false },
      asyncResource: { configurable: true, enumerable: true, get() { return self; }, set(value) { self = value; } },
    });
    return bound;
  }

  static bind(fn, type, thisArg) {
    type = type || fn.name;
    return new AsyncResource(type || 'bound-anonymous-fn').bind(fn, thisArg);
  }
}

class AsyncLocalStorage {
  constructor() {
    this.kResourceStore = Symbol('kResourceStore');
    this.enabled = false;
  }

  static bind(fn) {
    return AsyncResource.bind(fn);
  }

  static snapshot() {
    return AsyncLocalStorage.bind((cb, ...args) => cb(...args));
  }

  disable() {
    if (!this.enabled) return;
    this.enabled = false;
    setContext(withStore(getContext(), this, undefined));
  }

  enterWith(store) {
    this.enabled = true;
    setContext(withStore(getContext(), this, store));
  }

  run(store, callback, ...args) {
    if (Object.is(store, this.getStore())) return Reflect.apply(callback, null, args);
    this.enabled = true;
    return runInContext(withStore(getContext(), this, store), callback, null, args);
  }

  exit(callback, ...args) {
    if (!this.enabled) return Reflect.apply(callback, null, args);
    return runInContext(withStore(getContext(), this, undefined), callback, null, args);
  }

  getStore() {
    if (!this.enabled) return undefined;
    return getContext()?.get(this);
  }
}

class AsyncHook {
  constructor({ init, before, after, destroy, promiseResolve }) {
    this[Symbol('init')] = init;
    this[Symbol('before')] = before;
    this[Symbol('after')] = after;
    this[Symbol('destroy')] = destroy;
    this[Symbol('promiseResolve')] = promiseResolve;
  }

  enable() {
    return this;
  }

  disable() {
    return this;
  }
}

const asyncWrapProviders = Object.freeze(Object.assign(Object.create(null), Object.fromEntries([
  'NONE', 'DIRHANDLE', 'DNSCHANNEL', 'ELDHISTOGRAM', 'FILEHANDLE', 'FILEHANDLECLOSEREQ', 'BLOBREADER', 'FSEVENTWRAP',
  'FSREQCALLBACK', 'FSREQPROMISE', 'GETADDRINFOREQWRAP', 'GETNAMEINFOREQWRAP', 'HEAPSNAPSHOT', 'HTTP2SESSION',
  'HTTP2STREAM', 'HTTP2PING', 'HTTP2SETTINGS', 'HTTPINCOMINGMESSAGE', 'HTTPCLIENTREQUEST', 'JSSTREAM', 'JSUDPWRAP',
  'MESSAGEPORT', 'PIPECONNECTWRAP', 'PIPESERVERWRAP', 'PIPEWRAP', 'PROCESSWRAP', 'PROMISE', 'QUERYWRAP',
  'QUIC_LOGSTREAM', 'QUIC_PACKET', 'SHUTDOWNWRAP', 'SIGNALWRAP', 'STATWATCHER', 'STREAMPIPE', 'TCPCONNECTWRAP',
  'TCPSERVERWRAP', 'TCPWRAP', 'TTYWRAP', 'UDPSENDWRAP', 'UDPWRAP', 'SIGINTWATCHDOG', 'WORKER', 'WORKERHEAPSNAPSHOT',
  'WRITEWRAP', 'ZLIB', 'CHECKPRIMEREQUEST', 'PBKDF2REQUEST', 'KEYPAIRGENREQUEST', 'KEYGENREQUEST', 'KEYEXPORTREQUEST',
  'CIPHERREQUEST', 'DERIVEBITSREQUEST', 'HASHREQUEST', 'RANDOMBYTESREQUEST', 'RANDOMPRIMEREQUEST', 'SCRYPTREQUEST',
  'SIGNREQUEST', 'TLSWRAP', 'VERIFYREQUEST',
].map((name, i) => [name, i]))));

const topLevelResource = {};

module.exports = {
  AsyncLocalStorage,
  createHook(callbacks) {
    return new AsyncHook(callbacks);
  },
  executionAsyncId() {
    return currentAsyncId;
  },
  triggerAsyncId() {
    return currentTriggerAsyncId;
  },
  executionAsyncResource() {
    return topLevelResource;
  },
  asyncWrapProviders,
  AsyncResource,
};

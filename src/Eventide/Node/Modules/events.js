'use strict';
// node's events module: EventEmitter with node's listener semantics (once wrappers, 'error'
// without listeners throws, newListener/removeListener events, listener arrays copied on emit).
const kCapture = Symbol('kCapture');
const kShapeMode = Symbol('shapeMode');
const kRejection = Symbol.for('nodejs.rejection');
const kErrorMonitor = Symbol('events.errorMonitor');
let defaultMaxListeners = 10;
const lazyErrors = () => require('internal/errors');

function EventEmitter(opts) {
  EventEmitter.init.call(this, opts);
}
EventEmitter.prototype._events = undefined;
EventEmitter.prototype._eventsCount = 0;
EventEmitter.prototype._maxListeners = undefined;
EventEmitter.prototype[kCapture] = false;
Object.defineProperty(EventEmitter.prototype, kCapture, { writable: true, enumerable: false });

function init(opts) {
  if (this._events === undefined || this._events === Object.getPrototypeOf(this)._events) {
    this._events = { __proto__: null };
    this._eventsCount = 0;
    this[kShapeMode] = false;
  } else {
    this[kShapeMode] = true;
  }
  this._maxListeners = this._maxListeners || undefined;
  if (opts?.captureRejections) {
    lazyErrors().validateBoolean(opts.captureRejections, 'options.captureRejections');
    this[kCapture] = Boolean(opts.captureRejections);
  } else {
    this[kCapture] = EventEmitter.prototype[kCapture];
  }
}

function validateMaxListeners(n, name) {
  const { invalidArgType, outOfRange } = lazyErrors();
  if (typeof n !== 'number') throw invalidArgType(name, 'number', n);
  if (!(n >= 0)) throw outOfRange(name, '>= 0', n);
}

EventEmitter.prototype.setMaxListeners = function setMaxListeners(n) {
  validateMaxListeners(n, 'setMaxListeners');
  this._maxListeners = n;
  return this;
};
const maxListenersOf = (that) => (that._maxListeners === undefined ? defaultMaxListeners : that._maxListeners);
EventEmitter.prototype.getMaxListeners = function getMaxListeners() {
  return maxListenersOf(this);
};

// captureRejections: a listener's rejected promise comes back as 'error' (or to [kRejection]).
function addCatch(that, promise, type, args) {
  try {
    const then = promise.then;
    if (typeof then === 'function') {
      then.call(promise, undefined, (err) => process.nextTick(emitUnhandledRejectionOrErr, that, err, type, args));
    }
  } catch (err) {
    that.emit('error', err);
  }
}
function emitUnhandledRejectionOrErr(ee, err, type, args) {
  if (typeof ee[kRejection] === 'function') {
    ee[kRejection](err, type, ...args);
  } else {
    const previous = ee[kCapture];
    try {
      ee[kCapture] = false;
      ee.emit('error', err);
    } finally {
      ee[kCapture] = previous;
    }
  }
}

// emit('error') without a listener throws the error, or ERR_UNHANDLED_ERROR naming what was emitted.
function unhandledError(er) {
  let stringified;
  try {
    stringified = lazyErrors().inspect(er);
  } catch {
    stringified = er;
  }
  const err = lazyErrors().makeNodeError(Error, 'ERR_UNHANDLED_ERROR', `Unhandled error. (${stringified})`);
  err.context = er;
  return err;
}

EventEmitter.prototype.emit = function emit(type, ...args) {
  const events = this._events;
  if (type === 'error' && events !== undefined && events[kErrorMonitor] !== undefined) this.emit(kErrorMonitor, ...args);
  const handler = events === undefined ? undefined : events[type];
  if (handler === undefined) {
    if (type === 'error') {
      const er = args[0];
      if (er instanceof Error) throw er;
      throw unhandledError(er);
    }
    return false;
  }
  if (typeof handler === 'function') {
    const result = Reflect.apply(handler, this, args);
    if (result !== undefined && result !== null && this[kCapture]) addCatch(this, result, type, args);
  } else {
    const listeners = handler.slice();
    for (let i = 0; i < listeners.length; ++i) {
      const result = Reflect.apply(listeners[i], this, args);
      if (result !== undefined && result !== null && this[kCapture]) addCatch(this, result, type, args);
    }
  }
  return true;
};

function addListener(target, type, listener, prepend) {
  if (typeof listener !== 'function') throw lazyErrors().invalidArgType('listener', 'Function', listener);
  let events = target._events;
  if (events === undefined) {
    events = target._events = { __proto__: null };
    target._eventsCount = 0;
  } else if (events.newListener !== undefined) {
    target.emit('newListener', type, listener.listener ? listener.listener : listener);
    events = target._events;
  }
  const existing = events[type];
  if (existing === undefined) {
    events[type] = listener;
    ++target._eventsCount;
  } else if (typeof existing === 'function') {
    events[type] = prepend ? [listener, existing] : [existing, listener];
  } else if (prepend) {
    existing.unshift(listener);
  } else {
    existing.push(listener);
  }
  const list = events[type];
  const max = maxListenersOf(target);
  if (typeof list !== 'function' && max > 0 && list.length > max && !list.warned) {
    list.warned = true;
    warnLeak(target, type, list.length, max);
  }
  return target;
}

// node's MaxListenersExceededWarning, once per event name.
function warnLeak(target, type, count, max) {
  const { inspect } = lazyErrors();
  const warning = new Error(`Possible EventEmitter memory leak detected. ${count} ${String(type)} listeners added to ${inspect(target, { depth: -1 })}. MaxListeners is ${max}. Use emitter.setMaxListeners() to increase limit`);
  warning.name = 'MaxListenersExceededWarning';
  Object.assign(warning, { emitter: target, type, count });
  process.emitWarning(warning);
}

EventEmitter.prototype.addListener = function addListener_(type, listener) { return addListener(this, type, listener, false); };
EventEmitter.prototype.on = EventEmitter.prototype.addListener;
EventEmitter.prototype.prependListener = function prependListener(type, listener) { return addListener(this, type, listener, true); };

function onceWrapper(...args) {
  if (!this.fired) {
    this.target.removeListener(this.type, this.wrapFn);
    this.fired = true;
    return Reflect.apply(this.listener, this.target, args);
  }
}
function onceWrap(target, type, listener) {
  const state = { fired: false, wrapFn: undefined, target, type, listener };
  const wrapped = onceWrapper.bind(state);
  wrapped.listener = listener;
  state.wrapFn = wrapped;
  return wrapped;
}
EventEmitter.prototype.once = function once(type, listener) {
  if (typeof listener !== 'function') throw lazyErrors().invalidArgType('listener', 'Function', listener);
  this.on(type, onceWrap(this, type, listener));
  return this;
};
EventEmitter.prototype.prependOnceListener = function prependOnceListener(type, listener) {
  if (typeof listener !== 'function') throw lazyErrors().invalidArgType('listener', 'Function', listener);
  this.prependListener(type, onceWrap(this, type, listener));
  return this;
};

EventEmitter.prototype.removeListener = function removeListener(type, listener) {
  if (typeof listener !== 'function') throw lazyErrors().invalidArgType('listener', 'Function', listener);
  const events = this._events;
  if (events === undefined) return this;
  const list = events[type];
  if (list === undefined) return this;
  if (list === listener || list.listener === listener) {
    if (--this._eventsCount === 0) this._events = { __proto__: null };
    else delete events[type];
    if (events.removeListener) this.emit('removeListener', type, list.listener || listener);
  } else if (typeof list !== 'function') {
    let position = -1;
    for (let i = list.length - 1; i >= 0; i--) {
      if (list[i] === listener || list[i].listener === listener) { position = i; break; }
    }
    if (position < 0) return this;
    const removed = list[position];
    list.splice(position, 1);
    if (list.length === 1) events[type] = list[0];
    if (events.removeListener !== undefined) this.emit('removeListener', type, removed.listener || listener);
  }
  return this;
};
EventEmitter.prototype.off = EventEmitter.prototype.removeListener;

// With 'removeListener' listeners each removal is announced (last added first), as in node.
EventEmitter.prototype.removeAllListeners = function removeAllListeners(type) {
  const events = this._events;
  if (events === undefined) return this;
  if (events.removeListener === undefined) {
    if (arguments.length === 0) {
      this._events = { __proto__: null };
      this._eventsCount = 0;
    } else if (events[type] !== undefined) {
      if (--this._eventsCount === 0) this._events = { __proto__: null };
      else delete events[type];
    }
    this[kShapeMode] = false;
    return this;
  }
  if (arguments.length === 0) {
    for (const key of Reflect.ownKeys(events)) if (key !== 'removeListener') this.removeAllListeners(key);
    this.removeAllListeners('removeListener');
    this._events = { __proto__: null };
    this._eventsCount = 0;
    this[kShapeMode] = false;
    return this;
  }
  const listeners = events[type];
  if (typeof listeners === 'function') this.removeListener(type, listeners);
  else if (listeners !== undefined) for (let i = listeners.length - 1; i >= 0; i--) this.removeListener(type, listeners[i]);
  return this;
};

function unwrap(list) { return list.map((l) => l.listener || l); }
EventEmitter.prototype.listeners = function listeners(type) {
  const list = this._events === undefined ? undefined : this._events[type];
  if (list === undefined) return [];
  return typeof list === 'function' ? [list.listener || list] : unwrap(list);
};
EventEmitter.prototype.rawListeners = function rawListeners(type) {
  const list = this._events === undefined ? undefined : this._events[type];
  if (list === undefined) return [];
  return typeof list === 'function' ? [list] : list.slice();
};
EventEmitter.prototype.listenerCount = function listenerCount(type) {
  const list = this._events === undefined ? undefined : this._events[type];
  if (list === undefined) return 0;
  return typeof list === 'function' ? 1 : list.length;
};
EventEmitter.prototype.eventNames = function eventNames() {
  return this._eventsCount > 0 ? Reflect.ownKeys(this._events) : [];
};

// events.once(emitter, name, { signal }): a promise of the next event's arguments, from an
// EventEmitter or an EventTarget; an abort rejects it with node's AbortError.
async function once(emitter, name, options = {}) {
  const { AbortError } = require('internal/errors');
  const { validateAbortSignal } = require('internal/abort_controller');
  const signal = options?.signal;
  validateAbortSignal(signal, 'options.signal');
  if (signal?.aborted) throw new AbortError(undefined, { cause: signal?.reason });
  return new Promise((resolve, reject) => {
    const errorListener = (err) => {
      emitter.removeListener(name, resolver);
      if (signal != null) removeAgnosticListener(signal, 'abort', abortListener);
      reject(err);
    };
    const resolver = (...args) => {
      if (typeof emitter.removeListener === 'function') emitter.removeListener('error', errorListener);
      if (signal != null) removeAgnosticListener(signal, 'abort', abortListener);
      resolve(args);
    };
    addAgnosticListener(emitter, name, resolver, { once: true });
    if (name !== 'error' && typeof emitter.once === 'function') emitter.once('error', errorListener);
    function abortListener() {
      removeAgnosticListener(emitter, name, resolver);
      removeAgnosticListener(emitter, 'error', errorListener);
      reject(new AbortError(undefined, { cause: signal?.reason }));
    }
    if (signal != null) addAgnosticListener(signal, 'abort', abortListener, { once: true });
  });
}

// node's eventTargetAgnosticAddListener/RemoveListener: on/once for emitters, addEventListener otherwise.
function addAgnosticListener(emitter, name, listener, flags) {
  if (typeof emitter.on === 'function') {
    if (flags?.once) emitter.once(name, listener);
    else emitter.on(name, listener);
  } else if (typeof emitter.addEventListener === 'function') {
    emitter.addEventListener(name, listener, flags);
  } else {
    throw require('internal/errors').invalidArgType('emitter', 'EventEmitter', emitter);
  }
}

function removeAgnosticListener(emitter, name, listener) {
  if (typeof emitter.removeListener === 'function') emitter.removeListener(name, listener);
  else if (typeof emitter.removeEventListener === 'function') emitter.removeEventListener(name, listener);
  else throw require('internal/errors').invalidArgType('emitter', 'EventEmitter', emitter);
}

// events.on(emitter, name, { signal }): an async iterator of the events' argument arrays; an
// 'error' event or an abort ends it by rejecting the pending next().
function on(emitter, event, options = {}) {
  const { AbortError, validateObject } = require('internal/errors');
  const { validateAbortSignal } = require('internal/abort_controller');
  validateObject(options, 'options', false);
  const signal = options.signal;
  validateAbortSignal(signal, 'options.signal');
  if (signal?.aborted) throw new AbortError(undefined, { cause: signal?.reason });
  const unconsumedEvents = [];
  const unconsumedPromises = [];
  let error = null;
  let finished = false;
  const result = (value, done) => ({ value, done });
  const iterator = Object.setPrototypeOf({
    next() {
      const value = unconsumedEvents.shift();
      if (value) return Promise.resolve(result(value, false));
      if (error) {
        const p = Promise.reject(error);
        error = null;
        return p;
      }
      if (finished) return Promise.resolve(result(undefined, true));
      return new Promise((resolve, reject) => unconsumedPromises.push({ resolve, reject }));
    },
    return() {
      removeAgnosticListener(emitter, event, eventHandler);
      if (typeof emitter.removeListener === 'function') emitter.removeListener('error', errorHandler);
      if (signal) removeAgnosticListener(signal, 'abort', abortListener);
      finished = true;
      for (const promise of unconsumedPromises) promise.resolve(result(undefined, true));
      return Promise.resolve(result(undefined, true));
    },
    throw(err) {
      if (!err || !(err instanceof Error)) throw require('internal/errors').invalidArgType('EventEmitter.AsyncIterator', 'Error', err);
      error = err;
      removeAgnosticListener(emitter, event, eventHandler);
      if (typeof emitter.removeListener === 'function') emitter.removeListener('error', errorHandler);
    },
    [Symbol.asyncIterator]() { return this; },
  }, Object.getPrototypeOf(Object.getPrototypeOf(async function* () {}).prototype));
  addAgnosticListener(emitter, event, eventHandler);
  if (event !== 'error' && typeof emitter.on === 'function') emitter.on('error', errorHandler);
  if (signal) addAgnosticListener(signal, 'abort', abortListener, { once: true });
  const closeEvents = options.close ?? [];
  for (const name of closeEvents) addAgnosticListener(emitter, name, closeHandler);
  return iterator;

  // A close event ends the iteration once the events already queued are consumed.
  function closeHandler() {
    for (const name of closeEvents) removeAgnosticListener(emitter, name, closeHandler);
    removeAgnosticListener(emitter, event, eventHandler);
    if (typeof emitter.removeListener === 'function') emitter.removeListener('error', errorHandler);
    if (signal) removeAgnosticListener(signal, 'abort', abortListener);
    finished = true;
    for (const promise of unconsumedPromises.splice(0)) promise.resolve(result(undefined, true));
  }

  function abortListener() { errorHandler(new AbortError(undefined, { cause: signal?.reason })); }
  function eventHandler(...args) {
    const promise = unconsumedPromises.shift();
    if (promise) promise.resolve(result(args, false));
    else unconsumedEvents.push(args);
  }
  function errorHandler(err) {
    finished = true;
    const toError = unconsumedPromises.shift();
    if (toError) toError.reject(err);
    else error = err;
    iterator.return();
  }
}

// events.addAbortListener(signal, listener): run listener once on abort (at once, in a microtask,
// if already aborted); returns a disposable that removes it.
function addAbortListener(signal, listener) {
  const { invalidArgType } = require('internal/errors');
  const { validateAbortSignal } = require('internal/abort_controller');
  if (signal === undefined) throw invalidArgType('signal', 'AbortSignal', signal);
  validateAbortSignal(signal, 'signal');
  if (typeof listener !== 'function') throw invalidArgType('listener', 'function', listener);
  let remove;
  if (signal.aborted) {
    require('internal/timers').queueMicrotask(() => listener());
  } else {
    signal.addEventListener('abort', listener, { once: true });
    remove = () => signal.removeEventListener('abort', listener);
  }
  return { __proto__: null, [Symbol.dispose ?? Symbol.for('nodejs.dispose')]() { remove?.(); } };
}

// events.getEventListeners(emitterOrTarget, type): the listeners of an emitter or an EventTarget.
function getEventListeners(emitterOrTarget, type) {
  if (typeof emitterOrTarget.listeners === 'function') return emitterOrTarget.listeners(type);
  const { isEventTarget, listenersOf } = require('internal/event_target');
  if (isEventTarget(emitterOrTarget)) return listenersOf(emitterOrTarget, type);
  throw require('internal/errors').invalidArgType('emitter', ['EventEmitter', 'EventTarget'], emitterOrTarget);
}

// events.setMaxListeners(n, ...targets): the default limit, or the limit of emitters and
// EventTargets (which keep it for node's leak warning; Eventide's EventTargets do not warn).
function setMaxListeners(n = defaultMaxListeners, ...eventTargets) {
  const { invalidArgType } = lazyErrors();
  validateMaxListeners(n, 'setMaxListeners');
  if (eventTargets.length === 0) {
    defaultMaxListeners = n;
    return;
  }
  const { isEventTarget } = require('internal/event_target');
  for (const target of eventTargets) {
    if (isEventTarget(target)) target[require('internal/event_target').kMaxEventTargetListeners] = n;
    else if (typeof target.setMaxListeners === 'function') target.setMaxListeners(n);
    else throw invalidArgType('eventTargets', ['EventEmitter', 'EventTarget'], target);
  }
}

function getMaxListeners(emitterOrTarget) {
  if (typeof emitterOrTarget?.getMaxListeners === 'function') return emitterOrTarget.getMaxListeners();
  const { isEventTarget } = require('internal/event_target');
  if (isEventTarget(emitterOrTarget)) return emitterOrTarget[require('internal/event_target').kMaxEventTargetListeners];
  throw require('internal/errors').invalidArgType('emitter', ['EventEmitter', 'EventTarget'], emitterOrTarget);
}

// node's process is an EventEmitter (its listeners are kept natively, its methods are its own).
if (typeof process === 'object' && process !== null) {
  const processPrototype = Object.getPrototypeOf(process);
  if (processPrototype !== null && Object.getPrototypeOf(processPrototype) === Object.prototype) {
    Object.setPrototypeOf(processPrototype, EventEmitter.prototype);
  }
}

class EventEmitterAsyncResource extends EventEmitter {
  #resource;
  constructor(options = undefined) {
    let name;
    if (typeof options === 'string') {
      name = options;
      options = undefined;
    } else {
      if (new.target === EventEmitterAsyncResource) lazyErrors().validateObject(options ?? {}, 'options');
      name = options?.name ?? new.target.name;
    }
    super(options);
    const { AsyncResource } = require('async_hooks');
    // node's resource class names the emitter it belongs to.
    class EventEmitterReferencingAsyncResource extends AsyncResource {
      #emitter;
      constructor(emitter) {
        super(name, options);
        this.#emitter = emitter;
      }
      get eventEmitter() { return this.#emitter; }
    }
    this.#resource = new EventEmitterReferencingAsyncResource(this);
  }
  emit(event, ...args) {
    return this.#resource.runInAsyncScope(super.emit, this, event, ...args);
  }
  emitDestroy() { this.#resource.emitDestroy(); }
  get asyncId() { return this.#resource.asyncId(); }
  get triggerAsyncId() { return this.#resource.triggerAsyncId(); }
  get asyncResource() { return this.#resource; }
}

function listenerCount(emitter, type) {
  if (typeof emitter.listenerCount === 'function') return emitter.listenerCount(type);
  return EventEmitter.prototype.listenerCount.call(emitter, type);
}

module.exports = EventEmitter;
EventEmitter.addAbortListener = addAbortListener;
EventEmitter.once = once;
EventEmitter.on = on;
EventEmitter.getEventListeners = getEventListeners;
EventEmitter.getMaxListeners = getMaxListeners;
EventEmitter.EventEmitter = EventEmitter;
EventEmitter.usingDomains = false;
EventEmitter.captureRejectionSymbol = kRejection;
Object.defineProperty(EventEmitter, 'captureRejections', {
  get() { return EventEmitter.prototype[kCapture]; },
  set(value) {
    lazyErrors().validateBoolean(value, 'EventEmitter.captureRejections');
    EventEmitter.prototype[kCapture] = value;
  },
  enumerable: true,
});
EventEmitter.EventEmitterAsyncResource = EventEmitterAsyncResource;
EventEmitter.errorMonitor = kErrorMonitor;
Object.defineProperty(EventEmitter, 'defaultMaxListeners', {
  get() { return defaultMaxListeners; },
  set(value) {
    if (typeof value !== 'number' || value < 0 || Number.isNaN(value)) throw lazyErrors().outOfRange('defaultMaxListeners', '>= 0', value);
    defaultMaxListeners = value;
  },
  enumerable: true,
});
EventEmitter.setMaxListeners = setMaxListeners;
EventEmitter.init = init;
EventEmitter.listenerCount = listenerCount;

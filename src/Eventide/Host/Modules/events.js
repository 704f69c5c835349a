'use strict';
// node's events module: EventEmitter with node's listener semantics (once wrappers, 'error'
// without listeners throws, newListener/removeListener events, listener arrays copied on emit).
const kCapture = Symbol('kCapture');

function EventEmitter(opts) {
  EventEmitter.init.call(this, opts);
}
EventEmitter.prototype._events = undefined;
EventEmitter.prototype._eventsCount = 0;
EventEmitter.prototype._maxListeners = undefined;
EventEmitter.defaultMaxListeners = 10;
EventEmitter.errorMonitor = Symbol('events.errorMonitor');

EventEmitter.init = function init() {
  if (this._events === undefined || this._events === Object.getPrototypeOf(this)._events) {
    this._events = { __proto__: null };
    this._eventsCount = 0;
  }
  this._maxListeners = this._maxListeners || undefined;
  this[kCapture] = false;
};

EventEmitter.prototype.setMaxListeners = function setMaxListeners(n) {
  this._maxListeners = n;
  return this;
};
EventEmitter.prototype.getMaxListeners = function getMaxListeners() {
  return this._maxListeners === undefined ? EventEmitter.defaultMaxListeners : this._maxListeners;
};

EventEmitter.prototype.emit = function emit(type, ...args) {
  const events = this._events;
  if (type === 'error' && events !== undefined && events[EventEmitter.errorMonitor] !== undefined)
    this.emit(EventEmitter.errorMonitor, ...args);
  const handler = events === undefined ? undefined : events[type];
  if (handler === undefined) {
    if (type === 'error') {
      const er = args[0];
      if (er instanceof Error) throw er;
      const err = new Error('Unhandled error. (' + String(er) + ')');
      err.code = 'ERR_UNHANDLED_ERROR';
      err.context = er;
      throw err;
    }
    return false;
  }
  if (typeof handler === 'function') {
    Reflect.apply(handler, this, args);
  } else {
    const listeners = handler.slice();
    for (let i = 0; i < listeners.length; ++i) Reflect.apply(listeners[i], this, args);
  }
  return true;
};

function addListener(target, type, listener, prepend) {
  if (typeof listener !== 'function') {
    const err = new TypeError('The "listener" argument must be of type function. Received ' + (listener === null ? 'null' : typeof listener === 'undefined' ? 'undefined' : 'type ' + typeof listener));
    err.code = 'ERR_INVALID_ARG_TYPE';
    throw err;
  }
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
  return target;
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
  this.on(type, onceWrap(this, type, listener));
  return this;
};
EventEmitter.prototype.prependOnceListener = function prependOnceListener(type, listener) {
  this.prependListener(type, onceWrap(this, type, listener));
  return this;
};

EventEmitter.prototype.removeListener = function removeListener(type, listener) {
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

EventEmitter.prototype.removeAllListeners = function removeAllListeners(type) {
  if (this._events === undefined) return this;
  if (arguments.length === 0) {
    this._events = { __proto__: null };
    this._eventsCount = 0;
  } else if (this._events[type] !== undefined) {
    if (--this._eventsCount === 0) this._events = { __proto__: null };
    else delete this._events[type];
  }
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
EventEmitter.listenerCount = (emitter, type) => emitter.listenerCount(type);
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
  return iterator;

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
    queueMicrotask(() => listener());
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
const kMaxEventTargetListeners = Symbol('events.maxEventTargetListeners');
function setMaxListeners(n = EventEmitter.defaultMaxListeners, ...eventTargets) {
  const { invalidArgType, outOfRange } = require('internal/errors');
  if (typeof n !== 'number') throw invalidArgType('setMaxListeners', 'number', n);
  if (!(n >= 0)) throw outOfRange('setMaxListeners', '>= 0', n);
  if (eventTargets.length === 0) {
    EventEmitter.defaultMaxListeners = n;
    return;
  }
  const { isEventTarget } = require('internal/event_target');
  for (const target of eventTargets) {
    if (isEventTarget(target)) target[kMaxEventTargetListeners] = n;
    else if (typeof target.setMaxListeners === 'function') target.setMaxListeners(n);
    else throw invalidArgType('eventTargets', ['EventEmitter', 'EventTarget'], target);
  }
}

function getMaxListeners(emitterOrTarget) {
  if (typeof emitterOrTarget?.getMaxListeners === 'function') return emitterOrTarget.getMaxListeners();
  const { isEventTarget } = require('internal/event_target');
  if (isEventTarget(emitterOrTarget)) return emitterOrTarget[kMaxEventTargetListeners] ?? EventEmitter.defaultMaxListeners;
  throw require('internal/errors').invalidArgType('emitter', ['EventEmitter', 'EventTarget'], emitterOrTarget);
}

// node's process is an EventEmitter (its listeners are kept natively, its methods are its own).
if (typeof process === 'object' && process !== null) {
  const processPrototype = Object.getPrototypeOf(process);
  if (processPrototype !== null && Object.getPrototypeOf(processPrototype) === Object.prototype) {
    Object.setPrototypeOf(processPrototype, EventEmitter.prototype);
  }
}

module.exports = EventEmitter;
EventEmitter.EventEmitter = EventEmitter;
EventEmitter.setMaxListeners = setMaxListeners;
EventEmitter.getMaxListeners = getMaxListeners;
EventEmitter.once = once;
EventEmitter.on = on;
EventEmitter.addAbortListener = addAbortListener;
EventEmitter.getEventListeners = getEventListeners;

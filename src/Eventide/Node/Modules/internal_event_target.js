'use strict';
// Event, CustomEvent and EventTarget as node implements them (lib/internal/event_target.js):
// listeners are a linked list per type keyed by (callback, capture); errors thrown by a listener
// are reported as uncaught exceptions on the next tick; there is no tree, so every dispatch is
// AT_TARGET.
const {
  invalidArgType, invalidArgValue, missingArgs, invalidThis, makeNodeError, validateObject, emitWarning,
  inspectWithName, customInspectSymbol, inspect,
} = require('internal/errors');
const { now } = require('internal/web_binding');

const kIsEventTarget = Symbol.for('nodejs.event_target');
const kEvents = Symbol('kEvents');
const kHandlers = Symbol('kHandlers');
const kTrustEvent = Symbol('kTrustEvent');
const kWeakHandler = Symbol('kWeak');
const kIsNodeStyleListener = Symbol('kIsNodeStyleListener');
const kEnumerable = { enumerable: true };

const isTrustedSet = new WeakSet();
// An event's state lives in one record behind one private field: each property an instance gets
// costs more in the interpreter than a whole object literal.
let stateOf;

function eventState(self) {
  const state = stateOf(self);
  if (state === undefined) throw invalidThis('Event');
  return state;
}

class Event {
  #state;

  constructor(type, options = null) {
    if (type === undefined && arguments.length === 0) throw missingArgs('type');
    let flags = options;
    if (options !== null) {
      validateObject(options, 'options', true);
      flags = { ...options }; // own properties only, each getter run once
    }
    this.#state = {
      type: `${type}`,
      cancelable: !!flags?.cancelable,
      bubbles: !!flags?.bubbles,
      composed: !!flags?.composed,
      defaultPrevented: false,
      timestamp: now(),
      propagationStopped: false,
      stop: false,
      target: null,
      dispatching: false,
      detail: null,
    };
    if (options?.[kTrustEvent]) isTrustedSet.add(this);
  }

  static {
    stateOf = (value) => (#state in value ? value.#state : undefined);
  }

  initEvent(type, bubbles = false, cancelable = false) {
    if (arguments.length === 0) throw missingArgs('type');
    const state = eventState(this);
    if (state.dispatching) return;
    state.type = `${type}`;
    state.bubbles = !!bubbles;
    state.cancelable = !!cancelable;
  }

  [customInspectSymbol](depth, options) {
    const state = eventState(this);
    return inspectWithName(this, {
      type: state.type,
      defaultPrevented: state.defaultPrevented,
      cancelable: state.cancelable,
      timeStamp: state.timestamp,
    }, depth, options);
  }

  stopImmediatePropagation() {
    const state = eventState(this);
    state.propagationStopped = true;
    state.stop = true;
  }

  preventDefault() { eventState(this).defaultPrevented = true; }
  get target() { return eventState(this).target; }
  get currentTarget() { const state = eventState(this); return state.dispatching ? state.target : null; }
  get srcElement() { return eventState(this).target; }
  get type() { return eventState(this).type; }
  get cancelable() { return eventState(this).cancelable; }
  get defaultPrevented() { const state = eventState(this); return state.cancelable && state.defaultPrevented; }
  get timeStamp() { return eventState(this).timestamp; }
  composedPath() { const state = eventState(this); return state.dispatching ? [state.target] : []; }
  get returnValue() { const state = eventState(this); return !(state.cancelable && state.defaultPrevented); }
  get bubbles() { return eventState(this).bubbles; }
  get composed() { return eventState(this).composed; }
  get eventPhase() { return eventState(this).dispatching ? Event.AT_TARGET : Event.NONE; }
  get cancelBubble() { return eventState(this).propagationStopped; }
  set cancelBubble(value) { const state = eventState(this); if (value) state.propagationStopped = true; }
  stopPropagation() { eventState(this).propagationStopped = true; }

  static NONE = 0;
  static CAPTURING_PHASE = 1;
  static AT_TARGET = 2;
  static BUBBLING_PHASE = 3;
}

Object.defineProperties(Event.prototype, {
  [Symbol.toStringTag]: { writable: false, enumerable: false, configurable: true, value: 'Event' },
  stopImmediatePropagation: kEnumerable, preventDefault: kEnumerable, target: kEnumerable, currentTarget: kEnumerable,
  srcElement: kEnumerable, type: kEnumerable, cancelable: kEnumerable, defaultPrevented: kEnumerable, timeStamp: kEnumerable,
  composedPath: kEnumerable, returnValue: kEnumerable, bubbles: kEnumerable, composed: kEnumerable, eventPhase: kEnumerable,
  cancelBubble: kEnumerable, stopPropagation: kEnumerable,
  // isTrusted is LegacyUnforgeable: only events the runtime made (abort) are trusted.
  isTrusted: { get: function isTrusted() { return isTrustedSet.has(this); }, enumerable: true, configurable: false },
});

const customEvents = new WeakSet();

class CustomEvent extends Event {
  constructor(type, options = null) {
    if (type === undefined && arguments.length === 0) throw missingArgs('type');
    super(type, options);
    stateOf(this).detail = options?.detail ?? null;
    customEvents.add(this);
  }

  get detail() {
    if (!customEvents.has(this)) throw invalidThis('CustomEvent');
    return stateOf(this).detail;
  }
}
Object.defineProperties(CustomEvent.prototype, {
  [Symbol.toStringTag]: { writable: false, enumerable: false, configurable: true, value: 'CustomEvent' },
  detail: kEnumerable,
});

// One registered listener: a node of its type's linked list.
class Listener {
  constructor(previous, listener, once, capture, passive, isNodeStyleListener) {
    this.next = undefined;
    if (previous !== undefined) previous.next = this;
    this.previous = previous;
    this.listener = listener;
    this.once = once;
    this.capture = capture;
    this.passive = passive;
    this.isNodeStyleListener = isNodeStyleListener;
    this.removed = false;
    this.callback = typeof listener === 'function' ? listener : undefined;
  }

  same(listener, capture) { return this.listener === listener && this.capture === capture; }

  remove() {
    if (this.previous !== undefined) this.previous.next = this.next;
    if (this.next !== undefined) this.next.previous = this.previous;
    this.removed = true;
  }
}

function shouldAddListener(listener) {
  if (typeof listener === 'function' || typeof listener?.handleEvent === 'function') return true;
  if (listener == null) return false;
  if (typeof listener === 'object') return true; // handleEvent is looked up at dispatch
  throw invalidArgType('listener', 'EventListener', listener);
}

function validateEventListenerOptions(options) {
  if (typeof options === 'boolean') return { capture: options };
  if (options === null) return {};
  validateObject(options, 'options', false);
  return {
    once: Boolean(options.once),
    capture: Boolean(options.capture),
    passive: Boolean(options.passive),
    signal: options.signal,
    isNodeStyleListener: Boolean(options[kIsNodeStyleListener]),
  };
}

// WebIDL's DOMString conversion as node words its failure for a symbol.
function toDOMString(value) {
  if (typeof value === 'symbol') throw invalidArgValue('value', value);
  return `${value}`;
}

function isEventTarget(obj) { return obj?.constructor?.[kIsEventTarget]; }

// Report a listener's error on the next tick, as an uncaught exception (node's emitUncaughtException).
function emitUncaughtException(err) {
  process.nextTick(() => { throw err; });
}

// A listener that returned a promise (an async function): its rejection is an uncaught exception.
function addCatch(promise) {
  const then = promise.then;
  if (typeof then === 'function') then.call(promise, undefined, emitUncaughtException);
}

// The listener limit node's leak warning checks (events.setMaxListeners sets it), and whether it warned.
const kMaxEventTargetListeners = Symbol('events.maxEventTargetListeners');
const kMaxEventTargetListenersWarned = Symbol('events.maxEventTargetListenersWarned');

function initEventTarget(self) {
  self[kEvents] = new Map();
  self[kMaxEventTargetListeners] = require('events').defaultMaxListeners;
  self[kMaxEventTargetListenersWarned] = false;
}

// node's MaxListenersExceededWarning for an EventTarget, once per target.
function checkListenerLeak(target, type, size) {
  const max = target[kMaxEventTargetListeners];
  if (!(max > 0) || size <= max || target[kMaxEventTargetListenersWarned]) return;
  target[kMaxEventTargetListenersWarned] = true;
  const w = new Error(`Possible EventTarget memory leak detected. ${size} ${type} listeners added to ${inspect(target, { depth: -1 })}. MaxListeners is ${max}. Use events.setMaxListeners() to increase limit`);
  w.name = 'MaxListenersExceededWarning';
  w.target = target;
  w.type = type;
  w.count = size;
  emitWarning(w);
}

class EventTarget {
  static [kIsEventTarget] = true;

  constructor() {
    initEventTarget(this);
  }

  addEventListener(type, listener, options = {}) {
    if (!isEventTarget(this)) throw invalidThis('EventTarget');
    if (arguments.length < 2) throw missingArgs('type', 'listener');
    const { once, capture, passive, signal, isNodeStyleListener } = validateEventListenerOptions(options);
    if (!shouldAddListener(listener)) {
      // The DOM silently allows null; node warns.
      const w = new Error(`addEventListener called with ${listener} which has no effect.`);
      w.name = 'AddEventListenerArgumentTypeWarning';
      w.target = this;
      w.type = type;
      emitWarning(w);
      return;
    }
    type = toDOMString(type);
    if (signal !== undefined) {
      if (signal === null || typeof signal !== 'object' || !(kAbortedCheck in signal)) throw invalidArgType('options.signal', 'AbortSignal', signal);
      if (signal.aborted) return;
      signal.addEventListener('abort', () => this.removeEventListener(type, listener, options), { once: true, [kWeakHandler]: this });
    }
    let root = this[kEvents].get(type);
    if (root === undefined) {
      root = { size: 1, next: undefined };
      new Listener(root, listener, once, capture, passive, isNodeStyleListener);
      this[kEvents].set(type, root);
      return;
    }
    let handler = root.next;
    let previous = root;
    while (handler !== undefined && !handler.same(listener, capture)) {
      previous = handler;
      handler = handler.next;
    }
    if (handler !== undefined) return; // a duplicate is ignored
    new Listener(previous, listener, once, capture, passive, isNodeStyleListener);
    root.size++;
    checkListenerLeak(this, type, root.size);
  }

  removeEventListener(type, listener, options = {}) {
    if (!isEventTarget(this)) throw invalidThis('EventTarget');
    if (arguments.length < 2) throw missingArgs('type', 'listener');
    if (!shouldAddListener(listener)) return;
    type = toDOMString(type);
    // As in node, a boolean third argument does not select the capture listener.
    const capture = options?.capture === true;
    const root = this[kEvents].get(type);
    if (root === undefined || root.next === undefined) return;
    for (let handler = root.next; handler !== undefined; handler = handler.next) {
      if (handler.same(listener, capture)) {
        handler.remove();
        root.size--;
        if (root.size === 0) this[kEvents].delete(type);
        break;
      }
    }
  }

  dispatchEvent(event) {
    if (!isEventTarget(this)) throw invalidThis('EventTarget');
    if (arguments.length < 1) throw missingArgs('event');
    if (!(event instanceof Event)) throw invalidArgType('event', 'Event', event);
    if (stateOf(event).dispatching) throw makeNodeError(Error, 'ERR_EVENT_RECURSION', `The event "${event.type}" is already being dispatched`);
    dispatch(this, event, event.type, event);
    return event.defaultPrevented !== true;
  }

  [customInspectSymbol](depth, options) {
    if (!isEventTarget(this)) throw invalidThis('EventTarget');
    return inspectWithName(this, {}, depth, options);
  }
}
Object.defineProperties(EventTarget.prototype, {
  addEventListener: kEnumerable,
  removeEventListener: kEnumerable,
  dispatchEvent: kEnumerable,
  [Symbol.toStringTag]: { writable: false, enumerable: false, configurable: true, value: 'EventTarget' },
});

// Runs the listeners of `type` on target (node's kHybridDispatch): a node-style listener gets
// nodeValue, the others the event (made on demand for node-style emits).
function dispatch(target, event, type, nodeValue) {
  let state = event === undefined ? undefined : stateOf(event);
  const createEvent = () => {
    if (event === undefined) {
      event = new CustomEvent(type, { detail: nodeValue });
      state = stateOf(event);
      state.target = target;
      state.dispatching = true;
    }
    return event;
  };
  if (state !== undefined) {
    state.target = target;
    state.dispatching = true;
  }
  const root = target[kEvents].get(type);
  if (root === undefined || root.next === undefined) {
    if (state !== undefined) state.dispatching = false;
    return true;
  }
  let handler = root.next;
  let next;
  while (handler !== undefined && (handler.passive || state?.stop !== true)) {
    // The next one is read first: this listener may remove itself.
    next = handler.next;
    if (handler.removed) {
      handler = next;
      continue;
    }
    if (handler.once) {
      handler.remove();
      root.size--;
    }
    try {
      const arg = handler.isNodeStyleListener ? nodeValue : createEvent();
      let callback = handler.callback;
      let thisArg = target;
      if (callback === undefined) {
        // An EventListener object: its handleEvent is looked up at each dispatch.
        thisArg = handler.listener;
        callback = thisArg.handleEvent;
        if (typeof callback !== 'function') throw invalidArgType('listener.handleEvent', 'function', callback);
      }
      const result = callback.call(thisArg, arg);
      if (result !== undefined && result !== null) addCatch(result);
    } catch (err) {
      emitUncaughtException(err);
    }
    handler = next;
  }
  if (state !== undefined) state.dispatching = false;
}

// on<event> attributes (8.1.5.1 event handlers): the handler keeps the place it was first set at.
function defineEventHandler(emitter, name) {
  function get() { return this[kHandlers]?.get(name)?.handler ?? null; }
  function set(value) {
    if (!this[kHandlers]) this[kHandlers] = new Map();
    let wrapped = this[kHandlers].get(name);
    if (wrapped) {
      wrapped.handler = value;
    } else {
      wrapped = function eventHandler(...args) {
        if (typeof wrapped.handler !== 'function') return;
        return Reflect.apply(wrapped.handler, this, args);
      };
      wrapped.handler = value;
      this.addEventListener(name, wrapped);
    }
    this[kHandlers].set(name, wrapped);
  }
  Object.defineProperty(get, 'name', { value: `get on${name}` });
  Object.defineProperty(set, 'name', { value: `set on${name}` });
  Object.defineProperty(emitter, `on${name}`, { get, set, configurable: true, enumerable: true });
}

// The listeners of a type, in order (events.getEventListeners).
function listenersOf(target, type) {
  const list = [];
  for (let handler = target[kEvents].get(`${type}`)?.next; handler !== undefined; handler = handler.next) list.push(handler.listener);
  return list;
}

// Set by the abort module: the brand of AbortSignal, checked for options.signal.
const kAbortedCheck = Symbol.for('eventide.abortSignal');

module.exports = {
  Event, CustomEvent, EventTarget, defineEventHandler, initEventTarget, isEventTarget, kTrustEvent, kAbortedCheck,
  kEvents, kIsNodeStyleListener, dispatch, listenersOf, kMaxEventTargetListeners,
};

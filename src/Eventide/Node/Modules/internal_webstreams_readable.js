'use strict';
// ReadableStream, its readers and its default controller (https://streams.spec.whatwg.org/#rs-model),
// the abstract operations under their spec names. Byte streams (the byte controller, BYOB reads)
// are in internal/webstreams_bytes, piping and teeing in internal/webstreams_pipe; the modules
// require one another and read each other's exports at call time.
const u = require('internal/webstreams_util');
const { invalidState, invalidThis, invalidArgType, invalidArgValue, customInspectSymbol } = u;
const bytes = require('internal/webstreams_bytes');
const pipe = require('internal/webstreams_pipe');

const { kState, kIllegal } = u;

const isReadableStream = (value) => value instanceof Object && value[kState]?.kind === 'ReadableStream';
const isDefaultReader = (value) => value instanceof Object && value[kState]?.kind === 'ReadableStreamDefaultReader';
const isBYOBReader = (value) => value instanceof Object && value[kState]?.kind === 'ReadableStreamBYOBReader';
const isDefaultController = (value) => value instanceof Object && value[kState]?.kind === 'ReadableStreamDefaultController';

class ReadableStream {
  // 4.2.4 new ReadableStream(underlyingSource, strategy)
  constructor(underlyingSource = null, strategy = {}) {
    if (underlyingSource !== null && typeof underlyingSource !== 'object' && typeof underlyingSource !== 'function')
      throw invalidArgType('source', 'Object', underlyingSource);
    if (strategy !== undefined && strategy !== null && typeof strategy !== 'object') throw invalidArgType('strategy', 'Object', strategy);
    InitializeReadableStream(this);
    const type = underlyingSource?.type;
    if (type !== undefined && `${type}` !== 'bytes') throw invalidArgValue('source.type', type);
    if (type !== undefined) {
      if (strategy?.size !== undefined) throw invalidArgValue('strategy.size', strategy.size, 'is invalid', RangeError);
      const highWaterMark = u.ExtractHighWaterMark(strategy, 0);
      bytes.SetUpReadableByteStreamControllerFromUnderlyingSource(this, underlyingSource, highWaterMark);
      return;
    }
    const sizeAlgorithm = u.ExtractSizeAlgorithm(strategy);
    const highWaterMark = u.ExtractHighWaterMark(strategy, 1);
    SetUpReadableStreamDefaultControllerFromUnderlyingSource(this, underlyingSource, highWaterMark, sizeAlgorithm);
  }
  get locked() {
    if (!isReadableStream(this)) throw invalidThis('ReadableStream');
    return IsReadableStreamLocked(this);
  }
  cancel(reason = undefined) {
    if (!isReadableStream(this)) return u.PromiseReject(invalidThis('ReadableStream'));
    if (IsReadableStreamLocked(this)) return u.PromiseReject(invalidState('ReadableStream is locked'));
    return ReadableStreamCancel(this, reason);
  }
  getReader(options = undefined) {
    if (!isReadableStream(this)) throw invalidThis('ReadableStream');
    if (options !== undefined) u.validateObject(options, 'options', true);
    const mode = options?.mode;
    if (mode === undefined) return AcquireReadableStreamDefaultReader(this);
    if (`${mode}` !== 'byob') throw invalidArgValue('options.mode', mode);
    return AcquireReadableStreamBYOBReader(this);
  }
  pipeThrough(transform, options = {}) {
    if (!isReadableStream(this)) throw invalidThis('ReadableStream');
    return pipe.pipeThrough(this, transform, options);
  }
  pipeTo(destination, options = {}) {
    try {
      if (!isReadableStream(this)) throw invalidThis('ReadableStream');
      return pipe.pipeTo(this, destination, options);
    } catch (error) {
      return u.PromiseReject(error);
    }
  }
  tee() {
    if (!isReadableStream(this)) throw invalidThis('ReadableStream');
    return pipe.ReadableStreamTee(this, false);
  }
  values(options = {}) {
    if (!isReadableStream(this)) throw invalidThis('ReadableStream');
    u.validateObject(options, 'options');
    return createAsyncIterator(this, !!options.preventCancel);
  }
  // 4.2.2 ReadableStream.from(asyncIterable)
  static from(asyncIterable) { return ReadableStreamFromIterable(asyncIterable); }
  get [u.kIsDisturbed]() { return this[kState].disturbed; }
  get [u.kIsErrored]() { return this[kState].state === 'errored'; }
  get [u.kIsReadable]() { return this[kState].state === 'readable'; }
  get [u.kIsClosedPromise]() { return this[kState].isClosed.promise; }
  [customInspectSymbol](depth, options) {
    const state = this[kState];
    return u.customInspect(this, depth, options, { locked: this.locked, state: state.state, supportsBYOB: bytes.isByteController(state.controller) });
  }
}

class ReadableStreamDefaultReader {
  // 4.4.3 new ReadableStreamDefaultReader(stream)
  constructor(stream) {
    if (!isReadableStream(stream)) throw invalidArgType('stream', 'ReadableStream', stream);
    SetUpReadableStreamDefaultReader(this, stream);
  }
  get closed() {
    if (!isDefaultReader(this)) return u.PromiseReject(invalidThis('ReadableStreamDefaultReader'));
    return this[kState].closed.promise;
  }
  cancel(reason = undefined) {
    if (!isDefaultReader(this)) return u.PromiseReject(invalidThis('ReadableStreamDefaultReader'));
    if (this[kState].stream === undefined) return u.PromiseReject(invalidState('The reader is not attached to a stream'));
    return ReadableStreamReaderGenericCancel(this, reason);
  }
  // 4.4.4 read()
  read() {
    if (!isDefaultReader(this)) return u.PromiseReject(invalidThis('ReadableStreamDefaultReader'));
    if (this[kState].stream === undefined) return u.PromiseReject(invalidState('The reader is not attached to a stream'));
    const promise = u.createDeferred();
    ReadableStreamDefaultReaderRead(this, {
      chunkSteps: (chunk) => promise.resolve({ value: chunk, done: false }),
      closeSteps: () => promise.resolve({ value: undefined, done: true }),
      errorSteps: (error) => promise.reject(error),
    });
    return promise.promise;
  }
  releaseLock() {
    if (!isDefaultReader(this)) throw invalidThis('ReadableStreamDefaultReader');
    if (this[kState].stream === undefined) return;
    ReadableStreamDefaultReaderRelease(this);
  }
  [customInspectSymbol](depth, options) {
    const state = this[kState];
    return u.customInspect(this, depth, options, { stream: state.stream, readRequests: state.readRequests.length, close: state.closed.promise });
  }
}

class ReadableStreamDefaultController {
  constructor(key = undefined) {
    if (key !== kIllegal) throw u.makeNodeError(TypeError, 'ERR_ILLEGAL_CONSTRUCTOR', 'Illegal constructor');
  }
  get desiredSize() {
    if (!isDefaultController(this)) throw invalidThis('ReadableStreamDefaultController');
    return ReadableStreamDefaultControllerGetDesiredSize(this);
  }
  close() {
    if (!isDefaultController(this)) throw invalidThis('ReadableStreamDefaultController');
    if (!ReadableStreamDefaultControllerCanCloseOrEnqueue(this)) throw invalidState('Controller is already closed');
    ReadableStreamDefaultControllerClose(this);
  }
  enqueue(chunk = undefined) {
    if (!isDefaultController(this)) throw invalidThis('ReadableStreamDefaultController');
    if (!ReadableStreamDefaultControllerCanCloseOrEnqueue(this)) throw invalidState('Controller is already closed');
    ReadableStreamDefaultControllerEnqueue(this, chunk);
  }
  error(error = undefined) {
    if (!isDefaultController(this)) throw invalidThis('ReadableStreamDefaultController');
    ReadableStreamDefaultControllerError(this, error);
  }
  [customInspectSymbol](depth, options) { return u.customInspect(this, depth, options, {}); }
}

// ------------------------------------------------------------------ 4.9.1 working with readable streams

// 4.9.1 AcquireReadableStreamBYOBReader
function AcquireReadableStreamBYOBReader(stream) { return new bytes.ReadableStreamBYOBReader(stream); }

// 4.9.1 AcquireReadableStreamDefaultReader
function AcquireReadableStreamDefaultReader(stream) { return new ReadableStreamDefaultReader(stream); }

// 4.9.1 CreateReadableStream
function CreateReadableStream(startAlgorithm, pullAlgorithm, cancelAlgorithm, highWaterMark = 1, sizeAlgorithm = () => 1) {
  const stream = Object.create(ReadableStream.prototype);
  InitializeReadableStream(stream);
  const controller = new ReadableStreamDefaultController(kIllegal);
  SetUpReadableStreamDefaultController(stream, controller, startAlgorithm, pullAlgorithm, cancelAlgorithm, highWaterMark, sizeAlgorithm);
  return stream;
}

// 4.9.1 CreateReadableByteStream
function CreateReadableByteStream(startAlgorithm, pullAlgorithm, cancelAlgorithm) {
  const stream = Object.create(ReadableStream.prototype);
  InitializeReadableStream(stream);
  bytes.SetUpReadableByteStreamController(stream, startAlgorithm, pullAlgorithm, cancelAlgorithm, 0, undefined);
  return stream;
}

// 4.9.1 InitializeReadableStream
function InitializeReadableStream(stream) {
  stream[kState] = {
    kind: 'ReadableStream', state: 'readable', reader: undefined, storedError: undefined, disturbed: false, controller: undefined, isClosed: u.createDeferred(),
  };
  u.setPromiseHandled(stream[kState].isClosed.promise);
}

// "ReadableStream is disturbed" (read from or canceled), which fetch's bodyUsed reports.
function isDisturbed(stream) { return stream[kState].disturbed; }

// 4.9.1 IsReadableStreamLocked
function IsReadableStreamLocked(stream) { return stream[kState].reader !== undefined; }

// 4.9.1 ReadableStreamFromIterable
function ReadableStreamFromIterable(asyncIterable) {
  const iteratorRecord = getIterator(asyncIterable);
  const startAlgorithm = () => undefined;
  const pullAlgorithm = () => {
    let nextResult;
    try {
      nextResult = iteratorRecord.next.call(iteratorRecord.iterator);
    } catch (error) {
      return u.PromiseReject(error);
    }
    return u.transformPromise(u.PromiseResolve(nextResult), (iterResult) => {
      if (iterResult === null || typeof iterResult !== 'object') throw invalidState('The iterator.next() method must return an object');
      if (iterResult.done) ReadableStreamDefaultControllerClose(stream[kState].controller);
      else ReadableStreamDefaultControllerEnqueue(stream[kState].controller, iterResult.value);
    });
  };
  const cancelAlgorithm = (reason) => {
    const iterator = iteratorRecord.iterator;
    let returnMethod;
    try {
      returnMethod = iterator.return;
    } catch (error) {
      return u.PromiseReject(error);
    }
    if (returnMethod === undefined || returnMethod === null) return u.PromiseResolve(undefined);
    let returnResult;
    try {
      returnResult = returnMethod.call(iterator, reason);
    } catch (error) {
      return u.PromiseReject(error);
    }
    return u.transformPromise(u.PromiseResolve(returnResult), (iterResult) => {
      if (iterResult === null || typeof iterResult !== 'object') throw invalidState('The iterator.return() method must return an object');
    });
  };
  const stream = CreateReadableStream(startAlgorithm, pullAlgorithm, cancelAlgorithm, 0);
  return stream;
}

// ERR_ARG_NOT_ITERABLE, the value shown as util.format's %s shows it.
function notIterable(value) {
  const shown = typeof value === 'object' || typeof value === 'function' ? u.inspect(value, { depth: 0 }) : String(value);
  return u.makeNodeError(TypeError, 'ERR_ARG_NOT_ITERABLE', `${shown} must be iterable`);
}

// GetIterator(obj, async): the async iterator, or the sync one wrapped as CreateAsyncFromSyncIterator does.
function getIterator(iterable) {
  const asyncMethod = iterable[Symbol.asyncIterator]; // null and undefined fail here, as in node
  if (asyncMethod !== undefined && asyncMethod !== null) {
    const iterator = asyncMethod.call(iterable);
    if (iterator === null || typeof iterator !== 'object') throw new TypeError('The iterator method must return an object');
    return { iterator, next: iterator.next };
  }
  const syncMethod = iterable[Symbol.iterator];
  if (typeof syncMethod !== 'function') throw notIterable(iterable);
  const wrapped = (async function* () { yield* { [Symbol.iterator]: () => syncMethod.call(iterable) }; })();
  return { iterator: wrapped, next: wrapped.next };
}

// ------------------------------------------------------------------ 4.9.2 interfacing with controllers

// 4.9.2 ReadableStreamAddReadRequest
function ReadableStreamAddReadRequest(stream, readRequest) { stream[kState].reader[kState].readRequests.push(readRequest); }

// 4.9.2 ReadableStreamCancel
function ReadableStreamCancel(stream, reason) {
  const state = stream[kState];
  state.disturbed = true;
  if (state.state === 'closed') return u.PromiseResolve(undefined);
  if (state.state === 'errored') return u.PromiseReject(state.storedError);
  ReadableStreamClose(stream);
  const reader = state.reader;
  if (reader !== undefined && isBYOBReader(reader)) {
    const readIntoRequests = reader[kState].readIntoRequests;
    reader[kState].readIntoRequests = [];
    for (const readIntoRequest of readIntoRequests) readIntoRequest.closeSteps(undefined);
  }
  const sourceCancelPromise = state.controller[kState].cancelSteps(reason);
  return u.transformPromise(sourceCancelPromise, () => undefined);
}

// 4.9.2 ReadableStreamClose
function ReadableStreamClose(stream) {
  const state = stream[kState];
  state.state = 'closed';
  state.isClosed.resolve(undefined);
  const reader = state.reader;
  if (reader === undefined) return;
  reader[kState].closed.resolve();
  if (isDefaultReader(reader)) {
    const readRequests = reader[kState].readRequests;
    reader[kState].readRequests = [];
    for (const readRequest of readRequests) readRequest.closeSteps();
  }
}

// 4.9.2 ReadableStreamError
function ReadableStreamError(stream, error) {
  const state = stream[kState];
  state.state = 'errored';
  state.storedError = error;
  state.isClosed.reject(error);
  const reader = state.reader;
  if (reader === undefined) return;
  reader[kState].closed.reject(error);
  u.setPromiseHandled(reader[kState].closed.promise);
  if (isDefaultReader(reader)) ReadableStreamDefaultReaderErrorReadRequests(reader, error);
  else bytes.ReadableStreamBYOBReaderErrorReadIntoRequests(reader, error);
}

// 4.9.2 ReadableStreamFulfillReadRequest
function ReadableStreamFulfillReadRequest(stream, chunk, done) {
  const reader = stream[kState].reader;
  const readRequest = reader[kState].readRequests.shift();
  if (done) readRequest.closeSteps();
  else readRequest.chunkSteps(chunk);
}

// 4.9.2 ReadableStreamGetNumReadRequests
function ReadableStreamGetNumReadRequests(stream) { return stream[kState].reader[kState].readRequests.length; }

// 4.9.2 ReadableStreamHasDefaultReader
function ReadableStreamHasDefaultReader(stream) {
  const reader = stream[kState].reader;
  return reader !== undefined && isDefaultReader(reader);
}

// ------------------------------------------------------------------ 4.9.3 readers

// 4.9.3 ReadableStreamReaderGenericCancel
function ReadableStreamReaderGenericCancel(reader, reason) { return ReadableStreamCancel(reader[kState].stream, reason); }

// 4.9.3 ReadableStreamReaderGenericInitialize
function ReadableStreamReaderGenericInitialize(reader, stream) {
  const state = reader[kState];
  state.stream = stream;
  stream[kState].reader = reader;
  state.closed = u.createDeferred();
  const streamState = stream[kState].state;
  if (streamState === 'closed') state.closed.resolve();
  else if (streamState === 'errored') {
    state.closed.reject(stream[kState].storedError);
    u.setPromiseHandled(state.closed.promise);
  }
}

// 4.9.3 ReadableStreamReaderGenericRelease
function ReadableStreamReaderGenericRelease(reader) {
  const state = reader[kState];
  const stream = state.stream;
  const releasedError = invalidState('Reader released');
  if (stream[kState].state === 'readable') state.closed.reject(releasedError);
  else {
    state.closed = u.createDeferred();
    state.closed.reject(releasedError);
  }
  u.setPromiseHandled(state.closed.promise);
  stream[kState].controller[kState].releaseSteps();
  stream[kState].reader = undefined;
  state.stream = undefined;
}

// 4.9.3 ReadableStreamDefaultReaderErrorReadRequests
function ReadableStreamDefaultReaderErrorReadRequests(reader, error) {
  const readRequests = reader[kState].readRequests;
  reader[kState].readRequests = [];
  for (const readRequest of readRequests) readRequest.errorSteps(error);
}

// 4.9.3 ReadableStreamDefaultReaderRead
function ReadableStreamDefaultReaderRead(reader, readRequest) {
  const stream = reader[kState].stream;
  const state = stream[kState];
  state.disturbed = true;
  if (state.state === 'closed') readRequest.closeSteps();
  else if (state.state === 'errored') readRequest.errorSteps(state.storedError);
  else state.controller[kState].pullSteps(readRequest);
}

// 4.9.3 ReadableStreamDefaultReaderRelease
function ReadableStreamDefaultReaderRelease(reader) {
  ReadableStreamReaderGenericRelease(reader);
  ReadableStreamDefaultReaderErrorReadRequests(reader, invalidState('Releasing reader'));
}

// 4.9.3 SetUpReadableStreamDefaultReader
function SetUpReadableStreamDefaultReader(reader, stream) {
  if (IsReadableStreamLocked(stream)) throw invalidState('ReadableStream is locked');
  reader[kState] = { kind: 'ReadableStreamDefaultReader', stream: undefined, closed: undefined, readRequests: [] };
  ReadableStreamReaderGenericInitialize(reader, stream);
}

// ------------------------------------------------------------------ 4.9.4 default controllers

// 4.9.4 ReadableStreamDefaultControllerCallPullIfNeeded
function ReadableStreamDefaultControllerCallPullIfNeeded(controller) {
  if (!ReadableStreamDefaultControllerShouldCallPull(controller)) return;
  const state = controller[kState];
  if (state.pulling) {
    state.pullAgain = true;
    return;
  }
  state.pulling = true;
  const pullPromise = state.pullAlgorithm();
  u.uponPromise(pullPromise, () => {
    state.pulling = false;
    if (state.pullAgain) {
      state.pullAgain = false;
      ReadableStreamDefaultControllerCallPullIfNeeded(controller);
    }
  }, (error) => ReadableStreamDefaultControllerError(controller, error));
}

// 4.9.4 ReadableStreamDefaultControllerShouldCallPull
function ReadableStreamDefaultControllerShouldCallPull(controller) {
  const state = controller[kState];
  const stream = state.stream;
  if (!ReadableStreamDefaultControllerCanCloseOrEnqueue(controller)) return false;
  if (!state.started) return false;
  if (IsReadableStreamLocked(stream) && ReadableStreamGetNumReadRequests(stream) > 0) return true;
  return ReadableStreamDefaultControllerGetDesiredSize(controller) > 0;
}

// 4.9.4 ReadableStreamDefaultControllerClearAlgorithms
function ReadableStreamDefaultControllerClearAlgorithms(controller) {
  const state = controller[kState];
  state.pullAlgorithm = undefined;
  state.cancelAlgorithm = undefined;
  state.strategySizeAlgorithm = undefined;
}

// 4.9.4 ReadableStreamDefaultControllerClose
function ReadableStreamDefaultControllerClose(controller) {
  if (!ReadableStreamDefaultControllerCanCloseOrEnqueue(controller)) return;
  const state = controller[kState];
  state.closeRequested = true;
  if (controller[u.kQueue].length === 0) {
    ReadableStreamDefaultControllerClearAlgorithms(controller);
    ReadableStreamClose(state.stream);
  }
}

// 4.9.4 ReadableStreamDefaultControllerEnqueue
function ReadableStreamDefaultControllerEnqueue(controller, chunk) {
  if (!ReadableStreamDefaultControllerCanCloseOrEnqueue(controller)) return;
  const state = controller[kState];
  const stream = state.stream;
  if (IsReadableStreamLocked(stream) && ReadableStreamGetNumReadRequests(stream) > 0) ReadableStreamFulfillReadRequest(stream, chunk, false);
  else {
    let chunkSize;
    try {
      chunkSize = state.strategySizeAlgorithm(chunk);
    } catch (error) {
      ReadableStreamDefaultControllerError(controller, error);
      throw error;
    }
    try {
      u.EnqueueValueWithSize(controller, chunk, chunkSize);
    } catch (error) {
      ReadableStreamDefaultControllerError(controller, error);
      throw error;
    }
  }
  ReadableStreamDefaultControllerCallPullIfNeeded(controller);
}

// 4.9.4 ReadableStreamDefaultControllerError
function ReadableStreamDefaultControllerError(controller, error) {
  const stream = controller[kState].stream;
  if (stream[kState].state !== 'readable') return;
  u.ResetQueue(controller);
  ReadableStreamDefaultControllerClearAlgorithms(controller);
  ReadableStreamError(stream, error);
}

// 4.9.4 ReadableStreamDefaultControllerGetDesiredSize
function ReadableStreamDefaultControllerGetDesiredSize(controller) {
  const streamState = controller[kState].stream[kState].state;
  if (streamState === 'errored') return null;
  if (streamState === 'closed') return 0;
  return controller[kState].strategyHWM - controller[u.kQueueTotalSize];
}

// 4.9.4 ReadableStreamDefaultControllerHasBackpressure
function ReadableStreamDefaultControllerHasBackpressure(controller) { return !ReadableStreamDefaultControllerShouldCallPull(controller); }

// 4.9.4 ReadableStreamDefaultControllerCanCloseOrEnqueue
function ReadableStreamDefaultControllerCanCloseOrEnqueue(controller) {
  const state = controller[kState];
  return !state.closeRequested && state.stream[kState].state === 'readable';
}

// 4.9.4 SetUpReadableStreamDefaultController
function SetUpReadableStreamDefaultController(stream, controller, startAlgorithm, pullAlgorithm, cancelAlgorithm, highWaterMark, sizeAlgorithm) {
  const state = controller[kState] = {
    kind: 'ReadableStreamDefaultController', stream, started: false, closeRequested: false, pullAgain: false, pulling: false,
    strategySizeAlgorithm: sizeAlgorithm, strategyHWM: highWaterMark, pullAlgorithm, cancelAlgorithm,
    // 4.6.5 [[CancelSteps]]
    cancelSteps: (reason) => {
      u.ResetQueue(controller);
      const result = state.cancelAlgorithm(reason);
      ReadableStreamDefaultControllerClearAlgorithms(controller);
      return result;
    },
    // 4.6.5 [[PullSteps]]
    pullSteps: (readRequest) => {
      if (controller[u.kQueue].length > 0) {
        const chunk = u.DequeueValue(controller);
        if (state.closeRequested && controller[u.kQueue].length === 0) {
          ReadableStreamDefaultControllerClearAlgorithms(controller);
          ReadableStreamClose(stream);
        } else ReadableStreamDefaultControllerCallPullIfNeeded(controller);
        readRequest.chunkSteps(chunk);
      } else {
        ReadableStreamAddReadRequest(stream, readRequest);
        ReadableStreamDefaultControllerCallPullIfNeeded(controller);
      }
    },
    // 4.6.5 [[ReleaseSteps]]
    releaseSteps: () => {},
  };
  u.ResetQueue(controller);
  stream[kState].controller = controller;
  const startResult = startAlgorithm();
  u.uponPromise(u.adoptPromise(startResult), () => {
    state.started = true;
    ReadableStreamDefaultControllerCallPullIfNeeded(controller);
  }, (error) => ReadableStreamDefaultControllerError(controller, error));
}

// 4.9.4 SetUpReadableStreamDefaultControllerFromUnderlyingSource
function SetUpReadableStreamDefaultControllerFromUnderlyingSource(stream, source, highWaterMark, sizeAlgorithm) {
  const controller = new ReadableStreamDefaultController(kIllegal);
  const start = u.callbackMember(source, 'start');
  const pull = u.callbackMember(source, 'pull');
  const cancel = u.callbackMember(source, 'cancel');
  const startAlgorithm = () => (start ? start.call(source, controller) : undefined);
  const pullAlgorithm = pull ? () => u.invokePromise(pull, source, [controller]) : () => u.PromiseResolve(undefined);
  const cancelAlgorithm = cancel ? (reason) => u.invokePromise(cancel, source, [reason]) : () => u.PromiseResolve(undefined);
  SetUpReadableStreamDefaultController(stream, controller, startAlgorithm, pullAlgorithm, cancelAlgorithm, highWaterMark, sizeAlgorithm);
}

// ------------------------------------------------------------------ async iteration (4.2.5)

const AsyncIteratorPrototype = Object.getPrototypeOf(Object.getPrototypeOf((async function* () {})()).__proto__);

// The prototype of the stream's async iterators: node's has next and return as undefined data
// properties (each iterator carries its own), above %AsyncIteratorPrototype%.
const ReadableStreamAsyncIteratorPrototype = Object.setPrototypeOf({ next: undefined, return: undefined }, AsyncIteratorPrototype);

// The ReadableStream async iterator (WebIDL's asynchronous iterator with an ongoing promise): next()
// runs after the previous one settled; return() cancels the stream unless preventCancel.
function createAsyncIterator(stream, preventCancel) {
  const reader = AcquireReadableStreamDefaultReader(stream);
  const state = { done: false, current: undefined, started: false };
  function nextSteps() {
    if (state.done) return u.PromiseResolve({ done: true, value: undefined });
    if (reader[kState].stream === undefined) return u.PromiseReject(invalidState('The reader is not bound to a ReadableStream'));
    const promise = u.createDeferred();
    ReadableStreamDefaultReaderRead(reader, {
      chunkSteps: (chunk) => {
        state.current = undefined;
        promise.resolve({ value: chunk, done: false });
      },
      closeSteps: () => {
        state.current = undefined;
        state.done = true;
        ReadableStreamReaderGenericRelease(reader);
        promise.resolve({ done: true, value: undefined });
      },
      errorSteps: (error) => {
        state.current = undefined;
        state.done = true;
        ReadableStreamReaderGenericRelease(reader);
        promise.reject(error);
      },
    });
    return promise.promise;
  }
  async function returnSteps(value) {
    if (state.done) return { done: true, value };
    state.done = true;
    if (reader[kState].stream === undefined) throw invalidState('The reader is not bound to a ReadableStream');
    if (!preventCancel) {
      const result = ReadableStreamReaderGenericCancel(reader, value);
      ReadableStreamReaderGenericRelease(reader);
      await result;
      return { done: true, value };
    }
    ReadableStreamReaderGenericRelease(reader);
    return { done: true, value };
  }
  return Object.setPrototypeOf({
    next() {
      // node chains even the first call on a resolved promise; a read that settled synchronously
      // clears the ongoing promise, so the call after it reads at once.
      if (!state.started) {
        state.current = u.PromiseResolve(undefined);
        state.started = true;
      }
      state.current = state.current !== undefined ? u.promiseThen(state.current, nextSteps, nextSteps) : nextSteps();
      return state.current;
    },
    return(value) {
      return state.current !== undefined ? u.promiseThen(state.current, () => returnSteps(value), () => returnSteps(value)) : returnSteps(value);
    },
    [Symbol.asyncIterator]() { return this; },
  }, ReadableStreamAsyncIteratorPrototype);
}

u.defineWebIdlClass(ReadableStream, 'ReadableStream');
u.defineWebIdlClass(ReadableStreamDefaultReader, 'ReadableStreamDefaultReader');
u.defineWebIdlClass(ReadableStreamDefaultController, 'ReadableStreamDefaultController');
Object.defineProperty(ReadableStream.prototype, Symbol.asyncIterator, { value: ReadableStream.prototype.values, writable: true, configurable: true });

Object.assign(module.exports, {
  ReadableStream, ReadableStreamDefaultReader, ReadableStreamDefaultController, kState, kIllegal, isReadableStream, isDefaultReader, isBYOBReader, isDisturbed,
  AcquireReadableStreamDefaultReader, AcquireReadableStreamBYOBReader, CreateReadableStream, CreateReadableByteStream, IsReadableStreamLocked,
  ReadableStreamAddReadRequest, ReadableStreamCancel, ReadableStreamClose, ReadableStreamError, ReadableStreamFulfillReadRequest,
  ReadableStreamGetNumReadRequests, ReadableStreamHasDefaultReader, ReadableStreamReaderGenericCancel, ReadableStreamReaderGenericInitialize,
  ReadableStreamReaderGenericRelease, ReadableStreamDefaultReaderRead, ReadableStreamDefaultReaderRelease,
  ReadableStreamDefaultControllerClose, ReadableStreamDefaultControllerEnqueue, ReadableStreamDefaultControllerError,
  ReadableStreamDefaultControllerGetDesiredSize, ReadableStreamDefaultControllerHasBackpressure, ReadableStreamDefaultControllerCanCloseOrEnqueue,
});

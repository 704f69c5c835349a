'use strict';
// WritableStream, WritableStreamDefaultWriter and WritableStreamDefaultController
// (https://streams.spec.whatwg.org/#ws-model), the abstract operations under their spec names.
const u = require('internal/webstreams_util');
const { invalidState, invalidThis, invalidArgType, customInspectSymbol } = u;

const { kState, kIllegal } = u;
const closeSentinel = Symbol('close sentinel');

const isWritableStream = (value) => value instanceof Object && value[kState]?.kind === 'WritableStream';
const isWriter = (value) => value instanceof Object && value[kState]?.kind === 'WritableStreamDefaultWriter';
const isController = (value) => value instanceof Object && value[kState]?.kind === 'WritableStreamDefaultController';

class WritableStream {
  // 5.2.3 new WritableStream(underlyingSink, strategy)
  constructor(underlyingSink = null, strategy = {}) {
    if (underlyingSink !== null && typeof underlyingSink !== 'object' && typeof underlyingSink !== 'function')
      throw invalidArgType('sink', 'Object', underlyingSink);
    if (strategy !== undefined && strategy !== null && typeof strategy !== 'object') throw invalidArgType('strategy', 'Object', strategy);
    if (underlyingSink?.type !== undefined) throw u.invalidArgValue('type', underlyingSink.type, 'is invalid', RangeError);
    InitializeWritableStream(this);
    const sizeAlgorithm = u.ExtractSizeAlgorithm(strategy);
    const highWaterMark = u.ExtractHighWaterMark(strategy, 1);
    SetUpWritableStreamDefaultControllerFromUnderlyingSink(this, underlyingSink, highWaterMark, sizeAlgorithm);
  }
  get locked() {
    if (!isWritableStream(this)) throw invalidThis('WritableStream');
    return IsWritableStreamLocked(this);
  }
  abort(reason = undefined) {
    if (!isWritableStream(this)) return u.PromiseReject(invalidThis('WritableStream'));
    if (IsWritableStreamLocked(this)) return u.PromiseReject(invalidState('WritableStream is locked'));
    return WritableStreamAbort(this, reason);
  }
  close() {
    if (!isWritableStream(this)) return u.PromiseReject(invalidThis('WritableStream'));
    if (IsWritableStreamLocked(this)) return u.PromiseReject(invalidState('WritableStream is locked'));
    if (WritableStreamCloseQueuedOrInFlight(this)) return u.PromiseReject(invalidState('Failure closing WritableStream'));
    return WritableStreamClose(this);
  }
  getWriter() {
    if (!isWritableStream(this)) throw invalidThis('WritableStream');
    return AcquireWritableStreamDefaultWriter(this);
  }
  get [u.kIsErrored]() { return this[kState].state === 'errored'; }
  get [u.kIsClosedPromise]() { return this[kState].isClosed.promise; }
  [customInspectSymbol](depth, options) {
    return u.customInspect(this, depth, options, { locked: this.locked, state: this[kState].state });
  }
}

class WritableStreamDefaultWriter {
  // 5.3.3 new WritableStreamDefaultWriter(stream)
  constructor(stream) {
    if (!isWritableStream(stream)) throw invalidArgType('stream', 'WritableStream', stream);
    SetUpWritableStreamDefaultWriter(this, stream);
  }
  get closed() {
    if (!isWriter(this)) return u.PromiseReject(invalidThis('WritableStreamDefaultWriter'));
    return this[kState].closed.promise;
  }
  get desiredSize() {
    if (!isWriter(this)) throw invalidThis('WritableStreamDefaultWriter');
    if (this[kState].stream === undefined) throw invalidState('Writer is not bound to a WritableStream');
    return WritableStreamDefaultWriterGetDesiredSize(this);
  }
  get ready() {
    if (!isWriter(this)) return u.PromiseReject(invalidThis('WritableStreamDefaultWriter'));
    return this[kState].ready.promise;
  }
  abort(reason = undefined) {
    if (!isWriter(this)) return u.PromiseReject(invalidThis('WritableStreamDefaultWriter'));
    if (this[kState].stream === undefined) return u.PromiseReject(invalidState('Writer is not bound to a WritableStream'));
    return WritableStreamDefaultWriterAbort(this, reason);
  }
  close() {
    if (!isWriter(this)) return u.PromiseReject(invalidThis('WritableStreamDefaultWriter'));
    const stream = this[kState].stream;
    if (stream === undefined) return u.PromiseReject(invalidState('Writer is not bound to a WritableStream'));
    if (WritableStreamCloseQueuedOrInFlight(stream)) return u.PromiseReject(invalidState('Failure to close WritableStream'));
    return WritableStreamDefaultWriterClose(this);
  }
  releaseLock() {
    if (!isWriter(this)) throw invalidThis('WritableStreamDefaultWriter');
    if (this[kState].stream === undefined) return;
    WritableStreamDefaultWriterRelease(this);
  }
  write(chunk = undefined) {
    if (!isWriter(this)) return u.PromiseReject(invalidThis('WritableStreamDefaultWriter'));
    if (this[kState].stream === undefined) return u.PromiseReject(invalidState('Writer is not bound to a WritableStream'));
    return WritableStreamDefaultWriterWrite(this, chunk);
  }
  [customInspectSymbol](depth, options) {
    const state = this[kState];
    return u.customInspect(this, depth, options, {
      stream: state.stream, close: state.closed.promise, ready: state.ready.promise, desiredSize: state.stream === undefined ? undefined : WritableStreamDefaultWriterGetDesiredSize(this),
    });
  }
}

class WritableStreamDefaultController {
  constructor(key = undefined) {
    if (key !== kIllegal) throw u.makeNodeError(TypeError, 'ERR_ILLEGAL_CONSTRUCTOR', 'Illegal constructor');
  }
  get signal() {
    if (!isController(this)) throw invalidThis('WritableStreamDefaultController');
    return this[kState].abortController.signal;
  }
  // 5.4.3 error(e)
  error(error = undefined) {
    if (!isController(this)) throw invalidThis('WritableStreamDefaultController');
    if (this[kState].stream[kState].state !== 'writable') return;
    WritableStreamDefaultControllerError(this, error);
  }
  [customInspectSymbol](depth, options) { return u.customInspect(this, depth, options, { stream: this[kState].stream }); }
}

// 5.1 InitializeWritableStream
function InitializeWritableStream(stream) {
  stream[kState] = {
    kind: 'WritableStream', state: 'writable', storedError: undefined, writer: undefined, controller: undefined,
    inFlightWriteRequest: undefined, closeRequest: undefined, inFlightCloseRequest: undefined, pendingAbortRequest: undefined,
    writeRequests: [], backpressure: false, isClosed: u.createDeferred(),
  };
  u.setPromiseHandled(stream[kState].isClosed.promise);
}

// 5.5.1 AcquireWritableStreamDefaultWriter
function AcquireWritableStreamDefaultWriter(stream) { return new WritableStreamDefaultWriter(stream); }

// 5.5.2 CreateWritableStream
function CreateWritableStream(startAlgorithm, writeAlgorithm, closeAlgorithm, abortAlgorithm, highWaterMark = 1, sizeAlgorithm = () => 1) {
  const stream = Object.create(WritableStream.prototype);
  InitializeWritableStream(stream);
  const controller = new WritableStreamDefaultController(kIllegal);
  SetUpWritableStreamDefaultController(stream, controller, startAlgorithm, writeAlgorithm, closeAlgorithm, abortAlgorithm, highWaterMark, sizeAlgorithm);
  return stream;
}

// 5.5.4 IsWritableStreamLocked
function IsWritableStreamLocked(stream) { return stream[kState].writer !== undefined; }

// 5.5.5 SetUpWritableStreamDefaultWriter
function SetUpWritableStreamDefaultWriter(writer, stream) {
  if (IsWritableStreamLocked(stream)) throw invalidState('WritableStream is locked');
  const state = stream[kState].state;
  const writerState = writer[kState] = { kind: 'WritableStreamDefaultWriter', stream, ready: u.createDeferred(), closed: u.createDeferred() };
  stream[kState].writer = writer;
  if (state === 'writable') {
    if (!WritableStreamCloseQueuedOrInFlight(stream) && stream[kState].backpressure) { /* ready stays pending */ } else writerState.ready.resolve();
  } else if (state === 'erroring') {
    writerState.ready.reject(stream[kState].storedError);
    u.setPromiseHandled(writerState.ready.promise);
  } else if (state === 'closed') {
    writerState.ready.resolve();
    writerState.closed.resolve();
  } else {
    const storedError = stream[kState].storedError;
    writerState.ready.reject(storedError);
    u.setPromiseHandled(writerState.ready.promise);
    writerState.closed.reject(storedError);
    u.setPromiseHandled(writerState.closed.promise);
  }
}

// 5.5.6 WritableStreamAbort
function WritableStreamAbort(stream, reason) {
  const state = stream[kState];
  if (state.state === 'closed' || state.state === 'errored') return u.PromiseResolve(undefined);
  state.controller[kState].abortController.abort(reason);
  if (state.state === 'closed' || state.state === 'errored') return u.PromiseResolve(undefined);
  if (state.pendingAbortRequest !== undefined) return state.pendingAbortRequest.promise.promise;
  let wasAlreadyErroring = false;
  if (state.state === 'erroring') {
    wasAlreadyErroring = true;
    reason = undefined;
  }
  const promise = u.createDeferred();
  state.pendingAbortRequest = { promise, reason, wasAlreadyErroring };
  if (!wasAlreadyErroring) WritableStreamStartErroring(stream, reason);
  return promise.promise;
}

// 5.5.7 WritableStreamClose
function WritableStreamClose(stream) {
  const state = stream[kState];
  if (state.state === 'closed' || state.state === 'errored')
    return u.PromiseReject(invalidState('WritableStream is closed'));
  const promise = u.createDeferred();
  state.closeRequest = promise;
  const writer = state.writer;
  if (writer !== undefined && state.backpressure && state.state === 'writable') writer[kState].ready.resolve();
  WritableStreamDefaultControllerClose(state.controller);
  return promise.promise;
}

// 5.6.1 WritableStreamAddWriteRequest
function WritableStreamAddWriteRequest(stream) {
  const promise = u.createDeferred();
  stream[kState].writeRequests.push(promise);
  return promise.promise;
}

// 5.6.2 WritableStreamCloseQueuedOrInFlight
function WritableStreamCloseQueuedOrInFlight(stream) {
  return stream[kState].closeRequest !== undefined || stream[kState].inFlightCloseRequest !== undefined;
}

// 5.6.3 WritableStreamDealWithRejection
function WritableStreamDealWithRejection(stream, error) {
  if (stream[kState].state === 'writable') {
    WritableStreamStartErroring(stream, error);
    return;
  }
  WritableStreamFinishErroring(stream);
}

// 5.6.4 WritableStreamFinishErroring
function WritableStreamFinishErroring(stream) {
  const state = stream[kState];
  state.state = 'errored';
  state.controller[kState].errorSteps();
  const storedError = state.storedError;
  for (const request of state.writeRequests) request.reject(storedError);
  state.writeRequests = [];
  if (state.pendingAbortRequest === undefined) {
    WritableStreamRejectCloseAndClosedPromiseIfNeeded(stream);
    return;
  }
  const abortRequest = state.pendingAbortRequest;
  state.pendingAbortRequest = undefined;
  if (abortRequest.wasAlreadyErroring) {
    abortRequest.promise.reject(storedError);
    WritableStreamRejectCloseAndClosedPromiseIfNeeded(stream);
    return;
  }
  const promise = state.controller[kState].abortSteps(abortRequest.reason);
  u.uponPromise(promise, () => {
    abortRequest.promise.resolve();
    WritableStreamRejectCloseAndClosedPromiseIfNeeded(stream);
  }, (reason) => {
    abortRequest.promise.reject(reason);
    WritableStreamRejectCloseAndClosedPromiseIfNeeded(stream);
  });
}

// 5.6.5 WritableStreamFinishInFlightClose
function WritableStreamFinishInFlightClose(stream) {
  const state = stream[kState];
  state.inFlightCloseRequest.resolve();
  state.inFlightCloseRequest = undefined;
  if (state.state === 'erroring') {
    state.storedError = undefined;
    if (state.pendingAbortRequest !== undefined) {
      state.pendingAbortRequest.promise.resolve();
      state.pendingAbortRequest = undefined;
    }
  }
  state.state = 'closed';
  state.isClosed.resolve(undefined);
  if (state.writer !== undefined) state.writer[kState].closed.resolve();
}

// 5.6.6 WritableStreamFinishInFlightCloseWithError
function WritableStreamFinishInFlightCloseWithError(stream, error) {
  const state = stream[kState];
  state.inFlightCloseRequest.reject(error);
  state.inFlightCloseRequest = undefined;
  if (state.pendingAbortRequest !== undefined) {
    state.pendingAbortRequest.promise.reject(error);
    state.pendingAbortRequest = undefined;
  }
  WritableStreamDealWithRejection(stream, error);
}

// 5.6.7 WritableStreamFinishInFlightWrite
function WritableStreamFinishInFlightWrite(stream) {
  stream[kState].inFlightWriteRequest.resolve();
  stream[kState].inFlightWriteRequest = undefined;
}

// 5.6.8 WritableStreamFinishInFlightWriteWithError
function WritableStreamFinishInFlightWriteWithError(stream, error) {
  stream[kState].inFlightWriteRequest.reject(error);
  stream[kState].inFlightWriteRequest = undefined;
  WritableStreamDealWithRejection(stream, error);
}

// 5.6.9 WritableStreamHasOperationMarkedInFlight
function WritableStreamHasOperationMarkedInFlight(stream) {
  return stream[kState].inFlightWriteRequest !== undefined || stream[kState].inFlightCloseRequest !== undefined;
}

// 5.6.10 WritableStreamMarkCloseRequestInFlight
function WritableStreamMarkCloseRequestInFlight(stream) {
  stream[kState].inFlightCloseRequest = stream[kState].closeRequest;
  stream[kState].closeRequest = undefined;
}

// 5.6.11 WritableStreamMarkFirstWriteRequestInFlight
function WritableStreamMarkFirstWriteRequestInFlight(stream) {
  stream[kState].inFlightWriteRequest = stream[kState].writeRequests.shift();
}

// 5.6.12 WritableStreamRejectCloseAndClosedPromiseIfNeeded
function WritableStreamRejectCloseAndClosedPromiseIfNeeded(stream) {
  const state = stream[kState];
  state.isClosed.reject(state.storedError);
  if (state.closeRequest !== undefined) {
    state.closeRequest.reject(state.storedError);
    state.closeRequest = undefined;
  }
  const writer = state.writer;
  if (writer !== undefined) {
    writer[kState].closed.reject(state.storedError);
    u.setPromiseHandled(writer[kState].closed.promise);
  }
}

// 5.6.13 WritableStreamStartErroring
function WritableStreamStartErroring(stream, reason) {
  const state = stream[kState];
  const controller = state.controller;
  state.state = 'erroring';
  state.storedError = reason;
  const writer = state.writer;
  if (writer !== undefined) WritableStreamDefaultWriterEnsureReadyPromiseRejected(writer, reason);
  if (!WritableStreamHasOperationMarkedInFlight(stream) && controller[kState].started) WritableStreamFinishErroring(stream);
}

// 5.6.14 WritableStreamUpdateBackpressure
function WritableStreamUpdateBackpressure(stream, backpressure) {
  const writer = stream[kState].writer;
  if (writer !== undefined && backpressure !== stream[kState].backpressure) {
    if (backpressure) writer[kState].ready = u.createDeferred();
    else writer[kState].ready.resolve();
  }
  stream[kState].backpressure = backpressure;
}

// 5.7.1 WritableStreamDefaultWriterAbort
function WritableStreamDefaultWriterAbort(writer, reason) { return WritableStreamAbort(writer[kState].stream, reason); }

// 5.7.2 WritableStreamDefaultWriterClose
function WritableStreamDefaultWriterClose(writer) { return WritableStreamClose(writer[kState].stream); }

// 5.7.3 WritableStreamDefaultWriterCloseWithErrorPropagation
function WritableStreamDefaultWriterCloseWithErrorPropagation(writer) {
  const stream = writer[kState].stream;
  const state = stream[kState].state;
  if (WritableStreamCloseQueuedOrInFlight(stream) || state === 'closed') return u.PromiseResolve(undefined);
  if (state === 'errored') return u.PromiseReject(stream[kState].storedError);
  return WritableStreamDefaultWriterClose(writer);
}

// 5.7.4 WritableStreamDefaultWriterEnsureClosedPromiseRejected
function WritableStreamDefaultWriterEnsureClosedPromiseRejected(writer, error) {
  const state = writer[kState];
  if (state.closed.settled) state.closed = u.createDeferred();
  state.closed.reject(error);
  u.setPromiseHandled(state.closed.promise);
}

// 5.7.5 WritableStreamDefaultWriterEnsureReadyPromiseRejected
function WritableStreamDefaultWriterEnsureReadyPromiseRejected(writer, error) {
  const state = writer[kState];
  if (state.ready.settled) state.ready = u.createDeferred();
  state.ready.reject(error);
  u.setPromiseHandled(state.ready.promise);
}

// 5.7.6 WritableStreamDefaultWriterGetDesiredSize
function WritableStreamDefaultWriterGetDesiredSize(writer) {
  const stream = writer[kState].stream;
  const state = stream[kState].state;
  if (state === 'errored' || state === 'erroring') return null;
  if (state === 'closed') return 0;
  return WritableStreamDefaultControllerGetDesiredSize(stream[kState].controller);
}

// 5.7.7 WritableStreamDefaultWriterRelease
function WritableStreamDefaultWriterRelease(writer) {
  const stream = writer[kState].stream;
  const releasedError = invalidState('Writer has been released');
  WritableStreamDefaultWriterEnsureReadyPromiseRejected(writer, releasedError);
  WritableStreamDefaultWriterEnsureClosedPromiseRejected(writer, releasedError);
  stream[kState].writer = undefined;
  writer[kState].stream = undefined;
}

// 5.7.8 WritableStreamDefaultWriterWrite
function WritableStreamDefaultWriterWrite(writer, chunk) {
  const stream = writer[kState].stream;
  const controller = stream[kState].controller;
  const chunkSize = WritableStreamDefaultControllerGetChunkSize(controller, chunk);
  if (stream !== writer[kState].stream) return u.PromiseReject(invalidState('Writer is not bound to a WritableStream'));
  const state = stream[kState].state;
  if (state === 'errored') return u.PromiseReject(stream[kState].storedError);
  if (WritableStreamCloseQueuedOrInFlight(stream) || state === 'closed') return u.PromiseReject(invalidState('WritableStream is closed'));
  if (state === 'erroring') return u.PromiseReject(stream[kState].storedError);
  const promise = WritableStreamAddWriteRequest(stream);
  WritableStreamDefaultControllerWrite(controller, chunk, chunkSize);
  return promise;
}

// 5.8 SetUpWritableStreamDefaultController
function SetUpWritableStreamDefaultController(stream, controller, startAlgorithm, writeAlgorithm, closeAlgorithm, abortAlgorithm, highWaterMark, sizeAlgorithm) {
  controller[kState] = {
    kind: 'WritableStreamDefaultController', stream, started: false, strategySizeAlgorithm: sizeAlgorithm, strategyHWM: highWaterMark,
    writeAlgorithm, closeAlgorithm, abortAlgorithm, abortController: new AbortController(),
    // [[AbortSteps]] and [[ErrorSteps]]
    abortSteps: (reason) => {
      const result = controller[kState].abortAlgorithm(reason);
      WritableStreamDefaultControllerClearAlgorithms(controller);
      return result;
    },
    errorSteps: () => u.ResetQueue(controller),
  };
  u.ResetQueue(controller);
  stream[kState].controller = controller;
  WritableStreamUpdateBackpressure(stream, WritableStreamDefaultControllerGetBackpressure(controller));
  const startResult = startAlgorithm();
  u.uponPromise(u.adoptPromise(startResult), () => {
    controller[kState].started = true;
    WritableStreamDefaultControllerAdvanceQueueIfNeeded(controller);
  }, (reason) => {
    controller[kState].started = true;
    WritableStreamDealWithRejection(stream, reason);
  });
}

// 5.8 SetUpWritableStreamDefaultControllerFromUnderlyingSink
function SetUpWritableStreamDefaultControllerFromUnderlyingSink(stream, sink, highWaterMark, sizeAlgorithm) {
  const controller = new WritableStreamDefaultController(kIllegal);
  const start = u.callbackMember(sink, 'start');
  const write = u.callbackMember(sink, 'write');
  const close = u.callbackMember(sink, 'close');
  const abort = u.callbackMember(sink, 'abort');
  const startAlgorithm = () => (start ? start.call(sink, controller) : undefined);
  const writeAlgorithm = write ? (chunk) => u.invokePromise(write, sink, [chunk, controller]) : () => u.PromiseResolve(undefined);
  const closeAlgorithm = close ? () => u.invokePromise(close, sink, []) : () => u.PromiseResolve(undefined);
  const abortAlgorithm = abort ? (reason) => u.invokePromise(abort, sink, [reason]) : () => u.PromiseResolve(undefined);
  SetUpWritableStreamDefaultController(stream, controller, startAlgorithm, writeAlgorithm, closeAlgorithm, abortAlgorithm, highWaterMark, sizeAlgorithm);
}

// 5.8 WritableStreamDefaultControllerAdvanceQueueIfNeeded
function WritableStreamDefaultControllerAdvanceQueueIfNeeded(controller) {
  const stream = controller[kState].stream;
  if (!controller[kState].started) return;
  if (stream[kState].inFlightWriteRequest !== undefined) return;
  const state = stream[kState].state;
  if (state === 'erroring') {
    WritableStreamFinishErroring(stream);
    return;
  }
  if (controller[u.kQueue].length === 0) return;
  const value = u.PeekQueueValue(controller);
  if (value === closeSentinel) WritableStreamDefaultControllerProcessClose(controller);
  else WritableStreamDefaultControllerProcessWrite(controller, value);
}

// 5.8 WritableStreamDefaultControllerClearAlgorithms
function WritableStreamDefaultControllerClearAlgorithms(controller) {
  const state = controller[kState];
  state.writeAlgorithm = undefined;
  state.closeAlgorithm = undefined;
  state.abortAlgorithm = undefined;
  state.strategySizeAlgorithm = undefined;
}

// 5.8 WritableStreamDefaultControllerClose
function WritableStreamDefaultControllerClose(controller) {
  u.EnqueueValueWithSize(controller, closeSentinel, 0);
  WritableStreamDefaultControllerAdvanceQueueIfNeeded(controller);
}

// 5.8 WritableStreamDefaultControllerError
function WritableStreamDefaultControllerError(controller, error) {
  const stream = controller[kState].stream;
  WritableStreamDefaultControllerClearAlgorithms(controller);
  WritableStreamStartErroring(stream, error);
}

// 5.8 WritableStreamDefaultControllerErrorIfNeeded
function WritableStreamDefaultControllerErrorIfNeeded(controller, error) {
  if (controller[kState].stream[kState].state === 'writable') WritableStreamDefaultControllerError(controller, error);
}

// 5.8 WritableStreamDefaultControllerGetBackpressure
function WritableStreamDefaultControllerGetBackpressure(controller) { return WritableStreamDefaultControllerGetDesiredSize(controller) <= 0; }

// 5.8 WritableStreamDefaultControllerGetChunkSize
function WritableStreamDefaultControllerGetChunkSize(controller, chunk) {
  const sizeAlgorithm = controller[kState].strategySizeAlgorithm;
  if (sizeAlgorithm === undefined) return 1;
  try {
    return sizeAlgorithm(chunk);
  } catch (error) {
    WritableStreamDefaultControllerErrorIfNeeded(controller, error);
    return 1;
  }
}

// 5.8 WritableStreamDefaultControllerGetDesiredSize
function WritableStreamDefaultControllerGetDesiredSize(controller) { return controller[kState].strategyHWM - controller[u.kQueueTotalSize]; }

// 5.8 WritableStreamDefaultControllerProcessClose
function WritableStreamDefaultControllerProcessClose(controller) {
  const stream = controller[kState].stream;
  WritableStreamMarkCloseRequestInFlight(stream);
  u.DequeueValue(controller);
  const sinkClosePromise = controller[kState].closeAlgorithm();
  WritableStreamDefaultControllerClearAlgorithms(controller);
  u.uponPromise(sinkClosePromise, () => WritableStreamFinishInFlightClose(stream), (reason) => WritableStreamFinishInFlightCloseWithError(stream, reason));
}

// 5.8 WritableStreamDefaultControllerProcessWrite
function WritableStreamDefaultControllerProcessWrite(controller, chunk) {
  const stream = controller[kState].stream;
  WritableStreamMarkFirstWriteRequestInFlight(stream);
  const sinkWritePromise = controller[kState].writeAlgorithm(chunk);
  u.uponPromise(sinkWritePromise, () => {
    WritableStreamFinishInFlightWrite(stream);
    const state = stream[kState].state;
    u.DequeueValue(controller);
    if (!WritableStreamCloseQueuedOrInFlight(stream) && state === 'writable')
      WritableStreamUpdateBackpressure(stream, WritableStreamDefaultControllerGetBackpressure(controller));
    WritableStreamDefaultControllerAdvanceQueueIfNeeded(controller);
  }, (reason) => {
    if (stream[kState].state === 'writable') WritableStreamDefaultControllerClearAlgorithms(controller);
    WritableStreamFinishInFlightWriteWithError(stream, reason);
  });
}

// 5.8 WritableStreamDefaultControllerWrite
function WritableStreamDefaultControllerWrite(controller, chunk, chunkSize) {
  try {
    u.EnqueueValueWithSize(controller, chunk, chunkSize);
  } catch (error) {
    WritableStreamDefaultControllerErrorIfNeeded(controller, error);
    return;
  }
  const stream = controller[kState].stream;
  if (!WritableStreamCloseQueuedOrInFlight(stream) && stream[kState].state === 'writable')
    WritableStreamUpdateBackpressure(stream, WritableStreamDefaultControllerGetBackpressure(controller));
  WritableStreamDefaultControllerAdvanceQueueIfNeeded(controller);
}

u.defineWebIdlClass(WritableStream, 'WritableStream');
u.defineWebIdlClass(WritableStreamDefaultWriter, 'WritableStreamDefaultWriter');
u.defineWebIdlClass(WritableStreamDefaultController, 'WritableStreamDefaultController');

module.exports = {
  WritableStream, WritableStreamDefaultWriter, WritableStreamDefaultController, kState, isWritableStream,
  AcquireWritableStreamDefaultWriter, CreateWritableStream, IsWritableStreamLocked, WritableStreamAbort, WritableStreamClose,
  WritableStreamCloseQueuedOrInFlight, WritableStreamDefaultWriterCloseWithErrorPropagation, WritableStreamDefaultWriterRelease,
  WritableStreamDefaultWriterWrite, WritableStreamDefaultWriterGetDesiredSize, WritableStreamDefaultControllerErrorIfNeeded,
  WritableStreamDealWithRejection, WritableStreamStartErroring, WritableStreamDefaultControllerGetDesiredSize,
};

'use strict';
// Readable byte streams (https://streams.spec.whatwg.org/#rbs-controller-class):
// ReadableByteStreamController, ReadableStreamBYOBRequest and ReadableStreamBYOBReader, with the
// abstract operations of 4.9.5 under their spec names. Buffers handed over are transferred
// (detached from the giver), as the spec's TransferArrayBuffer does.
const u = require('internal/webstreams_util');
const { kState, kIllegal, invalidState, invalidThis, invalidArgType, invalidArgValue, customInspectSymbol } = u;
const r = require('internal/webstreams_readable'); // read at call time: the modules require each other

const isByteController = (value) => value instanceof Object && value[kState]?.kind === 'ReadableByteStreamController';
const isBYOBRequest = (value) => value instanceof Object && value[kState]?.kind === 'ReadableStreamBYOBRequest';
const isBYOBReader = (value) => value instanceof Object && value[kState]?.kind === 'ReadableStreamBYOBReader';
const isView = (value) => ArrayBuffer.isView(value);
const detachedError = (what) => invalidState(`${what} is detached`);

class ReadableStreamBYOBReader {
  // 4.5.3 new ReadableStreamBYOBReader(stream)
  constructor(stream) {
    if (!r.isReadableStream(stream)) throw invalidArgType('stream', 'ReadableStream', stream);
    SetUpReadableStreamBYOBReader(this, stream);
  }
  get closed() {
    if (!isBYOBReader(this)) return u.PromiseReject(invalidThis('ReadableStreamBYOBReader'));
    return this[kState].closed.promise;
  }
  cancel(reason = undefined) {
    if (!isBYOBReader(this)) return u.PromiseReject(invalidThis('ReadableStreamBYOBReader'));
    if (this[kState].stream === undefined) return u.PromiseReject(invalidState('The reader is not attached to a stream'));
    return r.ReadableStreamReaderGenericCancel(this, reason);
  }
  // 4.5.4 read(view); node answers through one more promise, which costs its callers a tick or two.
  read(view = undefined) {
    if (!isBYOBReader(this)) return u.PromiseReject(invalidThis('ReadableStreamBYOBReader'));
    if (!isView(view)) return u.PromiseReject(invalidArgType('view', ['Buffer', 'TypedArray', 'DataView'], view));
    if (view.byteLength === 0) return u.PromiseReject(invalidState('View or Viewed ArrayBuffer is zero-length or detached'));
    if (view.buffer.byteLength === 0) return u.PromiseReject(invalidState('View or Viewed ArrayBuffer is zero-length or detached'));
    if (this[kState].stream === undefined) return u.PromiseReject(invalidState('The reader is not attached to a stream'));
    const promise = u.createDeferred();
    ReadableStreamBYOBReaderRead(this, view, {
      chunkSteps: (chunk) => promise.resolve({ value: chunk, done: false }),
      closeSteps: (chunk) => promise.resolve({ value: chunk, done: true }),
      errorSteps: (error) => promise.reject(error),
    });
    return u.adoptPromise(promise.promise);
  }
  releaseLock() {
    if (!isBYOBReader(this)) throw invalidThis('ReadableStreamBYOBReader');
    if (this[kState].stream === undefined) return;
    ReadableStreamBYOBReaderRelease(this);
  }
  [customInspectSymbol](depth, options) {
    const state = this[kState];
    return u.customInspect(this, depth, options, { stream: state.stream, readIntoRequests: state.readIntoRequests.length, close: state.closed.promise });
  }
}

class ReadableStreamBYOBRequest {
  constructor(key = undefined) {
    if (key !== kIllegal) throw u.makeNodeError(TypeError, 'ERR_ILLEGAL_CONSTRUCTOR', 'Illegal constructor');
  }
  get view() {
    if (!isBYOBRequest(this)) throw invalidThis('ReadableStreamBYOBRequest');
    return this[kState].view;
  }
  // 4.8.3 respond(bytesWritten)
  respond(bytesWritten) {
    if (!isBYOBRequest(this)) throw invalidThis('ReadableStreamBYOBRequest');
    const { controller, view } = this[kState];
    if (controller === undefined) throw invalidState('This BYOB request has been invalidated');
    if (u.isDetachedBuffer(view.buffer)) throw detachedError('Viewed ArrayBuffer');
    ReadableByteStreamControllerRespond(controller, toUnsignedLongLong(bytesWritten, 'bytesWritten'));
  }
  // 4.8.3 respondWithNewView(view)
  respondWithNewView(view) {
    if (!isBYOBRequest(this)) throw invalidThis('ReadableStreamBYOBRequest');
    const { controller } = this[kState];
    if (!isView(view)) throw invalidArgType('view', ['Buffer', 'TypedArray', 'DataView'], view);
    if (controller === undefined) throw invalidState('This BYOB request has been invalidated');
    if (u.isDetachedBuffer(view.buffer)) throw detachedError('Viewed ArrayBuffer');
    ReadableByteStreamControllerRespondWithNewView(controller, view);
  }
  [customInspectSymbol](depth, options) {
    return u.customInspect(this, depth, options, { view: this[kState].view, controller: this[kState].controller });
  }
}

// WebIDL's [EnforceRange] unsigned long long.
function toUnsignedLongLong(value, name) {
  const number = +value;
  if (!Number.isFinite(number) || number < 0) throw invalidArgValue(name, value, 'is invalid', RangeError);
  return Math.trunc(number);
}

class ReadableByteStreamController {
  constructor(key = undefined) {
    if (key !== kIllegal) throw u.makeNodeError(TypeError, 'ERR_ILLEGAL_CONSTRUCTOR', 'Illegal constructor');
  }
  get byobRequest() {
    if (!isByteController(this)) throw invalidThis('ReadableByteStreamController');
    return ReadableByteStreamControllerGetBYOBRequest(this);
  }
  get desiredSize() {
    if (!isByteController(this)) throw invalidThis('ReadableByteStreamController');
    return ReadableByteStreamControllerGetDesiredSize(this);
  }
  // 4.7.3 close()
  close() {
    if (!isByteController(this)) throw invalidThis('ReadableByteStreamController');
    if (this[kState].closeRequested) throw invalidState('Controller is already closed');
    if (this[kState].stream[kState].state !== 'readable') throw invalidState('ReadableStream is already closed');
    ReadableByteStreamControllerClose(this);
  }
  // 4.7.3 enqueue(chunk)
  enqueue(chunk) {
    if (!isByteController(this)) throw invalidThis('ReadableByteStreamController');
    if (!isView(chunk)) throw invalidArgType('buffer', ['Buffer', 'TypedArray', 'DataView'], chunk);
    if (chunk.byteLength === 0 || chunk.buffer.byteLength === 0) throw invalidState('chunk ArrayBuffer is zero-length or detached');
    if (this[kState].closeRequested) throw invalidState('Controller is already closed');
    if (this[kState].stream[kState].state !== 'readable') throw invalidState('ReadableStream is already closed');
    ReadableByteStreamControllerEnqueue(this, chunk);
  }
  error(error = undefined) {
    if (!isByteController(this)) throw invalidThis('ReadableByteStreamController');
    ReadableByteStreamControllerError(this, error);
  }
  [customInspectSymbol](depth, options) { return u.customInspect(this, depth, options, {}); }
}

// ------------------------------------------------------------------ 4.9.2/4.9.3 BYOB readers

// 4.9.2 ReadableStreamAddReadIntoRequest
function ReadableStreamAddReadIntoRequest(stream, readIntoRequest) { stream[kState].reader[kState].readIntoRequests.push(readIntoRequest); }

// 4.9.2 ReadableStreamFulfillReadIntoRequest
function ReadableStreamFulfillReadIntoRequest(stream, chunk, done) {
  const readIntoRequest = stream[kState].reader[kState].readIntoRequests.shift();
  if (done) readIntoRequest.closeSteps(chunk);
  else readIntoRequest.chunkSteps(chunk);
}

// 4.9.2 ReadableStreamGetNumReadIntoRequests
function ReadableStreamGetNumReadIntoRequests(stream) { return stream[kState].reader[kState].readIntoRequests.length; }

// 4.9.2 ReadableStreamHasBYOBReader
function ReadableStreamHasBYOBReader(stream) {
  const reader = stream[kState].reader;
  return reader !== undefined && isBYOBReader(reader);
}

// 4.9.3 ReadableStreamBYOBReaderErrorReadIntoRequests
function ReadableStreamBYOBReaderErrorReadIntoRequests(reader, error) {
  const readIntoRequests = reader[kState].readIntoRequests;
  reader[kState].readIntoRequests = [];
  for (const readIntoRequest of readIntoRequests) readIntoRequest.errorSteps(error);
}

// 4.9.3 ReadableStreamBYOBReaderRead
function ReadableStreamBYOBReaderRead(reader, view, readIntoRequest) {
  const stream = reader[kState].stream;
  stream[kState].disturbed = true;
  if (stream[kState].state === 'errored') readIntoRequest.errorSteps(stream[kState].storedError);
  else ReadableByteStreamControllerPullInto(stream[kState].controller, view, readIntoRequest);
}

// 4.9.3 ReadableStreamBYOBReaderRelease
function ReadableStreamBYOBReaderRelease(reader) {
  r.ReadableStreamReaderGenericRelease(reader);
  ReadableStreamBYOBReaderErrorReadIntoRequests(reader, invalidState('Releasing reader'));
}

// 4.9.3 SetUpReadableStreamBYOBReader
function SetUpReadableStreamBYOBReader(reader, stream) {
  if (r.IsReadableStreamLocked(stream)) throw invalidState('ReadableStream is locked');
  if (!isByteController(stream[kState].controller)) throw invalidArgValue('stream', stream, 'must be a byte stream');
  reader[kState] = { kind: 'ReadableStreamBYOBReader', stream: undefined, closed: undefined, readIntoRequests: [] };
  r.ReadableStreamReaderGenericInitialize(reader, stream);
}

// ------------------------------------------------------------------ 4.9.5 byte stream controllers

// 4.9.5 ReadableByteStreamControllerCallPullIfNeeded
function ReadableByteStreamControllerCallPullIfNeeded(controller) {
  if (!ReadableByteStreamControllerShouldCallPull(controller)) return;
  const state = controller[kState];
  if (state.pulling) {
    state.pullAgain = true;
    return;
  }
  state.pulling = true;
  u.uponPromise(state.pullAlgorithm(), () => {
    state.pulling = false;
    if (state.pullAgain) {
      state.pullAgain = false;
      ReadableByteStreamControllerCallPullIfNeeded(controller);
    }
  }, (error) => ReadableByteStreamControllerError(controller, error));
}

// 4.9.5 ReadableByteStreamControllerClearAlgorithms
function ReadableByteStreamControllerClearAlgorithms(controller) {
  controller[kState].pullAlgorithm = undefined;
  controller[kState].cancelAlgorithm = undefined;
}

// 4.9.5 ReadableByteStreamControllerClearPendingPullIntos
function ReadableByteStreamControllerClearPendingPullIntos(controller) {
  ReadableByteStreamControllerInvalidateBYOBRequest(controller);
  controller[kState].pendingPullIntos = [];
}

// 4.9.5 ReadableByteStreamControllerClose
function ReadableByteStreamControllerClose(controller) {
  const state = controller[kState];
  const stream = state.stream;
  if (state.closeRequested || stream[kState].state !== 'readable') return;
  if (state.queueTotalSize > 0) {
    state.closeRequested = true;
    return;
  }
  if (state.pendingPullIntos.length > 0) {
    const firstPendingPullInto = state.pendingPullIntos[0];
    if (firstPendingPullInto.bytesFilled % firstPendingPullInto.elementSize !== 0) {
      const error = invalidState('Partial read');
      ReadableByteStreamControllerError(controller, error);
      throw error;
    }
  }
  ReadableByteStreamControllerClearAlgorithms(controller);
  r.ReadableStreamClose(stream);
}

// 4.9.5 ReadableByteStreamControllerCommitPullIntoDescriptor
function ReadableByteStreamControllerCommitPullIntoDescriptor(stream, pullIntoDescriptor) {
  const done = stream[kState].state === 'closed';
  const filledView = ReadableByteStreamControllerConvertPullIntoDescriptor(pullIntoDescriptor);
  if (pullIntoDescriptor.readerType === 'default') r.ReadableStreamFulfillReadRequest(stream, filledView, done);
  else ReadableStreamFulfillReadIntoRequest(stream, filledView, done);
}

// 4.9.5 ReadableByteStreamControllerConvertPullIntoDescriptor
function ReadableByteStreamControllerConvertPullIntoDescriptor(pullIntoDescriptor) {
  const { bytesFilled, elementSize, byteOffset } = pullIntoDescriptor;
  const buffer = u.TransferArrayBuffer(pullIntoDescriptor.buffer);
  return new pullIntoDescriptor.viewConstructor(buffer, byteOffset, bytesFilled / elementSize);
}

// 4.9.5 ReadableByteStreamControllerEnqueue
function ReadableByteStreamControllerEnqueue(controller, chunk) {
  const state = controller[kState];
  const stream = state.stream;
  if (state.closeRequested || stream[kState].state !== 'readable') return;
  const { buffer, byteOffset, byteLength } = chunk;
  if (u.isDetachedBuffer(buffer)) throw detachedError('chunk ArrayBuffer');
  const transferredBuffer = u.TransferArrayBuffer(buffer);
  if (state.pendingPullIntos.length > 0) {
    const firstPendingPullInto = state.pendingPullIntos[0];
    if (u.isDetachedBuffer(firstPendingPullInto.buffer)) throw detachedError('The BYOB request ArrayBuffer');
    ReadableByteStreamControllerInvalidateBYOBRequest(controller);
    firstPendingPullInto.buffer = u.TransferArrayBuffer(firstPendingPullInto.buffer);
    if (firstPendingPullInto.readerType === 'none') ReadableByteStreamControllerEnqueueDetachedPullIntoToQueue(controller, firstPendingPullInto);
  }
  if (r.ReadableStreamHasDefaultReader(stream)) {
    ReadableByteStreamControllerProcessReadRequestsUsingQueue(controller);
    if (r.ReadableStreamGetNumReadRequests(stream) === 0) {
      ReadableByteStreamControllerEnqueueChunkToQueue(controller, transferredBuffer, byteOffset, byteLength);
    } else {
      if (state.pendingPullIntos.length > 0) ReadableByteStreamControllerShiftPendingPullInto(controller);
      r.ReadableStreamFulfillReadRequest(stream, new Uint8Array(transferredBuffer, byteOffset, byteLength), false);
    }
  } else if (ReadableStreamHasBYOBReader(stream)) {
    ReadableByteStreamControllerEnqueueChunkToQueue(controller, transferredBuffer, byteOffset, byteLength);
    const filledPullIntos = ReadableByteStreamControllerProcessPullIntoDescriptorsUsingQueue(controller);
    for (const filledPullInto of filledPullIntos) ReadableByteStreamControllerCommitPullIntoDescriptor(stream, filledPullInto);
  } else {
    ReadableByteStreamControllerEnqueueChunkToQueue(controller, transferredBuffer, byteOffset, byteLength);
  }
  ReadableByteStreamControllerCallPullIfNeeded(controller);
}

// 4.9.5 ReadableByteStreamControllerEnqueueChunkToQueue
function ReadableByteStreamControllerEnqueueChunkToQueue(controller, buffer, byteOffset, byteLength) {
  controller[kState].queue.push({ buffer, byteOffset, byteLength });
  controller[kState].queueTotalSize += byteLength;
}

// 4.9.5 ReadableByteStreamControllerEnqueueClonedChunkToQueue
function ReadableByteStreamControllerEnqueueClonedChunkToQueue(controller, buffer, byteOffset, byteLength) {
  let cloneResult;
  try {
    cloneResult = buffer.slice(byteOffset, byteOffset + byteLength);
  } catch (error) {
    ReadableByteStreamControllerError(controller, error);
    throw error;
  }
  ReadableByteStreamControllerEnqueueChunkToQueue(controller, cloneResult, 0, byteLength);
}

// 4.9.5 ReadableByteStreamControllerEnqueueDetachedPullIntoToQueue
function ReadableByteStreamControllerEnqueueDetachedPullIntoToQueue(controller, pullIntoDescriptor) {
  if (pullIntoDescriptor.bytesFilled > 0)
    ReadableByteStreamControllerEnqueueClonedChunkToQueue(controller, pullIntoDescriptor.buffer, pullIntoDescriptor.byteOffset, pullIntoDescriptor.bytesFilled);
  ReadableByteStreamControllerShiftPendingPullInto(controller);
}

// 4.9.5 ReadableByteStreamControllerError
function ReadableByteStreamControllerError(controller, error) {
  const stream = controller[kState].stream;
  if (stream[kState].state !== 'readable') return;
  ReadableByteStreamControllerClearPendingPullIntos(controller);
  controller[kState].queue = [];
  controller[kState].queueTotalSize = 0;
  ReadableByteStreamControllerClearAlgorithms(controller);
  r.ReadableStreamError(stream, error);
}

// 4.9.5 ReadableByteStreamControllerFillHeadPullIntoDescriptor
function ReadableByteStreamControllerFillHeadPullIntoDescriptor(controller, size, pullIntoDescriptor) {
  pullIntoDescriptor.bytesFilled += size;
}

// 4.9.5 ReadableByteStreamControllerFillPullIntoDescriptorFromQueue
function ReadableByteStreamControllerFillPullIntoDescriptorFromQueue(controller, pullIntoDescriptor) {
  const state = controller[kState];
  const maxBytesToCopy = Math.min(state.queueTotalSize, pullIntoDescriptor.byteLength - pullIntoDescriptor.bytesFilled);
  const maxBytesFilled = pullIntoDescriptor.bytesFilled + maxBytesToCopy;
  let totalBytesToCopyRemaining = maxBytesToCopy;
  let ready = false;
  const remainderBytes = maxBytesFilled % pullIntoDescriptor.elementSize;
  const maxAlignedBytes = maxBytesFilled - remainderBytes;
  if (maxAlignedBytes >= pullIntoDescriptor.minimumFill) {
    totalBytesToCopyRemaining = maxAlignedBytes - pullIntoDescriptor.bytesFilled;
    ready = true;
  }
  const queue = state.queue;
  while (totalBytesToCopyRemaining > 0) {
    const headOfQueue = queue[0];
    const bytesToCopy = Math.min(totalBytesToCopyRemaining, headOfQueue.byteLength);
    const destStart = pullIntoDescriptor.byteOffset + pullIntoDescriptor.bytesFilled;
    new Uint8Array(pullIntoDescriptor.buffer, destStart, bytesToCopy).set(new Uint8Array(headOfQueue.buffer, headOfQueue.byteOffset, bytesToCopy));
    if (headOfQueue.byteLength === bytesToCopy) queue.shift();
    else {
      headOfQueue.byteOffset += bytesToCopy;
      headOfQueue.byteLength -= bytesToCopy;
    }
    state.queueTotalSize -= bytesToCopy;
    ReadableByteStreamControllerFillHeadPullIntoDescriptor(controller, bytesToCopy, pullIntoDescriptor);
    totalBytesToCopyRemaining -= bytesToCopy;
  }
  return ready;
}

// 4.9.5 ReadableByteStreamControllerFillReadRequestFromQueue
function ReadableByteStreamControllerFillReadRequestFromQueue(controller, readRequest) {
  const state = controller[kState];
  const entry = state.queue.shift();
  state.queueTotalSize -= entry.byteLength;
  ReadableByteStreamControllerHandleQueueDrain(controller);
  readRequest.chunkSteps(new Uint8Array(entry.buffer, entry.byteOffset, entry.byteLength));
}

// 4.9.5 ReadableByteStreamControllerGetBYOBRequest
function ReadableByteStreamControllerGetBYOBRequest(controller) {
  const state = controller[kState];
  if (state.byobRequest === null && state.pendingPullIntos.length > 0) {
    const firstDescriptor = state.pendingPullIntos[0];
    const view = new Uint8Array(firstDescriptor.buffer, firstDescriptor.byteOffset + firstDescriptor.bytesFilled, firstDescriptor.byteLength - firstDescriptor.bytesFilled);
    const byobRequest = new ReadableStreamBYOBRequest(kIllegal);
    byobRequest[kState] = { kind: 'ReadableStreamBYOBRequest', controller, view };
    state.byobRequest = byobRequest;
  }
  return state.byobRequest;
}

// 4.9.5 ReadableByteStreamControllerGetDesiredSize
function ReadableByteStreamControllerGetDesiredSize(controller) {
  const streamState = controller[kState].stream[kState].state;
  if (streamState === 'errored') return null;
  if (streamState === 'closed') return 0;
  return controller[kState].strategyHWM - controller[kState].queueTotalSize;
}

// 4.9.5 ReadableByteStreamControllerHandleQueueDrain
function ReadableByteStreamControllerHandleQueueDrain(controller) {
  const state = controller[kState];
  if (state.queueTotalSize === 0 && state.closeRequested) {
    ReadableByteStreamControllerClearAlgorithms(controller);
    r.ReadableStreamClose(state.stream);
  } else ReadableByteStreamControllerCallPullIfNeeded(controller);
}

// 4.9.5 ReadableByteStreamControllerInvalidateBYOBRequest
function ReadableByteStreamControllerInvalidateBYOBRequest(controller) {
  const byobRequest = controller[kState].byobRequest;
  if (byobRequest === null) return;
  byobRequest[kState].controller = undefined;
  byobRequest[kState].view = null;
  controller[kState].byobRequest = null;
}

// 4.9.5 ReadableByteStreamControllerProcessPullIntoDescriptorsUsingQueue
function ReadableByteStreamControllerProcessPullIntoDescriptorsUsingQueue(controller) {
  const state = controller[kState];
  const filledPullIntos = [];
  while (state.pendingPullIntos.length > 0) {
    if (state.queueTotalSize === 0) break;
    const pullIntoDescriptor = state.pendingPullIntos[0];
    if (ReadableByteStreamControllerFillPullIntoDescriptorFromQueue(controller, pullIntoDescriptor)) {
      ReadableByteStreamControllerShiftPendingPullInto(controller);
      filledPullIntos.push(pullIntoDescriptor);
    }
  }
  return filledPullIntos;
}

// 4.9.5 ReadableByteStreamControllerProcessReadRequestsUsingQueue
function ReadableByteStreamControllerProcessReadRequestsUsingQueue(controller) {
  const reader = controller[kState].stream[kState].reader;
  while (reader[kState].readRequests.length > 0) {
    if (controller[kState].queueTotalSize === 0) return;
    const readRequest = reader[kState].readRequests.shift();
    ReadableByteStreamControllerFillReadRequestFromQueue(controller, readRequest);
  }
}

// 4.9.5 ReadableByteStreamControllerPullInto
function ReadableByteStreamControllerPullInto(controller, view, readIntoRequest) {
  const state = controller[kState];
  const stream = state.stream;
  let elementSize = 1;
  let viewConstructor = DataView;
  if (!(view instanceof DataView)) {
    elementSize = view.constructor.BYTES_PER_ELEMENT;
    viewConstructor = view.constructor;
  }
  const minimumFill = elementSize;
  const { byteOffset, byteLength } = view;
  let buffer;
  try {
    buffer = u.TransferArrayBuffer(view.buffer);
  } catch (error) {
    readIntoRequest.errorSteps(error);
    return;
  }
  const pullIntoDescriptor = {
    buffer, bufferByteLength: buffer.byteLength, byteOffset, byteLength, bytesFilled: 0, minimumFill, elementSize, viewConstructor, readerType: 'byob',
  };
  if (state.pendingPullIntos.length > 0) {
    state.pendingPullIntos.push(pullIntoDescriptor);
    ReadableStreamAddReadIntoRequest(stream, readIntoRequest);
    return;
  }
  if (stream[kState].state === 'closed') {
    readIntoRequest.closeSteps(new viewConstructor(pullIntoDescriptor.buffer, pullIntoDescriptor.byteOffset, 0));
    return;
  }
  if (state.queueTotalSize > 0) {
    if (ReadableByteStreamControllerFillPullIntoDescriptorFromQueue(controller, pullIntoDescriptor)) {
      const filledView = ReadableByteStreamControllerConvertPullIntoDescriptor(pullIntoDescriptor);
      ReadableByteStreamControllerHandleQueueDrain(controller);
      readIntoRequest.chunkSteps(filledView);
      return;
    }
    if (state.closeRequested) {
      const error = invalidState('Insufficient bytes to fill the view');
      ReadableByteStreamControllerError(controller, error);
      readIntoRequest.errorSteps(error);
      return;
    }
  }
  state.pendingPullIntos.push(pullIntoDescriptor);
  ReadableStreamAddReadIntoRequest(stream, readIntoRequest);
  ReadableByteStreamControllerCallPullIfNeeded(controller);
}

// 4.9.5 ReadableByteStreamControllerRespond
function ReadableByteStreamControllerRespond(controller, bytesWritten) {
  const state = controller[kState];
  const firstDescriptor = state.pendingPullIntos[0];
  if (state.stream[kState].state === 'closed') {
    if (bytesWritten !== 0) throw invalidArgValue('bytesWritten', bytesWritten);
  } else {
    if (bytesWritten === 0) throw invalidArgValue('bytesWritten', bytesWritten);
    if (firstDescriptor.bytesFilled + bytesWritten > firstDescriptor.byteLength)
      throw invalidArgValue('bytesWritten', bytesWritten, 'is invalid', RangeError);
  }
  firstDescriptor.buffer = u.TransferArrayBuffer(firstDescriptor.buffer);
  ReadableByteStreamControllerRespondInternal(controller, bytesWritten);
}

// 4.9.5 ReadableByteStreamControllerRespondInClosedState
function ReadableByteStreamControllerRespondInClosedState(controller, firstDescriptor) {
  if (firstDescriptor.readerType === 'none') ReadableByteStreamControllerShiftPendingPullInto(controller);
  const stream = controller[kState].stream;
  if (ReadableStreamHasBYOBReader(stream)) {
    const filledPullIntos = [];
    while (filledPullIntos.length < ReadableStreamGetNumReadIntoRequests(stream))
      filledPullIntos.push(ReadableByteStreamControllerShiftPendingPullInto(controller));
    for (const filledPullInto of filledPullIntos) ReadableByteStreamControllerCommitPullIntoDescriptor(stream, filledPullInto);
  }
}

// 4.9.5 ReadableByteStreamControllerRespondInReadableState
function ReadableByteStreamControllerRespondInReadableState(controller, bytesWritten, pullIntoDescriptor) {
  const stream = controller[kState].stream;
  ReadableByteStreamControllerFillHeadPullIntoDescriptor(controller, bytesWritten, pullIntoDescriptor);
  if (pullIntoDescriptor.readerType === 'none') {
    ReadableByteStreamControllerEnqueueDetachedPullIntoToQueue(controller, pullIntoDescriptor);
    const filledPullIntos = ReadableByteStreamControllerProcessPullIntoDescriptorsUsingQueue(controller);
    for (const filledPullInto of filledPullIntos) ReadableByteStreamControllerCommitPullIntoDescriptor(stream, filledPullInto);
    return;
  }
  if (pullIntoDescriptor.bytesFilled < pullIntoDescriptor.minimumFill) return;
  ReadableByteStreamControllerShiftPendingPullInto(controller);
  const remainderSize = pullIntoDescriptor.bytesFilled % pullIntoDescriptor.elementSize;
  if (remainderSize > 0) {
    const end = pullIntoDescriptor.byteOffset + pullIntoDescriptor.bytesFilled;
    ReadableByteStreamControllerEnqueueClonedChunkToQueue(controller, pullIntoDescriptor.buffer, end - remainderSize, remainderSize);
  }
  pullIntoDescriptor.bytesFilled -= remainderSize;
  const filledPullIntos = ReadableByteStreamControllerProcessPullIntoDescriptorsUsingQueue(controller);
  ReadableByteStreamControllerCommitPullIntoDescriptor(stream, pullIntoDescriptor);
  for (const filledPullInto of filledPullIntos) ReadableByteStreamControllerCommitPullIntoDescriptor(stream, filledPullInto);
}

// 4.9.5 ReadableByteStreamControllerRespondInternal
function ReadableByteStreamControllerRespondInternal(controller, bytesWritten) {
  const firstDescriptor = controller[kState].pendingPullIntos[0];
  ReadableByteStreamControllerInvalidateBYOBRequest(controller);
  if (controller[kState].stream[kState].state === 'closed') ReadableByteStreamControllerRespondInClosedState(controller, firstDescriptor);
  else ReadableByteStreamControllerRespondInReadableState(controller, bytesWritten, firstDescriptor);
  ReadableByteStreamControllerCallPullIfNeeded(controller);
}

// 4.9.5 ReadableByteStreamControllerRespondWithNewView
function ReadableByteStreamControllerRespondWithNewView(controller, view) {
  const firstDescriptor = controller[kState].pendingPullIntos[0];
  if (controller[kState].stream[kState].state === 'closed') {
    if (view.byteLength !== 0) throw invalidState('View is not zero-length');
  } else if (view.byteLength === 0) throw invalidState('View is zero-length');
  // node words every mismatch with the new view alike.
  if (firstDescriptor.byteOffset + firstDescriptor.bytesFilled !== view.byteOffset
    || firstDescriptor.bufferByteLength !== view.buffer.byteLength
    || firstDescriptor.bytesFilled + view.byteLength > firstDescriptor.byteLength) throw invalidArgValue('view', view, 'is invalid', RangeError);
  const viewByteLength = view.byteLength;
  firstDescriptor.buffer = u.TransferArrayBuffer(view.buffer);
  ReadableByteStreamControllerRespondInternal(controller, viewByteLength);
}

// 4.9.5 ReadableByteStreamControllerShiftPendingPullInto
function ReadableByteStreamControllerShiftPendingPullInto(controller) { return controller[kState].pendingPullIntos.shift(); }

// 4.9.5 ReadableByteStreamControllerShouldCallPull
function ReadableByteStreamControllerShouldCallPull(controller) {
  const state = controller[kState];
  const stream = state.stream;
  if (stream[kState].state !== 'readable') return false;
  if (state.closeRequested) return false;
  if (!state.started) return false;
  if (r.ReadableStreamHasDefaultReader(stream) && r.ReadableStreamGetNumReadRequests(stream) > 0) return true;
  if (ReadableStreamHasBYOBReader(stream) && ReadableStreamGetNumReadIntoRequests(stream) > 0) return true;
  return ReadableByteStreamControllerGetDesiredSize(controller) > 0;
}

// 4.9.5 SetUpReadableByteStreamController
function SetUpReadableByteStreamController(stream, startAlgorithm, pullAlgorithm, cancelAlgorithm, highWaterMark, autoAllocateChunkSize, controller = new ReadableByteStreamController(kIllegal)) {
  const state = controller[kState] = {
    kind: 'ReadableByteStreamController', stream, pullAgain: false, pulling: false, byobRequest: null, queue: [], queueTotalSize: 0,
    closeRequested: false, started: false, strategyHWM: highWaterMark, pullAlgorithm, cancelAlgorithm, autoAllocateChunkSize, pendingPullIntos: [],
    // 4.7.4 [[CancelSteps]]
    cancelSteps: (reason) => {
      ReadableByteStreamControllerClearPendingPullIntos(controller);
      state.queue = [];
      state.queueTotalSize = 0;
      const result = state.cancelAlgorithm(reason);
      ReadableByteStreamControllerClearAlgorithms(controller);
      return result;
    },
    // 4.7.4 [[PullSteps]]
    pullSteps: (readRequest) => {
      if (state.queueTotalSize > 0) {
        ReadableByteStreamControllerFillReadRequestFromQueue(controller, readRequest);
        return;
      }
      if (state.autoAllocateChunkSize !== undefined) {
        let buffer;
        try {
          buffer = new ArrayBuffer(state.autoAllocateChunkSize);
        } catch (error) {
          readRequest.errorSteps(error);
          return;
        }
        state.pendingPullIntos.push({
          buffer, bufferByteLength: state.autoAllocateChunkSize, byteOffset: 0, byteLength: state.autoAllocateChunkSize, bytesFilled: 0,
          minimumFill: 1, elementSize: 1, viewConstructor: Uint8Array, readerType: 'default',
        });
      }
      r.ReadableStreamAddReadRequest(stream, readRequest);
      ReadableByteStreamControllerCallPullIfNeeded(controller);
    },
    // 4.7.4 [[ReleaseSteps]]
    releaseSteps: () => {
      if (state.pendingPullIntos.length > 0) {
        const firstPendingPullInto = state.pendingPullIntos[0];
        firstPendingPullInto.readerType = 'none';
        state.pendingPullIntos = [firstPendingPullInto];
      }
    },
  };
  stream[kState].controller = controller;
  const startResult = startAlgorithm();
  u.uponPromise(u.adoptPromise(startResult), () => {
    state.started = true;
    ReadableByteStreamControllerCallPullIfNeeded(controller);
  }, (error) => ReadableByteStreamControllerError(controller, error));
}

// 4.9.5 SetUpReadableByteStreamControllerFromUnderlyingSource
function SetUpReadableByteStreamControllerFromUnderlyingSource(stream, source, highWaterMark) {
  const controller = new ReadableByteStreamController(kIllegal);
  const start = u.callbackMember(source, 'start');
  const pull = u.callbackMember(source, 'pull');
  const cancel = u.callbackMember(source, 'cancel');
  const startAlgorithm = () => (start ? start.call(source, controller) : undefined);
  const pullAlgorithm = pull ? () => u.invokePromise(pull, source, [controller]) : () => u.PromiseResolve(undefined);
  const cancelAlgorithm = cancel ? (reason) => u.invokePromise(cancel, source, [reason]) : () => u.PromiseResolve(undefined);
  let autoAllocateChunkSize = source?.autoAllocateChunkSize;
  if (autoAllocateChunkSize !== undefined) {
    autoAllocateChunkSize = +autoAllocateChunkSize;
    if (!Number.isInteger(autoAllocateChunkSize) || autoAllocateChunkSize <= 0)
      throw invalidArgValue('source.autoAllocateChunkSize', autoAllocateChunkSize);
  }
  SetUpReadableByteStreamController(stream, startAlgorithm, pullAlgorithm, cancelAlgorithm, highWaterMark, autoAllocateChunkSize, controller);
}

u.defineWebIdlClass(ReadableStreamBYOBReader, 'ReadableStreamBYOBReader');
u.defineWebIdlClass(ReadableStreamBYOBRequest, 'ReadableStreamBYOBRequest');
u.defineWebIdlClass(ReadableByteStreamController, 'ReadableByteStreamController');

Object.assign(module.exports, {
  ReadableStreamBYOBReader, ReadableStreamBYOBRequest, ReadableByteStreamController, isByteController, isBYOBReader,
  SetUpReadableByteStreamController, SetUpReadableByteStreamControllerFromUnderlyingSource, ReadableStreamBYOBReaderErrorReadIntoRequests,
  ReadableStreamBYOBReaderRead, ReadableByteStreamControllerClose, ReadableByteStreamControllerEnqueue, ReadableByteStreamControllerError,
  ReadableByteStreamControllerGetBYOBRequest, ReadableByteStreamControllerRespond, ReadableByteStreamControllerRespondWithNewView,
  ReadableStreamHasBYOBReader,
});

'use strict';
// Piping and teeing readable streams (https://streams.spec.whatwg.org/#rs-pipeTo,
// #readable-stream-tee): ReadableStreamPipeTo with its shutdown rules, ReadableStreamDefaultTee and
// ReadableByteStreamTee. The pipe loop reads one chunk once the writer is ready, as node's does.
const u = require('internal/webstreams_util');
const { structuredClone } = require('internal/web_binding'); // granted as a global or not
const { queueMicrotask } = require('internal/timers');
const { kState, invalidState, invalidArgType } = u;
const r = require('internal/webstreams_readable'); // read at call time: the modules require each other
const b = require('internal/webstreams_bytes');
const w = require('internal/webstreams_writable');

function validateSignal(signal) {
  if (signal !== undefined && (signal === null || typeof signal !== 'object' || !('aborted' in signal) || !(signal instanceof AbortSignal)))
    throw invalidArgType('options.signal', 'AbortSignal', signal);
}

// The pipe options as node reads them: booleans by truthiness, the signal checked.
function pipeOptions(options) {
  u.validateObject(options, 'options', true);
  const { preventAbort = false, preventCancel = false, preventClose = false, signal } = options ?? {};
  validateSignal(signal);
  return { preventAbort: !!preventAbort, preventCancel: !!preventCancel, preventClose: !!preventClose, signal };
}

// 4.2.5 pipeTo(destination, options)
function pipeTo(source, destination, options) {
  if (!w.isWritableStream(destination)) throw invalidArgType('transform.writable', 'WritableStream', destination);
  const { preventAbort, preventCancel, preventClose, signal } = pipeOptions(options);
  if (r.IsReadableStreamLocked(source)) throw invalidState('The ReadableStream is locked');
  if (w.IsWritableStreamLocked(destination)) throw invalidState('The WritableStream is locked');
  return ReadableStreamPipeTo(source, destination, preventClose, preventAbort, preventCancel, signal);
}

// 4.2.5 pipeThrough(transform, options)
function pipeThrough(source, transform, options) {
  const readable = transform?.readable;
  if (!r.isReadableStream(readable)) throw invalidArgType('transform.readable', 'ReadableStream', readable);
  const writable = transform?.writable;
  if (!w.isWritableStream(writable)) throw invalidArgType('transform.writable', 'WritableStream', writable);
  const { preventAbort, preventCancel, preventClose, signal } = pipeOptions(options);
  if (r.IsReadableStreamLocked(source)) throw invalidState('The ReadableStream is locked');
  if (w.IsWritableStreamLocked(writable)) throw invalidState('The WritableStream is locked');
  const promise = ReadableStreamPipeTo(source, writable, preventClose, preventAbort, preventCancel, signal);
  u.setPromiseHandled(promise);
  return readable;
}

// 4.9.1 ReadableStreamPipeTo
function ReadableStreamPipeTo(source, dest, preventClose, preventAbort, preventCancel, signal) {
  let reader, writer;
  try {
    reader = r.AcquireReadableStreamDefaultReader(source);
    writer = w.AcquireWritableStreamDefaultWriter(dest);
  } catch (error) {
    return u.PromiseReject(error);
  }
  source[kState].disturbed = true;
  let shuttingDown = false;
  let currentWrite = u.PromiseResolve(undefined);
  const promise = u.createDeferred();

  function finalize(rejected, error) {
    w.WritableStreamDefaultWriterRelease(writer);
    r.ReadableStreamReaderGenericRelease(reader);
    if (signal !== undefined) signal.removeEventListener('abort', abortAlgorithm);
    if (rejected) promise.reject(error);
    else promise.resolve(undefined);
  }
  // Waits until every write the pipe started has finished.
  function waitForCurrentWrite() {
    const write = currentWrite;
    return u.promiseThen(write, () => (write !== currentWrite ? waitForCurrentWrite() : undefined));
  }
  function mustWaitForWrites() { return dest[kState].state === 'writable' && !w.WritableStreamCloseQueuedOrInFlight(dest); }
  // "Shutdown with an action"
  function shutdownWithAnAction(action, rejected, originalError) {
    if (shuttingDown) return;
    shuttingDown = true;
    const complete = () => u.uponPromise(action(), () => finalize(rejected, originalError), (error) => finalize(true, error));
    if (mustWaitForWrites()) u.uponPromise(waitForCurrentWrite(), complete, (error) => finalize(true, error));
    else complete();
  }
  // "Shutdown"
  function shutdown(rejected, error) {
    if (shuttingDown) return;
    shuttingDown = true;
    if (mustWaitForWrites()) u.uponPromise(waitForCurrentWrite(), () => finalize(rejected, error), (e) => finalize(true, e));
    else finalize(rejected, error);
  }
  function abortAlgorithm() {
    const error = signal.reason;
    const actions = [];
    if (!preventAbort) actions.push(() => (dest[kState].state === 'writable' ? w.WritableStreamAbort(dest, error) : u.PromiseResolve(undefined)));
    if (!preventCancel) actions.push(() => (source[kState].state === 'readable' ? r.ReadableStreamCancel(source, error) : u.PromiseResolve(undefined)));
    shutdownWithAnAction(() => Promise.all(actions.map((action) => action())), true, error);
  }
  function watchErrored(stream, closed, action) {
    if (stream[kState].state === 'errored') action(stream[kState].storedError);
    else u.uponPromise(closed, undefined, action);
  }
  function watchClosed(stream, closed, action) {
    if (stream[kState].state === 'closed') action();
    else u.uponPromise(closed, action, () => {});
  }
  // One chunk: wait for the writer's ready promise, read, write; true once the pipe should stop.
  async function step() {
    if (shuttingDown) return true;
    await writer[kState].ready.promise;
    const read = u.createDeferred();
    r.ReadableStreamDefaultReaderRead(reader, {
      chunkSteps: (chunk) => {
        currentWrite = w.WritableStreamDefaultWriterWrite(writer, chunk);
        u.setPromiseHandled(currentWrite);
        read.resolve(false);
      },
      closeSteps: () => read.resolve(true),
      errorSteps: (error) => read.reject(error),
    });
    return read.promise;
  }
  async function run() {
    while (!await step());
  }

  if (signal !== undefined) {
    if (signal.aborted) {
      abortAlgorithm();
      return promise.promise;
    }
    signal.addEventListener('abort', abortAlgorithm, { once: true });
  }
  u.setPromiseHandled(run());
  watchErrored(source, reader[kState].closed.promise, (error) => {
    if (!preventAbort) shutdownWithAnAction(() => w.WritableStreamAbort(dest, error), true, error);
    else shutdown(true, error);
  });
  watchErrored(dest, writer[kState].closed.promise, (error) => {
    if (!preventCancel) shutdownWithAnAction(() => r.ReadableStreamCancel(source, error), true, error);
    else shutdown(true, error);
  });
  watchClosed(source, reader[kState].closed.promise, () => {
    if (!preventClose) shutdownWithAnAction(() => w.WritableStreamDefaultWriterCloseWithErrorPropagation(writer));
    else shutdown();
  });
  if (w.WritableStreamCloseQueuedOrInFlight(dest) || dest[kState].state === 'closed') {
    const error = invalidState('Destination WritableStream is closed');
    if (!preventCancel) shutdownWithAnAction(() => r.ReadableStreamCancel(source, error), true, error);
    else shutdown(true, error);
  }
  return promise.promise;
}

// 4.9.1 ReadableStreamTee
function ReadableStreamTee(stream, cloneForBranch2) {
  if (b.isByteController(stream[kState].controller)) return ReadableByteStreamTee(stream);
  return ReadableStreamDefaultTee(stream, cloneForBranch2);
}

// What both tee flavours share: the cancel algorithms (the source is canceled once both branches
// are, with both reasons) and the promise they answer with.
function teeCancellation(stream) {
  const tee = { canceled1: false, canceled2: false, reason1: undefined, reason2: undefined, cancelPromise: u.createDeferred() };
  const cancelBoth = () => tee.cancelPromise.resolve(r.ReadableStreamCancel(stream, [tee.reason1, tee.reason2]));
  tee.cancel1Algorithm = (reason) => {
    tee.canceled1 = true;
    tee.reason1 = reason;
    if (tee.canceled2) cancelBoth();
    return tee.cancelPromise.promise;
  };
  tee.cancel2Algorithm = (reason) => {
    tee.canceled2 = true;
    tee.reason2 = reason;
    if (tee.canceled1) cancelBoth();
    return tee.cancelPromise.promise;
  };
  tee.resolveIfLive = () => {
    if (!tee.canceled1 || !tee.canceled2) tee.cancelPromise.resolve(undefined);
  };
  return tee;
}

// 4.9.1 ReadableStreamDefaultTee
function ReadableStreamDefaultTee(stream, cloneForBranch2) {
  const reader = r.AcquireReadableStreamDefaultReader(stream);
  let reading = false;
  let readAgain = false;
  const tee = teeCancellation(stream);
  let branch1, branch2;
  const pullAlgorithm = () => {
    if (reading) {
      readAgain = true;
      return u.PromiseResolve(undefined);
    }
    reading = true;
    r.ReadableStreamDefaultReaderRead(reader, {
      chunkSteps: (chunk) => queueMicrotask(() => {
        readAgain = false;
        const chunk1 = chunk;
        let chunk2 = chunk;
        if (!tee.canceled2 && cloneForBranch2) {
          try {
            chunk2 = structuredClone(chunk2);
          } catch (error) {
            r.ReadableStreamDefaultControllerError(branch1[kState].controller, error);
            r.ReadableStreamDefaultControllerError(branch2[kState].controller, error);
            tee.cancelPromise.resolve(r.ReadableStreamCancel(stream, error));
            return;
          }
        }
        if (!tee.canceled1) r.ReadableStreamDefaultControllerEnqueue(branch1[kState].controller, chunk1);
        if (!tee.canceled2) r.ReadableStreamDefaultControllerEnqueue(branch2[kState].controller, chunk2);
        reading = false;
        if (readAgain) pullAlgorithm();
      }),
      closeSteps: () => {
        reading = false;
        if (!tee.canceled1) r.ReadableStreamDefaultControllerClose(branch1[kState].controller);
        if (!tee.canceled2) r.ReadableStreamDefaultControllerClose(branch2[kState].controller);
        tee.resolveIfLive();
      },
      errorSteps: () => { reading = false; },
    });
    return u.PromiseResolve(undefined);
  };
  const startAlgorithm = () => undefined;
  branch1 = r.CreateReadableStream(startAlgorithm, pullAlgorithm, tee.cancel1Algorithm);
  branch2 = r.CreateReadableStream(startAlgorithm, pullAlgorithm, tee.cancel2Algorithm);
  u.uponPromise(reader[kState].closed.promise, undefined, (error) => {
    r.ReadableStreamDefaultControllerError(branch1[kState].controller, error);
    r.ReadableStreamDefaultControllerError(branch2[kState].controller, error);
    tee.resolveIfLive();
  });
  return [branch1, branch2];
}

// 4.9.1 ReadableByteStreamTee
function ReadableByteStreamTee(stream) {
  let reader = r.AcquireReadableStreamDefaultReader(stream);
  let reading = false;
  let readAgainForBranch1 = false;
  let readAgainForBranch2 = false;
  const tee = teeCancellation(stream);
  let branch1, branch2;
  const controllerOf = (branch) => branch[kState].controller;
  const errorBoth = (error) => {
    b.ReadableByteStreamControllerError(controllerOf(branch1), error);
    b.ReadableByteStreamControllerError(controllerOf(branch2), error);
  };
  const forwardReaderError = (thisReader) => {
    u.uponPromise(thisReader[kState].closed.promise, undefined, (error) => {
      if (thisReader !== reader) return;
      errorBoth(error);
      tee.resolveIfLive();
    });
  };
  const pullAgain = () => {
    if (readAgainForBranch1) pull1Algorithm();
    else if (readAgainForBranch2) pull2Algorithm();
  };
  // Clones a chunk for the other branch; on failure errors both branches and cancels the source.
  const cloneOrFail = (chunk) => {
    try {
      return u.CloneAsUint8Array(chunk);
    } catch (error) {
      errorBoth(error);
      tee.cancelPromise.resolve(r.ReadableStreamCancel(stream, error));
      return undefined;
    }
  };
  const pullWithDefaultReader = () => {
    if (r.isBYOBReader(reader)) {
      r.ReadableStreamReaderGenericRelease(reader);
      b.ReadableStreamBYOBReaderErrorReadIntoRequests(reader, invalidState('Releasing reader'));
      reader = r.AcquireReadableStreamDefaultReader(stream);
      forwardReaderError(reader);
    }
    r.ReadableStreamDefaultReaderRead(reader, {
      chunkSteps: (chunk) => queueMicrotask(() => {
        readAgainForBranch1 = false;
        readAgainForBranch2 = false;
        const chunk1 = chunk;
        let chunk2 = chunk;
        if (!tee.canceled1 && !tee.canceled2) {
          chunk2 = cloneOrFail(chunk);
          if (chunk2 === undefined) return;
        }
        if (!tee.canceled1) b.ReadableByteStreamControllerEnqueue(controllerOf(branch1), chunk1);
        if (!tee.canceled2) b.ReadableByteStreamControllerEnqueue(controllerOf(branch2), chunk2);
        reading = false;
        pullAgain();
      }),
      closeSteps: () => {
        reading = false;
        if (!tee.canceled1) b.ReadableByteStreamControllerClose(controllerOf(branch1));
        if (!tee.canceled2) b.ReadableByteStreamControllerClose(controllerOf(branch2));
        if (controllerOf(branch1)[kState].pendingPullIntos.length > 0) b.ReadableByteStreamControllerRespond(controllerOf(branch1), 0);
        if (controllerOf(branch2)[kState].pendingPullIntos.length > 0) b.ReadableByteStreamControllerRespond(controllerOf(branch2), 0);
        tee.resolveIfLive();
      },
      errorSteps: () => { reading = false; },
    });
  };
  const pullWithBYOBReader = (view, forBranch2) => {
    if (r.isDefaultReader(reader)) {
      r.ReadableStreamDefaultReaderRelease(reader);
      reader = r.AcquireReadableStreamBYOBReader(stream);
      forwardReaderError(reader);
    }
    const byobBranch = forBranch2 ? branch2 : branch1;
    const otherBranch = forBranch2 ? branch1 : branch2;
    const byobCanceled = () => (forBranch2 ? tee.canceled2 : tee.canceled1);
    const otherCanceled = () => (forBranch2 ? tee.canceled1 : tee.canceled2);
    b.ReadableStreamBYOBReaderRead(reader, view, {
      chunkSteps: (chunk) => queueMicrotask(() => {
        readAgainForBranch1 = false;
        readAgainForBranch2 = false;
        if (!otherCanceled()) {
          const clonedChunk = cloneOrFail(chunk);
          if (clonedChunk === undefined) return;
          if (!byobCanceled()) b.ReadableByteStreamControllerRespondWithNewView(controllerOf(byobBranch), chunk);
          b.ReadableByteStreamControllerEnqueue(controllerOf(otherBranch), clonedChunk);
        } else if (!byobCanceled()) b.ReadableByteStreamControllerRespondWithNewView(controllerOf(byobBranch), chunk);
        reading = false;
        pullAgain();
      }),
      closeSteps: (chunk) => {
        reading = false;
        if (!byobCanceled()) b.ReadableByteStreamControllerClose(controllerOf(byobBranch));
        if (!otherCanceled()) b.ReadableByteStreamControllerClose(controllerOf(otherBranch));
        if (chunk !== undefined) {
          if (!byobCanceled()) b.ReadableByteStreamControllerRespondWithNewView(controllerOf(byobBranch), chunk);
          if (!otherCanceled() && controllerOf(otherBranch)[kState].pendingPullIntos.length > 0) b.ReadableByteStreamControllerRespond(controllerOf(otherBranch), 0);
        }
        if (!byobCanceled() || !otherCanceled()) tee.cancelPromise.resolve(undefined);
      },
      errorSteps: () => { reading = false; },
    });
  };
  const pullBranch = (branch, forBranch2) => {
    if (reading) {
      if (forBranch2) readAgainForBranch2 = true;
      else readAgainForBranch1 = true;
      return u.PromiseResolve(undefined);
    }
    reading = true;
    const byobRequest = b.ReadableByteStreamControllerGetBYOBRequest(controllerOf(branch));
    if (byobRequest === null) pullWithDefaultReader();
    else pullWithBYOBReader(byobRequest[kState].view, forBranch2);
    return u.PromiseResolve(undefined);
  };
  const pull1Algorithm = () => pullBranch(branch1, false);
  const pull2Algorithm = () => pullBranch(branch2, true);
  const startAlgorithm = () => undefined;
  branch1 = r.CreateReadableByteStream(startAlgorithm, pull1Algorithm, tee.cancel1Algorithm);
  branch2 = r.CreateReadableByteStream(startAlgorithm, pull2Algorithm, tee.cancel2Algorithm);
  forwardReaderError(reader);
  return [branch1, branch2];
}

Object.assign(module.exports, { pipeTo, pipeThrough, ReadableStreamPipeTo, ReadableStreamTee });

'use strict';
// Shared with the web streams, which answer these for themselves.
const { kIsReadable, kIsErrored, kIsDisturbed } = require('internal/webstreams_util');
// Shared by every stream class: destroy(err, cb) with its 'error' then 'close' ticks, the
// construct option's deferred start, errorOrDestroy, and the stream predicates node exports.
const { multipleCallback } = require('internal/streams_errors');

const kDestroy = Symbol('kDestroy');
const kConstruct = Symbol('kConstruct');
const states = (stream) => [stream._readableState, stream._writableState];

// Marks both sides errored with the first error seen.
function recordError(err, readState, writeState) {
  if (!err) return;
  err.stack; // node materializes the stack where the error is recorded
  if (writeState && !writeState.errored) writeState.errored = err;
  if (readState && !readState.errored) readState.errored = err;
}

function destroy(err, cb) {
  const [r, w] = states(this);
  if ((w && w.destroyed) || (r && r.destroyed)) {
    if (typeof cb === 'function') cb();
    return this;
  }
  recordError(err, r, w);
  if (w) w.destroyed = true;
  if (r) r.destroyed = true;
  if (!(w || r).constructed) this.once(kDestroy, (er) => runDestroy(this, pickError(er, err), cb));
  else runDestroy(this, err, cb);
  return this;
}

const pickError = (a, b) => a || b;

function runDestroy(stream, err, cb) {
  let called = false;
  const done = (error) => {
    if (called) return;
    called = true;
    const [r, w] = states(stream);
    recordError(error, r, w);
    if (w) w.closed = true;
    if (r) r.closed = true;
    if (typeof cb === 'function') cb(error);
    if (error) process.nextTick(emitErrorThenClose, stream, error);
    else process.nextTick(emitClose, stream);
  };
  try {
    stream._destroy(err || null, done);
  } catch (error) {
    done(error);
  }
}

function emitErrorThenClose(stream, err) {
  emitError(stream, err);
  emitClose(stream);
}

function emitClose(stream) {
  const [r, w] = states(stream);
  if (w) w.closeEmitted = true;
  if (r) r.closeEmitted = true;
  if ((w && w.emitClose) || (r && r.emitClose)) stream.emit('close');
}

function emitError(stream, err) {
  const [r, w] = states(stream);
  if ((w && w.errorEmitted) || (r && r.errorEmitted)) return;
  if (w) w.errorEmitted = true;
  if (r) r.errorEmitted = true;
  stream.emit('error', err);
}

function undestroy() {
  const [r, w] = states(this);
  for (const s of [r, w]) {
    if (!s) continue;
    s.constructed = true; s.closed = false; s.closeEmitted = false; s.destroyed = false;
    s.errored = null; s.errorEmitted = false;
  }
  if (r) { r.ended = r.readable === false; r.endEmitted = r.readable === false; }
  if (w) {
    w.ended = w.writable === false; w.ending = w.writable === false; w.finalCalled = false;
    w.prefinished = false; w.finished = w.writable === false;
  }
}

// An error inside the stream's machinery: destroy when autoDestroy, else only 'error'.
function errorOrDestroy(stream, err, sync) {
  const [r, w] = states(stream);
  if ((w && w.destroyed) || (r && r.destroyed)) return;
  if ((r && r.autoDestroy) || (w && w.autoDestroy)) {
    stream.destroy(err);
  } else if (err) {
    recordError(err, r, w);
    if (sync) process.nextTick(emitError, stream, err);
    else emitError(stream, err);
  }
}

// The construct option: I/O waits until its callback, a tick after the constructor.
function construct(stream, cb) {
  if (typeof stream._construct !== 'function') return;
  const [r, w] = states(stream);
  if (r) r.constructed = false;
  if (w) w.constructed = false;
  stream.once(kConstruct, cb);
  if (stream.listenerCount(kConstruct) > 1) return;
  process.nextTick(startConstruct, stream);
}

function startConstruct(stream) {
  let called = false;
  const constructed = (err) => {
    if (called) { errorOrDestroy(stream, err ?? multipleCallback()); return; }
    called = true;
    const [r, w] = states(stream);
    if (r) r.constructed = true;
    if (w) w.constructed = true;
    if ((w || r).destroyed) stream.emit(kDestroy, err);
    else if (err) errorOrDestroy(stream, err, true);
    else process.nextTick(() => stream.emit(kConstruct));
  };
  try {
    stream._construct((err) => process.nextTick(constructed, err));
  } catch (err) {
    process.nextTick(constructed, err);
  }
}

// Destroys anything stream-like (pipeline's teardown).
function destroyer(stream, err) {
  if (!stream || isDestroyed(stream)) return;
  if (!err && !isFinished(stream)) err = new (require('internal/errors').AbortError)();
  if (typeof stream.destroy === 'function') stream.destroy(err);
  else if (typeof stream.close === 'function') stream.close();
  else if (err) process.nextTick((s, e) => s.emit('error', e), stream, err);
  else process.nextTick((s) => s.emit('close'), stream);
  if (!stream.destroyed) stream[kDestroyed] = true;
}
const kDestroyed = Symbol('kDestroyed');

// The predicates (node's internal/streams/utils), as stream.isReadable etc. expose them.
const isReadableNodeStream = (obj, strict = false) => !!(obj && typeof obj.pipe === 'function' && typeof obj.on === 'function'
  && (!strict || (typeof obj.pause === 'function' && typeof obj.resume === 'function'))
  && (!obj._writableState || obj._readableState?.readable !== false)
  && (!obj._writableState || obj._readableState));
const isWritableNodeStream = (obj) => !!(obj && typeof obj.write === 'function' && typeof obj.on === 'function'
  && (!obj._readableState || obj._writableState?.writable !== false));
const isNodeStream = (obj) => !!(obj && (obj._readableState || obj._writableState
  || (typeof obj.write === 'function' && typeof obj.on === 'function')
  || (typeof obj.pipe === 'function' && typeof obj.on === 'function')));
const isIterable = (obj, isAsync) => obj != null && (isAsync === true ? typeof obj[Symbol.asyncIterator] === 'function'
  : isAsync === false ? typeof obj[Symbol.iterator] === 'function'
    : typeof obj[Symbol.asyncIterator] === 'function' || typeof obj[Symbol.iterator] === 'function');

function isDestroyed(stream) {
  if (!isNodeStream(stream)) return null;
  const state = stream._writableState || stream._readableState;
  return !!(stream.destroyed || stream[kDestroyed] || state?.destroyed);
}
function isWritableEnded(stream) {
  if (!isWritableNodeStream(stream)) return null;
  if (stream.writableEnded === true) return true;
  const w = stream._writableState;
  if (w?.errored) return false;
  if (typeof w?.ended !== 'boolean') return null;
  return w.ended;
}
function isWritableFinished(stream, strict) {
  if (!isWritableNodeStream(stream)) return null;
  if (stream.writableFinished === true) return true;
  const w = stream._writableState;
  if (w?.errored) return false;
  if (typeof w?.finished !== 'boolean') return null;
  return !!(w.finished || (strict === false && w.ended === true && w.length === 0));
}
function isReadableFinished(stream, strict) {
  if (!isReadableNodeStream(stream)) return null;
  const r = stream._readableState;
  if (r?.errored) return false;
  if (typeof r?.endEmitted !== 'boolean') return null;
  return !!(r.endEmitted || (strict === false && r.ended === true && r.length === 0));
}
function isReadable(stream) {
  if (stream && stream[kIsReadable] != null) return stream[kIsReadable];
  if (typeof stream?.readable !== 'boolean') return null;
  if (isDestroyed(stream)) return false;
  return isReadableNodeStream(stream) && stream.readable && !isReadableFinished(stream);
}
function isWritable(stream) {
  if (typeof stream?.writable !== 'boolean') return null;
  if (isDestroyed(stream)) return false;
  return isWritableNodeStream(stream) && stream.writable && !isWritableEnded(stream);
}
function isFinished(stream, opts) {
  if (!isNodeStream(stream)) return null;
  if (isDestroyed(stream)) return true;
  if (opts?.readable !== false && isReadable(stream)) return false;
  if (opts?.writable !== false && isWritable(stream)) return false;
  return true;
}
function isClosed(stream) {
  if (!isNodeStream(stream)) return null;
  const w = stream._writableState;
  const r = stream._readableState;
  if (typeof w?.closed === 'boolean' || typeof r?.closed === 'boolean') return w?.closed || r?.closed;
  if (typeof stream.closed === 'boolean' && isOutgoingMessage(stream)) return stream.closed;
  return null;
}
const isOutgoingMessage = (s) => typeof s._closed === 'boolean' && typeof s._defaultKeepAlive === 'boolean';
const isRequest = (s) => s && s.setHeader && typeof s.abort === 'function';
function willEmitClose(stream) {
  if (!isNodeStream(stream)) return null;
  const state = stream._writableState || stream._readableState;
  return (!state && isServerResponse(stream)) || !!(state && state.autoDestroy && state.emitClose && state.closed === false);
}
const isServerResponse = (s) => typeof s._sent100 === 'boolean' && isOutgoingMessage(s);
function isErrored(stream) {
  return !!(stream && (stream[kIsErrored] ?? stream.readableErrored ?? stream.writableErrored
    ?? stream._readableState?.errorEmitted ?? stream._writableState?.errorEmitted
    ?? stream._readableState?.errored ?? stream._writableState?.errored));
}
function isDisturbed(stream) {
  return !!(stream && (stream[kIsDisturbed] ?? (stream.readableDidRead || stream.readableAborted)));
}

module.exports = {
  kDestroy, kConstruct, destroy, undestroy, errorOrDestroy, construct, destroyer, emitError,
  isReadableNodeStream, isWritableNodeStream, isNodeStream, isIterable, isDestroyed, isWritableEnded, isWritableFinished,
  isReadableFinished, isReadable, isWritable, isFinished, isClosed, isRequest, willEmitClose, isErrored, isDisturbed,
};

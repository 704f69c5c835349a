'use strict';
// stream.finished (node's end-of-stream), stream.pipeline over streams, iterables and
// generator stages, and addAbortSignal.
const errs = require('internal/streams_errors');
const u = require('internal/streams_destroy');

const nop = () => {};

function once(fn) {
  let called = false;
  return function (...args) {
    if (called) return;
    called = true;
    return fn.apply(this, args);
  };
}

function validateFunction(value, name) {
  if (typeof value !== 'function') throw errs.invalidArgType(name, 'Function', value);
}
function validateAbortSignal(signal, name) {
  if (signal !== undefined && (signal === null || typeof signal !== 'object' || !('aborted' in signal))) {
    throw errs.invalidArgType(name, 'AbortSignal', signal);
  }
}

// finished(stream[, options], callback): calls back once on end/finish/error/premature close.
// The web streams finished() and pipeline take (ReadableStream, WritableStream, TransformStream), by their brand.
const webStreams = require('internal/webstreams_util');
const webKind = (value) => (value !== null && typeof value === 'object' ? value[webStreams.kState]?.kind : undefined);

// finished() of a web stream: the callback on the next tick once it closes or errors (or the signal aborts).
function eosWeb(stream, options, callback) {
  let aborted = false;
  if (options.signal) {
    const abort = () => {
      aborted = true;
      callback.call(stream, new errs.AbortError(undefined, { cause: options.signal.reason }));
    };
    if (options.signal.aborted) process.nextTick(abort);
    else options.signal.addEventListener('abort', abort, { once: true });
  }
  const settle = (...args) => {
    if (!aborted) process.nextTick(() => callback.apply(stream, args));
  };
  webStreams.promiseThen(stream[webStreams.kIsClosedPromise], settle, settle);
  return () => {};
}

function eos(stream, options, callback) {
  if (arguments.length === 2) {
    callback = options;
    options = {};
  } else if (options == null) {
    options = {};
  } else {
    errs.validateObject(options, 'options');
  }
  validateFunction(callback, 'callback');
  validateAbortSignal(options.signal, 'options.signal');
  callback = once(callback);
  if (webKind(stream) === 'ReadableStream' || webKind(stream) === 'WritableStream') return eosWeb(stream, options, callback);
  if (!u.isNodeStream(stream)) throw errs.invalidArgType('stream', ['ReadableStream', 'WritableStream', 'Stream'], stream);

  const readable = options.readable ?? u.isReadableNodeStream(stream);
  const writable = options.writable ?? u.isWritableNodeStream(stream);
  const w = stream._writableState;
  const r = stream._readableState;
  let willEmitClose = u.willEmitClose(stream) && u.isReadableNodeStream(stream) === readable && u.isWritableNodeStream(stream) === writable;
  let writableFinished = u.isWritableFinished(stream, false);
  let readableFinished = u.isReadableFinished(stream, false);
  let closed = u.isClosed(stream);

  const onlegacyfinish = () => { if (!stream.writable) onfinish(); };
  const onfinish = () => {
    writableFinished = true;
    if (stream.destroyed) willEmitClose = false;
    if (willEmitClose && (!stream.readable || readable)) return;
    if (!readable || readableFinished) callback.call(stream);
  };
  const onend = () => {
    readableFinished = true;
    if (stream.destroyed) willEmitClose = false;
    if (willEmitClose && (!stream.writable || writable)) return;
    if (!writable || writableFinished) callback.call(stream);
  };
  const onerror = (err) => callback.call(stream, err);
  const erroredNow = () => (w?.errored ?? stream.writableErrored) || (r?.errored ?? stream.readableErrored);
  const onclose = () => {
    closed = true;
    const errored = erroredNow();
    if (errored && typeof errored !== 'boolean') return callback.call(stream, errored);
    if (readable && !readableFinished && u.isReadableNodeStream(stream, true) && !u.isReadableFinished(stream, false)) {
      return callback.call(stream, errs.prematureClose());
    }
    if (writable && !writableFinished && !u.isWritableFinished(stream, false)) return callback.call(stream, errs.prematureClose());
    callback.call(stream);
  };
  const onclosed = () => {
    closed = true;
    const errored = erroredNow();
    if (errored && typeof errored !== 'boolean') return callback.call(stream, errored);
    callback.call(stream);
  };
  const onrequest = () => { stream.req.on('finish', onfinish); };

  if (u.isRequest(stream)) {
    stream.on('complete', onfinish);
    if (!willEmitClose) stream.on('abort', onclose);
    if (stream.req) onrequest();
    else stream.on('request', onrequest);
  } else if (writable && !w) {
    stream.on('end', onlegacyfinish);
    stream.on('close', onlegacyfinish);
  }
  if (!willEmitClose && typeof stream.aborted === 'boolean') stream.on('aborted', onclose);
  stream.on('end', onend);
  stream.on('finish', onfinish);
  if (options.error !== false) stream.on('error', onerror);
  stream.on('close', onclose);

  if (closed) {
    process.nextTick(onclose);
  } else if (w?.errorEmitted || r?.errorEmitted) {
    if (!willEmitClose) process.nextTick(onclosed);
  } else if (!readable && (!willEmitClose || u.isReadable(stream)) && (writableFinished || u.isWritable(stream) === false)) {
    process.nextTick(onclosed);
  } else if (!writable && (!willEmitClose || u.isWritable(stream)) && (readableFinished || u.isReadable(stream) === false)) {
    process.nextTick(onclosed);
  } else if (r && stream.req && stream.aborted) {
    process.nextTick(onclosed);
  }

  const cleanup = () => {
    callback = nop;
    stream.removeListener('aborted', onclose);
    stream.removeListener('complete', onfinish);
    stream.removeListener('abort', onclose);
    stream.removeListener('request', onrequest);
    if (stream.req) stream.req.removeListener('finish', onfinish);
    stream.removeListener('end', onlegacyfinish);
    stream.removeListener('close', onlegacyfinish);
    stream.removeListener('finish', onfinish);
    stream.removeListener('end', onend);
    stream.removeListener('error', onerror);
    stream.removeListener('close', onclose);
  };

  if (options.signal && !closed) {
    const signal = options.signal;
    const abort = () => {
      const endCallback = callback;
      cleanup();
      endCallback.call(stream, new errs.AbortError(undefined, { cause: signal.reason }));
    };
    if (signal.aborted) {
      process.nextTick(abort);
    } else {
      signal.addEventListener('abort', abort, { once: true });
      const original = callback;
      callback = once((...args) => {
        signal.removeEventListener('abort', abort);
        original.apply(stream, args);
      });
    }
  }
  return cleanup;
}

function finishedPromise(stream, opts) {
  let autoCleanup = false;
  if (opts === null) opts = {};
  if (opts?.cleanup) {
    errs.validateBoolean(opts.cleanup, 'cleanup');
    autoCleanup = opts.cleanup;
  }
  return new Promise((resolve, reject) => {
    const cleanup = eos(stream, opts, (err) => {
      if (autoCleanup) cleanup();
      if (err) reject(err);
      else resolve();
    });
  });
}
eos.finished = finishedPromise;

function addAbortSignal(signal, stream) {
  validateAbortSignal(signal, 'signal');
  if (webKind(stream) === 'ReadableStream' || webKind(stream) === 'WritableStream') return eosWeb(stream, options, callback);
  if (!u.isNodeStream(stream)) throw errs.invalidArgType('stream', ['ReadableStream', 'WritableStream', 'Stream'], stream);
  const onAbort = () => stream.destroy(new errs.AbortError(undefined, { cause: signal.reason }));
  if (signal.aborted) {
    onAbort();
  } else {
    signal.addEventListener('abort', onAbort, { once: true });
    eos(stream, () => signal.removeEventListener('abort', onAbort));
  }
  return stream;
}

// Teardown of one pipeline member: destroyed on failure unless it already finished.
function destroyerOf(stream, reading, writing) {
  let finished = false;
  stream.on('close', () => { finished = true; });
  const cleanup = eos(stream, { readable: reading, writable: writing }, (err) => { finished = !err; });
  return {
    destroy: (err) => {
      if (finished) return;
      finished = true;
      u.destroyer(stream, err || errs.destroyed('pipe'));
    },
    cleanup,
  };
}

function popCallback(streams) {
  validateFunction(streams[streams.length - 1], 'streams[stream.length - 1]');
  return streams.pop();
}

async function* fromReadable(val) {
  yield* require('internal/streams_readable').Readable.prototype[Symbol.asyncIterator].call(val);
}

function makeAsyncIterable(val) {
  if (u.isIterable(val)) return val;
  if (u.isReadableNodeStream(val)) return fromReadable(val);
  throw errs.invalidArgType('val', ['Readable', 'Iterable', 'AsyncIterable'], val);
}

// Writes an iterable into a writable, honoring backpressure.
async function pumpToNode(iterable, writable, finish, { end }) {
  let error;
  let onresolve = null;
  const resume = (err) => {
    if (err) error = err;
    if (onresolve) {
      const callback = onresolve;
      onresolve = null;
      callback();
    }
  };
  const wait = () => new Promise((resolve, reject) => {
    if (error) reject(error);
    else onresolve = () => (error ? reject(error) : resolve());
  });
  writable.on('drain', resume);
  const cleanup = eos(writable, { readable: false }, resume);
  try {
    if (writable.writableNeedDrain) await wait();
    for await (const chunk of iterable) {
      if (!writable.write(chunk)) await wait();
    }
    if (end) {
      writable.end();
      await wait();
    }
    finish();
  } catch (err) {
    finish(error !== err ? errs.aggregateTwoErrors(error, err) : err);
  } finally {
    cleanup();
    writable.off('drain', resume);
  }
}

const isTransformStream = (value) => webKind(value) === 'TransformStream';
const isWebWritable = (value) => webKind(value) === 'WritableStream' || isTransformStream(value);

// Writes an iterable into a web WritableStream (or a TransformStream's writable side), honouring
// the writer's backpressure; a failure aborts the stream.
async function pumpToWeb(readable, writable, finish, { end }) {
  if (isTransformStream(writable)) writable = writable.writable;
  const writer = writable.getWriter();
  try {
    for await (const chunk of readable) {
      await writer.ready;
      writer.write(chunk).catch(() => {});
    }
    await writer.ready;
    if (end) await writer.close();
    finish();
  } catch (err) {
    try {
      await writer.abort(err);
      finish(err);
    } catch (abortErr) {
      finish(abortErr);
    }
  }
}

function pipeline(...streams) {
  return pipelineImpl(streams, once(popCallback(streams)));
}

function pipelineImpl(streams, callback, opts) {
  if (streams.length === 1 && Array.isArray(streams[0])) streams = streams[0];
  if (streams.length < 2) throw errs.missingArgs('streams');
  const ac = new AbortController();
  const signal = ac.signal;
  const outerSignal = opts?.signal;
  const lastStreamCleanup = [];
  validateAbortSignal(outerSignal, 'options.signal');
  const abort = () => finishImpl(new errs.AbortError());
  outerSignal?.addEventListener('abort', abort);

  let error;
  let value;
  const destroys = [];
  let finishCount = 0;
  const finish = (err) => finishImpl(err, --finishCount === 0);
  function finishImpl(err, final) {
    if (err && (!error || error.code === 'ERR_STREAM_PREMATURE_CLOSE')) error = err;
    if (!error && !final) return;
    while (destroys.length) destroys.shift()(error);
    outerSignal?.removeEventListener('abort', abort);
    ac.abort();
    if (final) {
      if (!error) lastStreamCleanup.forEach((fn) => fn());
      process.nextTick(callback, error, value);
    }
  }

  let ret;
  for (let i = 0; i < streams.length; i++) {
    const stream = streams[i];
    const reading = i < streams.length - 1;
    const writing = i > 0;
    const end = reading || opts?.end !== false;
    const isLastStream = i === streams.length - 1;
    if (u.isNodeStream(stream)) {
      if (end) {
        const { destroy, cleanup } = destroyerOf(stream, reading, writing);
        destroys.push(destroy);
        if (u.isReadable(stream) && isLastStream) lastStreamCleanup.push(cleanup);
      }
      // Errors after the data has gone through still fail the pipeline.
      const onError = (err) => {
        if (err && err.name !== 'AbortError' && err.code !== 'ERR_STREAM_PREMATURE_CLOSE') finish(err);
      };
      stream.on('error', onError);
      if (u.isReadable(stream) && isLastStream) lastStreamCleanup.push(() => stream.removeListener('error', onError));
    }
    if (i === 0) {
      if (typeof stream === 'function') {
        ret = stream({ signal });
        if (!u.isIterable(ret)) throw errs.invalidReturnValue('Iterable, AsyncIterable or Stream', 'source', ret);
      } else if (u.isIterable(stream) || u.isReadableNodeStream(stream) || isTransformStream(stream)) {
        ret = stream;
      } else {
        throw errs.invalidArgType('source', ['Stream', 'Iterable', 'AsyncIterable', 'Function'], stream);
      }
    } else if (typeof stream === 'function') {
      ret = stream(makeAsyncIterable(ret), { signal });
      if (reading) {
        if (!u.isIterable(ret, true)) throw errs.invalidReturnValue('AsyncIterable', `transform[${i - 1}]`, ret);
      } else {
        const { PassThrough } = require('internal/streams_duplex');
        const pt = new PassThrough({ objectMode: true });
        const then = ret?.then;
        if (typeof then === 'function') {
          finishCount++;
          then.call(ret, (val) => {
            value = val;
            if (val != null) pt.write(val);
            if (end) pt.end();
            process.nextTick(finish);
          }, (err) => {
            pt.destroy(err);
            process.nextTick(finish, err);
          });
        } else if (u.isIterable(ret, true)) {
          finishCount++;
          pumpToNode(ret, pt, finish, { end });
        } else {
          throw errs.invalidReturnValue('AsyncIterable or Promise', 'destination', ret);
        }
        ret = pt;
        const { destroy, cleanup } = destroyerOf(ret, false, true);
        destroys.push(destroy);
        if (isLastStream) lastStreamCleanup.push(cleanup);
      }
    } else if (u.isNodeStream(stream)) {
      if (u.isReadableNodeStream(ret)) {
        finishCount += 2;
        const cleanup = pipe(ret, stream, finish, { end });
        if (u.isReadable(stream) && isLastStream) lastStreamCleanup.push(cleanup);
      } else if (u.isIterable(ret) || isTransformStream(ret)) {
        finishCount++;
        pumpToNode(isTransformStream(ret) ? ret.readable : ret, stream, finish, { end });
      } else {
        throw errs.invalidArgType('val', ['Readable', 'Iterable', 'AsyncIterable', 'ReadableStream', 'TransformStream'], ret);
      }
      ret = stream;
    } else if (isWebWritable(stream)) {
      if (u.isReadableNodeStream(ret)) {
        finishCount++;
        pumpToWeb(makeAsyncIterable(ret), stream, finish, { end });
      } else if (u.isIterable(ret) || isTransformStream(ret)) {
        finishCount++;
        pumpToWeb(isTransformStream(ret) ? ret.readable : ret, stream, finish, { end });
      } else {
        throw errs.invalidArgType('val', ['Readable', 'Iterable', 'AsyncIterable', 'ReadableStream', 'TransformStream'], ret);
      }
      ret = stream;
    } else {
      ret = require('internal/streams_duplex').Duplex.from?.(stream) ?? stream;
    }
  }
  if (signal?.aborted || outerSignal?.aborted) process.nextTick(abort);
  return ret;
}

// src.pipe(dst) inside a pipeline: two completions, the source's end and the destination's finish.
function pipe(src, dst, finish, { end }) {
  let ended = false;
  dst.on('close', () => {
    if (!ended) finish(errs.prematureClose());
  });
  src.pipe(dst, { end: false });
  if (end) {
    const endFn = () => {
      ended = true;
      dst.end();
    };
    if (u.isReadableFinished(src)) process.nextTick(endFn);
    else src.once('end', endFn);
    eos(src, { readable: true, writable: false }, (err) => {
      const r = src._readableState;
      if (err && err.code === 'ERR_STREAM_PREMATURE_CLOSE' && r && r.ended && !r.errored && !r.errorEmitted) {
        // The source ended but its 'end' is still to come: wait for it.
        src.once('end', finish).once('error', finish);
      } else {
        finish(err);
      }
    });
  } else {
    finish();
  }
  return eos(dst, { readable: false, writable: true }, finish);
}

function pipelinePromise(...streams) {
  return new Promise((resolve, reject) => {
    let signal;
    let end;
    const last = streams[streams.length - 1];
    if (last && typeof last === 'object' && !u.isNodeStream(last) && !u.isIterable(last) && webKind(last) === undefined) {
      const options = streams.pop();
      signal = options.signal;
      end = options.end;
    }
    pipelineImpl(streams, (err, value) => (err ? reject(err) : resolve(value)), { signal, end });
  });
}

module.exports = { eos, finishedPromise, addAbortSignal, pipeline, pipelineImpl, pipelinePromise };

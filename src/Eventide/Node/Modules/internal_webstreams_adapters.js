'use strict';
const { Buffer } = require('buffer'); // node's own modules use the module's Buffer, granted as a global or not
// node's bridges between its streams and web streams (Readable.toWeb/fromWeb, Writable.toWeb/
// fromWeb, Duplex.toWeb/fromWeb), as node 20 behaves: a node Readable feeds a ReadableStream by
// 'data' events, pausing when the controller's queue is full and resuming on pull; a ReadableStream
// feeds a Readable by one reader.read() per _read; writes wait for 'drain' or the writer's ready.
const { AbortError, invalidArgType, invalidArgValue, validateObject, validateBoolean, makeNodeError } = require('internal/errors');
const { ReadableStream, isReadableStream } = require('internal/webstreams_readable');
const { WritableStream, isWritableStream } = require('internal/webstreams_writable');
const { CountQueuingStrategy, createDeferred, promiseThen } = require('internal/webstreams_util');
const { Readable } = require('internal/streams_readable');
const { Writable } = require('internal/streams_writable');
const { Duplex } = require('internal/streams_duplex');
const { eos } = require('internal/streams_end');
const { destroyer, isDestroyed, isReadable, isWritable, isWritableEnded } = require('internal/streams_destroy');

const isNodeReadable = (value) => value !== null && typeof value === 'object' && typeof value.pipe === 'function' && typeof value.on === 'function';
const isNodeWritable = (value) => value !== null && typeof value === 'object' && typeof value.write === 'function' && typeof value.on === 'function';

// A premature close reaches the web side as an AbortError caused by it.
function finishedError(error) {
  return error?.code === 'ERR_STREAM_PREMATURE_CLOSE' ? new AbortError(undefined, { cause: error }) : error;
}

// Calls a node stream callback; a throw from it destroys the stream on the next tick.
function callSafely(callback, error, stream) {
  try {
    callback(error);
  } catch (thrown) {
    process.nextTick(() => destroyer(stream, thrown));
  }
}

// Readable.toWeb(streamReadable, { strategy })
function newReadableStreamFromStreamReadable(streamReadable, options = {}) {
  if (!isNodeReadable(streamReadable)) throw invalidArgType('streamReadable', 'stream.Readable', streamReadable);
  if (isDestroyed(streamReadable) || !isReadable(streamReadable)) {
    const readable = new ReadableStream();
    readable.cancel();
    return readable;
  }
  const objectMode = streamReadable.readableObjectMode;
  const highWaterMark = streamReadable.readableHighWaterMark;
  const strategy = options?.strategy ?? (objectMode ? new CountQueuingStrategy({ highWaterMark }) : { highWaterMark });
  let controller;
  function onData(chunk) {
    // A copy, so the web side never shares a pooled Buffer.
    if (Buffer.isBuffer(chunk) && !objectMode) chunk = new Uint8Array(chunk);
    controller.enqueue(chunk);
    if (controller.desiredSize <= 0) streamReadable.pause();
  }
  const cleanup = eos(streamReadable, (error) => {
    error = finishedError(error);
    cleanup();
    // Legacy streams may emit 'error' again after finishing.
    streamReadable.on('error', () => {});
    if (error) controller.error(error);
    else controller.close();
  });
  streamReadable.on('data', onData);
  return new ReadableStream({
    start(c) { controller = c; },
    pull() { streamReadable.resume(); },
    cancel(reason) { destroyer(streamReadable, reason); },
  }, strategy);
}

// Readable.fromWeb(readableStream, { highWaterMark, encoding, objectMode, signal })
function newStreamReadableFromReadableStream(readableStream, options = {}) {
  if (!isReadableStream(readableStream)) throw invalidArgType('readableStream', 'ReadableStream', readableStream);
  validateObject(options, 'options');
  const { highWaterMark, encoding, objectMode = false, signal } = options;
  if (encoding !== undefined && !Buffer.isEncoding(encoding)) throw invalidArgValue(encoding, 'options.encoding'); // node names them the other way round
  validateBoolean(objectMode, 'options.objectMode');
  const reader = readableStream.getReader();
  let closed = false;
  const readable = new Readable({
    objectMode, highWaterMark, encoding, signal,
    read() {
      promiseThen(reader.read(), (result) => readable.push(result.done ? null : result.value), (error) => destroyer(readable, error));
    },
    destroy(error, callback) {
      const done = () => callSafely(callback, error, readable);
      if (!closed) promiseThen(reader.cancel(error), done, done);
      else done();
    },
  });
  promiseThen(reader.closed, () => { closed = true; }, (error) => {
    closed = true;
    destroyer(readable, error);
  });
  return readable;
}

// Writable.toWeb(streamWritable)
function newWritableStreamFromStreamWritable(streamWritable) {
  if (!isNodeWritable(streamWritable)) throw invalidArgType('streamWritable', 'stream.Writable', streamWritable);
  if (isDestroyed(streamWritable) || !isWritable(streamWritable)) {
    const writable = new WritableStream();
    writable.close();
    return writable;
  }
  const highWaterMark = streamWritable.writableHighWaterMark;
  const strategy = streamWritable.writableObjectMode ? new CountQueuingStrategy({ highWaterMark }) : { highWaterMark };
  let controller, backpressure, closed;
  const cleanup = eos(streamWritable, (error) => {
    error = finishedError(error);
    cleanup();
    streamWritable.on('error', () => {});
    if (error != null) {
      backpressure?.reject(error);
      // The error came after close() began: close() fails with it.
      if (closed !== undefined) {
        closed.reject(error);
        closed = undefined;
      }
      controller.error(error);
      controller = undefined;
      return;
    }
    if (closed !== undefined) {
      closed.resolve();
      closed = undefined;
      return;
    }
    controller.error(new AbortError());
    controller = undefined;
  });
  streamWritable.on('drain', () => backpressure?.resolve());
  return new WritableStream({
    start(c) { controller = c; },
    write(chunk) {
      if (streamWritable.writableNeedDrain || !streamWritable.write(chunk)) {
        backpressure = createDeferred();
        return promiseThen(backpressure.promise, () => { backpressure = undefined; }, (error) => {
          backpressure = undefined;
          throw error;
        });
      }
      return undefined;
    },
    abort(reason) { destroyer(streamWritable, reason); },
    close() {
      if (closed === undefined && !isWritableEnded(streamWritable)) {
        closed = createDeferred();
        streamWritable.end();
        return closed.promise;
      }
      controller = undefined;
      return undefined;
    },
  }, strategy);
}

// The bytes a string chunk stands for, as a Uint8Array (what the web side is given).
function encodeChunk(chunk, encoding) {
  const buffer = Buffer.from(chunk, encoding);
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}

// Writable.fromWeb(writableStream, { highWaterMark, decodeStrings, objectMode, signal })
function newStreamWritableFromWritableStream(writableStream, options = {}) {
  if (!isWritableStream(writableStream)) throw invalidArgType('writableStream', 'WritableStream', writableStream);
  validateObject(options, 'options');
  const { highWaterMark, decodeStrings = true, objectMode = false, signal } = options;
  validateBoolean(objectMode, 'options.objectMode');
  validateBoolean(decodeStrings, 'options.decodeStrings');
  const writer = writableStream.getWriter();
  let closed = false;
  const writable = new Writable({
    highWaterMark, objectMode, decodeStrings, signal,
    writev(chunks, callback) {
      const done = (errors) => {
        const failed = Array.isArray(errors) ? errors.filter((e) => e) : [errors];
        callSafely(callback, failed.length === 0 ? undefined : failed, writable);
      };
      promiseThen(writer.ready, () => promiseThen(Promise.all(chunks.map((data) => writer.write(data.chunk))), done, done), done);
    },
    write(chunk, encoding, callback) {
      if (typeof chunk === 'string' && decodeStrings && !objectMode) chunk = encodeChunk(chunk, encoding);
      const done = (error) => callSafely(callback, error, writable);
      promiseThen(writer.ready, () => promiseThen(writer.write(chunk), done, done), done);
    },
    destroy(error, callback) {
      const done = () => callSafely(callback, error, writable);
      if (closed) done();
      else if (error != null) promiseThen(writer.abort(error), done, done);
      else promiseThen(writer.close(), done, done);
    },
    final(callback) {
      const done = (error) => callSafely(callback, error, writable);
      if (!closed) promiseThen(writer.close(), done, done);
    },
  });
  promiseThen(writer.closed, () => {
    closed = true;
    if (!isWritableEnded(writable)) destroyer(writable, makeNodeError(Error, 'ERR_STREAM_PREMATURE_CLOSE', 'Premature close'));
  }, (error) => {
    closed = true;
    destroyer(writable, error);
  });
  return writable;
}

// Duplex.toWeb(duplex): { readable, writable }
function newReadableWritablePairFromDuplex(duplex) {
  if (!isNodeReadable(duplex) || !isNodeWritable(duplex)) throw invalidArgType('duplex', 'stream.Duplex', duplex);
  return { readable: newReadableStreamFromStreamReadable(duplex), writable: newWritableStreamFromStreamWritable(duplex) };
}

// Duplex.fromWeb({ readable, writable }, options): one Duplex reading the one and writing the other.
function newStreamDuplexFromReadableWritablePair(pair = {}, options = {}) {
  validateObject(pair, 'pair');
  validateObject(options, 'options');
  const { readable: readableStream, writable: writableStream } = pair;
  if (!isReadableStream(readableStream)) throw invalidArgType('pair.readable', 'ReadableStream', readableStream);
  if (!isWritableStream(writableStream)) throw invalidArgType('pair.writable', 'WritableStream', writableStream);
  const { allowHalfOpen = false, objectMode = false, encoding, decodeStrings = true, highWaterMark, signal } = options;
  validateBoolean(objectMode, 'options.objectMode');
  if (encoding !== undefined && !Buffer.isEncoding(encoding)) throw invalidArgValue(encoding, 'options.encoding'); // node names them the other way round
  const writer = writableStream.getWriter();
  const reader = readableStream.getReader();
  let writableClosed = false;
  let readableClosed = false;
  const duplex = new Duplex({
    allowHalfOpen, highWaterMark, objectMode, encoding, decodeStrings, signal,
    write(chunk, encoding, callback) {
      if (typeof chunk === 'string' && decodeStrings && !objectMode) chunk = encodeChunk(chunk, encoding);
      const done = (error) => callSafely(callback, error, duplex);
      promiseThen(writer.ready, () => promiseThen(writer.write(chunk), done, done), done);
    },
    final(callback) {
      const done = (error) => callSafely(callback, error, duplex);
      if (!writableClosed) promiseThen(writer.close(), done, done);
    },
    read() {
      promiseThen(reader.read(), (result) => duplex.push(result.done ? null : result.value), (error) => destroyer(duplex, error));
    },
    destroy(error, callback) {
      const done = () => callSafely(callback, error, duplex);
      const waits = [];
      if (!writableClosed) waits.push(error != null ? writer.abort(error) : writer.close());
      if (!readableClosed) waits.push(reader.cancel(error));
      if (waits.length === 0) done();
      else promiseThen(Promise.all(waits), done, done);
    },
  });
  promiseThen(writer.closed, () => {
    writableClosed = true;
    if (!isWritableEnded(duplex)) destroyer(duplex, makeNodeError(Error, 'ERR_STREAM_PREMATURE_CLOSE', 'Premature close'));
  }, (error) => {
    writableClosed = true;
    readableClosed = true;
    destroyer(duplex, error);
  });
  promiseThen(reader.closed, () => { readableClosed = true; }, (error) => {
    writableClosed = true;
    readableClosed = true;
    destroyer(duplex, error);
  });
  return duplex;
}

module.exports = {
  newReadableStreamFromStreamReadable, newStreamReadableFromReadableStream, newWritableStreamFromStreamWritable,
  newStreamWritableFromWritableStream, newReadableWritablePairFromDuplex, newStreamDuplexFromReadableWritablePair,
};

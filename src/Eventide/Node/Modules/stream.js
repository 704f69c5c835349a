'use strict';
const { Buffer } = require('buffer'); // node's own modules use the module's Buffer, granted as a global or not
// node:stream: the legacy Stream class carrying the stream classes and utilities.
const Stream = require('internal/streams_legacy');
const { Readable } = require('internal/streams_readable');
const { Writable } = require('internal/streams_writable');
const { Duplex, Transform, PassThrough } = require('internal/streams_duplex');
const end = require('internal/streams_end');
const u = require('internal/streams_destroy');
const { getDefaultHighWaterMark, setDefaultHighWaterMark } = require('internal/streams_state');
const promises = require('stream/promises');
const { compose, duplexPair } = require('internal/streams_duplexify');

Object.assign(Stream, {
  isDisturbed: u.isDisturbed,
  isErrored: u.isErrored,
  isReadable: u.isReadable,
  isWritable: u.isWritable,
  isDestroyed: u.isDestroyed,
  Readable, Writable, Duplex, Transform, PassThrough,
  pipeline: end.pipeline,
  addAbortSignal: end.addAbortSignal,
  finished: end.eos,
  destroy: u.destroyer,
  compose,
  duplexPair,
  getDefaultHighWaterMark, setDefaultHighWaterMark,
});
Object.defineProperty(Stream, 'promises', { configurable: true, enumerable: true, get: () => promises });
Object.defineProperty(end.pipeline, Symbol.for('nodejs.util.promisify.custom'), { enumerable: true, get: () => promises.pipeline });
Object.defineProperty(end.eos, Symbol.for('nodejs.util.promisify.custom'), { enumerable: true, get: () => promises.finished });
// The web stream bridges, loaded on first use (node:stream/web is not needed to use node:stream).
const adapters = () => require('internal/webstreams_adapters');
Readable.toWeb = (streamReadable, options) => adapters().newReadableStreamFromStreamReadable(streamReadable, options);
Readable.fromWeb = (readableStream, options) => adapters().newStreamReadableFromReadableStream(readableStream, options);
Writable.toWeb = (streamWritable) => adapters().newWritableStreamFromStreamWritable(streamWritable);
Writable.fromWeb = (writableStream, options) => adapters().newStreamWritableFromWritableStream(writableStream, options);
Duplex.toWeb = (duplex) => adapters().newReadableWritablePairFromDuplex(duplex);
Duplex.fromWeb = (pair, options) => adapters().newStreamDuplexFromReadableWritablePair(pair, options);
Stream.Stream = Stream;
Stream._isArrayBufferView = ArrayBuffer.isView;
Stream._isUint8Array = (value) => value instanceof Uint8Array;
Stream._uint8ArrayToBuffer = (chunk) => typeof Buffer === 'function' ? Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength) : chunk;

module.exports = Stream;

// process.stdout and process.stderr become Writables (node's SyncWriteStream for files and
// pipes) once streams exist, so readable.pipe(process.stdout) and pipeline(..., process.stdout) work.
const { initWritable } = require('internal/streams_writable');
const { Decoder } = require('internal/streams_chunks');
function SyncWriteStream() {}
Object.setPrototypeOf(SyncWriteStream.prototype, Writable.prototype);
Object.setPrototypeOf(SyncWriteStream, Writable);
SyncWriteStream.prototype._destroy = function (err, cb) { cb(err); };
function adoptStdio(stdio) {
  if (!stdio || typeof stdio.on === 'function' || typeof stdio.write !== 'function') return;
  // A write the program put there itself stays as it is.
  if (!Object.hasOwn(stdio, 'write') || !Function.prototype.toString.call(stdio.write).includes('[native code]')) return;
  const writeText = stdio.write;
  delete stdio.write;
  Object.setPrototypeOf(stdio, SyncWriteStream.prototype);
  initWritable(stdio, { decodeStrings: false, autoDestroy: false }, false);
  Stream.call(stdio);
  stdio._isStdio = true;
  stdio._write = function (chunk, encoding, cb) {
    const text = typeof chunk === 'string' ? chunk : typeof chunk.toString === 'function' && typeof Buffer === 'function' ? chunk.toString() : new Decoder('utf8').end(chunk);
    writeText.call(this, text);
    cb();
  };
  stdio.destroySoon = stdio.destroy;
}
adoptStdio(process.stdout);
adoptStdio(process.stderr);

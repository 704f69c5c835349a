'use strict';
// node:stream/web: the WHATWG Streams classes (the same objects as the globals).
const { ReadableStream, ReadableStreamDefaultReader, ReadableStreamDefaultController } = require('internal/webstreams_readable');
const { ReadableStreamBYOBReader, ReadableStreamBYOBRequest, ReadableByteStreamController } = require('internal/webstreams_bytes');
const { WritableStream, WritableStreamDefaultWriter, WritableStreamDefaultController } = require('internal/webstreams_writable');
const { TransformStream, TransformStreamDefaultController, TextEncoderStream, TextDecoderStream } = require('internal/webstreams_transform');
const { ByteLengthQueuingStrategy, CountQueuingStrategy } = require('internal/webstreams_util');
const { CompressionStream, DecompressionStream } = require('internal/webstreams_compression');

module.exports = {
  ReadableStream,
  ReadableStreamDefaultReader,
  ReadableStreamBYOBReader,
  ReadableStreamBYOBRequest,
  ReadableByteStreamController,
  ReadableStreamDefaultController,
  TransformStream,
  TransformStreamDefaultController,
  WritableStream,
  WritableStreamDefaultWriter,
  WritableStreamDefaultController,
  ByteLengthQueuingStrategy,
  CountQueuingStrategy,
  TextEncoderStream,
  TextDecoderStream,
  CompressionStream,
  DecompressionStream,
};

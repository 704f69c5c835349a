'use strict';
// TransformStream and TransformStreamDefaultController (https://streams.spec.whatwg.org/#ts-model),
// the abstract operations under their spec names, and the Encoding Standard's TextEncoderStream
// and TextDecoderStream built on them.
const u = require('internal/webstreams_util');
const { kState, kIllegal, invalidState, invalidThis, invalidArgType, invalidArgValue, customInspectSymbol } = u;
const r = require('internal/webstreams_readable');
const w = require('internal/webstreams_writable');

const isTransformStream = (value) => value instanceof Object && value[kState]?.kind === 'TransformStream';
const isController = (value) => value instanceof Object && value[kState]?.kind === 'TransformStreamDefaultController';

class TransformStream {
  // 6.2.4 new TransformStream(transformer, writableStrategy, readableStrategy)
  constructor(transformer = null, writableStrategy = {}, readableStrategy = {}) {
    if (transformer !== null && typeof transformer !== 'object' && typeof transformer !== 'function')
      throw invalidArgType('transformer', 'Object', transformer);
    if (transformer?.readableType !== undefined) throw invalidArgValue('transformer.readableType', transformer.readableType, 'is invalid', RangeError);
    if (transformer?.writableType !== undefined) throw invalidArgValue('transformer.writableType', transformer.writableType, 'is invalid', RangeError);
    const readableHighWaterMark = u.ExtractHighWaterMark(readableStrategy, 0);
    const readableSizeAlgorithm = u.ExtractSizeAlgorithm(readableStrategy);
    const writableHighWaterMark = u.ExtractHighWaterMark(writableStrategy, 1);
    const writableSizeAlgorithm = u.ExtractSizeAlgorithm(writableStrategy);
    const startPromise = u.createDeferred();
    InitializeTransformStream(this, startPromise, writableHighWaterMark, writableSizeAlgorithm, readableHighWaterMark, readableSizeAlgorithm);
    const start = SetUpTransformStreamDefaultControllerFromTransformer(this, transformer);
    if (start !== undefined) startPromise.resolve(start.call(transformer, this[kState].controller));
    else startPromise.resolve(undefined);
  }
  get readable() {
    if (!isTransformStream(this)) throw invalidThis('TransformStream');
    return this[kState].readable;
  }
  get writable() {
    if (!isTransformStream(this)) throw invalidThis('TransformStream');
    return this[kState].writable;
  }
  [customInspectSymbol](depth, options) {
    const state = this[kState];
    return u.customInspect(this, depth, options, { readable: state.readable, writable: state.writable, backpressure: state.backpressure });
  }
}

class TransformStreamDefaultController {
  constructor(key = undefined) {
    if (key !== kIllegal) throw u.makeNodeError(TypeError, 'ERR_ILLEGAL_CONSTRUCTOR', 'Illegal constructor');
  }
  get desiredSize() {
    if (!isController(this)) throw invalidThis('TransformStreamDefaultController');
    const readableController = this[kState].stream[kState].readable[kState].controller;
    return r.ReadableStreamDefaultControllerGetDesiredSize(readableController);
  }
  enqueue(chunk = undefined) {
    if (!isController(this)) throw invalidThis('TransformStreamDefaultController');
    TransformStreamDefaultControllerEnqueue(this, chunk);
  }
  error(reason = undefined) {
    if (!isController(this)) throw invalidThis('TransformStreamDefaultController');
    TransformStreamDefaultControllerError(this, reason);
  }
  terminate() {
    if (!isController(this)) throw invalidThis('TransformStreamDefaultController');
    TransformStreamDefaultControllerTerminate(this);
  }
  [customInspectSymbol](depth, options) { return u.customInspect(this, depth, options, { stream: this[kState].stream }); }
}

// 6.4.1 InitializeTransformStream
function InitializeTransformStream(stream, startPromise, writableHighWaterMark, writableSizeAlgorithm, readableHighWaterMark, readableSizeAlgorithm) {
  const state = stream[kState] = {
    kind: 'TransformStream', readable: undefined, writable: undefined, backpressure: undefined, backpressureChangePromise: undefined, controller: undefined,
  };
  const startAlgorithm = () => startPromise.promise;
  state.writable = w.CreateWritableStream(startAlgorithm, (chunk) => TransformStreamDefaultSinkWriteAlgorithm(stream, chunk),
    () => TransformStreamDefaultSinkCloseAlgorithm(stream), (reason) => TransformStreamDefaultSinkAbortAlgorithm(stream, reason),
    writableHighWaterMark, writableSizeAlgorithm);
  state.readable = r.CreateReadableStream(startAlgorithm, () => TransformStreamDefaultSourcePullAlgorithm(stream),
    (reason) => TransformStreamDefaultSourceCancelAlgorithm(stream, reason), readableHighWaterMark, readableSizeAlgorithm);
  TransformStreamSetBackpressure(stream, true);
}

// 6.4.1 TransformStreamError
function TransformStreamError(stream, error) {
  r.ReadableStreamDefaultControllerError(stream[kState].readable[kState].controller, error);
  TransformStreamErrorWritableAndUnblockWrite(stream, error);
}

// 6.4.1 TransformStreamErrorWritableAndUnblockWrite
function TransformStreamErrorWritableAndUnblockWrite(stream, error) {
  TransformStreamDefaultControllerClearAlgorithms(stream[kState].controller);
  w.WritableStreamDefaultControllerErrorIfNeeded(stream[kState].writable[kState].controller, error);
  TransformStreamUnblockWrite(stream);
}

// 6.4.1 TransformStreamSetBackpressure
function TransformStreamSetBackpressure(stream, backpressure) {
  const state = stream[kState];
  if (state.backpressureChangePromise !== undefined) state.backpressureChangePromise.resolve(undefined);
  state.backpressureChangePromise = u.createDeferred();
  state.backpressure = backpressure;
}

// 6.4.1 TransformStreamUnblockWrite
function TransformStreamUnblockWrite(stream) {
  if (stream[kState].backpressure) TransformStreamSetBackpressure(stream, false);
}

// 6.4.2 SetUpTransformStreamDefaultController
function SetUpTransformStreamDefaultController(stream, controller, transformAlgorithm, flushAlgorithm, cancelAlgorithm) {
  controller[kState] = { kind: 'TransformStreamDefaultController', stream, transformAlgorithm, flushAlgorithm, cancelAlgorithm, finishPromise: undefined };
  stream[kState].controller = controller;
}

// 6.4.2 SetUpTransformStreamDefaultControllerFromTransformer; answers the transformer's start, called by the constructor.
function SetUpTransformStreamDefaultControllerFromTransformer(stream, transformer) {
  const controller = new TransformStreamDefaultController(kIllegal);
  const start = u.callbackMember(transformer, 'start');
  const transform = u.callbackMember(transformer, 'transform');
  const flush = u.callbackMember(transformer, 'flush');
  const cancel = u.callbackMember(transformer, 'cancel');
  const transformAlgorithm = transform ? (chunk) => u.invokePromise(transform, transformer, [chunk, controller]) : (chunk) => {
    try {
      TransformStreamDefaultControllerEnqueue(controller, chunk);
      return u.PromiseResolve(undefined);
    } catch (error) {
      return u.PromiseReject(error);
    }
  };
  const flushAlgorithm = flush ? () => u.invokePromise(flush, transformer, [controller]) : () => u.PromiseResolve(undefined);
  const cancelAlgorithm = cancel ? (reason) => u.invokePromise(cancel, transformer, [reason]) : () => u.PromiseResolve(undefined);
  SetUpTransformStreamDefaultController(stream, controller, transformAlgorithm, flushAlgorithm, cancelAlgorithm);
  return start;
}

// 6.4.2 TransformStreamDefaultControllerClearAlgorithms
function TransformStreamDefaultControllerClearAlgorithms(controller) {
  controller[kState].transformAlgorithm = undefined;
  controller[kState].flushAlgorithm = undefined;
  controller[kState].cancelAlgorithm = undefined;
}

// 6.4.2 TransformStreamDefaultControllerEnqueue
function TransformStreamDefaultControllerEnqueue(controller, chunk) {
  const stream = controller[kState].stream;
  const readable = stream[kState].readable;
  const readableController = readable[kState].controller;
  if (!r.ReadableStreamDefaultControllerCanCloseOrEnqueue(readableController)) throw invalidState('Unable to enqueue');
  try {
    r.ReadableStreamDefaultControllerEnqueue(readableController, chunk);
  } catch (error) {
    TransformStreamErrorWritableAndUnblockWrite(stream, error);
    throw readable[kState].storedError;
  }
  const backpressure = r.ReadableStreamDefaultControllerHasBackpressure(readableController);
  if (backpressure !== stream[kState].backpressure) TransformStreamSetBackpressure(stream, true);
}

// 6.4.2 TransformStreamDefaultControllerError
function TransformStreamDefaultControllerError(controller, error) { TransformStreamError(controller[kState].stream, error); }

// 6.4.2 TransformStreamDefaultControllerPerformTransform
function TransformStreamDefaultControllerPerformTransform(controller, chunk) {
  const transformPromise = controller[kState].transformAlgorithm(chunk);
  return u.transformPromise(transformPromise, undefined, (reason) => {
    TransformStreamError(controller[kState].stream, reason);
    throw reason;
  });
}

// 6.4.2 TransformStreamDefaultControllerTerminate
function TransformStreamDefaultControllerTerminate(controller) {
  const stream = controller[kState].stream;
  r.ReadableStreamDefaultControllerClose(stream[kState].readable[kState].controller);
  TransformStreamErrorWritableAndUnblockWrite(stream, invalidState('TransformStream has been terminated'));
}

// 6.4.3 TransformStreamDefaultSinkWriteAlgorithm
function TransformStreamDefaultSinkWriteAlgorithm(stream, chunk) {
  const controller = stream[kState].controller;
  if (stream[kState].backpressure) {
    return u.transformPromise(stream[kState].backpressureChangePromise.promise, () => {
      const writable = stream[kState].writable;
      if (writable[kState].state === 'erroring') throw writable[kState].storedError;
      return TransformStreamDefaultControllerPerformTransform(controller, chunk);
    });
  }
  return TransformStreamDefaultControllerPerformTransform(controller, chunk);
}

// 6.4.3 TransformStreamDefaultSinkAbortAlgorithm
function TransformStreamDefaultSinkAbortAlgorithm(stream, reason) {
  const controller = stream[kState].controller;
  if (controller[kState].finishPromise !== undefined) return controller[kState].finishPromise.promise;
  const readable = stream[kState].readable;
  const finish = controller[kState].finishPromise = u.createDeferred();
  const cancelPromise = controller[kState].cancelAlgorithm(reason);
  TransformStreamDefaultControllerClearAlgorithms(controller);
  u.uponPromise(cancelPromise, () => {
    if (readable[kState].state === 'errored') finish.reject(readable[kState].storedError);
    else {
      r.ReadableStreamDefaultControllerError(readable[kState].controller, reason);
      finish.resolve(undefined);
    }
  }, (error) => {
    r.ReadableStreamDefaultControllerError(readable[kState].controller, error);
    finish.reject(error);
  });
  return finish.promise;
}

// 6.4.3 TransformStreamDefaultSinkCloseAlgorithm
function TransformStreamDefaultSinkCloseAlgorithm(stream) {
  const controller = stream[kState].controller;
  if (controller[kState].finishPromise !== undefined) return controller[kState].finishPromise.promise;
  const readable = stream[kState].readable;
  const finish = controller[kState].finishPromise = u.createDeferred();
  const flushPromise = controller[kState].flushAlgorithm();
  TransformStreamDefaultControllerClearAlgorithms(controller);
  u.uponPromise(flushPromise, () => {
    if (readable[kState].state === 'errored') finish.reject(readable[kState].storedError);
    else {
      r.ReadableStreamDefaultControllerClose(readable[kState].controller);
      finish.resolve(undefined);
    }
  }, (error) => {
    r.ReadableStreamDefaultControllerError(readable[kState].controller, error);
    finish.reject(error);
  });
  return finish.promise;
}

// 6.4.4 TransformStreamDefaultSourceCancelAlgorithm
function TransformStreamDefaultSourceCancelAlgorithm(stream, reason) {
  const controller = stream[kState].controller;
  if (controller[kState].finishPromise !== undefined) return controller[kState].finishPromise.promise;
  const writable = stream[kState].writable;
  const finish = controller[kState].finishPromise = u.createDeferred();
  const cancelPromise = controller[kState].cancelAlgorithm(reason);
  TransformStreamDefaultControllerClearAlgorithms(controller);
  u.uponPromise(cancelPromise, () => {
    if (writable[kState].state === 'errored') finish.reject(writable[kState].storedError);
    else {
      w.WritableStreamDefaultControllerErrorIfNeeded(writable[kState].controller, reason);
      TransformStreamUnblockWrite(stream);
      finish.resolve(undefined);
    }
  }, (error) => {
    w.WritableStreamDefaultControllerErrorIfNeeded(writable[kState].controller, error);
    TransformStreamUnblockWrite(stream);
    finish.reject(error);
  });
  return finish.promise;
}

// 6.4.4 TransformStreamDefaultSourcePullAlgorithm
function TransformStreamDefaultSourcePullAlgorithm(stream) {
  TransformStreamSetBackpressure(stream, false);
  return stream[kState].backpressureChangePromise.promise;
}

// ------------------------------------------------------------------ Encoding Standard streams

const kTransform = Symbol('kTransform');
const kDecoder = Symbol('kDecoder');

// The readable/writable pair of an encoding stream, with the brand checks of its class.
function encodingStreamAccessors(Class, name) {
  for (const side of ['readable', 'writable']) {
    Object.defineProperty(Class.prototype, side, {
      get() {
        if (!(this instanceof Object) || !(kTransform in this)) throw invalidThis(name);
        return this[kTransform][side];
      },
      enumerable: true,
      configurable: true,
    });
  }
}

// Encoding 5.2 TextEncoderStream: strings in, UTF-8 bytes out; a lone high surrogate at a chunk's
// end waits for the next chunk.
class TextEncoderStream {
  constructor() {
    const encoder = new TextEncoder();
    let pendingHighSurrogate = '';
    this[kTransform] = new TransformStream({
      transform(chunk, controller) {
        let text = pendingHighSurrogate + `${chunk}`;
        pendingHighSurrogate = '';
        const last = text.charCodeAt(text.length - 1);
        if (last >= 0xd800 && last <= 0xdbff) {
          pendingHighSurrogate = text[text.length - 1];
          text = text.slice(0, -1);
        }
        if (text !== '') controller.enqueue(encoder.encode(text));
      },
      flush(controller) {
        if (pendingHighSurrogate !== '') controller.enqueue(new Uint8Array([0xef, 0xbf, 0xbd]));
      },
    });
  }
  get encoding() {
    if (!(this instanceof Object) || !(kTransform in this)) throw invalidThis('TextEncoderStream');
    return 'utf-8';
  }
  [customInspectSymbol](depth, options) {
    return u.customInspect(this, depth, options, { encoding: this.encoding, readable: this.readable, writable: this.writable });
  }
}

// Encoding 5.1 TextDecoderStream: bytes in, text out through a streaming TextDecoder.
class TextDecoderStream {
  constructor(encoding = 'utf-8', options = {}) {
    const decoder = new TextDecoder(encoding, options);
    this[kDecoder] = decoder;
    this[kTransform] = new TransformStream({
      transform(chunk, controller) {
        if (!(chunk instanceof ArrayBuffer) && !ArrayBuffer.isView(chunk) && !(typeof SharedArrayBuffer === 'function' && chunk instanceof SharedArrayBuffer))
          throw invalidArgType('input', ['ArrayBuffer', 'ArrayBufferView'], chunk);
        const value = decoder.decode(chunk, { stream: true });
        if (value) controller.enqueue(value);
      },
      flush(controller) {
        const value = decoder.decode();
        if (value) controller.enqueue(value);
      },
    });
  }
  get encoding() { return decoderOf(this).encoding; }
  get fatal() { return decoderOf(this).fatal; }
  get ignoreBOM() { return decoderOf(this).ignoreBOM; }
  [customInspectSymbol](depth, options) {
    return u.customInspect(this, depth, options, {
      encoding: this.encoding, fatal: this.fatal, ignoreBOM: this.ignoreBOM, readable: this.readable, writable: this.writable,
    });
  }
}

function decoderOf(self) {
  if (!(self instanceof Object) || !(kTransform in self)) throw invalidThis('TextDecoderStream');
  return self[kDecoder];
}

encodingStreamAccessors(TextEncoderStream, 'TextEncoderStream');
encodingStreamAccessors(TextDecoderStream, 'TextDecoderStream');
u.defineWebIdlClass(TransformStream, 'TransformStream');
u.defineWebIdlClass(TransformStreamDefaultController, 'TransformStreamDefaultController');
u.defineWebIdlClass(TextEncoderStream, 'TextEncoderStream');
u.defineWebIdlClass(TextDecoderStream, 'TextDecoderStream');

module.exports = { TransformStream, TransformStreamDefaultController, TextEncoderStream, TextDecoderStream, isTransformStream };

'use strict';
// Duplex (a Readable that is also a Writable), Transform (writes in, transformed pushes out,
// flush at the end) and PassThrough.
const { Readable, initReadable, constructReadable, defineGetters } = require('internal/streams_readable');
const { Writable, initWritable, constructWritable, wGetters } = require('internal/streams_writable');
const Stream = require('internal/streams_legacy');
const errs = require('internal/streams_errors');

function Duplex(options) {
  if (!(this instanceof Duplex)) return new Duplex(options);
  initReadable(this, options, true);
  initWritable(this, options, true);
  if (options) {
    this.allowHalfOpen = options.allowHalfOpen !== false;
    if (options.readable === false) {
      const r = this._readableState;
      r.readable = false;
      r.ended = true;
      r.endEmitted = true;
    }
    if (options.writable === false) {
      const w = this._writableState;
      w.writable = false;
      w.ending = true;
      w.ended = true;
      w.finished = true;
    }
    if (options.signal) require('internal/streams_end').addAbortSignal(options.signal, this);
  } else {
    this.allowHalfOpen = true;
  }
  Stream.call(this, options);
  // Both sides wait for one construct callback.
  constructReadable(this);
  constructWritable(this);
}
Object.setPrototypeOf(Duplex.prototype, Readable.prototype);
Object.setPrototypeOf(Duplex, Readable);

for (const method of Object.getOwnPropertyNames(Writable.prototype)) {
  const desc = Object.getOwnPropertyDescriptor(Writable.prototype, method);
  if (desc.get || desc.set || Duplex.prototype[method]) continue; // the Readable side's methods win
  Duplex.prototype[method] = Writable.prototype[method];
}
Duplex.prototype.destroy = Writable.prototype.destroy;
defineGetters(Duplex.prototype, {
  writable: Object.getOwnPropertyDescriptor(Writable.prototype, 'writable'),
  writableHighWaterMark: wGetters.writableHighWaterMark,
  writableObjectMode: wGetters.writableObjectMode,
  writableBuffer: wGetters.writableBuffer,
  writableLength: wGetters.writableLength,
  writableFinished: wGetters.writableFinished,
  writableCorked: wGetters.writableCorked,
  writableEnded: wGetters.writableEnded,
  writableNeedDrain: wGetters.writableNeedDrain,
  destroyed: {
    get() {
      if (this._readableState === undefined || this._writableState === undefined) return false;
      return this._readableState.destroyed && this._writableState.destroyed;
    },
    set(value) {
      if (this._readableState && this._writableState) {
        this._readableState.destroyed = value;
        this._writableState.destroyed = value;
      }
    },
  },
});

const kCallback = Symbol('kCallback');

function Transform(options) {
  if (!(this instanceof Transform)) return new Transform(options);
  Duplex.call(this, options);
  // Pushes from _transform may emit 'data' at once: the readable side is never "sync".
  this._readableState.sync = false;
  this[kCallback] = null;
  if (options) {
    if (typeof options.transform === 'function') this._transform = options.transform;
    if (typeof options.flush === 'function') this._flush = options.flush;
  }
  this.on('prefinish', transformPrefinish);
}
Object.setPrototypeOf(Transform.prototype, Duplex.prototype);
Object.setPrototypeOf(Transform, Duplex);

function transformFinal(cb) {
  if (typeof this._flush === 'function' && !this.destroyed) {
    this._flush((er, data) => {
      if (er) {
        if (cb) cb(er);
        else this.destroy(er);
        return;
      }
      if (data != null) this.push(data);
      this.push(null);
      if (cb) cb();
    });
  } else {
    this.push(null);
    if (cb) cb();
  }
}

function transformPrefinish() {
  if (this._final !== transformFinal) transformFinal.call(this);
}

Transform.prototype._final = transformFinal;
Transform.prototype._transform = function () { throw errs.notImplemented('_transform()'); };

Transform.prototype._write = function (chunk, encoding, callback) {
  const r = this._readableState;
  const w = this._writableState;
  const length = r.length;
  this._transform(chunk, encoding, (err, val) => {
    if (err) {
      callback(err);
      return;
    }
    if (val != null) this.push(val);
    // Continue at once unless the readable side is full: then the next _read continues.
    if (w.ended || length === r.length || r.length < r.highWaterMark) callback();
    else this[kCallback] = callback;
  });
};

Transform.prototype._read = function () {
  if (this[kCallback]) {
    const callback = this[kCallback];
    this[kCallback] = null;
    callback();
  }
};

function PassThrough(options) {
  if (!(this instanceof PassThrough)) return new PassThrough(options);
  Transform.call(this, options);
}
Object.setPrototypeOf(PassThrough.prototype, Transform.prototype);
Object.setPrototypeOf(PassThrough, Transform);
PassThrough.prototype._transform = function (chunk, encoding, cb) { cb(null, chunk); };

module.exports = { Duplex, Transform, PassThrough };

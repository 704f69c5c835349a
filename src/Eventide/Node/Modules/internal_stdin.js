'use strict';
const { Buffer } = require('buffer'); // node's own modules use the module's Buffer, granted as a global or not
// process.stdin as node makes it on first use: a Readable over fd 0 of the class node picks for what
// fd 0 is (fs.ReadStream for a file, net.Socket for a pipe, tty.ReadStream for a terminal). The
// reading happens off the loop thread (internal/stdin_binding); chunks arrive in the poll phase. It
// reads only while the stream wants data, and a paused stdin stops reading, so it keeps the process
// alive only then, as node's does.
const binding = require('internal/stdin_binding');
const { Readable } = require('stream');

const kind = binding.kind;
let opened = false;

function onChunk(chunk) {
  if (chunk === null) {
    stdin.push(null);
    return;
  }
  if (!stdin.push(Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength))) binding.readStop();
}

// Someone waits for the data (flowing, or a 'readable' listener, as for await has): only then does
// the read keep the process alive; a paused stdin topping up its buffer does not.
// stdin.unref() takes that away.
const kUnref = Symbol('kUnref');
const wanted = (stream) => !stream[kUnref] && (stream.readableFlowing !== false || stream._readableState.readableListening);

const methods = {
  _read() {
    if (!opened) {
      opened = true;
      // libuv reads up to 64 KiB at a time whatever the stream's highWaterMark.
      binding.open(onChunk, 64 * 1024);
    }
    binding.readStart(wanted(this));
  },
  _destroy(err, cb) {
    binding.close();
    cb(err);
  },
  // As net.Socket's: pausing stops the reads, so a paused stdin does not hold the loop.
  pause() {
    Readable.prototype.pause.call(this);
    binding.readStop();
    return this;
  },
  resume() {
    Readable.prototype.resume.call(this);
    if (this._readableState.reading && !this.readableEnded) binding.readStart(wanted(this));
    return this;
  },
  ref() {
    this[kUnref] = false;
    binding.keepAlive(wanted(this));
    return this;
  },
  unref() {
    this[kUnref] = true;
    binding.keepAlive(false);
    return this;
  },
};

// The three classes node uses, each just a Readable here, named as node names them.
function streamClass(name, extra) {
  const Class = { [name]: class extends Readable {} }[name];
  Object.assign(Class.prototype, methods, extra);
  return Class;
}

const ReadStream = streamClass('ReadStream');
const Socket = streamClass('Socket');
const TtyReadStream = streamClass('ReadStream', {
  setRawMode(flag) {
    flag = !!flag;
    binding.setRawMode(flag);
    this.isRaw = flag;
    return this;
  },
});

let stdin;
if (kind === 'file') {
  // node's stdin file stream does not close fd 0 (autoClose: false): no 'close'.
  stdin = new ReadStream({ highWaterMark: 64 * 1024, emitClose: false });
} else if (kind === 'tty') {
  stdin = new TtyReadStream({ highWaterMark: 16 * 1024 });
  stdin.isRaw = false;
  stdin.isTTY = true;
} else {
  stdin = new Socket({ highWaterMark: 16 * 1024 });
}
stdin.fd = 0;
// A pause lands while a resume is still scheduled (the resume reads once more): a tick later,
// a stdin that is not flowing stops reading, so that the process can end (as node's getStdin does).
stdin.on('pause', () => process.nextTick(() => {
  if (!stdin.readableFlowing && stdin._readableState.reading) {
    stdin._readableState.reading = false;
    binding.readStop();
  }
}));

module.exports = stdin;

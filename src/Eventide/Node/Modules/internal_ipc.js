'use strict';
// The IPC channel of child_process.fork, on both ends (node's setupChannel): send, disconnect and
// connected on the ChildProcess in the parent and on process in the child, 'message' and
// 'disconnect' events, and node's 'json' serialization over the native channel
// (internal/child_process's IpcChannel: one JSON text a line).
const { makeNodeError, invalidArgType } = require('internal/errors');

const channelClosed = () => makeNodeError(Error, 'ERR_IPC_CHANNEL_CLOSED', 'Channel closed');

// target: the object that gets send/disconnect/connected/channel; emit(event, ...args) raises its events.
function setupChannel(target, channel, emit, onListenersMaybeChanged = () => {}) {
  target.connected = true;
  target.channel = {
    ref() { channel.ref(); },
    unref() { channel.unref(); },
  };
  const disconnected = () => {
    target.connected = false;
    emit('disconnect');
    onListenersMaybeChanged();
  };
  channel.start((text) => {
    let message;
    try { message = JSON.parse(text); } catch { return; }
    // node's own messages (cmd: 'NODE_...') are not the script's.
    if (message !== null && typeof message === 'object' && typeof message.cmd === 'string' && message.cmd.startsWith('NODE_')) return;
    emit('message', message, undefined);
    onListenersMaybeChanged();
  }, disconnected);

  target.send = function send(message, handle, options, callback) {
    if (typeof handle === 'function') { callback = handle; handle = undefined; options = undefined; }
    else if (typeof options === 'function') { callback = options; options = undefined; }
    else if (options !== undefined && (options === null || typeof options !== 'object')) throw invalidArgType('options', 'Object', options);
    if (message === undefined) throw makeNodeError(TypeError, 'ERR_MISSING_ARGS', 'The "message" argument must be specified');
    if (!['string', 'object', 'number', 'boolean'].includes(typeof message)) {
      throw invalidArgType('message', ['string', 'object', 'number', 'boolean'], message);
    }
    if (!target.connected) {
      const error = channelClosed();
      if (typeof callback === 'function') process.nextTick(callback, error);
      else process.nextTick(() => emit('error', error));
      return false;
    }
    const text = JSON.stringify(message);
    channel.send(text, (code) => {
      if (typeof callback !== 'function') return;
      if (code) {
        const error = new Error(`write ${code}`);
        error.code = code;
        error.syscall = 'write';
        callback(error);
      } else callback(null);
    });
    return true;
  };

  target.disconnect = function disconnect() {
    if (!target.connected) {
      emit('error', makeNodeError(Error, 'ERR_IPC_DISCONNECTED', 'IPC channel is already disconnected'));
      return;
    }
    target.connected = false;
    channel.close();
    process.nextTick(() => {
      emit('disconnect');
      onListenersMaybeChanged();
    });
  };
}

// The child's end: process gets send/disconnect and its 'message' and 'disconnect' events; the
// channel keeps the child alive only while someone listens for them, as in node.
function setupChild(channel) {
  const listening = () => process.connected && process.listenerCount('message') + process.listenerCount('disconnect') > 0;
  const refresh = () => (listening() ? channel.ref() : channel.unref());
  const emit = (event, ...args) => {
    if (event === 'error' && process.listenerCount('error') === 0) throw args[0];
    process.emit(event, ...args);
  };
  setupChannel(process, channel, emit, refresh);
  for (const name of ['on', 'addListener', 'once', 'removeListener', 'off']) {
    const original = process[name];
    const wrapped = { [name](...args) { const result = original.apply(this, args); refresh(); return result; } }[name];
    Object.defineProperty(process, name, { value: wrapped, writable: true, configurable: true, enumerable: false });
  }
  refresh();
}

module.exports = { setupChannel, setupChild };

'use strict';
// node:net where it exists; until then a stand-in Server that http.Server can extend, whose
// connections come from server.emit('connection', duplex) (node's documented way to feed any Duplex).
const EventEmitter = require('events');

function load() {
  try {
    return require('net');
  } catch {
    function Server() {
      EventEmitter.call(this);
      this.listening = false;
    }
    Object.setPrototypeOf(Server.prototype, EventEmitter.prototype);
    Server.prototype.address = () => null;
    Server.prototype.listen = () => { throw new Error('net is not available yet'); };
    Server.prototype.close = function close(callback) {
      if (callback) process.nextTick(callback);
      process.nextTick(() => this.emit('close'));
      return this;
    };
    return { Server, createConnection: null };
  }
}

module.exports = load();

'use strict';
// node's timers/promises: the timer functions as promises.
const timers = require('timers');
module.exports = {
  setTimeout(delay, value) { return new Promise((resolve) => timers.setTimeout(resolve, delay, value)); },
  setImmediate(value) { return new Promise((resolve) => timers.setImmediate(resolve, value)); },
  async *setInterval(delay, value) { while (true) yield await new Promise((resolve) => timers.setTimeout(resolve, delay, value)); },
  scheduler: { wait(delay) { return new Promise((resolve) => timers.setTimeout(resolve, delay)); }, yield() { return new Promise((resolve) => timers.setImmediate(resolve)); } },
};

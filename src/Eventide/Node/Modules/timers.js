'use strict';
// The same functions as the globals (require('timers').setTimeout === setTimeout), from the realm's timer binding.
const { setTimeout, clearTimeout, setInterval, clearInterval, setImmediate, clearImmediate } = require('internal/timers');
module.exports = { setTimeout, clearTimeout, setInterval, clearInterval, setImmediate, clearImmediate };

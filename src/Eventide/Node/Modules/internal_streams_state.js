'use strict';
// highWaterMark option handling (node 20: 16 KiB for bytes, 16 objects in object mode).
const { invalidArgValue } = require('internal/errors');

let defaultBytes = 16 * 1024;
let defaultObjects = 16;

const getDefaultHighWaterMark = (objectMode) => objectMode ? defaultObjects : defaultBytes;

function setDefaultHighWaterMark(objectMode, value) {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) throw invalidArgValue('value', value);
  if (objectMode) defaultObjects = value;
  else defaultBytes = value;
}

function getHighWaterMark(state, options, duplexKey, isDuplex) {
  const hwm = options.highWaterMark != null ? options.highWaterMark : isDuplex ? options[duplexKey] : null;
  if (hwm != null) {
    if (!Number.isInteger(hwm) || hwm < 0) {
      const name = isDuplex ? `options.${duplexKey}` : 'options.highWaterMark';
      throw invalidArgValue(name, hwm);
    }
    return Math.floor(hwm);
  }
  return getDefaultHighWaterMark(state.objectMode);
}

module.exports = { getHighWaterMark, getDefaultHighWaterMark, setDefaultHighWaterMark };

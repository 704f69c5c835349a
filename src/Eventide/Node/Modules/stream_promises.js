'use strict';
// node:stream/promises: pipeline and finished as promises.
const { pipelinePromise, finishedPromise } = require('internal/streams_end');

module.exports = { pipeline: pipelinePromise, finished: finishedPromise };

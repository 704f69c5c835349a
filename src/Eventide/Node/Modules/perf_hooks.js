'use strict';
// node:perf_hooks, the parts that exist: performance and its entry classes.
const { performance, Performance, PerformanceEntry, PerformanceMark, PerformanceMeasure } = require('internal/perf');
module.exports = { performance, Performance, PerformanceEntry, PerformanceMark, PerformanceMeasure, constants: {} };

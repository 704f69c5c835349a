'use strict';
// performance (the High Resolution Time and User Timing basics node offers: now, timeOrigin,
// mark, measure, the entry getters and clears, toJSON) and the PerformanceEntry classes.
const { EventTarget } = require('internal/event_target');
const { DOMException } = require('internal/dom_exception');
const { makeNodeError, invalidArgType, illegalConstructor, invalidThis, missingArgs, inspectWithName, customInspectSymbol } = require('internal/errors');
const { now, timeOrigin } = require('internal/web_binding');

const kCreate = Symbol('kCreate');
const kEntry = Symbol('kEntry');
const entries = [];

class PerformanceEntry {
  constructor() {
    if (arguments[0] !== kCreate) throw illegalConstructor();
    const [, name, type, start, duration, detail] = arguments;
    this[kEntry] = { name, type, start, duration, detail };
  }
  get name() { return entryOf(this, 'PerformanceEntry').name; }
  get entryType() { return entryOf(this, 'PerformanceEntry').type; }
  get startTime() { return entryOf(this, 'PerformanceEntry').start; }
  get duration() { return entryOf(this, 'PerformanceEntry').duration; }

  toJSON() {
    return { name: this.name, entryType: this.entryType, startTime: this.startTime, duration: this.duration };
  }

  [customInspectSymbol](depth, options) {
    return inspectWithName(this, this.toJSON(), depth, options);
  }
}

function entryOf(self, type) {
  if (self === null || typeof self !== 'object' || !(kEntry in self)) throw invalidThis(type);
  return self[kEntry];
}

class PerformanceMark extends PerformanceEntry {
  constructor(name, options = undefined) {
    if (arguments.length === 0) throw missingArgs('name');
    if (options !== undefined && (options === null || typeof options !== 'object')) throw invalidArgType('options', 'Object', options);
    const start = options?.startTime ?? now();
    if (typeof start !== 'number') throw invalidArgType('options.startTime', 'number', start);
    if (start < 0) throw makeNodeError(TypeError, 'ERR_PERFORMANCE_INVALID_TIMESTAMP', `${start} is not a valid timestamp`);
    const detail = options?.detail === undefined ? null : structuredCloneDetail(options.detail);
    super(kCreate, `${name}`, 'mark', start, 0, detail);
  }
  get detail() { return entryOf(this, 'PerformanceMark').detail; }
  toJSON() { return { ...super.toJSON(), detail: this.detail }; }
}

class PerformanceMeasure extends PerformanceEntry {
  constructor() {
    if (arguments[0] !== kCreate) throw illegalConstructor();
    super(...arguments);
  }
  get detail() { return entryOf(this, 'PerformanceMeasure').detail; }
  toJSON() { return { ...super.toJSON(), detail: this.detail }; }
}

function structuredCloneDetail(detail) {
  return require('internal/web_binding').structuredClone(detail);
}

// A mark's name or a number as a time: an unknown name is node's SyntaxError DOMException.
function resolveMark(mark) {
  if (typeof mark === 'number') {
    if (mark < 0) throw new DOMException(`${mark} cannot be negative.`, 'SyntaxError');
    return mark;
  }
  const name = `${mark}`;
  for (let i = entries.length - 1; i >= 0; i--) {
    if (entries[i].entryType === 'mark' && entries[i].name === name) return entries[i].startTime;
  }
  throw new DOMException(`The "${name}" performance mark has not been set`, 'SyntaxError');
}

function filterEntries(name, type) {
  return entries.filter((e) => (name === undefined || e.name === name) && (type === undefined || e.entryType === type))
    .sort((a, b) => a.startTime - b.startTime);
}

function clearEntries(type, name) {
  for (let i = entries.length - 1; i >= 0; i--) {
    if (entries[i].entryType === type && (name === undefined || entries[i].name === `${name}`)) entries.splice(i, 1);
  }
}

class Performance extends EventTarget {
  constructor() {
    if (arguments[0] !== kCreate) throw illegalConstructor();
    super();
  }

  now() { return now(); }
  get timeOrigin() { return timeOrigin; }

  mark(name, options) {
    if (arguments.length === 0) throw missingArgs('name');
    const mark = new PerformanceMark(name, options);
    entries.push(mark);
    return mark;
  }

  measure(name, startOrOptions, endMark) {
    if (arguments.length === 0) throw missingArgs('name');
    let start = 0;
    let end;
    let detail = null;
    if (startOrOptions !== null && typeof startOrOptions === 'object') {
      const { start: s, end: e, duration, detail: d } = startOrOptions;
      if (s !== undefined) start = resolveMark(s);
      if (e !== undefined) end = resolveMark(e);
      else if (duration !== undefined) end = start + duration;
      if (s === undefined && duration !== undefined && e !== undefined) start = end - duration;
      detail = d === undefined ? null : structuredCloneDetail(d);
    } else if (startOrOptions !== undefined) {
      start = resolveMark(startOrOptions);
    }
    if (endMark !== undefined) end = resolveMark(endMark);
    end ??= now();
    const measure = new PerformanceMeasure(kCreate, `${name}`, 'measure', start, end - start, detail);
    entries.push(measure);
    return measure;
  }

  getEntries() { return filterEntries(undefined, undefined); }

  getEntriesByName(name, type) {
    if (arguments.length === 0) throw missingArgs('name');
    return filterEntries(`${name}`, type === undefined ? undefined : `${type}`);
  }

  getEntriesByType(type) {
    if (arguments.length === 0) throw missingArgs('type');
    return filterEntries(undefined, `${type}`);
  }

  clearMarks(name) { clearEntries('mark', name); }
  clearMeasures(name) { clearEntries('measure', name); }

  toJSON() {
    return { nodeTiming: this.nodeTiming, timeOrigin, eventLoopUtilization: {} };
  }

  [customInspectSymbol](depth, options) {
    return inspectWithName(this, { nodeTiming: this.nodeTiming, timeOrigin }, depth, options);
  }
}

// nodeTiming: the milestones of this process's start, as far as the engine knows them.
class PerformanceNodeTiming {
  get name() { return 'node'; }
  get entryType() { return 'node'; }
  get startTime() { return 0; }
  get duration() { return now(); }
  get nodeStart() { return 0; }
  get v8Start() { return 0; }
  get environment() { return 0; }
  get bootstrapComplete() { return 0; }
  get loopStart() { return -1; }
  get loopExit() { return -1; }
  get idleTime() { return 0; }
  [customInspectSymbol](depth, options) {
    return inspectWithName(this, {
      name: 'node', entryType: 'node', startTime: 0, duration: this.duration, nodeStart: 0, v8Start: 0,
      bootstrapComplete: 0, environment: 0, loopStart: -1, loopExit: -1, idleTime: 0,
    }, depth, options);
  }
}

for (const [cls, tag] of [[Performance, 'Performance'], [PerformanceEntry, 'PerformanceEntry'], [PerformanceMark, 'PerformanceMark'], [PerformanceMeasure, 'PerformanceMeasure']]) {
  Object.defineProperty(cls.prototype, Symbol.toStringTag, { writable: false, enumerable: false, configurable: true, value: tag });
}
const nodeTiming = new PerformanceNodeTiming();
Object.defineProperty(Performance.prototype, 'nodeTiming', { get() { return nodeTiming; }, enumerable: true, configurable: true });
for (const name of ['now', 'timeOrigin', 'mark', 'measure', 'getEntries', 'getEntriesByName', 'getEntriesByType', 'clearMarks', 'clearMeasures', 'toJSON']) {
  Object.defineProperty(Performance.prototype, name, { enumerable: true });
}

const performance = new Performance(kCreate);

module.exports = { performance, Performance, PerformanceEntry, PerformanceMark, PerformanceMeasure };

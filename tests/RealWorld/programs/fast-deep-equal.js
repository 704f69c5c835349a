'use strict';
// fast-deep-equal: deep equality of objects, arrays, dates, regexps, valueOf objects.
const equal = require('fast-deep-equal');
const show = (label, value) => console.log(label, JSON.stringify(value));

const cases = [
  [{ a: [1, 2, { b: 3 }] }, { a: [1, 2, { b: 3 }] }],
  [{ a: 1 }, { a: 1, b: undefined }],
  [[1, 2], [1, 2, 3]],
  [new Date(1), new Date(1)],
  [new Date(1), new Date(2)],
  [/a/g, /a/g],
  [/a/g, /a/i],
  [NaN, NaN],
  [null, undefined],
  [{ valueOf() { return 1; } }, { valueOf() { return 1; } }],
  [Object.create(null), {}],
  ['a', 'a'],
  [{ x: { y: { z: [1] } } }, { x: { y: { z: [2] } } }],
];
show('fast-deep-equal', cases.map(([a, b]) => equal(a, b)));

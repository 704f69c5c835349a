'use strict';
// fast-deep-equal/es6: deep equality including Maps, Sets and typed arrays.
const equal = require('fast-deep-equal/es6');
const show = (label, value) => console.log(label, JSON.stringify(value));
show('maps/sets', [equal(new Map([[1, 2]]), new Map([[1, 2]])), equal(new Set([1]), new Set([2])), equal(new Map([[1, { a: 1 }]]), new Map([[1, { a: 1 }]]))]);
show('typed arrays', [equal(new Uint8Array([1, 2]), new Uint8Array([1, 2])), equal(new Int16Array([1]), new Int16Array([2]))]);
show('objects', [equal({ a: [1, { b: new Set([1]) }] }, { a: [1, { b: new Set([1]) }] }), equal([1], [1, 2])]);

'use strict';
// co: generator-based control flow yielding promises, thunks, arrays, objects, generators.
const co = require('co');
const show = (label, value) => console.log(label, JSON.stringify(value));
const delay = (ms, v) => new Promise(r => setTimeout(() => r(v), ms));
const thunk = (ms, v) => cb => setTimeout(() => cb(null, v), ms);
const failingThunk = msg => cb => setImmediate(() => cb(new Error(msg)));

function* inner(n) { const a = yield delay(2, n); return a * 2; }

co(function* () {
  show('promise', yield delay(10, 1));
  show('thunk', yield thunk(5, 'thunk'));
  show('array', yield [delay(10, 'a'), delay(1, 'b'), thunk(2, 'c')]);
  show('object', yield { x: delay(3, 1), y: { z: delay(1, 2) }, plain: 3 });
  show('generator', yield inner(21));
  show('generator fn', yield inner);
  show('delegate', yield* (function* () { return (yield delay(1, 'deleg')) + '!'; })());
  try {
    yield failingThunk('thunk failed');
  } catch (e) {
    show('caught thunk error', e.message);
  }
  try {
    yield Promise.reject(new TypeError('promise failed'));
  } catch (e) {
    show('caught promise error', [e.name, e.message]);
  }
  try {
    yield 42;
  } catch (e) {
    show('bad yield', e.message.split('\n')[0].slice(0, 60));
  }
  const results = [];
  for (let i = 0; i < 5; i++) results.push(yield delay(5 - i, i));
  show('loop', results);
  const fn = co.wrap(function* (a, b) { return (yield delay(1, a)) + b; });
  show('wrap', yield fn(1, 2));
  show('this', yield co.call({ name: 'ctx' }, function* () { return this.name; }));
  show('args', yield co(function* (a, b) { return [a, b]; }, 'x', 'y'));
  return 'finished';
}).then(v => {
  show('result', v);
  return co(function* () { throw new Error('outer'); });
}).catch(e => {
  show('rejected', e.message);
  return co(function* () { const vals = yield [1, 2].map(n => co(function* () { return (yield delay(n, n)) * 3; })); return vals; });
}).then(v => show('nested co', v));

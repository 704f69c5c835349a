// Array methods' Set(O, P, V, true) failures in V8's words: read-only, non-extensible, and getter-only
// properties, own or inherited, on arrays and array-likes.
'use strict';
const tries = [
  () => Array.prototype.push.call(Object.defineProperty({ length: 0 }, '0', { value: 1, writable: false }), 5),
  () => Array.prototype.push.call(Object.freeze({ length: 0 }), 5),
  () => Object.freeze([1]).push(2),
  () => Array.prototype.fill.call(Object.defineProperty([1, 2], '0', { value: 1, writable: false }), 0),
  () => { class Foo { get 0() { return 1; } } const o = new Foo(); o.length = 1; Array.prototype.fill.call(o, 3); },
  () => { Object.defineProperty(Array.prototype, 1, { get() { return 0; }, configurable: true }); try { [].push(1, 2); } finally { delete Array.prototype[1]; } },
  () => { const a = [1, 2, 3]; Object.defineProperty(a, 1, { get() { return 0; } }); a.reverse(); },
];
for (const t of tries) { try { t(); console.log('no error'); } catch (e) { console.log(e.constructor.name + ': ' + e.message); } }

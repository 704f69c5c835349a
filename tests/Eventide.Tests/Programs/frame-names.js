// Stack frame names as V8 prints them: Type.method for calls on a receiver, [as key] when the
// function was found under another key, accessors and symbol-named methods without the type.
function top() { return new Error('x').stack.split('\n')[2].replace(/ \(.*\)$/, '').replace(/^ +at /, '').replace(/^.*\.js:/, 'FILE:'); }
const o = { m() { return top(); }, get g() { return top(); }, set s(v) { this.r = top(); }, f: function () { return top(); }, a: () => top() };
class K { meth() { return top(); } static sm() { return top(); } get gv() { return top(); } static get sg() { return top(); } }
class Sub extends K {}
function plain() { return top(); }
const alias = { other: plain, nested: { deep() { return top(); } } };
const results = [
  o.m(), o.g, (o.s = 1, o.r), o.f(), new K().meth(), K.sm(), new K().gv, K.sg, new Sub().meth(), Sub.sm(),
  plain(), alias.other(), alias.nested.deep(), plain.call({}), plain.call([]), plain.call(new K()), plain.call(Object.create(null)),
  plain.call(5), plain.call('s'), plain.call(plain), plain.call(K), [1].map(function cb() { return top(); })[0],
  (function () { return top(); })(), (function () { return top(); }).call({}), Reflect.apply(o.m, {}, []),
  new (class Q { constructor() { this.v = top(); } })().v, new (function F() { this.v = top(); })().v,
  ({ ['comp' + 'uted']() { return top(); } }).computed(), ({ [Symbol.iterator]() { return top(); } })[Symbol.iterator](),
  (() => { 'use strict'; return plain(); })(), Object.assign(Object.create({ inherited() { return top(); } })).inherited(),
  new Map([[1, 1]]).forEach(function each() { console.log('forEach:', top()); }),
];
for (const r of results) console.log(r);

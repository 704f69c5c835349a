// util.types: brand checks by internal slot (subclasses, proxies, swapped prototypes, boxed primitives).
const { types } = require('util');
const vm = { proxy: new Proxy({}, {}), proxyOfDate: new Proxy(new Date(), {}) };
class MyMap extends Map {}
class MyPromise extends Promise {}
class MyError extends TypeError {}
const fakeDate = Object.create(Date.prototype);
const swapped = Object.setPrototypeOf(new Map(), Set.prototype);
const args = (function () { return arguments; })(1, 2);
const samples = {
  date: new Date(), fakeDate, regexp: /x/, fakeRegExp: Object.create(RegExp.prototype), map: new Map(), myMap: new MyMap(), swapped,
  set: new Set(), weakMap: new WeakMap(), weakSet: new WeakSet(), mapIter: new Map().keys(), setIter: new Set().entries(),
  arrayIter: [][Symbol.iterator](), promise: Promise.resolve(), myPromise: MyPromise.resolve(), thenable: { then() {} },
  error: new Error('x'), myError: new MyError('y'), fakeError: Object.create(Error.prototype), args, array: [1],
  num: new Number(1), str: new String('s'), bool: new Boolean(false), sym: Object(Symbol('s')), big: Object(1n), prim: 1,
  proxy: vm.proxy, proxyOfDate: vm.proxyOfDate, asyncFn: async () => {}, genFn: function* () {}, asyncGenFn: async function* () {},
  gen: (function* () {})(), asyncGen: (async function* () {})(), bound: (async () => {}).bind(null), fn() {},
  ab: new ArrayBuffer(2), sab: new SharedArrayBuffer(2), dv: new DataView(new ArrayBuffer(2)), u8: new Uint8Array(2),
  f64: new Float64Array(1), big64: new BigInt64Array(1), buf: Buffer.alloc(1),
};
for (const [predicate, test] of Object.entries(types)) {
  const yes = Object.entries(samples).filter(([, v]) => test(v)).map(([k]) => k);
  console.log(predicate.padEnd(24), yes.join(' '));
}
console.log(Object.keys(types).length, typeof types.isProxy, types.isProxy.name);
import('util').then((ns) => console.log('namespace', types.isModuleNamespaceObject(ns), types.isModuleNamespaceObject({})));

// structuredClone: primitives, plain objects, arrays with holes, Date, RegExp, Map, Set, errors,
// boxed primitives, cycles and shared references; DataCloneError for functions, symbols and
// exotic objects; node's argument errors.
const show = (f) => { try { console.log(f()); } catch (e) { console.log(e.name, e.code, e.message, e instanceof DOMException); } };
class K { constructor() { this.a = 1; } get g() { return 2; } }
const o = {
  n: 1, s: 'x', b: true, u: undefined, nul: null, big: 10n, neg0: -0, nan: NaN, d: new Date(0), r: /a+/gi,
  m: new Map([[1, { x: 1 }]]), st: new Set([1, 'a']), arr: [1, , 3], k: new K(),
  bn: new Number(3), bs: new String('s'), bb: new Boolean(false), bbig: Object(5n),
};
o.self = o;
o.arr.extra = 'e';
o.r.lastIndex = 2;
const c = structuredClone(o);
console.log(c, c.self === c, c.d instanceof Date, c.d !== o.d, Object.getPrototypeOf(c.k) === Object.prototype, c.r.lastIndex, 1 / c.neg0);
const shared = { v: 1 };
const two = structuredClone([shared, shared, { shared }]);
console.log(two[0] === two[1], two[2].shared === two[0], two[0] !== shared);
const e = structuredClone(new RangeError('bad', { cause: { why: 'c' } }));
console.log(e instanceof RangeError, e.message, e.cause, Object.keys(e), e.stack.split('\n')[0]);
const err = new TypeError('t');
err.extra = 1;
err.name = 'Custom';
const customClone = structuredClone(err);
console.log(customClone.constructor.name, customClone.name, customClone.message, Object.keys(customClone));
class MyErr extends Error {}
console.log(structuredClone(new MyErr('m')).constructor.name);
const renamed = new Error('x');
renamed.name = 'SyntaxError';
console.log(structuredClone(renamed).constructor.name);
console.log(structuredClone(new Map([[{ a: 1 }, new Set([[]])]])), structuredClone(Object.create(null, { x: { value: 1, enumerable: true }, h: { value: 2 } })));
console.log(structuredClone('str'), structuredClone(null), structuredClone([undefined]), structuredClone({ [Symbol('s')]: 1, a: 2 }));
console.log(structuredClone(new DOMException('dm', 'AbortError')), structuredClone({ get g() { return 'getter ran'; } }));
(function () { show(() => structuredClone(arguments)); })(1, 2);
show(() => structuredClone(() => 1));
show(() => structuredClone({ f() {} }));
show(() => structuredClone(Symbol('x')));
show(() => structuredClone(new WeakMap()));
show(() => structuredClone(Promise.resolve()));
show(() => structuredClone(new Proxy({}, {})));
show(() => structuredClone(Object(Symbol('q'))));
show(() => structuredClone());
show(() => structuredClone(1, 5));
show(() => structuredClone(1, { transfer: 5 }));
show(() => structuredClone(1, { transfer: [{}] }));
show(() => structuredClone({ get x() { throw new Error('getter'); } }));
console.log(structuredClone(1, null), structuredClone(2, { transfer: [] }), structuredClone(3, undefined));
console.log(typeof structuredClone, structuredClone.length, structuredClone.name, Object.getOwnPropertyDescriptor(globalThis, 'structuredClone').enumerable);

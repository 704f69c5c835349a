// Object statics, Object.prototype, Reflect, Proxy, Boolean and Function(): compared with node.
const t = (label, f) => {
  try { console.log(label, f()); } catch (e) { console.log(label, e.constructor.name + ': ' + e.message); }
};

// Object constructor and statics
t('Object()', () => typeof Object());
t('Object(1)', () => typeof Object(1));
t('keys', () => Object.keys({ b: 1, a: 2, 1: 3, 0: 4 }).join());
t('values', () => Object.values({ a: 1, b: 2 }).join());
t('entries', () => JSON.stringify(Object.entries({ a: 1, b: [2] })));
t('assign', () => JSON.stringify(Object.assign({ a: 1 }, null, { b: 2 }, 'xy')));
t('create', () => Object.getPrototypeOf(Object.create(null)));
t('create props', () => Object.create({}, { x: { value: 1, enumerable: true } }).x);
t('fromEntries', () => JSON.stringify(Object.fromEntries([['a', 1], ['b', 2]])));
t('fromEntries map', () => JSON.stringify(Object.fromEntries(new Map([['k', 'v']]))));
t('is', () => [Object.is(NaN, NaN), Object.is(0, -0), Object.is('a', 'a')].join());
t('hasOwn', () => Object.hasOwn({ x: 1 }, 'x') + ' ' + Object.hasOwn({}, 'toString'));
t('getOwnPropertyNames', () => Object.getOwnPropertyNames([1, 2]).join());
t('symbols', () => Object.getOwnPropertySymbols({ [Symbol('s')]: 1, a: 2 }).length);
const frozen = Object.freeze({ x: 1, nested: {} });
t('isFrozen', () => [Object.isFrozen(frozen), Object.isSealed(frozen), Object.isExtensible(frozen)].join());
t('frozen nested', () => Object.isFrozen(frozen.nested));
t('isFrozen primitive', () => Object.isFrozen(1));
const sealed = Object.seal({ y: 1 });
sealed.y = 2;
t('sealed write', () => sealed.y + ' ' + Object.isFrozen(sealed));
t('descriptor', () => JSON.stringify(Object.getOwnPropertyDescriptor({ get a() { return 1; } }, 'a')));
t('descriptors', () => Object.keys(Object.getOwnPropertyDescriptors({ a: 1, b: 2 })).join());
t('defineProperty', () => {
  const o = {};
  Object.defineProperty(o, 'x', { value: 1 });
  return JSON.stringify(Object.getOwnPropertyDescriptor(o, 'x'));
});
t('redefine', () => { const o = Object.freeze({ x: 1 }); Object.defineProperty(o, 'x', { value: 2 }); });
t('not extensible', () => Object.defineProperty(Object.preventExtensions({}), 'y', { value: 1 }));
t('bad descriptor', () => Object.defineProperty({}, 'x', { get() {}, value: 1 }));
t('bad getter', () => Object.defineProperty({}, 'x', { get: 1 }));
t('non-object', () => Object.defineProperty(1, 'x', {}));
t('create bad proto', () => Object.create(1));
t('setPrototypeOf cycle', () => { const a = {}; Object.setPrototypeOf(a, Object.create(a)); });
t('setPrototypeOf primitive', () => Object.setPrototypeOf(1, null));
t('keys null', () => Object.keys(null));
t('fromEntries bad', () => Object.fromEntries([1]));

// Object.prototype
t('toString tags', () => {
  let out = '';
  for (const v of [[], function () {}, null, undefined, 1, true, 's', new Error('e'), { [Symbol.toStringTag]: 'Custom' }]) out += Object.prototype.toString.call(v) + ' ';
  return out;
});
t('arguments tag', () => (function () { return Object.prototype.toString.call(arguments); })());
t('isPrototypeOf', () => Object.prototype.isPrototypeOf([]) + ' ' + Array.prototype.isPrototypeOf({}));
t('propertyIsEnumerable', () => [].propertyIsEnumerable('length') + ' ' + ({ a: 1 }).propertyIsEnumerable('a'));
t('__proto__', () => ({ __proto__: null }).__proto__ + ' ' + ({}).__proto__ === Object.prototype);
t('__defineGetter__', () => { const o = {}; o.__defineGetter__('g', () => 7); return o.g + ' ' + typeof o.__lookupGetter__('g'); });
t('__lookupSetter__ inherited', () => typeof Object.create({ set s(v) {} }).__lookupSetter__('s'));
t('toLocaleString', () => ({ toString() { return 'custom'; } }).toLocaleString());
t('valueOf', () => typeof Object.prototype.valueOf.call(1));

// Boolean
t('Boolean', () => [Boolean(''), Boolean('x'), typeof new Boolean(false), new Boolean(false).valueOf()].join());
t('Boolean toString', () => true.toString() + ' ' + new Boolean(0).toString());
t('Boolean bad this', () => Boolean.prototype.toString.call(1));
t('Boolean.prototype', () => Boolean.prototype.valueOf());

// Reflect
t('Reflect.ownKeys', () => Reflect.ownKeys({ b: 1, a: 2, [Symbol.iterator]: 0, 2: 1 }).length);
t('Reflect.apply', () => Reflect.apply(function (a, b) { 'use strict'; return this + a + b; }, 1, [5, 3]));
t('Reflect.construct', () => Reflect.construct(Error, ['m']) instanceof Error);
t('Reflect.construct newTarget', () => { class A {} class B {} return Object.getPrototypeOf(Reflect.construct(A, [], B)) === B.prototype; });
t('Reflect.defineProperty', () => Reflect.defineProperty(Object.freeze({}), 'x', { value: 1 }));
t('Reflect.get receiver', () => Reflect.get({ get x() { return this.y; } }, 'x', { y: 42 }));
t('Reflect.set receiver', () => { const r = {}; Reflect.set({}, 'x', 1, r); return r.x; });
t('Reflect.has', () => Reflect.has([], 'length'));
t('Reflect.getOwnPropertyDescriptor', () => Reflect.getOwnPropertyDescriptor({}, 'x'));
t('Reflect non-object', () => Reflect.get(1, 'x'));
t('Reflect.apply non-callable', () => Reflect.apply({}, null, []));
t('Reflect tag', () => Object.prototype.toString.call(Reflect));

// Proxy
const log = [];
const handler = {};
for (const trap of ['get', 'set', 'has', 'deleteProperty', 'ownKeys', 'getOwnPropertyDescriptor', 'defineProperty', 'getPrototypeOf']) {
  handler[trap] = (...args) => { log.push(trap); return Reflect[trap](...args); };
}
const p = new Proxy({ a: 1 }, handler);
p.b = 2;
void p.a;
void ('a' in p);
delete p.b;
Object.keys(p);
Object.getPrototypeOf(p);
t('trap log', () => log.join());
t('proxy typeof', () => typeof new Proxy(function () {}, {}) + ' ' + typeof new Proxy({}, {}));
t('proxy apply', () => new Proxy((a, b) => a + b, { apply: (f, thisArg, args) => f(...args) * 10 })(1, 2));
t('proxy construct', () => new (new Proxy(class { constructor(x) { this.x = x; } }, {}))(5).x);
t('proxy construct non-object', () => new (new Proxy(function () {}, { construct: () => 1 }))());
t('proxy isArray', () => Array.isArray(new Proxy([], {})));
t('proxy toString', () => Object.prototype.toString.call(new Proxy([], {})));
t('revoked', () => { const r = Proxy.revocable({}, {}); r.revoke(); return r.proxy.x; });
t('revoked typeof', () => { const r = Proxy.revocable(() => {}, {}); r.revoke(); return typeof r.proxy; });
t('invariant get', () => new Proxy(Object.freeze({ x: 1 }), { get: () => 2 }).x);
t('invariant ownKeys', () => Object.keys(new Proxy(Object.preventExtensions({ a: 1 }), { ownKeys: () => [] })));
t('ownKeys dup', () => Object.keys(new Proxy({}, { ownKeys: () => ['a', 'a'] })));
t('trap not function', () => new Proxy({}, { get: 1 }).x);
t('no new', () => Proxy({}, {}));
t('bad target', () => new Proxy(1, {}));
t('proxy of proxy', () => new Proxy(new Proxy({ v: 3 }, {}), {}).v);
t('proxy in prototype chain', () => Object.create(new Proxy({}, { get: (t, k) => 'from proxy ' + k })).anything);
t('for-in over proxy', () => { const out = []; for (const k in new Proxy({ a: 1, b: 2 }, {})) out.push(k); return out.join(); });

// Function constructor
t('Function', () => Function('a', 'b', 'return a + b')(2, 3));
t('Function source', () => Function('a,b', 'return a').toString());
t('Function empty', () => new Function().toString());
t('Function name', () => Function().name);
t('Function no self binding', () => Function('return typeof anonymous')());
t('Function global scope', () => { const local = 1; return Function('return typeof local')(); });
t('Function syntax error', () => Function('return +'));
t('Function injection', () => { try { Function('/*', '*/){'); } catch (e) { return e.constructor.name; } });
t('Function body injection', () => Function('}, function () {'));
t('Function strict', () => Function('"use strict"; return this')());
t('Function sloppy this', () => Function('return this')() === globalThis);
t('Function prototype', () => typeof Function('').prototype);
t('Function instanceof', () => Function('') instanceof Function);

// new C(...) reads new.target's "prototype" through a slot cache, and instances are allocated at
// the size their constructor's first runs reached (slack tracking): neither may be observable.
function F(a) { this.a = a; this.b = 2; this.c = 3; }
for (let i = 0; i < 20; i++) new F(i);
const x = new F(1);
console.log(x, Object.keys(x), Object.getPrototypeOf(x) === F.prototype);

// A replaced, primitive or null prototype: the next instance sees it at once.
F.prototype = { hi: 1 };
console.log(new F(2).hi, Object.getPrototypeOf(new F(3)) === F.prototype);
F.prototype = 5;
console.log(Object.getPrototypeOf(new F(3)) === Object.prototype);
F.prototype = null;
console.log(Object.getPrototypeOf(new F(3)) === Object.prototype);

// A function whose other properties change shape (a deleted name, an added static, a frozen function).
function G() { this.g = 1; }
for (let i = 0; i < 10; i++) new G();
delete G.name;
G.prototype = { fromG: true };
console.log(new G().fromG, G.name);
G.extra = 1;
G.prototype = { again: true };
console.log(new G().again);
Object.freeze(G);
console.log(new G().again, Object.isFrozen(G));

// Closures of one template: each has its own prototype object.
const makers = [0, 1, 2].map(n => function Made() { this.n = n; });
makers[1].prototype.tag = 'one';
console.log(makers.map(M => [new M().n, new M().tag]));

// Other new.targets: Reflect.construct with another function, a proxy with a get trap, a bound function.
function H() {} H.prototype.fromH = 'H';
console.log(Reflect.construct(F, [1], H).fromH, Reflect.construct(F, [1], H).a);
const proxied = new Proxy(function () {}, {
  get(target, key) { console.log('trap get', String(key)); return key === 'prototype' ? { fromProxy: true } : target[key]; },
});
console.log(Reflect.construct(F, [1], proxied).fromProxy);
const Bound = F.bind(null, 7);
F.prototype = { viaBound: true };
console.log(new Bound().a, new Bound().viaBound);

// Classes: base, derived, fields, a derived instance that grows past what the base predicted.
class A { constructor() { this.x = 1; } }
class B extends A { field = 'f'; constructor() { super(); this.y = 2; this.z = 3; } }
for (let i = 0; i < 20; i++) new B();
console.log(new B(), new A(), Object.getPrototypeOf(new B()) === B.prototype);
class Grows { constructor(n) { for (let i = 0; i < n; i++) this['p' + i] = i; } }
for (let i = 0; i < 10; i++) new Grows(2);
const big = new Grows(40);
console.log(Object.keys(big).length, big.p39, new Grows(1));

// A constructor that returns another object, and instances extended after construction.
function Other() { this.lost = true; return { other: true }; }
for (let i = 0; i < 10; i++) new Other();
console.log(new Other());
const later = new A(); later.extra = 'e'; later.more = 'm';
console.log(later);

// Generator functions read their "prototype" the same way.
function* gen() { yield 1; }
gen.prototype.extra = 5;
console.log(gen().extra);
gen.prototype = null;
console.log(Object.getPrototypeOf(gen()) === Object.getPrototypeOf(function* () {}).prototype);

// Object literals are allocated with room for their properties: accessors, spreads, __proto__, computed keys.
const o = { a: 1, get b() { return 2; }, set b(v) {}, __proto__: { z: 1 }, ...{ c: 3 }, [1 + 1]: 4, m() { return 'm'; } };
console.log(o, o.z, Object.keys(o), o.m());
const { a, ...rest } = o;
console.log(a, rest);
const wide = { p0: 0, p1: 1, p2: 2, p3: 3, p4: 4, p5: 5, p6: 6, p7: 7, p8: 8, p9: 9 };
wide.p10 = 10;
console.log(Object.keys(wide).length, wide.p10, {});

// Named reads at one site across many shapes, inherited through long prototype chains, and absent:
// every change to an object on the chain must show at the next read.
'use strict';

// One site, seven receiver shapes (more than a site keeps): own properties at different slots.
function readX(o) { return o.x; }
const shapes = [{ x: 1 }, { a: 0, x: 2 }, { b: 0, c: 0, x: 3 }, { x: 4, d: 0 }, { e: 0, f: 0, g: 0, x: 5 }, Object.create({ x: 6 }), Object.create(Object.create({ x: 7 }))];
let sum = 0;
for (let i = 0; i < 7000; i++) sum += readX(shapes[i % 7]);
console.log('polymorphic own and inherited', sum);

// A method three prototypes up, then shadowed and unshadowed in between.
class A { who() { return 'A'; } }
class B extends A {}
class C extends B {}
class D extends C {}
const d = new D();
const seen = [];
for (let i = 0; i < 40; i++) {
  if (i === 10) B.prototype.who = function () { return 'B'; };
  if (i === 20) C.prototype.who = () => 'C';
  if (i === 25) delete C.prototype.who;
  if (i === 30) delete B.prototype.who;
  if (i === 35) A.prototype.who = function () { return 'A2'; };
  seen.push(d.who());
}
console.log('inherited method', seen.join(''));

// The holder's own value replaced without a new shape, and the chain re-pointed.
const base = { greet: 'hello' };
const mid = Object.create(base);
const leaf = Object.create(mid);
const greetings = [];
for (let i = 0; i < 12; i++) {
  if (i === 4) base.greet = 'hi';
  if (i === 8) Object.setPrototypeOf(mid, { greet: 'hey' });
  greetings.push(leaf.greet);
}
console.log('holder value and re-pointed chain', greetings.join(' '));

// Absent everywhere, then present on Object.prototype, then gone again.
const opts = { verbose: true };
const flags = [];
for (let i = 0; i < 12; i++) {
  if (i === 4) Object.prototype.debugMode = 'on';
  if (i === 8) delete Object.prototype.debugMode;
  flags.push(String(opts.debugMode));
}
console.log('absent property', flags.join(' '));

// An accessor up the chain runs each time; redefining it shows at once.
let calls = 0;
const withGetter = Object.create(Object.create({ get size() { calls++; return 10; } }));
let total = 0;
for (let i = 0; i < 10; i++) {
  if (i === 5) Object.defineProperty(Object.getPrototypeOf(Object.getPrototypeOf(withGetter)), 'size', { get() { calls++; return 1; } });
  total += withGetter.size;
}
console.log('accessor', total, calls);

// A prototype in dictionary mode (many deletes) on the chain.
const dictProto = {};
for (let i = 0; i < 100; i++) dictProto['k' + i] = i;
for (let i = 0; i < 90; i++) delete dictProto['k' + i];
const fromDict = Object.create(Object.create(dictProto));
const dictReads = [];
for (let i = 0; i < 6; i++) {
  if (i === 3) dictProto.k95 = 'changed';
  dictReads.push(fromDict.k95, fromDict.k5);
}
console.log('dictionary on the chain', dictReads.join(','));

// Arrays, String objects and typed arrays keep their virtual length and indices.
class MyArray extends Array {}
const arrays = [[1, 2, 3], MyArray.from([1, 2]), new String('abcd'), new Uint8Array(5), Object.create([9, 9])];
const lengths = [];
for (let round = 0; round < 3; round++) for (const a of arrays) lengths.push(a.length, typeof a.hasOwnProperty, a.missing);
console.log('exotic receivers', lengths.join(','));

// Generators: next and return live two prototypes up.
function* count(n) { for (let i = 0; i < n; i++) yield i; }
const g = count(1000);
let gs = 0;
for (let r = g.next(); !r.done; r = g.next()) gs += r.value;
console.log('generator next', gs);
const proto = Object.getPrototypeOf(count.prototype);
const originalNext = proto.next;
const g2 = count(3);
const steps = [];
for (let i = 0; i < 6; i++) {
  if (i === 2) count.prototype.next = function () { return { value: 'patched', done: false }; };
  if (i === 4) delete count.prototype.next;
  steps.push(g2.next().value);
}
console.log('generator next shadowed', steps.join(','), proto.next === originalNext);

// Functions as receivers: call/apply/bind on Function.prototype, name and length own.
const fns = [function f1(a) {}, (a, b) => 0, class K {}, async function af() {}, function* gf() {}];
const fnInfo = [];
for (let round = 0; round < 2; round++) for (const f of fns) fnInfo.push(f.name, f.length, typeof f.call, f.missing);
console.log('function receivers', fnInfo.join(','));

// Sets: a base constructor's fields on each subclass's instances (one site, many shapes), then
// writes at one site to frozen, non-extensible and setter-shadowed receivers.
class Shape0 { constructor(id) { this.id = id; this.tag = 'shape'; } }
class Circle extends Shape0 { constructor(id) { super(id); this.r = 1; } }
class Square extends Shape0 { constructor(id) { super(id); this.side = 2; } }
class Tri extends Square { constructor(id) { super(id); this.c = 3; } }
const made = [];
for (let i = 0; i < 400; i++) made.push(new [Shape0, Circle, Square, Tri][i % 4](i));
console.log('subclass fields', made.reduce((a, s) => a + s.id, 0), made.slice(0, 4).map(s => Object.keys(s).join('+')).join(' '));

function setY(o, v) { try { o.y = v; } catch (e) { return e.constructor.name; } return o.y; }
const targets = [{}, { y: 0 }, { a: 1 }, { a: 1, y: 0 }, { b: 2 }, Object.freeze({ y: 'frozen' }), Object.preventExtensions({ a: 1 })];
const results = [];
for (let round = 0; round < 3; round++) for (const t of targets) results.push(setY(t, round));
console.log('polymorphic sets', results.join(','));
const logged = [];
const protoWithSetter = {};
const child = Object.create(protoWithSetter);
const sibling = Object.create(protoWithSetter);
for (let i = 0; i < 6; i++) {
  if (i === 3) Object.defineProperty(protoWithSetter, 'y', { set(v) { logged.push('set ' + v); }, get() { return 'via getter'; }, configurable: true });
  setY(Object.create(protoWithSetter), i);
  setY(i % 2 ? child : sibling, i);
  setY({ fresh: i }, i);
}
console.log('setter added to the chain', logged.join(','), child.y, Object.keys(sibling).join('+'));

// Method calls at one site on a generator (next two prototypes up), then on %GeneratorPrototype% replaced in place.
function* ids() { let i = 0; while (true) yield i++; }
const generatorProto = Object.getPrototypeOf(ids.prototype);
const savedReturn = generatorProto.return;
const gen = ids();
const calls2 = [];
for (let i = 0; i < 8; i++) {
  if (i === 4) generatorProto.return = function (v) { return { value: 'own return ' + v, done: true }; };
  if (i === 6) generatorProto.return = savedReturn;
  calls2.push(gen.next().value, gen.return(i).value);
}
console.log('generator methods in place', calls2.join(','));

// A plain object and a typed array can share a shape (same prototype, no own named keys): the typed
// array's canonical numeric keys stay its own at a method-call site that saw the plain object first.
Object.prototype.NaN = function () { return 'inherited NaN'; };
const pseudo = Object.create(Uint8Array.prototype);
function callNaN(o) { try { return o.NaN(); } catch (e) { return e.constructor.name; } }
const answers = [];
for (let i = 0; i < 6; i++) answers.push(callNaN(i < 4 ? pseudo : new Uint8Array(2)));
delete Object.prototype.NaN;
console.log('typed array beside a plain object', answers.join(','));

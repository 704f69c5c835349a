// Found by differential fuzzing (tests/Fuzz): error messages in V8's words.
function show(f) { try { console.log(f()); } catch (e) { console.log(e.name + ': ' + e.message); } }
// assigning to an accessor without a setter (strict)
show(() => { 'use strict'; const x = {}; Object.defineProperty(x, 'ro', { get() { return 1; } }); x.ro = 2; });
show(() => { 'use strict'; const x = Object.create(Object.defineProperty({}, 'ro', { get() { return 1; } })); x.ro = 2; });
show(() => { 'use strict'; const x = { toString() { return 'X'; } }; Object.defineProperty(x, 'ro', { get() { return 1; } }); x.ro = 2; });
show(() => { 'use strict'; const x = [1]; Object.defineProperty(x, 'ro', { get() { return 1; } }); x.ro = 2; });
show(() => { const x = {}; Object.defineProperty(x, 'ro', { get() { return 1; } }); x.ro = 2; return x.ro; });
// Function.prototype.toString of natives without a name
show(() => Function.prototype.toString.call(function () {}.bind()));
show(() => Function.prototype.toString.call(Math.max.bind(null)));
show(() => Function.prototype.toString.call(Function.prototype));
show(() => Function.prototype.toString.call(Math.max));
// yield* into an iterator without throw
show(() => { const it = { [Symbol.iterator]() { return { next() { return { done: false, value: 1 }; } }; } }; function* g() { yield* it; } const i = g(); i.next(); return i.throw(new Error('x')); });
// null/undefined where an object pattern or an iterable is needed
show(() => { const { a } = null; });
show(() => { const { 0: z } = undefined; });
show(() => { const {} = null; });
show(() => { const { a = 1 } = null; });
show(() => { const { x: { a } } = { x: null }; });
show(() => { const [{ a }] = [null]; });
show(() => (({ a = 1 } = {}) => a)(null));
show(() => { let a; ({ a } = null); });
show(() => { const [[q]] = [undefined]; });
show(() => { function* g() { yield* null; } return [...g()]; });
Promise.all(null).catch(e => console.log('Promise.all:', e.message));
Array.from({ length: 1 }, () => 0).forEach(() => show(() => new Map(undefined).size));
// Reflect.apply of a non-callable object names it as V8 does
show(() => Reflect.apply([1], null, []));
show(() => Reflect.apply(new Proxy([1], {}), null, []));
show(() => Reflect.apply({}, null, []));
show(() => Reflect.apply('abc', null, []));

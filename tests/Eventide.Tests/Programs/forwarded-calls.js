// Function.prototype.call/apply and Reflect.apply of a script function run it as a frame of the
// calling loop: receivers, arguments, errors and stack traces must be those of the nested call.
'use strict';
function thrower(a, b) { throw new Error(`boom ${a} ${b} ${this && this.tag}`); }
function show(label, fn) { try { fn(); } catch (e) { console.log(label, e.stack.split('\n').slice(0, 3).join(' | ').replace(/[^ (]*\//g, '')); } }
show('call', () => thrower.call({ tag: 1 }, 1, 2));
show('apply', () => thrower.apply({ tag: 2 }, [3, 4]));
show('reflect', () => Reflect.apply(thrower, { tag: 3 }, [5, 6]));
show('apply-args', function () { return thrower.apply(this, arguments); });
show('apply-null', () => thrower.apply(null, null));
show('apply-bad', () => thrower.apply(null, 1));
show('reflect-bad', () => Reflect.apply(thrower, null));
function sloppy() { return this === globalThis ? 'global' : typeof this; }
console.log(new Function('return this')() === globalThis, sloppy.call(undefined), sloppy.call(5), sloppy.apply('s', []), Reflect.apply(sloppy, null, []));
function sum(...xs) { return xs.reduce((a, b) => a + b, 0) + arguments.length; }
console.log(sum.call(null, 1, 2, 3), sum.apply(null, [1, 2, 3, 4]), Reflect.apply(sum, null, [5]), sum.apply(null, [1, , 3]), sum.apply(null, { length: 2, 0: 1, 1: 2 }));
const arr = [1, 2, 3]; function mut(a) { arr.length = 0; return a + arguments.length; } console.log(mut.apply(null, arr), arr.length);
class C { m() { return 'm'; } } try { C.call(null); } catch (e) { console.log(e.message); }
const bound = thrower.bind({ tag: 'b' }, 7); show('bound-call', () => bound.call(null, 8));
let depth = 0; function rec() { depth++; rec.call(null); } try { rec(); } catch (e) { console.log(e instanceof RangeError, depth > 1000); }
function* g() { yield 1; } console.log(g.call(null).next().value);
async function af(x) { return x * 2; } af.call(null, 21).then(v => console.log('async', v));
const arrow = (x) => [this === undefined, x]; console.log(arrow.call({}, 1), arrow.apply({}, [2]));

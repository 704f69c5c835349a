// Frames of returned calls are run again by the next call at the same depth: every value a
// later call sees must be its own (locals, this, arguments, new.target, scopes), whatever ran there before.
'use strict';
function small(a) { return a + 1; }
function big(a, b, c) { let x = a * 2, y = b * 3, z = [a, b, c]; return x + y + z.length + (c === undefined ? 100 : c); }
let out = [];
for (let i = 0; i < 5; i++) out.push(small(i), big(i, i + 1), big(i, i, i), small(-i));
console.log(out.join(','));

// A generator made at the depth where a call just returned keeps its frame while other calls run there.
function* counter(n) { for (let i = 0; i < n; i++) { const got = yield i * 10; if (got) out.push('got ' + got); } return 'done'; }
function makeAndStep() { small(1); const g = counter(3); g.next(); return g; }
const g1 = makeAndStep();
const g2 = makeAndStep();
console.log(small(5), big(1, 2, 3), g1.next('a').value, g2.next('b').value, small(6), g1.next().value, g1.next().value, g2.next().done);
console.log(out.slice(-2).join(';'));

// Arguments objects and closures made by a call outlive it; the next call at that depth must not disturb them.
function keepArgs() { return arguments; }
function keepScope(v) { return () => v; }
const a1 = keepArgs(1, 2, 3), k1 = keepScope('first');
const a2 = keepArgs('x'), k2 = keepScope('second');
console.log(Array.from(a1).join(), Array.from(a2).join(), k1(), k2(), a1.length, a2.length);

// Sloppy this, arrows and new.target alternate at one depth.
function sloppy() { return typeof this; }
const sloppyFn = new Function('return typeof this');
class P { constructor(x) { this.x = x; this.nt = new.target === P; } get() { return this.x; } }
function arrowMaker(tag) { return (y) => tag + ':' + y + ':' + typeof this; }
const arrows = [arrowMaker.call({}, 'o'), arrowMaker('u')];
let mix = [];
for (let i = 0; i < 3; i++) mix.push(sloppy(), sloppyFn(), new P(i).get(), new P(i).nt, arrows[i % 2](i), small(i));
console.log(mix.join(' '));

// A throw leaves a callee's frame half-run; the calls after it at that depth start clean.
function thrower(n) { let local = n * 7; if (n % 2) throw new Error('odd ' + local); return local; }
let caught = [];
for (let i = 0; i < 6; i++) { try { caught.push(thrower(i)); } catch (e) { caught.push(e.message); } caught.push(big(i, i)); }
console.log(caught.join('|'));

// Recursion through calls of different sizes, and a builtin's callbacks between them.
function walk(n) { return n === 0 ? [small(0)] : [...walk(n - 1), big(n, n).toString(), [n, n + 1].map(x => small(x) * walk.length).join('+')]; }
console.log(walk(4).join(' '));

// An async function's frame is its own while calls at the same depth come and go.
async function later(v) { const a = small(v); await null; return a + big(v, v); }
function kick() { small(9); return later(2); }
const p = kick();
big(3, 3); small(4);
p.then(v => console.log('async', v, small(7)));

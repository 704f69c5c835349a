// for-of over a generator resumed in the dispatch loop: its value goes straight to a local after IteratorStep, or to any other target, with break, continue, throw and closures per iteration.
function* g(n) { for (let i = 0; i < n; i++) { const r = yield i; if (r !== undefined) console.log('got', r); } return 'end'; }
let s = 0; for (const x of g(5)) s += x; console.log(s);
let y; for (y of g(3)) {} console.log(y);
for (const [a] of (function* () { yield [1]; yield [2]; })()) console.log(a);
let fns = []; for (const x of g(3)) fns.push(() => x); console.log(fns.map(f => f()).join());
for (var v of g(2)) ; console.log(v);
const o = {}; for (o.p of g(2)) ; console.log(o.p);
outer: for (const x of g(4)) { for (const z of g(2)) { if (x === 2) continue outer; if (x === 3) break outer; console.log(x, z); } }
try { for (const x of (function* () { yield 1; throw new Error('boom'); })()) console.log(x); } catch (e) { console.log(e.message); }
const it = g(3); for (const x of it) { console.log('x', x); break; } console.log([...it]);

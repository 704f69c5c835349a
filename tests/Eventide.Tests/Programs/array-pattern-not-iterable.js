// Array patterns over something not iterable: V8 names the initialiser when it is a name, a literal or a call
// of a name, and otherwise the value, with its note on Symbol.iterator.
const t = (f) => { try { f(); } catch (e) { console.log(e.constructor.name, e.message); } };
const o = { n: 5, u: undefined, f() { return 5; } };
function g() { return 5; }
t(() => { const [a] = o.x; });
t(() => { const [a] = o.n; });
t(() => { const [a] = 5; });
t(() => { const [a] = o; });
t(() => { let a; [a] = o.u; });
t(() => { const [a] = null; });
t(() => { function f([a]) {} f(o.x); });
t(() => { const [[a]] = [o.n]; });
t(() => { const q = 3; const [a] = q; });
t(() => { const [a] = g(); });
t(() => { const [a] = o.f(); });
t(() => { const [a] = o['n']; });
t(() => { const [a] = (o.n); });
t(() => { const [a] = o?.n; });
t(() => { const [a] = o.n + 1; });
t(() => { const [a] = {}; });
t(() => { const [[a]] = [5]; });
t(() => { var [a] = o.n; });
t(() => { let [a] = o.n; });
const [first, ...rest] = new Set([1, 2, 3]); console.log(first, rest);

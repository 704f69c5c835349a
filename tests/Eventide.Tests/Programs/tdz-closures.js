// A closure made after a let/const/class is initialised reads it without a TDZ check; one that can run before still throws.
const out = [];
const early = () => late;          // made before: must throw when called too soon
try { early(); } catch (e) { out.push(e.constructor.name + ': ' + e.message); }
let late = 'late';
out.push(early());
let count = 0;
const inc = () => { count += 1; return count; };
inc(); inc();
out.push('count ' + count);
function hoisted() { return typeof before; }  // a declaration: created before the let below runs
try { hoisted(); } catch (e) { out.push('hoisted ' + e.constructor.name); }
let before = 1;
out.push('hoisted after ' + hoisted());
// A closure inside a hoisted declaration's parameter default.
function withDefault(f = () => lateParam) { return f(); }
try { withDefault(); } catch (e) { out.push('default ' + e.constructor.name); }
let lateParam = 'p';
out.push(withDefault());
// switch cases share one scope: a later case's closure can run without the earlier case's let.
function sw(k) {
  switch (k) {
    case 0: let v = 'zero';
    case 1: { const g = () => v; try { return g(); } catch (e) { return e.constructor.name; } }
  }
}
out.push('switch ' + sw(0) + ' ' + sw(1));
// Loops: each iteration's closure sees its own binding.
const fns = [];
for (let i = 0; i < 3; i++) fns.push(() => i);
for (const x of [7, 8]) fns.push(() => x);
out.push('loops ' + fns.map(f => f()).join(','));
// A closure created in the loop body before the let of the same body, called on the next iteration.
let prev = null;
for (let n = 0; n < 2; n++) {
  if (prev) { try { out.push('prev ' + prev()); } catch (e) { out.push('prev ' + e.constructor.name); } }
  prev = () => w;
  let w = n;
}
// Destructuring defaults referring to a later binding of the same declaration.
try { let { a = (() => b)(), b } = {}; out.push(a); } catch (e) { out.push('destructure ' + e.constructor.name); }
// Classes: a method reading the class binding after the declaration, and one made before it.
const earlyClass = () => Later;
try { earlyClass(); } catch (e) { out.push('class ' + e.constructor.name); }
class Later { static who() { return Later.name; } }
out.push(earlyClass().who());
// eval code is never assumed initialised.
function ev() { const r = eval('(() => { try { return typeof q; } catch (e) { return e.constructor.name; } })()'); let q = 1; return r + ' ' + q; }
out.push('eval ' + ev());
console.log(out.join('\n'));

// Direct and indirect eval: where declarations go (compared with node).

// Sloppy direct eval declares vars and functions in the calling function's scope.
function sloppy() {
  eval("var x = 1; function g() { return 'g sees ' + x; }");
  console.log(x, g(), typeof x);
  console.log('delete x:', delete x, typeof x);
  x = 5; // now an undeclared assignment (sloppy: a global)
  console.log(globalThis.x);
  delete globalThis.x;
}
sloppy();

// Strict code (caller or eval source) keeps eval's vars to itself.
function strictCaller() { "use strict"; eval("var y = 1"); return typeof y; }
function strictSource() { eval("'use strict'; var y2 = 1"); return typeof y2; }
console.log(strictCaller(), strictSource());

// let/const/class in eval code are always the eval's own.
function lexicals() { eval("let l = 1; const c = 2; class K {}"); return [typeof l, typeof c, typeof K]; }
console.log(lexicals());

// An eval var shadows outer bindings for the rest of the function, and closures see it.
var shadowed = 'global';
function shadow() {
  var before = shadowed;
  eval("var shadowed = 'local'");
  return [before, shadowed, (() => shadowed)()];
}
console.log(shadow(), shadowed);

// An existing var or parameter is reused, not redeclared.
function reuse(p) { var v = 1; eval("var v = 2; var p = 'param'"); return [v, p]; }
console.log(reuse('arg'));

// A var clashing with an enclosing let is a SyntaxError when the eval runs.
function clash() {
  let taken = 1;
  { try { eval("var taken = 2"); } catch (e) { console.log(e.name + ': ' + e.message); } }
  return taken;
}
console.log(clash());
try { eval("let inEval = 1; var inEval = 2"); } catch (e) { console.log(e.name); }

// Nested eval declares in the same function; so does eval in a block or loop.
function nested() {
  eval("eval('var deep = 7')");
  for (var i = 0; i < 2; i++) eval("var fromLoop = i");
  { eval("var fromBlock = 'b'"); }
  return [deep, fromLoop, fromBlock];
}
console.log(nested());

// Arrow functions have their own variable environment.
function arrows() { (() => eval("var inArrow = 1"))(); return typeof inArrow; }
console.log(arrows());

// Functions found through eval are called with this undefined.
function callThis() { eval("function who() { return this === undefined || this === globalThis; }"); return who(); }
console.log(callThis());

// Module code is a function: its direct eval declares module locals; indirect eval makes deletable globals.
eval("var globalFromEval = 1");
console.log(Object.getOwnPropertyDescriptor(globalThis, 'globalFromEval'));
const indirect = eval;
indirect("var viaIndirect = 2; function fnViaIndirect() {}");
console.log(Object.getOwnPropertyDescriptor(globalThis, 'viaIndirect'), typeof fnViaIndirect);
console.log(delete globalThis.viaIndirect, typeof viaIndirect);
indirect("let notGlobal = 1");
console.log(typeof notGlobal);
(function () { "use strict"; indirect("var sloppyAnyway = 1"); })();
console.log(typeof sloppyAnyway);
indirect("'use strict'; var strictIndirect = 1");
console.log(typeof strictIndirect);

// Indirect eval sees globals only; eval?.() is indirect.
globalThis.where = 'global'; // a CommonJS module's top-level var is not global
function indirectScope() { var where = 'local'; return [indirect('where'), (0, eval)('where'), eval?.('where'), eval('where')]; }
console.log(indirectScope());

// this, new.target, super and arguments inside eval.
const obj = {
  method() { return eval("super.constructor === Object && this === obj"); },
};
console.log(obj.method());
function Ctor() { this.nt = eval("new.target === Ctor"); }
console.log(new Ctor().nt);
function args() { return eval("arguments.length") + (() => eval("arguments[0]"))(); }
console.log(args(10, 20));
console.log(eval(...["1 + 1", "ignored"]));

// More places eval declares from: a named function expression, with, generators, async, catch, loops.
var namedExpr = function g() { eval("var g = 1"); return g; };
console.log(namedExpr());
function inWith() { var x = 'fn'; const o = { x: 'o' }; with (o) { eval("var x = 'set'"); } return [x, o.x]; }
console.log(inWith());
function* gen() { eval("var gx = 1"); yield gx; gx++; yield gx; }
console.log([...gen()]);
function inCatch() { try { throw 1; } catch (e) { eval("var e = 2"); console.log('catch param', e); } return e; }
console.log(inCatch());
function loopClosures() { var fs = []; for (let i = 0; i < 2; i++) { eval("var last = i"); fs.push(() => last); } return fs.map(f => f()); }
console.log(loopClosures());
async function inAsync() { eval("var ax = 1"); await null; return ax; }
inAsync().then(v => console.log('async', v));

// Annex B block functions: no var binding where a let/const or a parameter has the name.
console.log(eval("let lb = 1; { function lb() {} } lb"));
function blockVsLet() { let f = 1; { function f() {} } return f; }
function blockVsParam(a) { { function a() {} } return a; }
function blockVsDefaultParam(a = 2) { { function a() {} } return a; }
function blockVsVar() { var q = 1; { function q() {} } return typeof q; }
console.log(blockVsLet(), blockVsParam(1), blockVsDefaultParam(), blockVsVar());
let topLevelLet = 1; { function topLevelLet() {} }
console.log(topLevelLet);

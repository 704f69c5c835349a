// Found by differential fuzzing (tests/Fuzz): with parameter expressions (defaults, computed keys)
// the body's vars are bindings apart from the parameters (10.2.11 step 28): a same-named var starts
// with the parameter's value, and closures in the defaults keep seeing the parameter.
console.log((function (a, b = () => a, c = b()) { var a = 2; return [a, b(), c]; })(1));
console.log((function (a, b = () => a) { var a; return [a, b()]; })(1));
console.log((function (a, b = () => a) { a = 5; return [a, b()]; })(1));
console.log((function (a, b = () => { a = 9; }) { var a = 2; b(); return a; })(1));
console.log((function (x, f = () => x) { var x = 3; var y = x; return [y, f()]; })(7));
console.log((function (a, b = () => arguments) { var arguments; return typeof arguments; })(1));
function* g(a, f = () => a) { var a = 5; yield a; yield f(); }
console.log([...g(1)]);
(async function (a, f = () => a) { var a = 6; await null; console.log('async', a, f()); })(2);
console.log(((a, f = () => a) => { var a = 7; return [a, f()]; })(3));
class C { m(a, f = () => a) { var a = 8; const h = () => a; return [a, f(), h()]; } }
console.log(new C().m(4));
function h(a, f = () => arguments.length) { var arguments; return [typeof arguments, f()]; }
console.log(h(1, undefined, 3));
function k(a = 1) { var b = a + 1; let c = b * 2; { let c = 0; } function inner() { return [a, b, c]; } return inner(); }
console.log(k(), k(5));
function z({ p } = {}, q = p) { var p = 3; var q; return [p, q]; }
console.log(z({ p: 1 }));
function lab(a = 0) { var i; for (var i = 0; i < 2; i++) {} try { throw 1; } catch (a) { var a = 5; } return [i, a]; }
console.log(lab(7));
const outer = 'outer';
console.log((function (f = () => typeof inner2) { var inner2 = 1; return f(); })());

// Where V8 places a frame that called out: a call at its callee's name (f(), o.m()) or at its arguments'
// parenthesis (g()(), (0, f)(), o[k](), f?.()), an operator's valueOf/toString/@@hasInstance at the
// operator, a spread's and a declared array pattern's iteration at the iterated value, a for-of's at
// its iterable, a tagged template's call at the template; `new` of an anonymous class is "new <anonymous>".
function boom() { throw new Error('x'); }
const at = (f, i = 2) => { try { f(); } catch (e) { return e.stack.split('\n')[i].trim().replace(__dirname + '/', ''); } };
const o = { set x(v) { boom(); }, get y() { return boom(); }, valueOf: boom, toString: boom, t: boom };
const g = () => boom;
function f() {}
console.log(at(() => { o.x = 1; }));
console.log(at(() => { o['x'] = 1; }));
console.log(at(() => { o.x += 1; }));
console.log(at(() => { o.y; }));
console.log(at(() => { return +o; }));
console.log(at(() => { return o + 1; }));
console.log(at(() => { return o < 1; }));
console.log(at(() => { return ({}) instanceof { [Symbol.hasInstance]: boom }; }));
console.log(at(() => { boom(); }));
console.log(at(() => { boom  (); }));
console.log(at(() => { (0, boom)(); }));
console.log(at(() => { [boom][0](); }));
console.log(at(() => { g()(); }));
console.log(at(() => { (boom)(); }));
console.log(at(() => { boom?.(); }));
console.log(at(() => { g()?.(); }));
console.log(at(() => { boom.call(); }));
console.log(at(() => { boom.bind(null)(); }));
console.log(at(() => { Function('throw new Error("f")')(); }));
console.log(at(() => { new boom(); }));
console.log(at(() => { new (class { constructor() { boom(); } })(); }, 1));
console.log(at(() => { boom`x`; }));
console.log(at(() => { o.t`x`; }));
console.log(at(() => { o['t']`x`; }));
console.log(at(() => { return [...1]; }, 1));
console.log(at(() => { return [...{ [Symbol.iterator]: boom }]; }));
console.log(at(() => { return f(...1); }, 1));
console.log(at(() => { return f(...{ [Symbol.iterator]: boom }); }));
console.log(at(() => { return Math.max(...{ [Symbol.iterator]: boom }); }));
console.log(at(() => { return new f(1, ...{ [Symbol.iterator]: boom }); }));
console.log(at(() => { const [a] = { [Symbol.iterator]: boom }; }));
console.log(at(() => { const [a] = 1; }, 1));
console.log(at(() => { for (const v of 1) ; }, 1));

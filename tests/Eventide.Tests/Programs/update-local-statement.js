// x++ and x-- whose value is unused compile to one instruction (IncLocal); these are the cases its
// general path must keep: ToNumeric of strings, null, undefined, objects with valueOf, BigInts,
// Symbols (a TypeError), TDZ and const bindings, -0, and the value of postfix and prefix forms.
let a = 1; a++; a--; ++a; --a; console.log(a);
function f(x) { x++; x--; x++; return x; }
console.log(f(1), f("5"), f(10n), f(undefined), f(null), f({ valueOf() { return 41; } }), f([]), f(true), f(1.5), f(-1));
function loop() { let i = 0; for (; i < 3; i++) {} let j = "a"; j++; let k = 10; while (k > 0) k--; return [i, j, k]; }
console.log(loop());
function symbol(s) { try { s++; } catch (e) { return e.constructor.name + ': ' + e.message; } }
console.log(symbol(Symbol()));
function values() { let n = 0; const r = n++; const q = ++n; n++; return [r, q, n]; }
console.log(values());
function big() { let b = 2n ** 64n; b++; b--; b--; return b; }
console.log(big());
function tdz() { try { x++; let x = 1; } catch (e) { return e.constructor.name + ': ' + e.message; } }
console.log(tdz());
function constant() { const c = 1; try { c++; } catch (e) { return e.message + ' ' + c; } }
console.log(constant());
function negativeZero() { let m = -0; m++; m--; return [Object.is(m, -0), m]; }
console.log(negativeZero());
function order() { const log = []; let o = { valueOf() { log.push('valueOf'); return 7; } }; o++; log.push(o); return log; }
console.log(order());
function* gen() { let i = 0; while (true) { yield i; i++; } }
const g = gen(); g.next(); g.next(); console.log(g.next().value);
async function asyncCount() { let n = 0; for (let i = 0; i < 3; i++) { await null; n++; } return n; }
asyncCount().then(n => console.log('async', n));

function f(...a) { return a.length + ':' + a.join(','); }
const arr = [1, 2, 3];
console.log(f(...arr), f(...'abc'), f(...new Set([4, 5])), f(...[]), f(...[1, , 3]));
const holey = [1, , 3]; Array.prototype[1] = 'P'; console.log(f(...holey)); delete Array.prototype[1];
const it = [7, 8]; it[Symbol.iterator] = function* () { yield 'custom'; }; console.log(f(...it));
try { null(...arr); } catch (e) { console.log(e.message); }
let log = []; const g = { get 0() { log.push('get'); return 1; }, length: 1 };
try { undefined(...Array.from(g)); } catch (e) { console.log(e.message, log); }
console.log(Math.max(...arr), new Array(...arr).length, String.fromCharCode(...[72, 105]));
class A { constructor(...x) { this.x = x; } } class B extends A { constructor(...y) { super(...y); } }
console.log(new B(1, 2).x, new A(...arr).x);
function mut(...a) { return a; } const m = [1, 2]; const r = mut(...m); r.push(3); console.log(m, r);

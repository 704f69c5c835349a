console.log("hello", 1+2, [1,2,3], {a:1, b:'x'});
function fib(n) { return n < 2 ? n : fib(n-1) + fib(n-2); }
console.log(fib(20));
let s = 0; for (let i = 0; i < 10; i++) { s += i; } console.log(s);
const fns = []; for (let i = 0; i < 3; i++) fns.push(() => i); console.log(fns[0]() + fns[1]() + fns[2]());
class A { #x = 1; constructor(y) { this.y = y; } get x() { return this.#x; } static s = 5; m() { return this.y * 2; } }
class B extends A { constructor() { super(10); } m() { return super.m() + 1; } }
const b = new B(); console.log(b.x, b.m(), A.s, b instanceof A);
const {a, ...rest} = {a: 1, c: 2, d: 3}; console.log(a, rest);
const [p, , q = 9, ...r] = [1, 2, undefined, 4, 5]; console.log(p, q, r);
try { null.x } catch (e) { console.log(e.message) }
try { undefinedFn() } catch (e) { console.log(e.message) }
label: for (const x of [1,2,3]) { for (const y of [1,2]) { if (x == 2) continue label; if (x == 3) break label; console.log(x, y); } }
function f() { try { return 1 } finally { console.log('fin') } } console.log(f());
console.log(`t ${1+1} x`, typeof undeclared, a?.b?.c, null ?? 'd');
let o = {n: 0}; o.n += 5; o.n++; console.log(o.n, o?.n);

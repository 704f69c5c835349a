// A prototype given more properties than a shape keeps in a transition chain (it goes to dictionary
// mode), then met by method calls on its instances: lookups are cached, and every later change to
// the prototype (replace, delete, add, accessor, attribute change) is seen by the same call sites.
function Big() {}
for (let i = 0; i < 150; i++) Big.prototype['m' + i] = function () { return i; };
Big.prototype.get = function () { return 'get'; };
const a = new Big(), b = new Big();
function call(o, name) { return o[name](); }
function callGet(o) { return o.get(); }
function callM7(o) { return o.m7(); }
const out = [];
for (let round = 0; round < 3; round++) out.push(callGet(a), callM7(b), call(a, 'm149'));
Big.prototype.get = function () { return 'replaced'; };
out.push(callGet(a), callGet(b));
delete Big.prototype.m7;
out.push(typeof b.m7, (() => { try { return callM7(b); } catch (e) { return e.constructor.name; } })());
Big.prototype.m7 = () => 'again';
out.push(callM7(a));
Object.defineProperty(Big.prototype, 'get', { get() { return () => 'accessor'; }, configurable: true });
out.push(callGet(a));
Object.defineProperty(Big.prototype, 'get', { value: () => 'frozen', writable: false, configurable: false });
out.push(callGet(b));
a.get = () => 'own'; // non-writable inherited: the assignment fails silently (sloppy)
out.push(callGet(a), Object.hasOwn(a, 'get'));
for (let i = 0; i < 40; i++) Big.prototype['n' + i] = i;
out.push(callGet(a), callM7(b), a.n39, b.m0());
// A subclass of the big prototype: the method is found two prototypes up.
class Sub extends Big { own() { return 'own'; } }
const s = new Sub();
for (let round = 0; round < 3; round++) out.push(s.m3(), s.own(), callGet(s));
Big.prototype.m3 = () => 'm3 changed';
out.push(s.m3());
console.log(out.join());

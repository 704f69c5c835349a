// obj[key] sites remember one string key and where receivers of one shape hold it:
// every change below must show through the remembered entry.
function get(o, k) { return o[k]; }
function call(o, k, x) { return o[k](x); }
const log = [];

// own data property, then its value changes, then it is deleted and found on the prototype
const proto = { x: 'proto-x', m(v) { return 'proto-m ' + v; } };
const a = Object.create(proto);
a.x = 1;
for (let i = 0; i < 3; i++) log.push(get(a, 'x'));
a.x = 2; log.push(get(a, 'x'));
delete a.x; log.push(get(a, 'x'));
proto.x = 'proto-x2'; log.push(get(a, 'x'));
Object.defineProperty(proto, 'x', { get() { return 'getter-x'; }, configurable: true }); log.push(get(a, 'x'));

// a method up the chain, replaced, shadowed, then the chain itself changes
for (let i = 0; i < 3; i++) log.push(call(a, 'm', i));
proto.m = function (v) { return 'new-m ' + v; }; log.push(call(a, 'm', 3));
a.m = function (v) { return 'own-m ' + v; }; log.push(call(a, 'm', 4));
delete a.m; log.push(call(a, 'm', 5));
Object.setPrototypeOf(a, { m(v) { return 'other-proto ' + v; } }); log.push(call(a, 'm', 6));

// the same key built at run time (a different string object), and alternating keys
const k1 = ['ma', 'rk'].join('');
const b = { mark: 'b-mark', other: 'b-other' };
for (const k of ['mark', k1, 'other', 'mark', k1 + '', 'nope']) log.push(get(b, k));

// absent everywhere, then added to Object.prototype
const c = { y: 1 };
log.push(get(c, 'zz'), get(c, 'zz'));
Object.prototype.zz = 'now-here'; log.push(get(c, 'zz'));
delete Object.prototype.zz; log.push(get(c, 'zz'));

// index-like strings, symbols, numbers, arrays, strings, typed arrays, functions
const arr = [10, 20, 30];
arr.name = 'arr';
for (const k of ['1', 1, 'length', 'name', '01']) log.push(get(arr, k));
const sym = Symbol('s');
const d = { [sym]: 'sym-val', 2: 'two' };
log.push(get(d, sym), get(d, '2'), get(d, 2));
log.push(get('str', 'length'), get('str', '1'), get(new Uint8Array([7, 8]), '1'), get(get, 'name'));

// proxies, getters with this, and a shape shared by many objects
const p = new Proxy({}, { get: (t, k) => 'proxy:' + String(k) });
log.push(get(p, 'x'), get(p, 'x'));
const withGetter = { get g() { return this.v; }, v: 'via-getter' };
log.push(get(withGetter, 'g'), get(Object.assign(Object.create(withGetter), { v: 'inherited-getter' }), 'g'));
const points = [];
for (let i = 0; i < 5; i++) points.push({ x: i, y: i * 2 });
let sum = 0;
for (const pt of points) for (const k of ['x', 'y']) sum += get(pt, k);
log.push(sum);

// a generator driven by gen[method], as co does
function* g() { let s = 0; for (let i = 0; i < 4; i++) { try { s += yield i; } catch (e) { s -= e; } } return s; }
const gen = g();
let r = gen.next();
for (let i = 0; !r.done; i++) r = gen[i === 2 ? 'throw' : 'next'](i * 10);
log.push(r.value);

// dictionary-mode objects (many deletes) and frozen ones
const dict = {};
for (let i = 0; i < 40; i++) dict['k' + i] = i;
for (let i = 0; i < 40; i += 2) delete dict['k' + i];
log.push(get(dict, 'k1'), get(dict, 'k1'), get(dict, 'k2'));
dict.k1 = 'changed'; log.push(get(dict, 'k1'));
const frozen = Object.freeze({ f: 'frozen' });
log.push(get(frozen, 'f'), get(frozen, 'f'));

// nullish bases still throw node's error
try { get(undefined, 'x'); } catch (e) { log.push(e.message); }
try { call(null, 'm'); } catch (e) { log.push(e.message); }
try { call({ m: 5 }, 'm'); } catch (e) { log.push(e.message); }
console.log(log);

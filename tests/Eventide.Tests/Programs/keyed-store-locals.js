// o[k] = v where o and k are locals: the store of the value the right-hand side computed, into the
// object and key the locals hold when the store happens (the right-hand side cannot assign them).
const log = [];
function stores() {
  const a = [1, 2, 3], ta = new Uint8Array(4), f64 = new Float64Array(2), o = {};
  let i = 1, k = 'x';
  a[i] = 20; ta[i] = 300; ta[i + 1] = -1; f64[i] = 0.5; o[k] = 'v';
  i = 7; a[i] = 'hole'; // past the end: a sparse array
  k = 'length'; a[k] = 2; // arrays' length
  const r = (a[i] = 9); // the value of the expression
  log.push(JSON.stringify(a), Array.from(ta).join(), Array.from(f64).join(), JSON.stringify(o), r);
  const s = Symbol('s'); o[s] = 1; log.push(String(o[s]));
  let n = NaN; ta[n] = 5; let neg = -0; ta[neg] = 6; let frac = 1.5; ta[frac] = 7;
  log.push(Array.from(ta).join(), String(Object.keys(ta)));
}
stores();

function order() {
  const o = {};
  const key = { toString() { log.push('key'); return 'k'; } };
  let k = key;
  o[k] = (log.push('rhs'), 1);
  log.push(JSON.stringify(o));
  const target = { set p(v) { log.push('setter ' + v + ' ' + (this === target)); } };
  let t = target, p = 'p';
  t[p] = 'x';
  const proxy = new Proxy({}, { set(tg, key, v, recv) { log.push('proxy set ' + String(key) + ' ' + v); tg[key] = v; return true; } });
  let px = proxy, pk = 3;
  px[pk] = 'three';
}
order();

function assignsInRightHandSide() {
  const a = [0, 0, 0, 0], b = ['b', 'b'];
  let i = 0, x = a;
  a[i] = i++; // the key read before the right-hand side: a[0] = 0
  x[i] = (x = b, 'moved'); // the object read before: a[1]
  x[0] = (i = 3); // b[0]
  a[i] = i += 1; // a[3] = 4
  log.push(JSON.stringify(a), JSON.stringify(b));
  let j = 0;
  a[j] = eval('j = 2, "eval"'); // direct eval can assign j: a[0]
  log.push(JSON.stringify(a));
  const c = [];
  let m = 0;
  c[m] = class { static [m = 5] = 1; }.name; // a computed class key runs here
  log.push(JSON.stringify(Object.keys(c)));
}
assignsInRightHandSide();

function errors() {
  let u, n = null, k = 0;
  try { u[k] = 1; } catch (e) { log.push(e.constructor.name + ': ' + e.message); }
  try { n['p'] = 1; } catch (e) { log.push(e.constructor.name + ': ' + e.message); }
  let sideEffect = 0;
  try { u[k] = (sideEffect++, 1); } catch (e) { log.push('after rhs ' + sideEffect); }
  'use strict';
  const frozen = Object.freeze([1]);
  let fk = 0;
  (function () { 'use strict'; let fr = frozen, i = fk; try { fr[i] = 2; } catch (e) { log.push(e.constructor.name + ': ' + e.message); } })();
  let str = 'abc', si = 0;
  (function () { 'use strict'; let s = str, i = si; try { s[i] = 'z'; } catch (e) { log.push(e.constructor.name + ': ' + e.message); } })();
  str[si] = 'z'; log.push(str);
  try { tdz[0] = 1; let tdz = []; } catch (e) { log.push(e.constructor.name + ': ' + e.message); }
  switch (1) { case 0: let sw = []; case 1: try { sw[0] = 1; } catch (e) { log.push(e.constructor.name + ': ' + e.message); } }
  try { throw [0]; } catch (caught) { let z = 0; caught[z] = 'caught'; log.push(caught[0]); }
}
errors();

function* gen() {
  const a = [];
  let i = 0;
  while (i < 3) { a[i] = yield i; i++; }
  return a;
}
const g = gen();
g.next(); g.next('a'); g.next('b');
log.push(JSON.stringify(g.next('c').value));

async function asyncStores() {
  const a = [];
  let i = 0;
  for (; i < 3; i++) a[i] = await Promise.resolve(i * 10);
  return a;
}
asyncStores().then(a => { log.push(JSON.stringify(a)); console.log(log.join('\n')); });

function closures() {
  const a = [];
  let i = 0;
  const bump = () => i++; // i is captured: in a context
  a[i] = bump();
  a[i] = 'second';
  log.push(JSON.stringify(a));
}
closures();

function mappedArguments() {
  // A sloppy function's parameters alias arguments[i]: the key is read before the call changes it.
  const change = args => { args[0] = 'late'; return 1; };
  function viaArguments(p) { const o = {}; o[p] = change(arguments); return JSON.stringify(o) + ' ' + p; }
  log.push(viaArguments('early'));
  function strictParam(p) { 'use strict'; const o = {}; o[p] = change(arguments); return JSON.stringify(o) + ' ' + p; }
  log.push(strictParam('early'));
}
mappedArguments();

// yield* through generators with the intrinsic next: values sent in, results handed out, returns,
// throws, re-entrancy and a next that is not the intrinsic one.
function* leaf(n) {
  let got = [];
  for (let i = 0; i < n; i++) got.push(yield i * 10);
  return got.join(',');
}
function* level(depth, n) {
  const r = depth === 0 ? yield* leaf(n) : yield* level(depth - 1, n);
  return `d${depth}:${r}`;
}
const it = level(3, 3);
const seen = [];
let r = it.next('ignored');
while (!r.done) { seen.push(r.value); r = it.next('s' + r.value); }
console.log(seen, r);

// The result object handed out is one object per step, ordinary, with value then done.
const g2 = level(2, 1);
const first = g2.next();
console.log(Object.keys(first), Object.getPrototypeOf(first) === Object.prototype, first);
console.log(g2.next('x'), g2.next());

// A throw inside the inner generator reaches the outer one's catch.
function* thrower() { yield 1; throw new Error('inner failed'); }
function* catcher() { try { yield* thrower(); } catch (e) { yield 'caught ' + e.message; } return 'end'; }
console.log([...catcher()]);

// Running the outer generator from inside the inner one: already running.
let outer;
function* reenter() { yield 1; outer.next(); }
function* wrap() { yield* reenter(); }
outer = wrap();
outer.next();
try { outer.next(); } catch (e) { console.log(e.constructor.name, e.message); }

// A generator with its own next: yield* calls it, not the intrinsic one.
function* plain() { yield 'a'; yield 'b'; }
const custom = plain();
custom.next = function (v) { const res = Object.getPrototypeOf(this).next.call(this, v); return { value: res.value && res.value.toUpperCase(), done: res.done }; };
function* viaCustom() { return yield* custom; }
console.log([...viaCustom()]);

// Generator.prototype.next replaced after yield* began: the record keeps the method it read.
const GenProto = Object.getPrototypeOf(plain.prototype);
const intrinsicNext = GenProto.next;
function* late() { yield* plain(); }
const l = late();
console.log(l.next());
GenProto.next = function () { return { value: 'patched', done: true }; };
console.log(intrinsicNext.call(l), intrinsicNext.call(l));
GenProto.next = intrinsicNext;

// return() and throw() during the delegation.
function* inner2() { try { yield 1; yield 2; } finally { console.log('inner finally'); } }
function* outer2() { try { yield* inner2(); } finally { console.log('outer finally'); } }
const o2 = outer2();
o2.next();
console.log(o2.return('early'));
const o3 = outer2();
o3.next();
try { o3.throw(new Error('thrown in')); } catch (e) { console.log('propagated', e.message); }

// A result object changed by the inner iterator's consumer is still read through [[Get]].
function* resultGetter() {
  const res = yield* { [Symbol.iterator]() { return this; }, next() { return Object.defineProperty({ value: 7 }, 'done', { get() { console.log('done read'); return true; } }); } };
  return res;
}
console.log(resultGetter().next());

// Generators resumed by for-of and by next() calls: values, completion, throws, re-entry, return.
function* count(n) { for (let i = 0; i < n; i++) { const got = yield i; if (got !== undefined) console.log('got', got); } return 'end'; }

const g = count(3);
console.log(JSON.stringify(g.next('ignored at start')), JSON.stringify(g.next('a')), JSON.stringify(g.next()));
console.log(JSON.stringify(g.next('b')), JSON.stringify(g.next()), JSON.stringify(g.next()));

let total = 0;
for (const x of count(5)) total += x;
console.log('for-of total', total);

// A throw inside the generator completes it and reaches the loop's caller; return() is not called.
function* failing() { try { yield 1; throw new Error('boom'); } finally { console.log('failing finally'); } }
const f = failing();
try { for (const x of f) console.log('value', x); } catch (e) { console.log('caught', e.message); }
console.log('after throw', JSON.stringify(f.next()));

// break calls return(), which runs the generator's finally.
function* cleanup() { try { yield 1; yield 2; } finally { console.log('cleanup finally'); } }
for (const x of cleanup()) { console.log('first', x); break; }

// Re-entering a running generator is a TypeError, and the generator is then completed.
let self;
function* reenter() { yield 1; self.next(); yield 2; }
self = reenter();
self.next();
try { self.next(); } catch (e) { console.log(e.constructor.name, e.message); }
console.log('after reentry', JSON.stringify(self.next()));

// Nested generators, each consumed by for-of inside another.
function* outer() { for (const a of count(3)) for (const b of count(2)) yield a * 10 + b; }
console.log([...outer()].join(','));

// yield* takes the general path and mixes with inline resumption of the same generators.
function* delegating() { yield 0; yield* count(2); yield 9; }
const d = delegating();
console.log(JSON.stringify(d.next()), JSON.stringify(d.next()));
for (const x of d) console.log('rest', x);

// next() on a generator from a method call chain, with throw() in between.
function* withCatch() { while (true) { try { yield 'ok'; } catch (e) { console.log('inner caught', e); } } }
const w = withCatch();
console.log(w.next().value, w.throw('E').value, w.next().value, JSON.stringify(w.return(7)), JSON.stringify(w.next()));

// An error thrown from a generator resumed by next() has the generator on its stack.
function* thrower() { yield 1; null.x; }
const th = thrower();
th.next();
try { th.next(); } catch (e) { console.log(e instanceof TypeError, e.stack.split('\n')[1].trim().startsWith('at thrower')); }

// A spread over a generator whose next was replaced uses the replacement.
const custom = count(3);
custom.next = function () { return { value: 'custom', done: Math.random() > 2 ? false : true }; };
console.log([...custom].length);

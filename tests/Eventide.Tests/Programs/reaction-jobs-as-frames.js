// Promise reaction jobs whose handlers are script functions: consecutive jobs calling closures of one
// function run in one frame of the interpreter's loop. Each must still see its own closure, this,
// arguments and async context, settle its own derived promise, and keep node's job order.
const { AsyncLocalStorage } = require('node:async_hooks');
const log = [];

// 1. Closures of one arrow over different scopes, interleaved with another function's jobs.
const chains = [];
for (let c = 0; c < 3; c++) {
  let p = Promise.resolve(c * 100);
  for (let i = 0; i < 3; i++) p = p.then(v => { log.push(`chain ${c} step ${i}: ${v}`); return v + 1; });
  chains.push(p);
}
Promise.resolve('other').then(function other(v) { log.push(`other function: ${v}`); });

// 2. A handler that throws in the middle of a run: its derived promise rejects, the next jobs run on.
const boom = Promise.allSettled([1, 2, 3].map(n => Promise.resolve(n).then(v => {
  if (v === 2) throw new Error(`handler ${v} threw`);
  return v * 10;
})));

// 3. this and arguments: sloppy and strict functions, and an arrow's lexical this.
function sloppy() { return [typeof this, this === globalThis, arguments.length, arguments[0]]; }
function strict() { 'use strict'; return [typeof this, arguments.length]; }
const holder = { name: 'holder', make() { return () => this.name; } };
const thisChecks = [
  Promise.resolve('a').then(sloppy),
  Promise.resolve('b').then(strict),
  Promise.resolve('c').then(holder.make()),
  Promise.resolve('d').then(holder.make.call({ name: 'other holder' })),
];

// 4. A handler returning a promise or a thenable: its derived promise adopts it.
const adopted = Promise.allSettled([
  Promise.resolve(1).then(v => Promise.resolve(v + 1)),
  Promise.resolve(2).then(v => ({ then(resolve) { resolve(v * 7); } })),
  Promise.resolve(3).then(v => ({ get then() { throw new Error('then getter threw'); } })),
]);

// 5. Rejections through onRejected handlers, and handlers missing on either side.
const rejections = [
  Promise.reject(new Error('r1')).then(null, e => `caught ${e.message}`),
  Promise.reject(new Error('r2')).then(v => v).catch(e => `caught late ${e.message}`),
  Promise.resolve('pass').then(undefined).then(v => `passed through: ${v}`),
];

// 6. Async context: each job runs in its then()'s store, however many run back to back.
const als = new AsyncLocalStorage();
const contexts = [];
for (let i = 0; i < 4; i++) als.run(`store ${i}`, () => Promise.resolve(i).then(v => contexts.push(`${v} in ${als.getStore()}`)));
Promise.resolve().then(() => contexts.push(`outside: ${als.getStore()}`));

// 7. nextTick and queueMicrotask around reaction jobs, and await continuations between them.
const order = [];
Promise.resolve().then(() => { order.push('then 1'); process.nextTick(() => order.push('tick from then 1')); });
queueMicrotask(() => order.push('microtask'));
Promise.resolve().then(() => order.push('then 2'));
(async () => { order.push('async start'); await null; order.push('after await 1'); await null; order.push('after await 2'); })();
Promise.resolve().then(() => order.push('then 3')).then(() => order.push('then 3b'));
process.nextTick(() => order.push('tick'));

// 8. An error's stack in a handler names the handler.
const stack = Promise.resolve().then(function namedHandler() { return new Error('where').stack.split('\n')[1].trim().split(' (')[0]; });

// 9. arguments.callee is each job's own closure of the one function.
const callees = Promise.all([1, 2, 3].map(n => {
  const h = function () { return arguments.callee.tag; };
  h.tag = `closure ${n}`;
  return Promise.resolve().then(h);
}));

// 10. Handlers of different functions back to back: a small one, one with many locals (a bigger frame),
// one reading its arguments object, a method using super, and the small one again.
const mixed = [];
const base = { describe(v) { return `base sees ${v}`; } };
const derived = { __proto__: base, describe(v) { return `derived, then ${super.describe(v)}`; } };
for (let i = 0; i < 2; i++) {
  Promise.resolve(i).then(v => mixed.push(`small ${v}`));
  Promise.resolve(i).then(v => {
    let a = v + 1, b = a * 2, c = b + a, d = c * c, e = d - b, f = e + c, g = f % 7, h = g + a, j = h * b, k = j - c;
    let l = k + 1, m = l * 2, n = m - e, o = n + f, p = o * g, q = p + h, r = q - j, s = r + k, t = s * 2, u = t + l;
    mixed.push(`many locals ${[a, b, c, d, e, f, g, h, j, k, l, m, n, o, p, q, r, s, t, u].join(',')}`);
  });
  Promise.resolve(i).then(function () { mixed.push(`arguments ${arguments.length} ${arguments[0]}`); });
  Promise.resolve(i).then(derived.describe).then(text => mixed.push(text));
  Promise.resolve(i).then(v => mixed.push(`small again ${v}`));
}

setTimeout(async () => {
  console.log(log.join('\n'));
  console.log(await Promise.all(chains));
  for (const r of await boom) console.log(r.status, r.status === 'fulfilled' ? r.value : r.reason.message);
  for (const r of await Promise.all(thisChecks)) console.log(JSON.stringify(r));
  for (const r of await adopted) console.log(r.status, r.status === 'fulfilled' ? r.value : r.reason.message);
  console.log(await Promise.all(rejections));
  console.log(contexts);
  console.log(order);
  console.log(await stack);
  console.log(await callees);
  console.log(mixed.join('\n'));
  // 10. A long chain settles in order, with its last value.
  let p = Promise.resolve(0);
  for (let i = 0; i < 10000; i++) p = p.then(v => v + 1);
  console.log('long chain:', await p);
}, 0);

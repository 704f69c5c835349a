// Promise.all/allSettled/any/race: ordering against other jobs, thenables, subclasses and a patched then.
const log = [];
const tick = (label) => Promise.resolve().then(() => log.push(label));
const thenable = { then(res) { log.push('thenable.then'); res('T'); } };

Promise.all([1, Promise.resolve(2), thenable]).then(v => log.push('all ' + JSON.stringify(v)));
tick('t1');
Promise.allSettled([Promise.reject(new Error('x')), 3]).then(v => log.push('allSettled ' + JSON.stringify(v.map(s => s.status + ':' + (s.value ?? s.reason.message)))));
tick('t2');
Promise.any([Promise.reject(1), Promise.reject(2)]).catch(e => log.push('any ' + e.constructor.name + ' ' + JSON.stringify(e.errors)));
Promise.any([Promise.reject(1), Promise.resolve('ok')]).then(v => log.push('any ' + v));
Promise.race([new Promise(r => setTimeout(() => r('slow'), 5)), Promise.resolve('fast')]).then(v => log.push('race ' + v));
Promise.all([]).then(v => log.push('all empty ' + v.length));
Promise.all([Promise.reject('first'), Promise.reject('second')]).catch(e => log.push('all rejects ' + e));

class MyPromise extends Promise {}
MyPromise.all([1, 2]).then(v => log.push('subclass ' + (v instanceof Array) + ' ' + v));

const p = Promise.resolve('patched');
p.then = function (f, r) { log.push('own then called'); return Promise.prototype.then.call(this, f, r); };
Promise.all([p]).then(v => log.push('all ' + v));

const settledShape = [];
Promise.allSettled([1, Promise.reject(2)]).then(rs => { for (const r of rs) settledShape.push(Object.keys(r).join('+')); });

setTimeout(() => {
  for (const line of log) console.log(line);
  console.log(settledShape.join(' '));
  const original = Promise.prototype.then;
  let calls = 0;
  Promise.prototype.then = function (f, r) { calls++; return original.call(this, f, r); };
  Promise.all([1, 2, 3]).then(() => { Promise.prototype.then = original; console.log('then calls seen', calls); });
}, 10);

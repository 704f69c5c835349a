'use strict';
// q: promises with deferreds, all/allSettled/spread, node-style adapters, timeouts, delay, progress-free chains.
const Q = require('q');
const show = (label, value) => console.log(label, JSON.stringify(value));
async function main() {
  show('resolve', await Q(1));
  show('all', await Q.all([Q.delay(20).then(() => 'a'), 'b', Q.resolve('c')]));
  show('spread', await Q.all([1, 2]).spread((a, b) => a + b));
  show('allSettled', (await Q.allSettled([Q(1), Q.reject(new Error('no'))])).map(s => s.state + ':' + (s.value || s.reason.message)));
  const d = Q.defer();
  setTimeout(() => d.resolve('deferred'), 5);
  show('defer', await d.promise);
  const d2 = Q.defer();
  d2.reject(new Error('rejected deferred'));
  show('defer reject', await d2.promise.catch(e => e.message));
  show('timeout', await Q.delay(300).timeout(5, 'too slow').catch(e => [e.message, e.code]));
  show('fin', await Q(5).fin(() => 'ignored'));
  const nodeFn = (a, cb) => setTimeout(() => (a < 0 ? cb(new Error('neg')) : cb(null, a * 2)), 1);
  show('nfcall', [await Q.nfcall(nodeFn, 2), await Q.nfcall(nodeFn, -1).catch(e => e.message)]);
  show('denodeify', await Q.denodeify(nodeFn)(5));
  show('ninvoke', await Q.ninvoke({ k: 3, m(x, cb) { cb(null, this.k + x); } }, 'm', 4));
  show('nodeify', await new Promise(res => Q(7).nodeify((err, v) => res([err, v]))));
  show('thenResolve/thenReject', [await Q(1).thenResolve('r'), await Q(1).thenReject(new Error('tr')).catch(e => e.message)]);
  show('get/invoke/keys', [await Q({ a: { b: 2 } }).get('a').get('b'), await Q([3, 1, 2]).invoke('join', '-'), await Q({ x: 1, y: 2 }).keys()]);
  show('isPromise', [Q.isPromise(Q(1)), Q.isPromise({ then() {} }), Q.isPromiseAlike({ then() {} })]);
  show('inspect', [Q(1).inspect(), Q.reject(new Error('e')).catch(() => {}) && 'handled', Q.defer().promise.inspect()]);
  show('any', await Q.any([Q.reject(new Error('x')), Q.delay(5).then(() => 'y')]));
  show('race', await Q.race([Q.delay(150).then(() => 'slow'), Q.delay(1).then(() => 'fast')]));
  const order = [];
  Q(1).then(() => order.push('q then'));
  Promise.resolve().then(() => order.push('native then'));
  order.push('sync');
  await Q.delay(5);
  show('ordering', order.sort());
  show('chain', await Array.from({ length: 500 }, (_, i) => i).reduce((p, i) => p.then(s => s + i), Q(0)));
  show('async generator', await Q.async(function* () { const a = yield Q.delay(1).then(() => 1); const b = yield Q(2); return a + b; })());
}
main().then(() => show('done', true), e => { console.log('FAILED', e && e.stack); process.exitCode = 1; });

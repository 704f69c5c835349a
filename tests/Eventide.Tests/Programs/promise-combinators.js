const delay = (ms, v, fail) => new Promise((res, rej) => setTimeout(() => (fail ? rej(v) : res(v)), ms));
Promise.all([delay(30, 'a'), delay(10, 'b'), 'c']).then(v => console.log('all', v.join()));
Promise.all([delay(10, 'x'), delay(5, new Error('e1'), true)]).catch(e => console.log('all rejected', e.message));
Promise.allSettled([delay(5, 1), delay(1, 'no', true), 3]).then(rs => {
  for (const r of rs) console.log('settled', r.status, r.status === 'fulfilled' ? r.value : r.reason);
});
Promise.race([delay(20, 'slow'), delay(2, 'fast')]).then(v => console.log('race', v));
Promise.any([delay(3, 'e', true), delay(6, 'ok')]).then(v => console.log('any', v));
Promise.any([Promise.reject(1), Promise.reject(2)]).catch(e => console.log(e.name, e.message, e.errors.join('|')));
Promise.all([]).then(v => console.log('empty all', v.length));
Promise.race([]).then(() => console.log('never'));
class MyPromise extends Promise {}
const mp = MyPromise.resolve(1).then(x => x + 1);
console.log(mp instanceof MyPromise, mp.constructor === MyPromise);
Promise.resolve(7).finally(() => 99).then(v => console.log('finally keeps', v));
Promise.reject(new Error('r')).finally(() => {}).catch(e => console.log('finally rethrows', e.message));
new Promise(() => { throw new TypeError('in executor'); }).catch(e => console.log('executor error', e.name));
const self = new Promise(r => setTimeout(() => r(self), 50));
self.catch(e => console.log(e.constructor.name, e.message));
Promise.resolve({ then(r) { r('thenable value'); } }).then(v => console.log(v));

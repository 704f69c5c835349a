'use strict';
// async (caolan): control flow with callbacks and with async functions, queues, errors.
const async = require('async');
const show = (label, value) => console.log(label, JSON.stringify(value));
const later = (ms, v, fail) => (cb) => setTimeout(() => (fail ? cb(new Error(fail)) : cb(null, v)), ms);
const steps = [];

function series(list) {
  return list.reduce((p, f) => p.then(() => new Promise(resolve => f(resolve))), Promise.resolve());
}

series([
  done => async.series([later(20, 'a'), later(5, 'b'), later(1, 'c')], (err, r) => { show('series', [err, r]); done(); }),
  done => async.parallel({ one: later(200, 1), two: later(5, 2) }, (err, r) => { show('parallel', [err, r]); done(); }),
  done => async.parallel([later(10, 1), later(5, 'x', 'boom')], (err, r) => { show('parallel error', [err && err.message, r]); done(); }),
  done => async.waterfall([
    cb => cb(null, 'one', 'two'),
    (a, b, cb) => setTimeout(() => cb(null, a + b + 'three'), 3),
    (s, cb) => cb(null, s.length),
  ], (err, r) => { show('waterfall', [err, r]); done(); }),
  done => async.map([120, 10, 60], (ms, cb) => setTimeout(() => { steps.push(ms); cb(null, ms * 2); }, ms), (err, r) => { show('map', [err, r, steps.splice(0)]); done(); }),
  done => async.mapSeries([3, 1, 2], (n, cb) => setTimeout(() => { steps.push(n); cb(null, n + 1); }, n), (err, r) => { show('mapSeries', [err, r, steps.splice(0)]); done(); }),
  done => async.mapLimit([1, 2, 3, 4, 5], 2, (n, cb) => { steps.push('start' + n); setTimeout(() => cb(null, n * n), 10 - n); }, (err, r) => { show('mapLimit', [err, r, steps.splice(0)]); done(); }),
  done => async.eachSeries(['a', 'b'], (x, cb) => { steps.push(x); setImmediate(cb); }, err => { show('eachSeries', [err, steps.splice(0)]); done(); }),
  done => async.each([1, 2, 3], (x, cb) => cb(x === 2 ? new Error('two') : null), err => { show('each error', err.message); done(); }),
  done => async.filter([1, 2, 3, 4], (n, cb) => setTimeout(() => cb(null, n % 2 === 0), 5 - n), (err, r) => { show('filter', [err, r]); done(); }),
  done => async.reject([1, 2, 3, 4], (n, cb) => cb(null, n > 2), (err, r) => { show('reject', r); done(); }),
  done => async.detect([1, 5, 3], (n, cb) => setTimeout(() => cb(null, n > 2), n * 40), (err, r) => { show('detect', r); done(); }),
  done => async.some([1, 5, 3], (n, cb) => cb(null, n > 4), (err, r) => { show('some', r); done(); }),
  done => async.every([1, 5, 3], (n, cb) => cb(null, n > 0), (err, r) => { show('every', r); done(); }),
  done => async.concat([1, 2], (n, cb) => cb(null, [n, n * 10]), (err, r) => { show('concat', r); done(); }),
  done => async.reduce([1, 2, 3], 0, (memo, n, cb) => setImmediate(() => cb(null, memo + n)), (err, r) => { show('reduce', r); done(); }),
  done => async.sortBy([3, 1, 2], (n, cb) => cb(null, -n), (err, r) => { show('sortBy', r); done(); }),
  done => async.groupBy([1.5, 2.5, 1.2], (n, cb) => cb(null, Math.floor(n)), (err, r) => { show('groupBy', r); done(); }),
  done => async.times(4, (n, cb) => cb(null, n * 3), (err, r) => { show('times', r); done(); }),
  done => async.mapValues({ a: 1, b: 2 }, (v, k, cb) => cb(null, k + v), (err, r) => { show('mapValues', r); done(); }),
  done => { let i = 0; async.whilst(cb => cb(null, i < 3), cb => { i++; setTimeout(cb, 1); }, err => { show('whilst', [err, i]); done(); }); },
  done => { let i = 0; async.doUntil(cb => { i += 2; cb(null, i); }, (n, cb) => cb(null, n >= 5), (err, r) => { show('doUntil', [err, r]); done(); }); },
  done => { let tries = 0; async.retry(3, cb => { tries++; cb(tries < 3 ? new Error('no') : null, 'ok after ' + tries); }, (err, r) => { show('retry', [err, r]); done(); }); },
  done => async.auto({
    get_data: cb => setTimeout(() => cb(null, 'data'), 5),
    make_folder: cb => cb(null, 'folder'),
    write_file: ['get_data', 'make_folder', (results, cb) => cb(null, results.get_data + '@' + results.make_folder)],
    email: ['write_file', (results, cb) => cb(null, { file: results.write_file })],
  }, (err, r) => { show('auto', [err, r]); done(); }),
  done => {
    const q = async.queue((task, cb) => { steps.push('q' + task.n); setTimeout(cb, task.n); }, 2);
    q.drain(() => { show('queue', [steps.splice(0), q.idle()]); done(); });
    q.push([{ n: 5 }, { n: 1 }, { n: 3 }]);
    q.unshift({ n: 2 });
  },
  done => {
    const q = async.priorityQueue((task, cb) => { steps.push(task); cb(); }, 1);
    q.pause();
    q.push('low', 10); q.push('high', 1); q.push('mid', 5);
    q.drain(() => { show('priorityQueue', steps.splice(0)); done(); });
    q.resume();
  },
  done => {
    const cargo = async.cargo((tasks, cb) => { steps.push(tasks.join('+')); setTimeout(cb, 1); }, 2);
    cargo.push(['a', 'b', 'c', 'd', 'e']);
    cargo.drain(() => { show('cargo', steps.splice(0)); done(); });
  },
  // async functions are accepted wherever a callback-taking function is.
  done => async.mapLimit([1, 2, 3], 2, async n => { await new Promise(r => setTimeout(r, 4 - n)); return n * 100; }, (err, r) => { show('async fn', [err, r]); done(); }),
  done => async.parallel([async () => 1, async () => { throw new Error('async boom'); }], err => { show('async fn error', err.message); done(); }),
  done => { async.map([1, 2], async n => n + 1).then(r => { show('promise api', r); done(); }); },
  done => { async.series([async () => 'x', async () => 'y']).then(r => { show('series promise', r); return async.race([later(150, 'slow'), later(1, 'fast')]); }).then(r => { show('race', r); done(); }); },
  done => {
    const memo = async.memoize((n, cb) => { steps.push('compute' + n); setTimeout(() => cb(null, n * 2), 1); });
    memo(2, () => memo(2, (err, r) => { show('memoize', [r, steps.splice(0)]); done(); }));
  },
  done => async.timeout(later(300, 'late'), 5)((err) => { show('timeout', err.code); done(); }),
  done => async.tryEach([cb => cb(new Error('first')), cb => cb(null, 'second')], (err, r) => { show('tryEach', [err, r]); done(); }),
  done => { const f = async.seq((n, cb) => cb(null, n + 1), (n, cb) => cb(null, n * 10)); f(1, (err, r) => { show('seq', r); done(); }); },
  done => { async.nextTick(() => { show('nextTick', true); done(); }); },
  done => async.forEachOf({ a: 1, b: 2 }, (v, k, cb) => { steps.push(k + '=' + v); cb(); }, () => { show('forEachOf', steps.splice(0)); done(); }),
]).then(() => show('all', 'done'));

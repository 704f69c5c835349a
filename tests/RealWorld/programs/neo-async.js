'use strict';
// neo-async: async's API reimplemented for speed (series, parallel, map variants, queues, auto, retry, whilst).
const async = require('neo-async');
const show = (label, value) => console.log(label, JSON.stringify(value));
const later = (ms, v) => cb => setTimeout(() => cb(null, v), ms);
const steps = [
  done => async.series([later(10, 'a'), later(1, 'b')], (e, r) => { show('series', [e, r]); done(); }),
  done => async.parallel({ x: later(200, 1), y: later(1, 2) }, (e, r) => { show('parallel', [e, r]); done(); }),
  done => async.map([3, 1, 2], (n, cb) => setTimeout(cb, n, null, n * 10), (e, r) => { show('map', r); done(); }),
  done => async.mapValuesSeries({ a: 1, b: 2 }, (v, k, cb) => cb(null, k + v), (e, r) => { show('mapValuesSeries', r); done(); }),
  done => async.filterLimit([1, 2, 3, 4, 5, 6], 2, (n, cb) => setImmediate(cb, null, n % 3 === 0), (e, r) => { show('filterLimit', r); done(); }),
  done => async.sortBy(['ccc', 'a', 'bb'], (s, cb) => cb(null, s.length), (e, r) => { show('sortBy', r); done(); }),
  done => async.concatSeries([1, 2], (n, cb) => cb(null, [n, -n]), (e, r) => { show('concatSeries', r); done(); }),
  done => async.reduce([1, 2, 3], 1, (m, n, cb) => cb(null, m * (n + 1)), (e, r) => { show('reduce', r); done(); }),
  done => async.waterfall([cb => cb(null, 2), (n, cb) => cb(null, n, n * 2), (a, b, cb) => cb(null, a + b)], (e, r) => { show('waterfall', r); done(); }),
  done => async.auto({ a: later(5, 'A'), b: ['a', (res, cb) => cb(null, res.a + 'B')], c: ['a', 'b', (res, cb) => cb(null, res.b + 'C')] }, (e, r) => { show('auto', r); done(); }),
  done => { let n = 0; async.whilst(() => n < 4, cb => { n++; setImmediate(cb); }, () => { show('whilst', n); done(); }); },
  done => { let tries = 0; async.retry({ times: 4, interval: 1 }, cb => { tries++; cb(tries < 3 ? new Error('x') : null, tries); }, (e, r) => { show('retry', [e, r]); done(); }); },
  done => { const q = async.queue((t, cb) => { show('task', t); setImmediate(cb); }, 1); q.drain = () => { show('drained', q.idle()); done(); }; q.push(['x', 'y']); },
  done => async.times(5, (n, cb) => cb(null, n * n), (e, r) => { show('times', r); done(); }),
  done => async.each([1, 2, 3], (n, cb) => cb(n === 2 ? new Error('stop at 2') : null), e => { show('each error', e.message); done(); }),
  done => async.detectSeries([1, 4, 6], (n, cb) => cb(null, n > 3), (e, r) => { show('detectSeries', r); done(); }),
  done => async.everyLimit([2, 4, 5], 1, (n, cb) => cb(null, n % 2 === 0), (e, r) => { show('everyLimit', r); done(); }),
  done => async.groupBy([1.1, 2.5, 1.9], (n, cb) => cb(null, Math.floor(n)), (e, r) => { show('groupBy', r); done(); }),
  done => async.angelFall ? async.angelFall([cb => cb(null, 1), (n, cb) => cb(null, n + 1)], (e, r) => { show('angelFall', r); done(); }) : done(),
  done => async.mapLimit(Array.from({ length: 200 }, (_, i) => i), 8, (n, cb) => (n % 10 ? cb(null, n) : setImmediate(cb, null, n)), (e, r) => { show('many', r.reduce((a, b) => a + b, 0)); done(); }),
];
async.series(steps.map(step => cb => step(() => cb())), () => show('all', 'done'));

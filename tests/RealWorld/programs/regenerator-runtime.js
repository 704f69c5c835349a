'use strict';
// regenerator-runtime: hand-written regenerator output (as Babel emits it) for generators and async functions.
const regeneratorRuntime = require('regenerator-runtime');
const show = (label, value) => console.log(label, JSON.stringify(value));

var _marked = regeneratorRuntime.mark(counter);
function counter(limit) {
  var i;
  return regeneratorRuntime.wrap(function counter$(_context) {
    while (1) switch (_context.prev = _context.next) {
      case 0: i = 0;
      case 1: if (!(i < limit)) { _context.next = 7; break; }
        _context.next = 4;
        return i;
      case 4: i++; _context.next = 1; break;
      case 7: return _context.abrupt('return', 'done');
      case 8: case 'end': return _context.stop();
    }
  }, _marked);
}
show('spread', [...counter(3)]);
const it = counter(2);
show('manual', [it.next(), it.next(), it.next(), it.next()]);
show('isGeneratorFunction', [regeneratorRuntime.isGeneratorFunction(counter), regeneratorRuntime.isGeneratorFunction(function () {})]);
show('toString', Object.prototype.toString.call(counter(1)));

var _marked2 = regeneratorRuntime.mark(withTry);
function withTry() {
  var received;
  return regeneratorRuntime.wrap(function withTry$(_context) {
    while (1) switch (_context.prev = _context.next) {
      case 0: _context.prev = 0; _context.next = 3; return 'first';
      case 3: received = _context.sent; _context.next = 6; return 'got ' + received;
      case 6: _context.next = 11; break;
      case 8: _context.prev = 8; _context.t0 = _context['catch'](0); return _context.abrupt('return', 'caught ' + _context.t0.message);
      case 11: _context.prev = 11; console.log('finally ran'); return _context.finish(11);
      case 14: case 'end': return _context.stop();
    }
  }, _marked2, null, [[0, 8, 11, 14]]);
}
const g = withTry();
show('try next', [g.next(), g.next('x')]);
show('try throw', g.throw(new Error('boom')));
const g2 = withTry();
g2.next();
show('return', g2.return('early'));

var _marked3 = regeneratorRuntime.mark(delegating);
function delegating() {
  return regeneratorRuntime.wrap(function delegating$(_context) {
    while (1) switch (_context.prev = _context.next) {
      case 0: return _context.delegateYield(counter(2), 't0', 1);
      case 1: _context.next = 3; return 'after ' + _context.t0;
      case 3: case 'end': return _context.stop();
    }
  }, _marked3);
}
show('delegateYield', [...delegating()]);

function asyncAdd(a, b) {
  return regeneratorRuntime.async(function asyncAdd$(_context) {
    while (1) switch (_context.prev = _context.next) {
      case 0: _context.next = 2; return regeneratorRuntime.awrap(new Promise(r => setTimeout(() => r(a), 5)));
      case 2: _context.t0 = _context.sent; _context.next = 5; return regeneratorRuntime.awrap(Promise.resolve(b));
      case 5: _context.t1 = _context.sent; return _context.abrupt('return', _context.t0 + _context.t1);
      case 7: case 'end': return _context.stop();
    }
  }, null, null, null, Promise);
}
function asyncFail() {
  return regeneratorRuntime.async(function asyncFail$(_context) {
    while (1) switch (_context.prev = _context.next) {
      case 0: _context.prev = 0; _context.next = 3; return regeneratorRuntime.awrap(Promise.reject(new Error('rejected')));
      case 3: _context.next = 8; break;
      case 5: _context.prev = 5; _context.t0 = _context['catch'](0); throw new Error('rethrown ' + _context.t0.message);
      case 8: case 'end': return _context.stop();
    }
  }, null, null, [[0, 5]], Promise);
}
var _marked4 = regeneratorRuntime.mark(asyncGen);
function asyncGen() {
  return regeneratorRuntime.wrap(function asyncGen$(_context) {
    while (1) switch (_context.prev = _context.next) {
      case 0: _context.next = 2; return regeneratorRuntime.awrap(Promise.resolve(1));
      case 2: _context.next = 4; return _context.sent * 10;
      case 4: _context.next = 6; return 20;
      case 6: case 'end': return _context.stop();
    }
  }, _marked4);
}
const order = [];
asyncAdd(1, 2).then(v => { show('async', v); return asyncFail(); }).catch(e => show('async error', e.message)).then(async () => {
  const ag = regeneratorRuntime.async ? new regeneratorRuntime.AsyncIterator(asyncGen(), Promise) : null;
  show('AsyncIterator', [await ag.next(), await ag.next(), await ag.next()]);
  show('keys', (() => { const next = regeneratorRuntime.keys({ a: 1, b: 2 }); return [next(), next(), next()].map(r => [r.value, r.done]); })());
  show('values', (() => { const v = regeneratorRuntime.values([7, 8]); return [v.next(), v.next(), v.next()]; })());
});
Promise.resolve().then(() => order.push('microtask'));
asyncAdd(0, 0).then(() => { order.push('async done'); show('order', order); });

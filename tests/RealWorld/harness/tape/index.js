'use strict';
// A small tape: enough of its API for the published test suites in the corpus, printing TAP.
// Tests run one at a time, in order, after the file that defines them has loaded; a test ends
// at t.end(), when its plan is met, or when the promise its callback returns settles.

var queue = [];
var started = false;
var count = 0;
var failed = 0;
var current = null;

function describe(value) {
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'function') return '[Function' + (value.name ? ': ' + value.name : '') + ']';
  if (typeof value === 'bigint') return value + 'n';
  if (typeof value === 'symbol' || value === undefined || value === null || typeof value !== 'object') return String(value);
  try {
    return JSON.stringify(value, function (k, v) { return v === undefined ? '__undefined__' : typeof v === 'bigint' ? v + 'n' : v; });
  } catch (e) {
    return Object.prototype.toString.call(value);
  }
}

function sameValue(a, b) { return a === b || (a !== a && b !== b); }

// tape's deepEqual (strict): same primitives, same kind of object, same own enumerable keys.
function deepEqual(a, b, strict, seen) {
  if (strict ? sameValue(a, b) : (a == b || sameValue(a, b))) return true;
  if (!a || !b || typeof a !== 'object' || typeof b !== 'object') return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Object.prototype.toString.call(a) !== Object.prototype.toString.call(b)) return false;
  if (a instanceof Date) return a.getTime() === b.getTime();
  if (a instanceof RegExp) return String(a) === String(b);
  seen = seen || [];
  for (var i = 0; i < seen.length; i++) if (seen[i][0] === a && seen[i][1] === b) return true;
  seen.push([a, b]);
  var ka = Object.keys(a), kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  ka.sort(); kb.sort();
  for (var j = 0; j < ka.length; j++) if (ka[j] !== kb[j]) return false;
  for (var k = 0; k < ka.length; k++) if (!deepEqual(a[ka[k]], b[ka[k]], strict, seen)) return false;
  return true;
}

function Test(name, opts, cb, parent) {
  this.name = name;
  this.opts = opts;
  this.cb = cb;
  this.parent = parent;
  this.children = [];
  this.planned = undefined;
  this.asserts = 0;
  this.ended = false;
  this.teardowns = [];
  this.onEnd = null;
}

Test.prototype.assert = function (ok, message, extra) {
  if (this.ended) {
    ok = false;
    message = '.end() already called: ' + message;
  }
  count++;
  this.asserts++;
  console.log((ok ? 'ok ' : 'not ok ') + count + ' ' + (message || ''));
  if (!ok) {
    failed++;
    if (extra) {
      console.log('  ---');
      if ('expected' in extra) console.log('    expected: ' + describe(extra.expected));
      if ('actual' in extra) console.log('    actual:   ' + describe(extra.actual));
      console.log('  ...');
    }
  }
  if (this.planned !== undefined && this.asserts === this.planned && this.children.length === 0) this.end();
};

Test.prototype.plan = function (n) { this.planned = n; };
Test.prototype.comment = function (msg) { console.log('# ' + msg); };
Test.prototype.teardown = function (fn) { this.teardowns.push(fn); };
Test.prototype.timeoutAfter = function () {};

Test.prototype.end = function (err) {
  if (err) this.error(err);
  if (this.ended) return;
  if (this.planned !== undefined && this.asserts !== this.planned) {
    this.ended = true;
    count++;
    failed++;
    console.log('not ok ' + count + ' plan != count');
    console.log('  ---\n    expected: ' + this.planned + '\n    actual:   ' + this.asserts + '\n  ...');
  }
  this.ended = true;
  for (var i = 0; i < this.teardowns.length; i++) this.teardowns[i]();
  if (this.onEnd) this.onEnd();
};

Test.prototype.ok = Test.prototype.true = Test.prototype.assert_ = function (value, msg) {
  this.assert(!!value, msg || 'should be truthy', { expected: true, actual: value });
};
Test.prototype.notOk = Test.prototype.false = function (value, msg) {
  this.assert(!value, msg || 'should be falsy', { expected: false, actual: value });
};
Test.prototype.pass = function (msg) { this.assert(true, msg || '(unnamed assert)'); };
Test.prototype.skip = function (msg) { this.assert(true, (msg || '(unnamed assert)') + ' # SKIP'); };
Test.prototype.fail = function (msg) { this.assert(false, msg || 'fail'); };
Test.prototype.error = Test.prototype.ifError = Test.prototype.ifErr = function (err, msg) {
  this.assert(!err, msg || String(err), { actual: err && err.message });
};
Test.prototype.equal = Test.prototype.equals = Test.prototype.strictEqual = Test.prototype.is = function (a, b, msg) {
  this.assert(sameValue(a, b), msg || 'should be strictly equal', { expected: b, actual: a });
};
Test.prototype.notEqual = Test.prototype.notStrictEqual = Test.prototype.isNot = function (a, b, msg) {
  this.assert(!sameValue(a, b), msg || 'should not be strictly equal', { expected: b, actual: a });
};
Test.prototype.looseEqual = function (a, b, msg) {
  this.assert(a == b, msg || 'should be loosely equal', { expected: b, actual: a });
};
Test.prototype.deepEqual = Test.prototype.same = Test.prototype.deepEquals = function (a, b, msg) {
  this.assert(deepEqual(a, b, true), msg || 'should be deeply equivalent', { expected: b, actual: a });
};
Test.prototype.notDeepEqual = Test.prototype.notSame = function (a, b, msg) {
  this.assert(!deepEqual(a, b, true), msg || 'should not be deeply equivalent', { expected: b, actual: a });
};
Test.prototype.deepLooseEqual = function (a, b, msg) {
  this.assert(deepEqual(a, b, false), msg || 'should be loosely deeply equivalent', { expected: b, actual: a });
};
Test.prototype.match = function (s, re, msg) {
  this.assert(re.test(s), msg || 'should match', { expected: String(re), actual: s });
};
Test.prototype.throws = function (fn, expected, msg) {
  if (typeof expected === 'string') { msg = expected; expected = undefined; }
  var caught = null;
  try { fn(); } catch (e) { caught = { error: e }; }
  var ok = !!caught;
  if (ok && expected !== undefined) {
    var e = caught.error;
    if (expected instanceof RegExp) ok = expected.test(String(e && e.message !== undefined ? e : e)) || expected.test(e && e.message);
    else if (typeof expected === 'function') ok = expected.prototype !== undefined && e instanceof expected ? true : expected.prototype === undefined ? !!expected(e) : false;
    else if (expected && typeof expected === 'object') ok = Object.keys(expected).every(function (k) { return deepEqual(e[k], expected[k], true); });
  }
  this.assert(ok, msg || 'should throw', { actual: caught && caught.error && caught.error.message });
};
Test.prototype.doesNotThrow = function (fn, expected, msg) {
  if (typeof expected === 'string') msg = expected;
  var err = null;
  try { fn(); } catch (e) { err = e; }
  this.assert(!err, msg || 'should not throw', { actual: err && err.message });
};

Test.prototype.test = function (name, opts, cb) {
  var args = normalize(name, opts, cb);
  this.children.push(new Test(args[0], args[1], args[2], this));
};

function normalize(name, opts, cb) {
  if (typeof name === 'function') { cb = name; opts = {}; name = '(anonymous)'; }
  else if (typeof opts === 'function') { cb = opts; opts = {}; }
  return [name, opts || {}, cb];
}

// Runs a test, then its subtests in order; calls done once all of them have ended.
function run(t, done) {
  current = t;
  if (t.opts.skip || !t.cb) {
    console.log('ok ' + (++count) + ' ' + t.name + ' # SKIP');
    t.ended = true;
    return done();
  }
  console.log('# ' + t.name);
  var finished = false;
  var childrenStarted = false;
  function afterOwn() {
    if (childrenStarted) return; // ending the test after its subtests must not run them again
    childrenStarted = true;
    var i = 0;
    (function next() {
      if (i < t.children.length) return run(t.children[i++], next);
      if (!t.ended) t.end();
      if (!finished) { finished = true; done(); }
    })();
  }
  var callbackDone = false;
  t.onEnd = function () { if (callbackDone) afterOwn(); };
  var result;
  try {
    result = t.cb(t);
  } catch (e) {
    t.assert(false, 'test threw: ' + (e && e.message), { actual: e && e.name + ': ' + e.message });
    t.ended = true;
  }
  callbackDone = true;
  if (result && typeof result.then === 'function') {
    result.then(function () { if (!t.ended) t.end(); else afterOwn(); }, function (e) {
      t.assert(false, 'test rejected: ' + (e && e.message));
      if (!t.ended) t.end(); else afterOwn();
    });
    return;
  }
  if (t.ended || t.children.length > 0) afterOwn();
}

function start() {
  started = true;
  var i = 0;
  (function next() {
    if (i < queue.length) return run(queue[i++], function () { setTimeout(next, 0); });
    current = null;
  })();
}

process.on('exit', function () {
  if (current && !current.ended) {
    count++;
    failed++;
    console.log('not ok ' + count + ' test exited without ending: ' + current.name);
  }
  console.log('\n1..' + count);
  console.log('# tests ' + count);
  console.log('# pass  ' + (count - failed));
  if (failed) {
    console.log('# fail  ' + failed);
    process.exitCode = 1;
  } else {
    console.log('\n# ok');
  }
});

function test(name, opts, cb) {
  var args = normalize(name, opts, cb);
  queue.push(new Test(args[0], args[1], args[2], null));
  if (!started) { started = true; setTimeout(start, 0); }
}
test.skip = function (name, opts, cb) {
  var args = normalize(name, opts, cb);
  args[1].skip = true;
  test(args[0], args[1], args[2]);
};
test.only = test;
test.onFinish = function () {};
module.exports = test;

const test = require('tape5');

test('arithmetic', (t) => {
  t.equal(1 + 1, 2, 'adds');
  t.deepEqual({ list: [1, 2, { x: 'y' }] }, { list: [1, 2, { x: 'y' }] }, 'deep equal');
  t.notEqual(0.1 + 0.2, 0.3, 'floating point');
  t.end();
});

test('async with a timer', async (t) => {
  const value = await new Promise((resolve) => setTimeout(() => resolve(42), 5));
  t.equal(value, 42, 'awaited');
});

test('plan and throws', (t) => {
  t.plan(2);
  t.throws(() => { throw new TypeError('nope'); }, TypeError, 'throws a TypeError');
  setImmediate(() => t.ok(true, 'planned assertion in an immediate'));
});

test('skipped', { skip: true }, (t) => { t.fail('never'); t.end(); });

const { test, suite } = require('uvu');
const assert = require('uvu/assert');

test('sum', () => { assert.is(1 + 2, 3); });
test('deep', () => { assert.equal({ a: [1, { b: 2 }] }, { a: [1, { b: 2 }] }); });
test('async', async () => {
  const value = await new Promise((resolve) => setTimeout(() => resolve('done'), 5));
  assert.is(value, 'done');
});
test('throws', () => { assert.throws(() => JSON.parse('{'), SyntaxError); });
test.run();

const Strings = suite('strings');
Strings('upper', () => { assert.is('abc'.toUpperCase(), 'ABC'); });
Strings('includes', () => { assert.ok('hello'.includes('ell')); });
Strings.run();

'use strict';
// sprintf-js: printf-style formatting (types, padding, precision, signs, positional and named arguments).
const { sprintf, vsprintf } = require('sprintf-js');
const show = (label, value) => console.log(label, JSON.stringify(value));
const cases = [
  ['%s %s', 'hello', 'world'], ['%d', 42.9], ['%i', -7], ['%05d', 42], ['%-5d|', 42], ['%+d %+d', 5, -5], ['%x %X %o %b', 255, 255, 8, 5], ['%c', 65],
  ['%.2f', Math.PI], ['%10.3f|', -Math.E], ['%e', 12345.6789], ['%.1e', 0.000123], ['%g', 0.00001234], ['%g', 123456789], ['%u', -1], ['%t %t', true, 0],
  ['%T %T %T', [], null, new Date(0)], ['%v', { a: 1 }], ['%j', { a: [1, 'x'] }], ["%'*10s", 'pad'], ['%-10s|', 'left'], ['%.3s', 'truncate'], ['%%'],
  ['%2$s %1$s %2$s', 'a', 'b'], ['%(name)s is %(age)d', { name: 'Ada', age: 36 }], ['%(user.name)s', { user: { name: 'nested' } }], ['%s', () => 'fn result'], ['%5.1f%%', 99.44],
];
for (const [fmt, ...args] of cases) show(fmt, sprintf(fmt, ...args));
show('vsprintf', vsprintf('%s-%s-%s', ['a', 'b', 'c']));
for (const bad of [['%d', 'abc'], ['%(x'], ['%2$s %s', 'a', 'b'], ['%z', 1]]) {
  try { show('formatted', sprintf(...bad)); } catch (e) { show('error ' + bad[0], [e.name, e.message]); }
}

'use strict';
// ms: parsing duration strings and formatting milliseconds, short and long.
const ms = require('ms');
const show = (label, value) => console.log(label, JSON.stringify(value));
const inputs = ['2 days', '1d', '10h', '2.5 hrs', '2h', '1m', '5s', '1y', '100', '-3 days', '-200', '1ms', '53 milliseconds', '.5ms', '1 week', '3w', 'abc', '', '1.5h', '10 secs', ' 5 s', '1 mins', '100 Years', '☃', '-1.5h'];
for (const s of inputs) {
  try { show('parse ' + JSON.stringify(s), ms(s)); } catch (e) { show('parse error ' + JSON.stringify(s), e.message); }
}
const numbers = [0, 500, 1000, 1500, 10000, 60000, 90000, 3600000, 5400000, 86400000, 172800000, 604800000, 31557600000, -1000, -86400000, 2 ** 40, 59999, 999];
for (const n of numbers) show('format ' + n, [ms(n), ms(n, { long: true })]);
for (const bad of [undefined, null, [], {}, NaN, Infinity, 'a'.repeat(101)]) {
  try { show('bad', ms(bad)); } catch (e) { show('bad error', e.message.slice(0, 80)); }
}

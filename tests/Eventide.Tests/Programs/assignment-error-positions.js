// Where a failed property store points (the second line of its stack): V8 marks an assignment's
// operator, a postfix update's operator and a prefix update's property.
'use strict';
const frozen = Object.freeze({ y: 1, 0: 1, k: 1 });
const k = 'k';
const cases = [
  function assign(o) { o.y = 1; },
  function assignKeyed(o) { o[0] = 1; },
  function assignComputed(o) { o [k]  = 1; },
  function compound(o) { o.y += 1; },
  function compoundKeyed(o) { o[k] *= 2; },
  function postfix(o) { o.y++; },
  function postfixKeyed(o) { o[k]--; },
  function prefix(o) { ++o.y; },
  function prefixSpaced(o) { --  o.y; },
  function prefixKeyed(o) { ++o[k]; },
  function parenthesized(o) { (o).y   =  2; },
  function logical(o) { o.y ||= 0; o.y &&= 2; },
  function nullish(o) { o.missing ??= 3; },
  function arrayPattern(o) { [o.y] = [5]; },
  function objectPattern(o) { ({ a: o.y } = { a: 5 }); },
  function forOf(o) { for (o.y of [1]); },
  function valueUsed(o) { return (o.y = 7) + 1; },
];
for (const fn of cases) {
  for (const target of [frozen, undefined]) {
    try { fn(target); console.log(fn.name, 'no error'); }
    catch (e) { console.log(fn.name, e.message, e.stack.split('\n')[1].trim().replace(/\(.*\//, '(')); }
  }
}

// Found by differential fuzzing (tests/Fuzz): the 'in' operator's TypeError shows string operands as
// they are (it stripped quotes that belong to the value), and a Symbol that is not iterable gives
// a TypeError about iterability (it threw "Cannot convert a Symbol value to a string").
for (const [k, v] of [['a', 'abc'], ['a', ''], ['a', ' 3 '], ['a', '" 3 "'], ['"q"', 1], ['a', 1], [Symbol('q'), 1], ['a', Symbol('w')],
  ['x', undefined], ['x', null], ['x', 5n], ['x', true], [1.5, 'a"b'], [{}, 'a'], ['a', "it's"]]) {
  try { k in v; } catch (e) { console.log(e.name + ': ' + e.message); }
}
for (const f of [() => [...Symbol('s')], () => { const [a] = Symbol('t'); }, () => { for (const x of Symbol('u')); }, () => new Set(Symbol('v'))]) {
  try { f(); } catch (e) { console.log(e instanceof TypeError, / is not iterable/.test(e.message)); }
}

'use strict';
// json5: parse and stringify JSON5 (comments, trailing commas, unquoted keys, hex, Infinity, multiline strings).
const JSON5 = require('json5');
const show = (label, value) => console.log(label, JSON.stringify(value));
const text = `// comment
{
  unquoted: 'and you can quote me on that',
  singleQuotes: 'I can use "double quotes" here',
  lineBreaks: "Look, Mom! \\
No \\\\n's!",
  hexadecimal: 0xdecaf,
  leadingDecimalPoint: .8675309, andTrailing: 8675309.,
  positiveSign: +1,
  trailingComma: 'in objects', andIn: ['arrays',],
  "backwardsCompatible": "with JSON",
  /* block */ nested: { a: [1, 2, { b: null }], },
  special: [Infinity, -Infinity, NaN],
  unicode: '\\u00e9\\x41',
}`;
const parsed = JSON5.parse(text);
show('parse', Object.assign({}, parsed, { special: parsed.special.map(String) }));
show('reviver', JSON5.parse('{a: 1, b: [2, 3]}', (k, v) => (typeof v === 'number' ? v * 10 : v)));
show('stringify', [JSON5.stringify({ a: 1, 'b-c': [1, 'two', null], d: { e: Infinity, f: NaN }, g: "it's \"q\"" }), JSON5.stringify({ a: [1, { b: 2 }] }, null, 2), JSON5.stringify({ a: 1 }, { quote: '"' }), JSON5.stringify('\u2028\0')]);
show('replacer', JSON5.stringify({ a: 1, b: 2, c: 3 }, ['a', 'c']));
for (const bad of ['{a: 1', '{a b}', "'unterminated", '[1,,2]', '{a: 01}', '\u0000']) {
  try { show('accepted', JSON5.parse(bad)); } catch (e) { show('error', [e.name, e.message, e.lineNumber, e.columnNumber]); }
}
show('primitives', [JSON5.parse('true'), JSON5.parse('  "s"  '), JSON5.parse('-0x10'), JSON5.parse('1e3')]);

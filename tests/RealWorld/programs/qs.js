'use strict';
// qs: nested query strings both ways, arrays, options, encoders and limits.
const qs = require('qs');
const show = (label, value) => console.log(label, JSON.stringify(value));
const parses = [
  'a=b&c=d', 'a[b][c]=d', 'a[]=b&a[]=c', 'a[1]=c&a[0]=b', 'a[20]=b', 'a=b&a=c', 'a[b]=c&a=d', 'a%5Bb%5D=c', 'a=%E2%9C%93&b=%C3%A9',
  'a.b=c', 'foo[bar][baz]=foobarbaz', '?x=1', 'a[][b]=c', 'a[0][b]=c&a[1][b]=d', 'a=', 'a', '&&a=1&&', 'a=b=c', 'a[b]]=c', 'a[=b', '[]=a',
  'a[__proto__][b]=c', 'a[hasOwnProperty]=b', 'a+b=c+d', 'a=%ZZ',
];
for (const s of parses) show('parse ' + s, qs.parse(s));
show('allowDots', qs.parse('a.b.c=d&e.f=g', { allowDots: true }));
show('ignoreQueryPrefix', qs.parse('?a=b&c=d', { ignoreQueryPrefix: true }));
show('delimiter', [qs.parse('a=b;c=d', { delimiter: ';' }), qs.parse('a=b;c=d,e=f', { delimiter: /[;,]/ })]);
show('depth', qs.parse('a[b][c][d][e][f][g][h][i]=j', { depth: 1 }));
show('parameterLimit', qs.parse('a=b&c=d&e=f', { parameterLimit: 2 }));
show('arrayLimit', [qs.parse('a[100]=b'), qs.parse('a[1]=b', { arrayLimit: 0 }), qs.parse('a[]=b', { parseArrays: false })]);
show('comma', qs.parse('a=b,c', { comma: true }));
show('duplicates', [qs.parse('a=1&a=2', { duplicates: 'first' }), qs.parse('a=1&a=2', { duplicates: 'last' })]);
show('decoder', qs.parse('a=1&b=x', { decoder: (s, dflt, charset, type) => (type === 'value' && /^\d+$/.test(s) ? Number(s) : dflt(s)) }));
show('charset', qs.parse('a=%A7', { charset: 'iso-8859-1' }));
show('strictNullHandling', qs.parse('a&b=', { strictNullHandling: true }));
const objects = [
  { a: 'b' }, { a: { b: 'c' } }, { a: ['b', 'c', 'd'] }, { a: [{ b: 'c' }, { d: 'e' }] }, { a: 'b c', d: 'é✓' }, { a: null, b: undefined, c: '' },
  { a: new Date(0) }, { a: [] }, { a: {} }, { a: true, b: 1.5, c: -0 }, { 'a b': { 'c d': ['e f'] } },
];
for (const o of objects) show('stringify ' + JSON.stringify(o), qs.stringify(o));
show('encode false', qs.stringify({ a: { b: 'c d' } }, { encode: false }));
show('encodeValuesOnly', qs.stringify({ a: ['b c'], 'd[e]': 'f' }, { encodeValuesOnly: true }));
show('arrayFormat', ['indices', 'brackets', 'repeat', 'comma'].map(f => qs.stringify({ a: ['b', 'c'] }, { arrayFormat: f })));
show('allowDots out', qs.stringify({ a: { b: { c: 'd' } } }, { allowDots: true }));
show('addQueryPrefix', qs.stringify({ a: 1 }, { addQueryPrefix: true }));
show('sort/filter', [qs.stringify({ c: 1, a: 2, b: 3 }, { sort: (a, b) => a.localeCompare(b) }), qs.stringify({ a: 1, b: 2, c: 3 }, { filter: ['a', 'c'] }), qs.stringify({ a: 1, b: new Date(5) }, { filter: (p, v) => (v instanceof Date ? v.getTime() : v) })]);
show('skipNulls/strictNull', [qs.stringify({ a: null, b: 'x' }, { skipNulls: true }), qs.stringify({ a: null }, { strictNullHandling: true })]);
show('serializeDate', qs.stringify({ d: new Date(7) }, { serializeDate: d => d.getTime() }));
show('format RFC1738', qs.stringify({ a: 'b c' }, { format: 'RFC1738' }));
show('encoder', qs.stringify({ a: 'b' }, { encoder: (s, dflt, cs, type) => (type === 'key' ? s.toUpperCase() : dflt(s)) }));
show('charsetSentinel', qs.stringify({ a: '☺' }, { charsetSentinel: true, charset: 'utf-8' }));
show('round trip', qs.parse(qs.stringify({ deep: { list: [1, 2, { x: 'y' }], s: 'a&b=c' } })));
show('utils.merge', qs.parse('a[b]=1&a[c]=2&a[b]=3'));

'use strict';
// mathjs: expression parsing and evaluation, units, matrices, bignumbers, fractions, complex, symbolic algebra.
const math = require('mathjs');
const show = (label, value) => console.log(label, JSON.stringify(value));
const fmt = v => math.format(v, { precision: 10 });
show('evaluate', ['sqrt(3^2 + 4^2)', '2 * pi', 'e ^ (i * pi)', '5!', 'log(1000, 10)', '[1, 2, 3] * 2', 'sin(45 deg)', '12 % 5', '7 mod -3', '0.1 + 0.2', 'cube(2) + abs(-3)', 'max(1, 5, 3)', 'gcd(12, 18)', 'combinations(10, 3)', '1e3 / 7'].map(e => fmt(math.evaluate(e))));
const scope = { a: 3, b: 4 };
math.evaluate('c = sqrt(a^2 + b^2)', scope);
math.evaluate('f(x) = x^2 + c', scope);
show('scope', [scope.c, math.evaluate('f(2)', scope), math.evaluate(['x = 2', 'y = x * 3', 'y + 1'])]);
show('units', [math.evaluate('2 inch to cm').toString(), math.evaluate('5 km / 2 h').toString(), math.unit('90 km/h').to('m/s').toString(), math.evaluate('10 degC to degF').format({ precision: 4 }), math.unit('1 kg').equalBase(math.unit('3 g'))]);
show('matrices', [math.multiply([[1, 2], [3, 4]], [[5], [6]]), math.det([[1, 2], [3, 4]]), math.inv([[4, 7], [2, 6]]).map(r => r.map(v => +v.toFixed(6))), math.transpose([[1, 2, 3]]), math.identity(2).toArray(), math.zeros(2, 3).toArray(), math.size([[1, 2, 3], [4, 5, 6]]), math.dot([1, 2, 3], [4, 5, 6]), math.cross([1, 0, 0], [0, 1, 0]), math.lusolve([[2, 1], [1, 3]], [3, 5]).map(r => r.map(v => +v.toFixed(6)))]);
show('matrix object', (() => { const m = math.matrix([[1, 2], [3, 4]]); return [m.subset(math.index(1, 0)), math.map(m, v => v * 10).toArray(), math.sum(m), math.mean(m), math.trace(m), math.flatten(m).toArray()]; })());
show('statistics', [math.median([5, 2, 9, 1]), math.std([2, 4, 4, 4, 5, 5, 7, 9]), math.variance([1, 2, 3, 4]), math.mode([1, 2, 2, 3]), math.quantileSeq([1, 2, 3, 4, 5], 0.25), math.prod([1, 2, 3, 4])]);
show('bignumber', [math.format(math.add(math.bignumber('0.1'), math.bignumber('0.2'))), math.format(math.evaluate('bignumber(2)^100')), math.create(math.all, { number: 'BigNumber', precision: 40 }).evaluate('1/3').toString()]);
show('fraction', [math.format(math.add(math.fraction(1, 3), math.fraction(1, 6))), math.fraction('0.125').toFraction(), math.format(math.evaluate('fraction(3, 4) * 2'))]);
show('complex', [math.complex(2, 3).mul(math.complex(1, -1)).toString(), math.sqrt(-4).toString(), math.abs(math.complex(3, 4)), math.evaluate('(1+2i)^2').toString(), math.complex('2 - 5i').conjugate().toString()]);
show('symbolic', [math.derivative('x^2 + sin(x)', 'x').toString(), math.simplify('2x + 3x + y - y').toString(), math.simplify('(x+1)^2').toString(), math.rationalize('(x+1)^2').toString(), math.parse('sqrt(x) * 2 + f(a, b)').toString(), math.parse('a * (b + c)').toTex()]);
show('node tree', (() => { const n = math.parse('2 * x + 3'); const types = []; n.traverse(c => types.push(c.type)); return [types, n.compile().evaluate({ x: 4 })]; })());
show('number formats', [math.format(1 / 3, 4), math.format(123456789, { notation: 'engineering' }), math.format(0.000012345, { notation: 'exponential', precision: 3 }), math.format(255, { notation: 'hex' }), math.format(1e21), math.round(2.345, 2), math.fix(-2.7)]);
for (const bad of ['2 +', 'unknownFn(2)', '[1, 2] * [3]', '5 kg + 2 m']) {
  try { show('accepted', fmt(math.evaluate(bad))); } catch (e) { show('error ' + bad, [e.constructor.name, e.message]); }
}
show('typeOf', [math.typeOf(1), math.typeOf(math.bignumber(1)), math.typeOf(math.matrix()), math.typeOf(math.unit('1m')), math.typeOf('s'), math.typeOf(null)]);

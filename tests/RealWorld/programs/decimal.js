'use strict';
// decimal.js: arbitrary-precision decimal arithmetic, rounding modes, formatting, math functions.
const Decimal = require('decimal.js');
const show = (label, value) => console.log(label, JSON.stringify(value));
show('basic', [new Decimal(0.1).plus(0.2).toString(), new Decimal('1e-7').times(3).toString(), new Decimal(1).dividedBy(3).toString(), new Decimal(2).pow(100).toFixed(), new Decimal('123.456').mod(7).toString(), new Decimal(-7).abs().negated().toString()]);
show('math', [Decimal.sqrt(2).toString(), Decimal.exp(1).toString(), Decimal.ln(10).toString(), Decimal.log10(1000).toString(), Decimal.sin(1).toSignificantDigits(10).toString(), Decimal.atan2(1, 1).times(4).toString(), Decimal.cbrt(27).toString(), new Decimal(10).pow(0.5).toString()]);
show('precision', (() => { const D = Decimal.clone({ precision: 50, rounding: Decimal.ROUND_HALF_EVEN }); return [new D(1).div(7).toString(), D.sqrt(3).toString(), new D('2.5').toDecimalPlaces(0).toString(), new D('3.5').toDecimalPlaces(0).toString()]; })());
show('format', [new Decimal('1234.5678').toFixed(2), new Decimal('0.000123').toExponential(2), new Decimal('123456.789').toPrecision(4), new Decimal(255).toHexadecimal(), new Decimal('0.1').toFraction(), new Decimal(1e21).toString(), new Decimal('-0').isNegative(), new Decimal(NaN).isNaN(), new Decimal(Infinity).toString()]);
show('compare', [new Decimal(1).comparedTo(2), new Decimal('1.0').equals(1), Decimal.max(1, '2', new Decimal(3)).toString(), Decimal.min('-1', 0).toString(), new Decimal(5).greaterThanOrEqualTo(5), new Decimal(0.3).minus(0.1).eq(0.2)]);
show('rounding modes', [0, 1, 2, 3, 4, 5, 6, 7, 8].map(rm => new Decimal('-2.55').toDecimalPlaces(1, rm).toString()));
show('big numbers', [new Decimal('9'.repeat(40)).plus(1).toString(), new Decimal('1e-1000').times('1e1000').toString(), Decimal.random ? 'random' : '-', new Decimal('0x1f').toString(), new Decimal('0b101').toString()]);
try { new Decimal('abc'); } catch (e) { show('error', [e.name, e.message]); }

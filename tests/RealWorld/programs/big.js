'use strict';
// big.js: arbitrary-precision decimal arithmetic, rounding, formatting, DP settings, errors.
const show = (label, value) => console.log(label, JSON.stringify(value));
const Big = require('big.js');
show('big.js', [new Big(0.1).plus(0.2).toString(), new Big('1').div(3).toString(), new Big(2).pow(50).toFixed(), new Big('123.456').round(2, Big.roundHalfUp).toString(), new Big('-1.5').round(0, Big.roundHalfEven).toString(), new Big('1e-7').toString(), new Big('12345.6789').toExponential(3), new Big('1.23').toPrecision(5), new Big(9).sqrt().toString(), new Big(5).cmp(3), new Big('10.50').toNumber()]);
show('big.js DP', (() => { const B = Big(); B.DP = 40; return new B(2).div(3).toString(); })());
try { new Big('x'); } catch (e) { show('big error', e.message); }

'use strict';
// long: 64-bit integers from strings/numbers/bits, arithmetic with overflow, shifts, comparisons, radix output.
const Long = require('long');
const show = (label, value) => console.log(label, JSON.stringify(value));
const max = Long.MAX_VALUE, min = Long.MIN_VALUE;
show('constants', [max.toString(), min.toString(), Long.MAX_UNSIGNED_VALUE.toString(), Long.ZERO.toString(), Long.NEG_ONE.toString(16)]);
show('overflow', [max.add(1).toString(), min.subtract(1).toString(), max.multiply(2).toString(), min.negate().toString(), min.divide(-1).toString()]);
const a = Long.fromString('123456789012345678'), b = Long.fromNumber(987654321);
show('arithmetic', [a.add(b).toString(), a.subtract(b).toString(), a.multiply(b).toString(), a.divide(b).toString(), a.modulo(b).toString(), a.negate().toString(), a.divide(Long.fromInt(-7)).toString()]);
show('bits', [a.and(0xffff).toString(), a.or(1).toString(), a.xor(b).toString(), a.not().toString(), a.shiftLeft(3).toString(), a.shiftRight(5).toString(), Long.fromInt(-8).shiftRightUnsigned(1).toString(), a.rotateLeft(13).toString(), a.getHighBits(), a.getLowBits(), a.getNumBitsAbs()]);
show('compare', [a.compare(b), a.greaterThan(b), a.lessThanOrEqual(a), a.equals(Long.fromString('123456789012345678')), Long.fromNumber(-1).toUnsigned().toString(), Long.fromString('ffffffffffffffff', true, 16).toString(), Long.isLong(a), a.isNegative(), Long.ZERO.isZero(), Long.fromInt(7).isOdd()]);
show('radix', [a.toString(2), a.toString(36), Long.fromString('-zz', false, 36).toString(), Long.fromString('777', 8).toNumber(), max.toString(16)]);
show('bytes', [a.toBytesLE(), a.toBytesBE(), Long.fromBytesLE(a.toBytesLE()).toString(), Long.fromBits(0xFFFFFFFF, 0x7FFFFFFF).toString()]);
show('numbers', [Long.fromNumber(2 ** 63).toString(), Long.fromNumber(-(2 ** 63) - 1e5).toString(), Long.fromNumber(NaN).toString(), Long.fromNumber(1.9).toString(), Long.fromValue({ low: 1, high: 2, unsigned: false }).toString(), a.toNumber(), Long.fromBigInt ? Long.fromBigInt(2n ** 62n).toString() : '-', a.toBigInt ? String(a.toBigInt()) : '-']);
try { Long.fromString(''); } catch (e) { show('error empty', e.message); }
try { a.divide(0); } catch (e) { show('error divide', e.message); }
let fib = [Long.ZERO, Long.ONE];
for (let i = 2; i <= 92; i++) fib.push(fib[i - 1].add(fib[i - 2]));
show('fib92', [fib[92].toString(), fib[92].add(fib[91]).toString()]);

// Math functions as V8 computes them (fdlibm ports): exp, log, expm1, log1p, atan, atan2, hyperbolics.
{
let r = "";
for (let i = 1; i < 400; i++) { const x = (i * 0.0137) * (i % 3 ? 1 : -1) - 5 + i * 1e-9; r += Math.expm1(x) + " " + Math.log1p(x) + " " + Math.expm1(x * 20) + " " + Math.log1p(x * 1e-6) + " " + Math.expm1(x * 1e-7) + " " + Math.log1p(x * x * x) + "\n"; }
console.log(r, Math.expm1(-0), Math.expm1(Infinity), Math.expm1(-Infinity), Math.expm1(NaN), Math.log1p(-1), Math.log1p(-2), Math.log1p(-0), Math.expm1(709.9), Math.expm1(709.7), Math.log1p(1e300));
}
{
let r = "";
for (let i = 1; i < 400; i++) { const x = (i * 0.0137) * (i % 3 ? 1 : -1) - 5 + i * 1e-9; const y = (i % 7) * 0.77 - 2.1; r += Math.atan(x) + " " + Math.atan(x * 1e5) + " " + Math.atan2(y, x) + " " + Math.atan2(x, y) + " " + Math.atan2(x * 1e-20, y) + "\n"; }
const sp = [0, -0, Infinity, -Infinity, NaN, 1, -1];
for (const a of sp) for (const b of sp) r += Math.atan2(a, b) + " ";
console.log(r, Math.atan(-0), Math.atan(Infinity), Math.atan(1e-30));
}
{
let r = "";
for (let i = 1; i < 400; i++) { const x = (i * 0.0137) * (i % 3 ? 1 : -1) - 5 + i * 1e-9; r += Math.exp(x) + " " + Math.exp(x * 30) + " " + Math.log(Math.abs(x)) + " " + Math.log(i * 1e-310) + " " + Math.log(i * 1e200) + " " + Math.exp(x * 1e-9) + "\n"; }
console.log(r, Math.exp(1), Math.exp(-1), Math.exp(0), Math.exp(-0), Math.exp(709.7), Math.exp(-745.1), Math.exp(-740), Math.log(0), Math.log(-1), Math.log(1), Math.log(Math.E), Math.exp(NaN), Math.log(Infinity));
}
{
let r = "";
for (let i = 1; i < 400; i++) { const x = (i * 0.0137) * (i % 3 ? 1 : -1) - 5 + i * 1e-9; r += Math.cosh(x) + " " + Math.sinh(x) + " " + Math.tanh(x) + " " + Math.asinh(x) + " " + Math.acosh(Math.abs(x) + 1) + " " + Math.atanh(x / 50) + " " + Math.cosh(x * 30) + " " + Math.asinh(x * 1e9) + " " + Math.acosh(Math.abs(x) * 1e9 + 1) + "\n"; }
const sp = [0, -0, Infinity, -Infinity, NaN, 1, -1, 710, -710, 1e-20];
for (const f of ["cosh", "sinh", "tanh", "asinh", "acosh", "atanh"]) for (const a of sp) r += Math[f](a) + " ";
console.log(r);
}

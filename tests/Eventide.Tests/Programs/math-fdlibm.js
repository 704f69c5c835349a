// Math.cbrt as V8 computes it (fdlibm), and Math.sumPrecise.
let r = "";
for (let i = 1; i < 500; i++) { const y = i * 0.3719; const x = y * y * y * (i % 2 ? 1 : -1) / 7 + i * 1e-300; r += Math.cbrt(x) + " " + Math.cbrt(1 / x) + " " + Math.cbrt(x * 1e-310) + "\n"; }
console.log(r, Math.cbrt(-0), Math.cbrt(Infinity), Math.cbrt(NaN), Math.cbrt(27), Math.cbrt(5e-324));

// Math.log10 as V8 computes it.
let r = "";
for (let i = 1; i < 400; i++) { const x = (i * 0.0137) + i * 1e-9; r += Math.log10(x) + " " + Math.log10(x * 1e-310) + " " + Math.log10(x * 1e200) + " " + Math.log10(i) + "\n"; }
console.log(r, Math.log10(0), Math.log10(-1), Math.log10(1), Math.log10(10), Math.log10(1000), Math.log10(1e-300), Math.log10(Infinity), Math.log10(NaN));

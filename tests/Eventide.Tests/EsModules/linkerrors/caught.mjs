// Link and syntax errors seen by code: the stack starts with the decorated arrow for link errors
// (its frames left out: node adds V8's async frame of the awaiting module, which eventide does not).
const strip = (stack) => stack.split("\n").filter((l) => !l.startsWith("    at ")).join("\n").replaceAll(import.meta.dirname, "<dir>");
for (const s of ["./missing-export.mjs", "./star-conflict.mjs", "./bad-syntax.mjs", "./nope.mjs"]) {
  try { await import(s); } catch (e) { console.log(strip(e.stack)); console.log(String(e).replaceAll(import.meta.dirname, "<dir>"), Object.keys(e)); }
}

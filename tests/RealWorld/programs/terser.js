'use strict';
// terser: minification with compression and mangling, options, output formatting, syntax errors.
const { minify } = require('terser');
async function main() {
  const code = 'function add(first, second) { var unused = 1; if (true) { return first + second; } } console.log(add(1, 2), [1, 2].map(x => x * 2));';
  console.log((await minify(code)).code);
  console.log((await minify(code, { mangle: false, compress: { unused: false } })).code);
  console.log((await minify(code, { format: { beautify: true } })).code);
  console.log((await minify({ 'a.js': 'const a = 1;', 'b.js': 'export const b = a + 1;' }, { module: true })).code);
  await minify('function (').catch(e => console.log(e.name, e.message, e.line, e.col));
}
main();

// Writes a graph of N small ES modules (default 1,000) into DIR for the module-loading benchmark:
//   node bench/modules/generate.mjs DIR [N]
// The modules are .js files under a package.json with "type": "module", as in most packages, so
// loading also decides each file's format from its package scope.
// Module i imports named bindings from up to three earlier modules (a DAG with shared
// dependencies and long chains), every fifth re-exports one with export *, every seventh has a
// default export, and each declares constants, a function and a class (extending an imported one). DIR/module-graph.js
// imports the last modules and prints a checksum over the whole graph, so every module is
// resolved, loaded, linked and evaluated exactly once.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const [dir, countArg] = process.argv.slice(2);
if (!dir) throw new Error('usage: node bench/modules/generate.mjs DIR [N]');
const count = Number(countArg ?? 1000);
mkdirSync(dir, { recursive: true });
writeFileSync(join(dir, 'package.json'), '{ "type": "module" }\n');

const depsOf = (i) => (i === 0 ? [] : [...new Set([i - 1, i >> 1, (i * 37 + 11) % i])]);
for (let i = 0; i < count; i++) {
  const deps = depsOf(i);
  const lines = deps.map((d) => `import { value${d}, Shape${d} } from './m${d}.js';`);
  if (i % 5 === 0 && i > 0) lines.push(`export * from './m${i - 1}.js';`);
  lines.push(
    `export const id${i} = ${i};`,
    `export const value${i} = (${i % 97}${deps.map((d) => ` + value${d}`).join('')}) % 1000;`,
    `export function twice${i}(x) { return 2 * x + value${i}; }`,
    `export class Shape${i} ${deps.length ? `extends Shape${deps.at(-1)} ` : ''}{ area() { return ${i % 13}${deps.length ? ' + super.area()' : ''}; } }`,
    `const table${i} = [${[0, 1, 2].map((k) => (i * 31 + k) % 101).join(', ')}];`,
    `export const sum${i} = table${i}.reduce((a, b) => a + b, 0);`,
  );
  if (i % 7 === 0) lines.push(`export default { index: ${i}, name: 'module ${i}' };`);
  writeFileSync(join(dir, `m${i}.js`), lines.join('\n') + '\n');
}
const last = Array.from({ length: Math.min(10, count) }, (_, k) => count - 1 - k);
writeFileSync(join(dir, 'module-graph.js'), [
  `// The entry of a ${count}-module graph (written by bench/modules/generate.mjs).`,
  ...last.map((i) => `import * as m${i} from './m${i}.js';`),
  `const all = [${last.map((i) => `m${i}`).join(', ')}];`,
  `let checksum = 0;`,
  `for (const ns of all) for (const key of Object.keys(ns)) { const v = ns[key]; checksum += typeof v === 'number' ? v : typeof v === 'function' ? (v.prototype?.area ? new v().area() : v(1)) : 1; }`,
  `console.log('checksum', ${count}, checksum % 1000003);`,
].join('\n') + '\n');

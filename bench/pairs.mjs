// Two engines on the same programs in back-to-back pairs: each pair's ratio (A's time over B's),
// their order alternating, then the median and quartiles of the ratios per program. On a host whose
// speed drifts (a shared VM), a pair sees one speed where a table of per-engine medians sees several.
//   node bench/pairs.mjs [--pairs N] --a CMD --b CMD PROGRAM...
// e.g. node bench/pairs.mjs --pairs 15 --a artifacts/aot/eventide --b 'node --jitless' bench/programs/fib.js
import { spawnSync } from 'node:child_process';
import { basename } from 'node:path';

const args = process.argv.slice(2);
let pairs = 9, a = null, b = null;
const programs = [];
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--pairs') pairs = Number(args[++i]);
  else if (args[i] === '--a') a = args[++i];
  else if (args[i] === '--b') b = args[++i];
  else programs.push(args[i]);
}
if (!a || !b || programs.length === 0 || !(pairs >= 1)) {
  console.error('usage: node bench/pairs.mjs [--pairs N] --a CMD --b CMD PROGRAM...');
  process.exit(2);
}

/** Wall time of one run, in seconds; a failed run stops everything (its time would mean nothing). */
function time(cmd, file) {
  const [exe, ...rest] = cmd.split(' ').filter(Boolean);
  const start = process.hrtime.bigint();
  const r = spawnSync(exe, [...rest, file], { stdio: ['ignore', 'ignore', 'pipe'] });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  if (r.status !== 0) throw new Error(`${cmd} ${file} exited with ${r.status}: ${r.stderr}`);
  return seconds;
}

/** The q-quantile of sorted values, interpolated. */
function quantile(sorted, q) {
  const pos = (sorted.length - 1) * q, lo = Math.floor(pos), hi = Math.ceil(pos);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo);
}

console.log(`A = ${a}, B = ${b}: ${pairs} pairs a program, A/B of each pair.\n`);
console.log('| program | A/B median | quartiles | min | max |');
console.log('|---|---:|---:|---:|---:|');
for (const file of programs) {
  const ratios = [];
  for (let i = 0; i < pairs; i++) {
    let ta, tb;
    if (i % 2 === 0) { ta = time(a, file); tb = time(b, file); }
    else { tb = time(b, file); ta = time(a, file); }
    ratios.push(ta / tb);
  }
  ratios.sort((x, y) => x - y);
  const f = x => x.toFixed(2);
  console.log(`| ${basename(file, '.js')} | ${f(quantile(ratios, 0.5))} | ${f(quantile(ratios, 0.25))}-${f(quantile(ratios, 0.75))} | ${f(ratios[0])} | ${f(ratios.at(-1))} |`);
}

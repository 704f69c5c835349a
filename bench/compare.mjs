// Runs benchmark programs on several engines, checks they print the same checksum and
// writes a markdown table of median wall times, ratios and peak memory.
//   node bench/compare.mjs [--runs N] [--out FILE] [--subject NAME]... --engine NAME=CMD... PROGRAM...
// Ratios are each subject's time over every other engine's (the subjects default to the first
// engine). BENCH_FILTER=regex keeps only the programs whose name matches.
import { spawnSync } from 'node:child_process';
import { writeFileSync, readFileSync, existsSync } from 'node:fs';
import { basename } from 'node:path';
import os from 'node:os';

const args = process.argv.slice(2);
let runs = 3, out = null;
const engines = [], programs = [], subjects = [];
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--runs') runs = Number(args[++i]);
  else if (args[i] === '--out') out = args[++i];
  else if (args[i] === '--subject') subjects.push(args[++i]);
  else if (args[i] === '--engine') { const [name, ...cmd] = args[++i].split('='); engines.push({ name, cmd: cmd.join('=') }); }
  else programs.push(args[i]);
}
const filter = process.env.BENCH_FILTER ? new RegExp(process.env.BENCH_FILTER) : null;
if (filter) programs.splice(0, programs.length, ...programs.filter(p => filter.test(basename(p, '.js'))));
if (programs.length === 0) { process.stdout.write('| program |\n|---|\n| (none matches BENCH_FILTER) |\n'); process.exit(0); }
if (subjects.length === 0) subjects.push(engines[0].name);
for (const s of subjects) if (!engines.some(e => e.name === s)) throw new Error(`--subject ${s}: no such --engine`);
const hasGnuTime = existsSync('/usr/bin/time');

function runOnce(cmd, file) {
  const parts = cmd.split(' ').filter(Boolean);
  const argv = hasGnuTime ? ['-f', '%M', ...parts, file] : [...parts.slice(1), file];
  const exe = hasGnuTime ? '/usr/bin/time' : parts[0];
  const start = process.hrtime.bigint();
  const r = spawnSync(exe, argv, { encoding: 'utf8', timeout: 300000, maxBuffer: 1 << 26 });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const errLines = (r.stderr || '').trim().split('\n');
  const rssKb = hasGnuTime ? Number(errLines[errLines.length - 1]) : NaN;
  const checksum = (r.stdout || '').trim().split('\n').pop() || '';
  return { seconds, rssKb, checksum, ok: r.status === 0 };
}

const median = xs => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };
const rows = [];
for (const file of programs) {
  const row = { name: basename(file, '.js'), results: {} };
  // Rounds of one run per engine, the order reversed every other round: on a host whose speed drifts
  // (a shared VM), every engine's samples come from the same minutes, so the ratios compare like with like.
  const samplesOf = new Map(engines.map(e => [e.name, []]));
  for (let i = 0; i < runs; i++) {
    const order = i % 2 === 0 ? engines : [...engines].reverse();
    for (const e of order) samplesOf.get(e.name).push(runOnce(e.cmd, file));
  }
  for (const e of engines) {
    const samples = samplesOf.get(e.name);
    row.results[e.name] = {
      seconds: median(samples.map(s => s.seconds)),
      rssKb: Math.max(...samples.map(s => s.rssKb)),
      checksum: samples[0].checksum,
      ok: samples.every(s => s.ok),
    };
    process.stderr.write(`${row.name} ${e.name} ${row.results[e.name].seconds.toFixed(3)}s ${row.results[e.name].checksum}\n`);
  }
  const ref = row.results[engines[engines.length - 1].name].checksum;
  row.agree = engines.every(e => row.results[e.name].ok && row.results[e.name].checksum === ref);
  rows.push(row);
}

// One ratio column per subject and other engine (a pair of subjects only once).
const pairs = subjects.flatMap(s => engines.filter(e => e.name !== s && !subjects.slice(0, subjects.indexOf(s)).includes(e.name)).map(e => [s, e.name]));
const fmt = s => s.toFixed(3);
const lines = [];
lines.push(`| program | ${engines.map(e => `${e.name} (s)`).join(' | ')} | ${pairs.map(([s, o]) => `${s}/${o}`).join(' | ')} | checksums |`);
lines.push(`|---|${engines.map(() => '---:').join('|')}|${pairs.map(() => '---:').join('|')}|---|`);
const logSums = pairs.map(() => 0);
for (const r of rows) {
  const ratios = pairs.map(([s, o]) => r.results[s].seconds / r.results[o].seconds);
  ratios.forEach((x, i) => { logSums[i] += Math.log(x); });
  lines.push(`| ${r.name} | ${engines.map(e => r.results[e.name].ok ? fmt(r.results[e.name].seconds) : 'fail').join(' | ')} | ${ratios.map(x => x.toFixed(2)).join(' | ')} | ${r.agree ? 'same' : 'DIFFER'} |`);
}
lines.push(`| **geometric mean** | ${engines.map(() => '').join(' | ')} | ${logSums.map(l => `**${Math.exp(l / rows.length).toFixed(2)}**`).join(' | ')} | |`);
lines.push('');
lines.push('Each ratio column A/B is A\'s time divided by B\'s: below 1 means A is faster.');
lines.push('');
lines.push(`| program | ${engines.map(e => `${e.name} peak RSS (MB)`).join(' | ')} |`);
lines.push(`|---|${engines.map(() => '---:').join('|')}|`);
for (const r of rows) lines.push(`| ${r.name} | ${engines.map(e => (r.results[e.name].rssKb / 1024).toFixed(1)).join(' | ')} |`);

let cpu = os.cpus()[0]?.model ?? 'unknown CPU';
const header = `# Performance\n\nGenerated by \`bench/run.sh\` on ${new Date().toISOString().slice(0, 10)}: ${os.cpus().length} cores (${cpu}), ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, ${os.type()} ${os.release()}, node ${process.version}.\nMedian of ${runs} runs per program and engine, wall time including process start-up; the engines run in rounds (one run each, the order reversed every other round), so each ratio compares runs of the same minutes.\nEngines: ${engines.map(e => `${e.name} = \`${e.cmd}\``).join(', ')}.\n\n`;
const text = header + lines.join('\n') + '\n';
if (out) {
  const previous = existsSync(out) ? readFileSync(out, 'utf8') : '';
  const notes = previous.includes('\n## Notes') ? previous.slice(previous.indexOf('\n## Notes')) : '';
  writeFileSync(out, text + notes);
}
process.stdout.write(text);

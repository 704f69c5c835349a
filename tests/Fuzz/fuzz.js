'use strict';
// Differential fuzzing runner (see docs/fuzzing.md).
//
//   node tests/Fuzz/fuzz.js [--seed S] [--count N] [--jobs J] [--out DIR] [--no-minimize]
//                           [--budget SECONDS] [--time-limit SECONDS]
//   node tests/Fuzz/fuzz.js --file PROGRAM.js     (check and minimise one program)
//
// Programs S .. S+N-1 from gen.js run on node (the oracle) and, through the batch host
// (FuzzHost: in-process eventide runs, fast loop on and then off), on eventide. Reported:
//   diverge  eventide (fast loop on) prints other stdout (diverge/out), or other stderr (stack
//            lines aside) or exit code (diverge/err), than node
//   tier     eventide with the fast loop off differs from eventide with it on
//   crash    an internal error: exit code 70, .NET exception text, or the host process dying
//   hang     eventide over the time limit where node finished
// Each failure is minimised (chunks, then blocks and lines, kept while the same kind of failure
// remains) and written to DIR with node's and eventide's outputs. Exit status 1 on any failure.
const fs = require('fs');
const os = require('os');
const path = require('path');
const vm = require('vm');
const { spawn } = require('child_process');
const readline = require('readline');
const { generate } = require('./gen.js');

const argv = process.argv.slice(2);
const opt = (name, def) => { const i = argv.indexOf('--' + name); return i >= 0 ? argv[i + 1] : def; };
const flag = name => argv.includes('--' + name);
const seed = Number(opt('seed', 1));
const count = Number(opt('count', 300));
const jobs = Number(opt('jobs', Math.max(2, os.cpus().length * 2)));
const hostJobs = Number(opt('host-jobs', Math.min(2, Math.max(1, os.cpus().length))));
const timeLimit = Number(opt('time-limit', 10));
const budget = Number(opt('budget', 120)) * 1000;
const minimize = !flag('no-minimize');
const outDir = path.resolve(opt('out', path.join(os.tmpdir(), `eventide-fuzz-${seed}`)));
const single = opt('file', null);
const hostDll = path.join(__dirname, 'FuzzHost', 'bin', 'Release', 'net10.0', 'FuzzHost.dll');

// ---- running ----

function runNode(file) {
  return new Promise(resolve => {
    const child = spawn(process.execPath, [file], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '', err = '', timedOut = false;
    child.stdout.setEncoding('utf8');
    child.stderr.setEncoding('utf8');
    child.stdout.on('data', d => out += d);
    child.stderr.on('data', d => err += d);
    const timer = setTimeout(() => { timedOut = true; child.kill('SIGKILL'); }, (timeLimit + 5) * 1000);
    child.on('close', code => { clearTimeout(timer); resolve({ out, err, code: timedOut ? -1 : code }); });
  });
}

// One host process answering one JSON line per script path; restarted after a crash or a hang.
class Host {
  constructor() { this.start(); }
  start() {
    this.proc = spawn('dotnet', [hostDll, String(timeLimit)], { stdio: ['pipe', 'pipe', 'pipe'] });
    this.pending = null;
    this.stderr = '';
    this.proc.stderr.setEncoding('utf8');
    this.proc.stderr.on('data', d => this.stderr += d);
    readline.createInterface({ input: this.proc.stdout }).on('line', line => {
      const p = this.pending;
      if (!p) return;
      this.pending = null;
      clearTimeout(p.timer);
      p.resolve(JSON.parse(line).runs);
    });
    this.proc.on('exit', (code, signal) => {
      const p = this.pending;
      if (!p) return;
      this.pending = null;
      clearTimeout(p.timer);
      const crash = { out: '', err: `fuzzhost died: ${signal || code}\n${this.stderr.slice(-2000)}`, code: 70 };
      p.resolve([crash, crash]);
      this.dead = true;
    });
  }
  run(file) {
    if (this.dead) { this.dead = false; this.start(); }
    return new Promise(resolve => {
      const timer = setTimeout(() => {
        // A hang the engine's own time limit did not stop (a native loop): kill and restart.
        this.pending = null;
        this.proc.removeAllListeners('exit');
        this.proc.kill('SIGKILL');
        this.start();
        const hang = { out: '', err: 'fuzzhost: no answer (native hang)', code: -1 };
        resolve([hang, hang]);
      }, (timeLimit * 2 + 20) * 1000);
      this.pending = { resolve, timer };
      this.proc.stdin.write(file + '\n');
    });
  }
  close() { this.proc.stdin.end(); }
}

async function pool(items, n, f) {
  const results = new Array(items.length);
  let next = 0;
  await Promise.all(Array.from({ length: Math.min(n, items.length) }, async () => {
    while (next < items.length) { const i = next++; results[i] = await f(items[i], i); }
  }));
  return results;
}

// ---- comparing ----

// Stack frames differ by design (node's internals); everything else on stderr must match.
const normErr = s => s.split('\n').filter(l => !/^\s+at /.test(l)).join('\n');
const CRASH = /internal error|Internal error|System\.[A-Za-z.]*Exception|fuzzhost/;

function classify(node, fast, slow) {
  if (node.code === -1) return null; // node itself timed out: not a usable oracle
  const kinds = [];
  if (fast.code === -1 || slow.code === -1) return 'hang';
  for (const r of [fast, slow]) {
    if (r.code === 70 || CRASH.test(r.err) || CRASH.test(r.out)) { kinds.push('crash'); break; }
  }
  // diverge/out: stdout differs; diverge/err: only the exit code or stderr does
  if (!kinds.length && fast.out !== node.out) kinds.push('diverge/out');
  if (!kinds.length && (fast.code !== node.code || normErr(fast.err) !== normErr(node.err))) kinds.push('diverge/err');
  if (!kinds.length && (fast.out !== slow.out || fast.code !== slow.code || fast.err !== slow.err)) kinds.push('tier');
  return kinds[0] || null;
}

async function check(host, file) {
  const [node, runs] = await Promise.all([runNode(file), host.run(file)]);
  return { kind: classify(node, runs[0], runs[1]), node, fast: runs[0], slow: runs[1] };
}

// What the minimiser keeps: the kind, and for stderr divergences node's error line too (else a
// deleted declaration turns it into another ReferenceError and the case drifts).
const errorLine = r => (r.err.split('\n').find(l => /^[A-Za-z]*(Error|Exception)\b.*:/.test(l)) || '');
const signature = r => r.kind === 'diverge/err' ? r.kind + ' ' + errorLine(r.node) : r.kind;

// ---- minimising ----

// prelude, chunk lines, and the suffix after the last chunk (it starts the timers)
function splitProgram(src) {
  const lines = src.replace(/\n$/, '').split('\n');
  const first = lines.findIndex(l => /^\{ \/\/ c\d+$/.test(l));
  if (first < 0) return { prelude: '', lines, suffix: '' };
  const last = lines.lastIndexOf('}');
  return { prelude: lines.slice(0, first).join('\n') + '\n', lines: lines.slice(first, last + 1), suffix: lines.slice(last + 1).join('\n') + '\n' };
}

async function ddmin(items, test, deadline) {
  let n = 2;
  while (items.length >= 2 && Date.now() < deadline) {
    const size = Math.ceil(items.length / n);
    let reduced = false;
    for (let i = 0; i < items.length && Date.now() < deadline; i += size) {
      const rest = items.slice(0, i).concat(items.slice(i + size));
      if (await test(rest)) { items = rest; n = Math.max(n - 1, 2); reduced = true; break; }
    }
    if (!reduced) { if (n >= items.length) break; n = Math.min(items.length, n * 2); }
  }
  return items;
}

async function minimizeProgram(host, src, sig, work, deadline) {
  let counter = 0;
  const test = async candidate => {
    try { new vm.Script(candidate); } catch { return false; }
    const f = path.join(work, `min-${counter++ % 4}.js`);
    fs.writeFileSync(f, candidate);
    return signature(await check(host, f)) === sig;
  };
  let { prelude, lines, suffix } = splitProgram(src);
  // 1. whole chunks
  const chunks = [];
  for (const l of lines) { if (/^\{ \/\/ c\d+$/.test(l) || !chunks.length) chunks.push([l]); else chunks[chunks.length - 1].push(l); }
  const keptChunks = await ddmin(chunks, c => test(prelude + c.flat().join('\n') + '\n' + suffix), deadline);
  lines = keptChunks.flat();
  // 2. blocks (a line ending in '{' through its closing line), then single lines, until nothing changes
  for (let changed = true; changed && Date.now() < deadline;) {
    changed = false;
    for (let i = 0; i < lines.length && Date.now() < deadline; i++) {
      if (!lines[i].trimEnd().endsWith('{')) continue;
      const ind = lines[i].match(/^\s*/)[0].length;
      let j = i + 1;
      while (j < lines.length && !(lines[j].match(/^\s*/)[0].length === ind && /^\s*[}\]]/.test(lines[j]))) j++;
      if (j >= lines.length) continue;
      const cand = lines.slice(0, i).concat(lines.slice(j + 1));
      if (await test(prelude + cand.join('\n') + '\n' + suffix)) { lines = cand; changed = true; i--; }
    }
    const before = lines.length;
    lines = await ddmin(lines, ls => test(prelude + ls.join('\n') + '\n' + suffix), deadline);
    if (lines.length < before) changed = true;
  }
  // 3. prelude helpers nothing uses any more
  let body = lines.join('\n') + '\n' + suffix;
  for (const fn of ['p', 't']) {
    if (!new RegExp(`\\b${fn}\\(`).test(body)) {
      const smaller = prelude.replace(new RegExp(`^function ${fn}\\(.*\\n`, 'm'), '');
      if (smaller !== prelude && await test(smaller + body)) prelude = smaller;
    }
  }
  return prelude + body;
}

// ---- reporting ----

function describe(r) {
  const show = (name, x) => `--- ${name} (exit ${x.code})\n${x.out}${x.err ? '--- stderr\n' + x.err : ''}`;
  return [show('node', r.node), show('eventide', r.fast), show('eventide --no-fast-loop', r.slow)].join('\n');
}

function firstDiff(a, b) {
  const x = a.split('\n'), y = b.split('\n');
  for (let i = 0; i < Math.max(x.length, y.length); i++) if (x[i] !== y[i]) return `line ${i + 1}: node ${JSON.stringify(x[i])} / eventide ${JSON.stringify(y[i])}`;
  return 'same stdout';
}

async function main() {
  if (!fs.existsSync(hostDll)) { console.error(`fuzz: build the host first: dotnet build tests/Fuzz/FuzzHost -c Release`); process.exit(2); }
  fs.mkdirSync(outDir, { recursive: true });
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'eventide-fuzz-work-'));
  const started = Date.now();
  let programs;
  if (single) programs = [{ name: path.basename(single, '.js'), file: path.resolve(single) }];
  else {
    programs = [];
    for (let i = 0; i < count; i++) {
      const file = path.join(work, `p${seed + i}.js`);
      fs.writeFileSync(file, generate(seed + i));
      programs.push({ name: `seed-${seed + i}`, file });
    }
  }
  const hosts = Array.from({ length: hostJobs }, () => new Host());
  // Node runs mostly wait on timers, so they take more parallel slots than the hosts.
  const hostResults = [];
  const [nodeResults] = await Promise.all([
    pool(programs, jobs, p => runNode(p.file)),
    ...hosts.map(async (h, k) => {
      for (let i = k; i < programs.length; i += hosts.length) hostResults[i] = await h.run(programs[i].file);
    }),
  ]);
  const suspects = [];
  let skipped = 0, ms = 0;
  programs.forEach((p, i) => {
    const [fast, slow] = hostResults[i];
    ms += (fast.ms || 0) + (slow.ms || 0);
    if (nodeResults[i].code === -1) { skipped++; return; }
    const kind = classify(nodeResults[i], fast, slow);
    if (kind) suspects.push({ ...p, kind, node: nodeResults[i], fast, slow });
  });
  // Each failure is run again, alone: one that does not recur came from load (a timer late by
  // tens of milliseconds in node, a time limit hit while the machine was busy) and is only listed.
  const failures = [], flaky = [];
  for (const f of suspects) {
    const again = await check(hosts[0], f.file);
    (again.kind === f.kind ? failures : flaky).push(f);
  }
  for (const f of flaky) console.log(`fuzz: ${f.name}: ${f.kind} did not recur when run again alone (load), not counted`);
  console.log(`fuzz: ${programs.length} programs (seed ${seed}), ${failures.length} failing, ${flaky.length} flaky, ${skipped} skipped (node timed out); eventide ${(ms / 1000).toFixed(1)} s in-process, ${((Date.now() - started) / 1000).toFixed(1)} s total`);
  const deadline = Date.now() + budget;
  for (const f of failures) {
    const src = fs.readFileSync(f.file, 'utf8');
    fs.writeFileSync(path.join(outDir, `${f.name}.js`), src);
    fs.writeFileSync(path.join(outDir, `${f.name}.orig.txt`), `${f.kind}\n${describe(f)}`);
    let min = src;
    if (minimize && Date.now() < deadline) min = await minimizeProgram(hosts[0], src, signature(f), work, deadline);
    const minFile = path.join(outDir, `${f.name}.min.js`);
    fs.writeFileSync(minFile, min);
    const r = await check(hosts[0], minFile);
    fs.writeFileSync(path.join(outDir, `${f.name}.txt`), `${f.kind}\n${describe(r)}`);
    console.log(`\n== ${f.kind}: ${f.name} (${min.split('\n').length} lines minimised: ${minFile})`);
    if (f.kind.startsWith('diverge')) console.log('original:', firstDiff(f.node.out, f.fast.out));
    console.log(f.kind.startsWith('diverge') ? firstDiff(r.node.out, r.fast.out) : f.kind === 'tier' ? firstDiff(r.fast.out, r.slow.out) : '');
    console.log(min.length < 4000 ? min : min.slice(0, 4000) + '...');
    console.log(describe(r).split('\n').slice(0, 60).join('\n'));
  }
  hosts.forEach(h => h.close());
  fs.rmSync(work, { recursive: true, force: true });
  process.exit(failures.length ? 1 : 0);
}

main().catch(e => { console.error(e); process.exit(2); });

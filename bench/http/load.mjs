// HTTP under load: starts bench/http/server.js under each engine, drives it from node with 50
// keep-alive connections for a fixed number of requests (loopback only, bounded in count and
// time), and prints a markdown table of requests per second and latency percentiles.
//   node bench/http/load.mjs --engine "Eventide=CMD" --engine "node=node" [--requests N] [--connections C]
import { spawn } from 'node:child_process';
import http from 'node:http';
import { fileURLToPath } from 'node:url';

const args = process.argv.slice(2);
const engines = [];
let requests = 20000, connections = 50;
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--engine') { const [name, ...cmd] = args[++i].split('='); engines.push({ name, cmd: cmd.join('=') }); }
  else if (args[i] === '--requests') requests = Number(args[++i]);
  else if (args[i] === '--connections') connections = Number(args[++i]);
}
const serverFile = fileURLToPath(new URL('./server.js', import.meta.url));

function startServer(cmd) {
  const parts = cmd.split(' ').filter(Boolean);
  const child = spawn(parts[0], [...parts.slice(1), serverFile], { stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => { child.kill('SIGKILL'); reject(new Error(`${cmd}: no port within 30 s`)); }, 30000);
    child.stdout.once('data', (d) => { clearTimeout(timer); resolve({ child, port: Number(String(d).trim()) }); });
    child.once('exit', (code) => { clearTimeout(timer); reject(new Error(`${cmd}: exited with ${code}`)); });
  });
}

function request(agent, port, i) {
  const started = process.hrtime.bigint();
  const body = JSON.stringify({ i });
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, path: `/items/${i}`, method: 'POST', agent,
      headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (c) => { text += c; });
      res.on('end', () => {
        if (res.statusCode !== 200 || JSON.parse(text).received !== Buffer.byteLength(body)) reject(new Error(`bad response ${res.statusCode} ${text}`));
        else resolve(Number(process.hrtime.bigint() - started) / 1e6);
      });
    });
    req.setTimeout(10000, () => req.destroy(new Error('request timed out')));
    req.on('error', reject);
    req.end(body);
  });
}

async function load(port) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: connections });
  const latencies = [];
  let next = 0;
  // Warm-up: one round per connection, not counted.
  await Promise.all(Array.from({ length: connections }, (_, i) => request(agent, port, i)));
  const started = process.hrtime.bigint();
  await Promise.all(Array.from({ length: connections }, async () => {
    while (next < requests) latencies.push(await request(agent, port, next++));
  }));
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  agent.destroy();
  latencies.sort((a, b) => a - b);
  const at = (p) => latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))];
  return { rps: requests / seconds, p50: at(0.5), p99: at(0.99) };
}

const rows = [];
for (const e of engines) {
  const { child, port } = await startServer(e.cmd);
  try { rows.push({ name: e.name, ...(await load(port)) }); }
  finally { child.kill('SIGTERM'); }
}
const base = rows.find((r) => r.name === 'node') ?? rows[0];
console.log(`| server | requests/s | vs ${base.name} | p50 latency | p99 latency |`);
console.log('|---|---:|---:|---:|---:|');
for (const r of rows) console.log(`| ${r.name} | ${Math.round(r.rps)} | ${(r.rps / base.rps).toFixed(2)}x | ${r.p50.toFixed(2)} ms | ${r.p99.toFixed(2)} ms |`);
console.log(`\n${requests} POST requests with JSON bodies over ${connections} keep-alive connections on 127.0.0.1, driven by a node client.`);

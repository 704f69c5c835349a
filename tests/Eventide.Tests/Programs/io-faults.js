// Faults as a program meets them, each a node-style error it can catch, nothing lost, no hang:
// a file deleted while it is read, a server that resets connections (seen by fetch, http and
// net), a child that exits non-zero, a fetch to a port nobody listens on.
const fs = require('fs');
const os = require('os');
const path = require('path');
const net = require('net');
const http = require('http');
const { execFile } = require('child_process');

async function fileDeletedWhileRead() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'io-faults-'));
  const file = path.join(dir, 'data.txt');
  fs.writeFileSync(file, 'x'.repeat(100000));
  let total = 0, unlinked = false;
  await new Promise((resolve, reject) => {
    fs.createReadStream(file, { highWaterMark: 4096 })
      .on('data', (chunk) => {
        total += chunk.length;
        if (!unlinked) { fs.unlinkSync(file); unlinked = true; }
      })
      .on('error', reject)
      .on('close', resolve);
  });
  console.log('deleted mid-read: read', total, 'bytes; exists afterwards:', fs.existsSync(file));
  try { fs.readFileSync(file); } catch (e) { console.log('reading it again:', e.code, e.syscall); }
  fs.rmSync(dir, { recursive: true });
}

function resettingServer() {
  const server = net.createServer((socket) => socket.resetAndDestroy());
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

async function serverResets() {
  const server = await resettingServer();
  const { port } = server.address();
  try {
    await fetch(`http://127.0.0.1:${port}/`);
  } catch (e) {
    console.log('fetch:', e.name, e.message, '| cause is an Error:', e.cause instanceof Error);
  }
  await new Promise((resolve) => {
    http.get({ host: '127.0.0.1', port, path: '/' }, () => console.log('never'))
      .on('error', (e) => { console.log('http.get:', e.code); resolve(); });
  });
  await new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1', () => socket.write('hello'));
    socket.on('error', (e) => console.log('net:', e.code));
    socket.on('close', (hadError) => { console.log('net closed, hadError:', hadError); resolve(); });
  });
  await new Promise((resolve) => server.close(resolve));
}

async function childExitsNonZero() {
  await new Promise((resolve) => {
    execFile(process.platform === 'win32' ? 'cmd' : 'sh', ['-c', 'echo partial; echo oops >&2; exit 3'], (err, stdout, stderr) => {
      console.log('child:', err.code, JSON.stringify(stdout), JSON.stringify(stderr), err.killed, err.signal);
      resolve();
    });
  });
}

async function fetchClosedPort() {
  const server = await resettingServer();
  const { port } = server.address();
  await new Promise((resolve) => server.close(resolve));
  try {
    await fetch(`http://127.0.0.1:${port}/`);
  } catch (e) {
    console.log('closed port:', e.name, e.message, e.cause.code, e.cause.syscall);
  }
}

(async () => {
  await fileDeletedWhileRead();
  await serverResets();
  await childExitsNonZero();
  await fetchClosedPort();
  console.log('all faults handled');
})();

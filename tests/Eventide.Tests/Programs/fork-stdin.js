// A forked child whose standard input is a pipe from the parent (silent: true): it reads
// process.stdin line by line with readline and reports each line over the IPC channel; the
// parent ends the input, and the child's 'close' and exit follow.
const { fork } = require('child_process');
const readline = require('readline');

if (process.argv[2] === 'child') {
  const s = process.stdin;
  process.send({ kind: s.constructor.name, fd: s.fd, isTTY: s.isTTY, hwm: s.readableHighWaterMark });
  const rl = readline.createInterface({ input: s, crlfDelay: Infinity });
  let n = 0;
  rl.on('line', (line) => process.send({ n: n++, line }));
  rl.on('close', () => process.send({ closed: n }, () => process.disconnect()));
} else {
  const child = fork(__filename, ['child'], { silent: true });
  const got = [];
  child.on('message', (m) => got.push(m));
  child.stdin.write('first\nsecond\r\n');
  setTimeout(() => {
    child.stdin.write('third ünï');
    child.stdin.end('cödé\nno newline at the end');
  }, 20);
  child.on('exit', (code) => {
    for (const m of got) console.log(JSON.stringify(m));
    console.log('exit', code);
  });
}

// Reading a file line by line: for await over readline with fs.createReadStream and
// crlfDelay: Infinity, 'line' and 'close' events, CRLF, lone CR, a last line without an ending.
const fs = require('fs');
const os = require('os');
const path = require('path');
const readline = require('readline');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rl-lines-'));
const file = path.join(dir, 'input.txt');
const lines = [];
for (let i = 0; i < 5000; i++) lines.push(`row ${i} ${'x'.repeat(i % 37)}`);
fs.writeFileSync(file, lines.join('\r\n') + '\r\nmixed\nendings\rhere\n\nlast without newline');

async function iterate() {
  const rl = readline.createInterface({ input: fs.createReadStream(file), crlfDelay: Infinity });
  let count = 0;
  let longest = '';
  const tail = [];
  for await (const line of rl) {
    count++;
    if (line.length > longest.length) longest = line;
    tail.push(line);
    if (tail.length > 6) tail.shift();
  }
  console.log('for await', count, JSON.stringify(longest), JSON.stringify(tail));
}

function events() {
  return new Promise((resolve) => {
    const rl = readline.createInterface({ input: fs.createReadStream(file, { highWaterMark: 7 }), crlfDelay: Infinity });
    let count = 0;
    rl.on('line', (line) => { count++; if (count === 2) console.log('second', JSON.stringify(line)); });
    rl.on('pause', () => console.log('pause'));
    rl.on('close', () => { console.log('close', count, rl.closed); resolve(); });
  });
}

async function breakEarly() {
  const rl = readline.createInterface({ input: fs.createReadStream(file) });
  rl.on('close', () => console.log('closed by break'));
  for await (const line of rl) {
    console.log('first', line);
    break;
  }
}

iterate().then(events).then(breakEarly).then(() => {
  fs.rmSync(dir, { recursive: true });
  console.log('done');
});

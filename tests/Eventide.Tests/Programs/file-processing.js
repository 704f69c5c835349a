// A file-processing program: read a directory, stream-transform each file (numbered, upper-cased
// lines) into an output directory, then write a summary; concurrently with fs/promises.
const fs = require('fs');
const fsp = require('fs/promises');
const os = require('os');
const path = require('path');
const { Transform } = require('stream');
const { pipeline } = require('stream/promises');

class NumberLines extends Transform {
  constructor() {
    super();
    this.pending = '';
    this.count = 0;
  }
  _transform(chunk, encoding, callback) {
    const lines = (this.pending + chunk.toString('utf8')).split('\n');
    this.pending = lines.pop();
    for (const line of lines) this.push(this.format(line));
    callback();
  }
  _flush(callback) {
    if (this.pending) this.push(this.format(this.pending));
    callback();
  }
  format(line) {
    this.count++;
    return `${String(this.count).padStart(3, ' ')}: ${line.toUpperCase()}\n`;
  }
}

async function main() {
  const root = await fsp.mkdtemp(path.join(os.tmpdir(), 'file-processing-'));
  const input = path.join(root, 'in');
  const output = path.join(root, 'out');
  await fsp.mkdir(input);
  await fsp.mkdir(output, { recursive: true });
  const poem = ['the quick brown fox', 'jumps over', 'the lazy dog'];
  await Promise.all([
    fsp.writeFile(path.join(input, 'poem.txt'), poem.join('\n')),
    fsp.writeFile(path.join(input, 'numbers.txt'), Array.from({ length: 2000 }, (_, i) => `line ${i}`).join('\n') + '\n'),
    fsp.writeFile(path.join(input, 'empty.txt'), ''),
    fsp.writeFile(path.join(input, 'skip.bin'), Buffer.from([0, 1, 2])),
  ]);
  await fsp.mkdir(path.join(input, 'nested'));

  const entries = await fsp.readdir(input, { withFileTypes: true });
  const files = entries.filter((e) => e.isFile() && e.name.endsWith('.txt')).map((e) => e.name).sort();
  console.log('to process:', files);

  const results = await Promise.all(files.map(async (name) => {
    const counter = new NumberLines();
    await pipeline(
      fs.createReadStream(path.join(input, name), { highWaterMark: 1024 }),
      counter,
      fs.createWriteStream(path.join(output, name.replace('.txt', '.out'))),
    );
    const { size } = await fsp.stat(path.join(output, name.replace('.txt', '.out')));
    return { name, lines: counter.count, size };
  }));
  for (const r of results) console.log(r);

  const summary = results.map((r) => `${r.name}\t${r.lines}\t${r.size}`).join('\n') + '\n';
  await fsp.writeFile(path.join(output, 'summary.tsv'), summary);
  console.log((await fsp.readdir(output)).sort());
  console.log(await fsp.readFile(path.join(output, 'poem.out'), 'utf8'));
  const numbers = await fsp.readFile(path.join(output, 'numbers.out'), 'utf8');
  console.log(numbers.split('\n').slice(998, 1002));
  console.log(await fsp.readFile(path.join(output, 'summary.tsv'), 'utf8'));

  try {
    await pipeline(fs.createReadStream(path.join(input, 'missing.txt')), new NumberLines(), fs.createWriteStream(path.join(output, 'missing.out')));
  } catch (err) {
    console.log('missing input:', err.code, err.syscall, path.basename(err.path));
  }
  await fsp.rm(root, { recursive: true, force: true });
  console.log('cleaned up:', fs.existsSync(root));
}
main();

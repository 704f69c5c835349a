// setEncoding, async iteration over process.stdin, and pipe through a Transform to stdout.
const { Transform } = require('stream');
async function main() {
  process.stdin.setEncoding('utf8');
  let all = '';
  for await (const chunk of process.stdin) {
    console.log('chunk type', typeof chunk);
    all += chunk;
  }
  const lines = all.split('\n');
  console.log(lines.length, JSON.stringify(lines));
  const upper = new Transform({
    transform(chunk, enc, cb) { cb(null, String(chunk).toUpperCase()); },
  });
  upper.pipe(process.stdout);
  upper.end(lines.map((l, i) => `${i}: ${l}`).join('\n') + '\n');
  upper.on('end', () => console.log('piped'));
}
main().then(() => console.log('main done'));

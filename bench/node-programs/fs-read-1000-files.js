// fs/promises: reads 1,000 small files (4 KB each) at once with Promise.all, three times, and
// sums their bytes. The files are made on the first run (bench/run.sh makes them before timing).
const fs = require('fs');
const fsp = require('fs/promises');
const os = require('os');
const path = require('path');

const dir = path.join(os.tmpdir(), 'eventide-bench-1000-files');
const names = Array.from({ length: 1000 }, (_, i) => path.join(dir, `file-${i}.txt`));
if (!fs.existsSync(names[names.length - 1])) {
  fs.mkdirSync(dir, { recursive: true });
  names.forEach((name, i) => fs.writeFileSync(name, `${i} `.repeat(4096).slice(0, 4096)));
}

async function main() {
  let sum = 0;
  for (let round = 0; round < 3; round++) {
    const contents = await Promise.all(names.map((name) => fsp.readFile(name)));
    for (const bytes of contents) sum = (sum + bytes.length + bytes[round]) % 1000000007;
  }
  console.log(sum);
}
main();

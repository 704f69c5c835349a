// zlib's words for damaged deflate data: random bytes as raw deflate and behind a zlib header, and single-bit
// flips through node's compressed fixture, give the same message (invalid block type, invalid stored block
// lengths, invalid code lengths set, invalid distance too far back...) or output length as in node.
const zlib = require('zlib');
const fs = require('fs');
let seed = 12345;
const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
const attempt = (f) => { try { return 'ok ' + f().length; } catch (e) { return `${e.code} ${e.message}`; } };
const counts = {};
const tally = (line) => { counts[line] = (counts[line] || 0) + 1; };
for (let i = 0; i < 300; i++) {
  const bytes = Buffer.from(Array.from({ length: 5 + (i % 60) }, () => Math.floor(random() * 256)));
  tally('raw ' + attempt(() => zlib.inflateRawSync(bytes)));
  tally('zlib ' + attempt(() => zlib.inflateSync(Buffer.concat([Buffer.from([0x78, 0x9c]), bytes]))));
}
const fixture = fs.readFileSync(`${__dirname}/zlib-fixtures/node-level9-filtered.zz`);
for (let i = 0; i < 400; i++) {
  const damaged = Buffer.from(fixture);
  damaged[2 + Math.floor(random() * (damaged.length - 2))] ^= 1 << (i % 8);
  const line = attempt(() => zlib.inflateSync(damaged));
  tally('flip ' + (line.startsWith('ok') ? 'ok' : line));
}
console.log(Object.entries(counts).sort());

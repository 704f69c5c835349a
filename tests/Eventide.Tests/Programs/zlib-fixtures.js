// zlib across implementations: zlib-fixtures/ holds what node and Eventide each compressed (make.js there);
// both runtimes inflate both sets to the same text, so each reads the other's output. Compressed bytes differ
// between deflate implementations, so sizes are only compared loosely.
const zlib = require('zlib');
const fs = require('fs');
const dir = `${__dirname}/zlib-fixtures`;
const text = Buffer.from(Array.from({ length: 1000 }, (_, i) => `line ${i}: ${'lorem ipsum dolor sit amet '.repeat(i % 5 + 1)}${(i * 7919) % 1000}\n`).join(''));
const decoders = { gz: zlib.gunzipSync, zz: zlib.inflateSync, raw: zlib.inflateRawSync, br: zlib.brotliDecompressSync };
for (const name of fs.readdirSync(dir).filter((n) => !n.endsWith('.js')).sort()) {
  const bytes = fs.readFileSync(`${dir}/${name}`);
  const out = decoders[name.split('.').pop()](bytes);
  const expected = name.includes('empty') ? Buffer.alloc(0) : text;
  console.log(name, out.equals(expected), zlib.crc32(out), bytes.length < text.length / 2 || name.includes('huffman') || name.includes('empty'));
  if (name.endsWith('.gz')) console.log('  unzip', zlib.unzipSync(bytes).equals(expected));
}
// Streams fed in small pieces give the same text as the one-shot functions.
const streamed = (stream, bytes, piece) => new Promise((resolve, reject) => {
  const chunks = [];
  stream.on('data', (c) => chunks.push(c)).on('error', reject).on('end', () => resolve(Buffer.concat(chunks)));
  (function write(at) {
    if (at >= bytes.length) return stream.end();
    stream.write(bytes.subarray(at, at + piece), () => write(at + piece));
  })(0);
});
(async () => {
  for (const [file, create] of [['node-two-members.gz', zlib.createGunzip], ['eventide-two-members.gz', zlib.createUnzip], ['node-level9-filtered.zz', zlib.createInflate], ['eventide-huffman.raw', zlib.createInflateRaw], ['node-quality5.br', zlib.createBrotliDecompress]]) {
    for (const piece of [61, 4096]) {
      const out = await streamed(create(), fs.readFileSync(`${dir}/${file}`), piece);
      console.log('stream', file, piece, out.equals(text));
    }
  }
  // Byte by byte: the ends of the headers, the deflate data and the trailers all fall between writes.
  for (const file of ['node-empty.gz', 'eventide-empty.gz']) {
    const bytes = fs.readFileSync(`${dir}/${file}`);
    const twice = Buffer.concat([bytes, zlib.gzipSync('tail')]);
    console.log('bytewise', file, (await streamed(zlib.createGunzip(), twice, 1)).toString());
  }
  const small = zlib.deflateSync(text.subarray(0, 300));
  console.log('bytewise inflate', (await streamed(zlib.createInflate(), small, 1)).equals(text.subarray(0, 300)));
  for (const create of [zlib.createGzip, zlib.createDeflate, zlib.createDeflateRaw, zlib.createBrotliCompress]) {
    const compressed = await streamed(create({ level: 3 }), text, 1000);
    const back = { Gzip: zlib.gunzipSync, Deflate: zlib.inflateSync, DeflateRaw: zlib.inflateRawSync, BrotliCompress: zlib.brotliDecompressSync }[create().constructor.name];
    console.log('compress stream', create.name, back(compressed).equals(text));
  }
})();

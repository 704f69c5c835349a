// Writes this folder's compressed fixtures with whichever runtime runs it (node or eventide), named after it:
// `node make.js` and `eventide make.js`. zlib-fixtures.js then inflates both sets on both runtimes.
const zlib = require('zlib');
const fs = require('fs');
const who = typeof process.versions.eventide === 'string' || !process.execPath.endsWith('node') ? 'eventide' : 'node';
const text = Buffer.from(Array.from({ length: 1000 }, (_, i) => `line ${i}: ${'lorem ipsum dolor sit amet '.repeat(i % 5 + 1)}${(i * 7919) % 1000}\n`).join(''));
const P = zlib.constants;
const out = (name, bytes) => fs.writeFileSync(`${__dirname}/${who}-${name}`, bytes);
out('default.gz', zlib.gzipSync(text));
out('level1.gz', zlib.gzipSync(text, { level: 1 }));
out('level9-filtered.zz', zlib.deflateSync(text, { level: 9, strategy: P.Z_FILTERED }));
out('huffman.raw', zlib.deflateRawSync(text, { strategy: P.Z_HUFFMAN_ONLY }));
out('two-members.gz', Buffer.concat([zlib.gzipSync(text.subarray(0, 1000)), zlib.gzipSync(text.subarray(1000))]));
out('empty.gz', zlib.gzipSync(''));
out('quality5.br', zlib.brotliCompressSync(text, { params: { [P.BROTLI_PARAM_QUALITY]: 5, [P.BROTLI_PARAM_SIZE_HINT]: text.length } }));

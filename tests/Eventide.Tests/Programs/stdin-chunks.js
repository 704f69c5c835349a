// process.stdin read from a file: chunks of the stream's highWaterMark, 'end' at EOF, and the
// whole input put back together from Buffers (multi-byte characters split across chunks).
const chunks = [];
const s = process.stdin;
console.log(s.constructor.name, s.fd, s.isTTY, s.readable, s.readableFlowing, s.readableHighWaterMark);
s.on('data', (chunk) => {
  chunks.push(chunk);
  console.log('data', Buffer.isBuffer(chunk), chunk.length);
});
s.on('end', () => {
  const text = Buffer.concat(chunks).toString('utf8');
  const lines = text.split('\n');
  console.log('end', text.length, lines.length, lines[0], '|', lines[2998]);
  console.log('readableEnded', s.readableEnded, 'destroyed', s.destroyed);
});
s.on('close', () => console.log('close'));
process.on('exit', (code) => console.log('exit', code));

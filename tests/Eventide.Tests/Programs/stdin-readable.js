// 'readable' and read(): paused-mode reading; pause after the first chunk and resume on a timer.
const s = process.stdin;
let n = 0;
s.on('readable', () => {
  let chunk;
  while ((chunk = s.read()) !== null) console.log('read', n++, JSON.stringify(chunk.toString()));
});
s.on('end', () => {
  console.log('end');
  setTimeout(() => console.log('after end'), 1);
});

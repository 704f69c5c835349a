// Strings and array methods: map/filter/reduce/sort/join/split.
const words = [];
for (let i = 0; i < 20000; i++) words.push('w' + ((i * 7919) % 10007).toString(36));
let checksum = 0;
for (let round = 0; round < 20; round++) {
  const text = words.join(' ');
  const parts = text.split(' ');
  const lens = parts.map(w => w.length).filter(n => n > 2);
  checksum += lens.reduce((a, b) => a + b, 0);
  const sorted = parts.slice().sort();
  checksum += sorted[round].charCodeAt(1) + sorted.indexOf('w1');
  checksum += text.toUpperCase().length + text.replace(/w/g, 'x').indexOf('x');
  checksum %= 1000000007;
}
console.log('checksum', checksum);

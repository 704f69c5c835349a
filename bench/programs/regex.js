// Regex-heavy work on ordinary patterns: a sticky-regex lexer, split, replace (function and
// $1 templates), validators with test(), match /g, exec loops with named groups,
// case-insensitive search and a word count over a generated text.
const words = ['alpha', 'beta', 'gamma', 'delta', 'Error', 'warning', 'info', 'request', 'user', 'id'];
let seed = 42;
function rand(n) { seed = (seed * 1103515245 + 12345) & 0x7fffffff; return seed % n; }
const lines = [];
for (let i = 0; i < 4000; i++) {
  const w = [];
  for (let j = 0; j < 8; j++) w.push(words[rand(words.length)]);
  lines.push(`2024-0${1 + rand(9)}-1${rand(10)} ${w.join(' ')}, user${rand(500)}@example.com, https://site${rand(50)}.org/p/${rand(1000)}?q=${rand(99)} code=${rand(600)}`);
}
const text = lines.join('\n');
const source = [];
for (let i = 0; i < 1500; i++) source.push(`let v${i} = (a${i % 7} + ${i * 3}) * "s${i}"; // c${i}`);
const program = source.join('\n');

let checksum = 0;
const add = n => { checksum = (checksum * 31 + n) % 1000000007; };

for (let round = 0; round < 4; round++) {
  // A lexer with one sticky regex of alternatives.
  const token = /\s+|\/\/[^\n]*|([A-Za-z_$][\w$]*)|(\d+(?:\.\d+)?)|("(?:[^"\\]|\\.)*")|([-+*\/=;(){}])/y;
  const counts = [0, 0, 0, 0, 0];
  token.lastIndex = 0;
  let m;
  while (token.lastIndex < program.length && (m = token.exec(program))) {
    for (let k = 1; k <= 4; k++) if (m[k] !== undefined) counts[k]++;
  }
  counts.forEach(add);

  // split on whitespace and on commas.
  for (const line of lines) {
    add(line.split(/\s+/).length);
    add(line.split(/,\s*/).length);
  }

  // replace with a function and with $1 templates.
  add(text.replace(/\b(\w)(\w*)\b/g, (all, first, rest) => first.toUpperCase() + rest).length);
  add(text.replace(/(\d{4})-(\d{2})-(\d{2})/g, '$3/$2/$1').indexOf('/'));
  add(text.replace(/user(\d+)/g, 'u<$1>').length);

  // validators with test().
  const email = /^[\w.+-]+@[\w-]+\.[\w.-]+$/;
  const url = /^https?:\/\/[^\s/$.?#].[^\s]*$/i;
  let valid = 0;
  for (const line of lines) {
    const parts = line.split(', ');
    if (email.test(parts[1])) valid++;
    if (url.test(parts[2].split(' ')[0])) valid++;
    if (/^\d{4}-\d{2}-\d{2}/.test(line)) valid++;
  }
  add(valid);

  // match with /g.
  add((text.match(/\d+/g) || []).length);
  add((text.match(/[aeiou]{2}/g) || []).length);

  // exec loop with named groups.
  const kv = /(?<key>[a-z]+)=(?<value>\d+)/g;
  let sum = 0;
  while ((m = kv.exec(text)) !== null) sum += Number(m.groups.value) + m.groups.key.length;
  add(sum);

  // case-insensitive search.
  add(text.search(/ERROR\s+WARNING/i));
  add((text.match(/error/gi) || []).length);

  // word count.
  const freq = new Map();
  for (const w of text.toLowerCase().match(/[a-z]+/g)) freq.set(w, (freq.get(w) || 0) + 1);
  add(freq.size);
  add(freq.get('alpha') || 0);
}
console.log('checksum', checksum);

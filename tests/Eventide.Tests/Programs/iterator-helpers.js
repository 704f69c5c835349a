// node-flags: --harmony-iterator-helpers (node 20 has map/filter/take/drop/Iterator.from behind this flag)
// Iterator helpers on real-looking code: lazy pipelines over generators, early exits closing the source, errors.
const log = [];

function* readLines(text, name) {
  try {
    for (const line of text.split('\n')) {
      log.push(`${name}: read ${JSON.stringify(line)}`);
      yield line;
    }
  } finally {
    log.push(`${name}: closed`);
  }
}

const csv = 'id,name,score\n1,ada,91\n2,bob,47\n3,cy,78\n# comment\n4,dee,88\n5,eve,99';

// A lazy pipeline: nothing is read until something pulls.
const rows = readLines(csv, 'csv')
  .drop(1)
  .filter(line => !line.startsWith('#'))
  .map((line, i) => {
    const [id, name, score] = line.split(',');
    return { i, id: Number(id), name, score: Number(score) };
  })
  .filter(r => r.score >= 75);
log.push('pipeline built');
console.log(log.splice(0));

// take closes the source once it has enough.
const top2 = [];
for (const r of rows.take(2)) top2.push(r);
console.log(top2);
console.log(log.splice(0));

// Exhausted helpers stay done.
console.log(rows.next(), log.splice(0));

// Breaking out of for-of calls return() through every layer.
const squares = readLines('1\n2\n3\n4\n5', 'nums').map(Number).map(n => n * n);
for (const sq of squares) {
  console.log('square', sq);
  if (sq > 5) break;
}
console.log(log.splice(0));
console.log(squares.next());

// return() before the first next(): closes the underlying iterator without reading.
const untouched = readLines('a\nb', 'untouched');
const mapped = untouched.map(s => s.toUpperCase());
untouched.next(); // start it so its finally can run on return()
log.splice(0);
console.log(mapped.return(), log.splice(0));
console.log(mapped.next());

// A throwing mapper closes the source and the error propagates.
const failing = readLines('x\ny\nz', 'failing').map(s => {
  if (s === 'y') throw new Error(`bad row ${s}`);
  return s;
});
try {
  for (const v of failing) console.log('got', v);
} catch (e) {
  console.log('caught', e.message);
}
console.log(log.splice(0));

// Errors from the source itself do not call return().
function* explode() {
  try {
    yield 1;
    throw new TypeError('source broke');
  } finally {
    log.push('explode finally');
  }
}
try {
  console.log([...explode().map(x => x * 10)]);
} catch (e) {
  console.log(e.name, e.message);
}
console.log(log.splice(0));

// Argument errors.
for (const bad of [() => [1].values().take(-1), () => [1].values().drop(NaN), () => [1].values().map(42)]) {
  try { bad(); } catch (e) { console.log(e.constructor.name); }
}

// Iterator.from: iterators that do not inherit from Iterator.prototype get wrapped.
let n = 0;
const counter = { next() { n++; return n > 3 ? { done: true } : { value: n, done: false }; } };
const wrapped = Iterator.from(counter);
console.log(typeof wrapped.map, Object.getPrototypeOf(wrapped) === Iterator.prototype);
console.log([...wrapped.map(x => x * 2)]);
const gen = readLines('q', 'from');
console.log(Iterator.from(gen) === gen);
console.log([...Iterator.from('h€y')]);

// Subclassing the abstract Iterator.
class Range extends Iterator {
  constructor(from, to) { super(); this.cur = from; this.to = to; }
  next() { return this.cur < this.to ? { value: this.cur++, done: false } : { value: undefined, done: true }; }
}
console.log([...new Range(0, 10).filter(x => x % 3 === 0).map(x => `#${x}`)]);
console.log(new Range(0, 3) instanceof Iterator, typeof Iterator.prototype.map);
try { new Iterator(); } catch (e) { console.log(e.constructor.name); }

// Infinite sources are fine when the pipeline is bounded.
function* naturals() { let i = 0; while (true) yield i++; }
console.log([...naturals().filter(i => i % 7 === 3).map(i => i * i).drop(2).take(4)]);
console.log(Object.prototype.toString.call(naturals().map(x => x)));

// Builtins called from script code: results, thrown errors caught in the calling frame (with the
// right line in the stack), callbacks that throw through the builtin, and re-entrancy.
function reduceEmpty() { return [].reduce((a, b) => a + b); }
try { reduceEmpty(); } catch (e) { console.log(e.constructor.name, e.message, e.stack.split('\n')[0]); }
let caught = 0;
for (let i = 0; i < 5; i++) {
  try { i % 2 ? JSON.parse('{bad') : [1].map(() => { throw new RangeError('cb ' + i); }); } catch (e) { caught++; console.log(e.name, e.message.slice(0, 20)); }
}
console.log('caught', caught);
const nested = [[3, 1], [2]].map(a => a.map(x => [x, x * 2].reduce((p, q) => p + q)).sort().join('+'));
console.log(nested.join(' | '), Math.max(...[1, 5, 3]), String.fromCharCode(72, 105), 'abc'.charCodeAt(1));
function* gen() { let x = yield 1; while (x < 4) x = yield x * 10; }
const g = gen(); const seen = [g.next().value];
for (let i = 2; i < 6; i++) seen.push(g.next(i).value);
console.log('generator next', seen.join());
const bound = Math.max.bind(null, 7);
console.log('bound native', bound(3), [4, 9].map(Math.sqrt).join(), Reflect.apply(Math.min, null, [4, 2]));
const o = { toString() { return 'custom'; } };
console.log('re-entrant', String(o), [o, o].join('-'), `${[1, 2].map(x => [x].concat(x).length)}`);
let depth = 0;
function recurse(n) { depth++; return n === 0 ? 0 : [n].map(m => recurse(m - 1))[0] + 1; }
console.log('recursion through map', recurse(200), depth);

// Array.prototype methods on arrays, holes and array-likes (compared with node).
const a = [5, 1, 4, 2, 3];
console.log(a.map(x => x * 2), a.filter(x => x % 2), a.reduce((x, y) => x + y), a.reduceRight((x, y) => x + '-' + y));
console.log(a.slice(1, 3), a.slice(-2), a.concat([9, [10]], 11), a.indexOf(4), a.lastIndexOf(4), [NaN].includes(NaN), [NaN].indexOf(NaN));
console.log([...a].sort(), [...a].sort((x, y) => y - x), a.toSorted(), a.toReversed(), a.with(1, 99), a.with(-1, 0), a.toSpliced(1, 2, 'x', 'y', 'z'), a);
const b = [1, 2, 3, 4, 5];
console.log(b.splice(1, 2, 'a', 'b', 'c'), b, b.splice(-2), b, b.splice(1, 0, 7, 8), b, b.splice(), b.splice(3));
console.log(b.shift(), b.unshift(0, -1), b, b.pop(), b.push(10, 11), b);
console.log([1, [2, [3, [4]]]].flat(), [1, [2, [3, [4]]]].flat(Infinity), [1, 2].flatMap(x => [x, [x]]), [[1], , [2]].flat());
console.log([1, 2, 3, 4, 5].copyWithin(0, 3), [1, 2, 3, 4, 5].copyWithin(1, 0, 3), new Array(3).fill(7), [1, 2, 3].fill(0, 1));
console.log([1, 2, 3].at(-1), [1, 2, 3].at(5), [1, 2, 3].find(x => x > 1), [1, 2, 3].findIndex(x => x > 1), [1, 2, 3].findLast(x => x > 1), [1, 2, 3].findLastIndex(x => x > 5));
console.log([1, 2, 3].every(x => x > 0), [1, 2, 3].some(x => x > 2), [...[1, 2].entries()], [...[1, 2].keys()], [1, [2, [3]]].toString(), [1, null, undefined, 2].join('-'));
const cyclic = [1]; cyclic.push(cyclic, 2); console.log(`${cyclic}`);
console.log([3, undefined, 1, , 2].sort(), ['b', 'a', 'C', 'B'].sort(), [10, 9, 1, 100].sort(), [1, , 3].reverse());
console.log([{ k: 1, v: 'a' }, { k: 0, v: 'b' }, { k: 1, v: 'c' }, { k: 0, v: 'd' }].sort((x, y) => x.k - y.k).map(o => o.v).join(''));
const holes = [1, , 3]; let visited = []; holes.forEach((x, i) => visited.push(i)); console.log(visited, holes.map(x => x * 2), holes.includes(undefined), holes.indexOf(undefined));
const arrayLike = { length: 3, 0: 'a', 2: 'c' };
console.log(Array.prototype.join.call(arrayLike), Array.prototype.map.call(arrayLike, x => x + x), Array.from(arrayLike), Array.prototype.push.call(arrayLike, 'd'), arrayLike.length);
console.log(Array.from('abc'), Array.from({ length: 3 }, (_, i) => i * i), Array.of(1, 2, 3), Array.from(new Set([1, 1, 2])), Array.isArray([]), Array(3), Array('3'));
class MyArray extends Array {}
const m = MyArray.from([1, 2, 3]);
console.log(m instanceof MyArray, m.map(x => x) instanceof MyArray, m.filter(x => x) instanceof MyArray, m.toReversed() instanceof MyArray, m.length);
const sparse = []; sparse[4294967294] = 1; console.log(sparse.length, sparse[4294967294]);
const big = [1, 2, 3]; big.length = 4294967295; big[4294967290] = 5; console.log(big.length, big[4294967290]);
let e = [1, 2, 3]; e.length = 1; console.log(e, e.length);
for (const t of [() => [].reduce(() => {}), () => [1].map(1), () => [1].forEach(new (class Foo {})), () => new Array(-1), () => [].sort(1), () => [1].with(5, 1),
  () => Array.prototype.map.call(null, x => x), () => [].flatMap(3), () => Array.from({ [Symbol.iterator]: 1 }),
  () => Array.prototype.push.call({ length: 2 ** 53 - 1 }, 1)]) {
  try { t(); } catch (err) { console.log(`${err.name}: ${err.message}`); }
}

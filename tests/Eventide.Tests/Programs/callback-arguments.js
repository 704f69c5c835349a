// The callbacks of the array and typed array methods receive (value, index, object), a comparator
// (x, y), whatever their parameter lists: after the first call they are passed straight into the
// callback's parameters, and every local not passed must start undefined on each call.
const arr = [10, 20, 30, 40];
const ta = new Int16Array([3, -1, 2]);
const shapes = {
  none: () => 'none',
  one: (a) => `${a}`,
  two: (a, b) => `${a}/${b}`,
  three: (a, b, c) => `${a}/${b}/${c === arr || c === ta}`,
  four: (a, b, c, d) => `${a}/${b}/${d}`,
  rest: (...r) => r.length + ':' + r[0] + ':' + r[1],
  defaults: (a, b = 'dflt', c = 'dflt') => `${a}/${b}/${typeof c}`,
  pattern: ({ x = 'p' } = {}, i) => `${x}/${i}`,
  args: function () { return arguments.length + ':' + arguments[0] + ':' + arguments[1]; },
  argsMutated: function (a, b) { arguments[0] = 'm'; return a + ':' + b + ':' + arguments.length; },
  locals: (v, i) => { let x; var y; if (i === 1) { x = 'set'; y = 'set'; } return `${x}/${y}`; },
  closure: (v, i) => { const f = () => v + i; return f(); },
  thisArg: function (v) { return typeof this + ':' + (this && this.tag); },
};
for (const [name, fn] of Object.entries(shapes)) {
  const seen = [];
  arr.forEach((...a) => seen.push(fn.apply(undefined, a)));
  console.log(name, 'forEach', seen.join(' '));
  console.log(name, 'map', arr.map(fn).join(' '));
  console.log(name, 'filter', arr.filter((v, i, o) => (fn(v, i, o), i % 2)).join(' '));
  console.log(name, 'some', arr.some((v, i, o) => { seen.push(fn(v, i, o)); return false; }), seen.length);
  console.log(name, 'find', arr.find(fn), arr.findIndex(fn), arr.findLast(fn), arr.findLastIndex(fn));
  console.log(name, 'every', arr.every(fn));
  console.log(name, 'flatMap', arr.flatMap((v, i, o) => [fn(v, i, o)]).join(' '));
  console.log(name, 'typed', Array.from(ta.map((v, i, o) => String(fn(v, i, o)).length)).join(','), ta.filter(fn).length, ta.some(fn));
  const tmp = [];
  ta.forEach((v, i, o) => tmp.push(fn(v, i, o)));
  console.log(name, 'typed forEach', tmp.join(' '));
}
console.log('thisArg', arr.map(shapes.thisArg, { tag: 'T' }).join(' '), arr.map(shapes.thisArg).join(' '));

// Comparators of every parameter shape.
const data = [5, 1, 4, 2, 3, 1];
const comparators = {
  plain: (a, b) => a - b,
  oneAndRest: (a, ...r) => a - r[0],
  none: () => 0,
  args: function () { return arguments[1] - arguments[0]; },
  rest: (...r) => r[0] - r[1],
  locals: (a, b) => { let d; if (a === b) d = 0; return d ?? b - a; },
};
for (const [name, cmp] of Object.entries(comparators)) {
  console.log(name, data.slice().sort(cmp).join(','), data.toSorted(cmp).join(','), Array.from(new Float64Array(data).sort(cmp)).join(','));
}
// A callback that throws midway, then the same callback again.
let count = 0;
const flaky = (v, i) => { count++; if (i === 2) throw new Error('at ' + i + ' ' + v); return v; };
try { arr.map(flaky); } catch (e) { console.log(e.message, count); }
console.log((() => { try { return arr.map(flaky.bind(null)).join(); } catch (e) { return e.message; } })(), count);
console.log(arr.slice(0, 2).map(flaky).join(), arr.filter((v, i) => i !== 2 && flaky(v, i)).join(), count);

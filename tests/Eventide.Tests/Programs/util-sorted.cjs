const util = require('util');
const o = { c: 3, a: 1, b: 2, d: [3, 1, 2], e: { z: 1, y: 2 } };
console.log(util.inspect(o, { sorted: true }));
console.log(util.inspect(o, { sorted: (a, b) => a < b ? 1 : -1 }));
console.log(util.inspect(o, { sorted: () => (globalThis.__n = ((globalThis.__n|0) * 7 + 3) % 11) - 5 }).length);
const arr = [3, 2, 1]; arr.z = 1; arr.a = 2; console.log(util.inspect(arr, { sorted: true }));
console.log(util.inspect(new Map([['b', 1], ['a', 2]]), { sorted: true }));
console.log(util.inspect(new Set(['b', 'a']), { sorted: true }));

'use strict';
// deepmerge: deep merges with array strategies, all(), cloning and custom merges.
const deepmerge = require('deepmerge');
const show = (label, value) => console.log(label, JSON.stringify(value));

show('deepmerge', deepmerge({ a: { b: 1, arr: [1] }, x: 1 }, { a: { c: 2, arr: [2] }, y: 2 }));
show('deepmerge overwrite arrays', deepmerge({ arr: [1, 2] }, { arr: [3] }, { arrayMerge: (d, s) => s }));
show('deepmerge all', deepmerge.all([{ a: 1 }, { b: { c: 1 } }, { b: { d: 2 } }]));
show('deepmerge clone', (() => { const x = { o: { v: 1 } }; const m = deepmerge(x, {}); return m.o !== x.o; })());
show('deepmerge isMergeableObject', deepmerge({ d: { a: 1 } }, { d: new Date(0) }).d instanceof Date);
show('deepmerge customMerge', deepmerge({ n: { v: 1 }, k: 1 }, { n: { v: 2 } }, { customMerge: key => (key === 'n' ? (a, b) => ({ v: a.v + b.v }) : undefined) }));

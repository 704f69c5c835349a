// s += piece in a loop links the parts (a linked string, flattened when read): lengths, reads,
// equality, hashing (Set, Map, property keys) and conversions must see the whole string.
let s = '';
for (let i = 0; i < 100000; i++) s += 'ab' + i;
console.log(s.length, s.slice(0, 20), s.slice(-12), s.indexOf('ab99999'));
let t = 'x'; const parts = [];
for (let i = 0; i < 2000; i++) { t = t + i; if (i % 500 === 0) parts.push(t.length, t[t.length - 1], typeof t, t === 'x' + '0'); }
console.log(parts.join(','));
let u = ''; for (let i = 0; i < 300; i++) u = 'p' + u + 'q';
console.log(u.length, u === 'p'.repeat(300) + 'q'.repeat(300), new Set([u, 'p'.repeat(300) + 'q'.repeat(300)]).size, new Map([[u, 1]]).get('p'.repeat(300) + 'q'.repeat(300)));
const o = {}; o[u.slice(0, 5) + 'k'.repeat(300)] = 1; console.log(Object.keys(o)[0].length, JSON.stringify(u).length, `${u}`.length, String(u).length, u.localeCompare(u));
let big = 'z'.repeat(200); big += big; big += 5; big += null; big += {}; console.log(big.length, big.slice(-25));
const m = {}; let key = ''; for (let i = 0; i < 100; i++) key += 'k'.repeat(10); m[key] = 1; console.log(m[key], key in m, Object.is(key, 'k'.repeat(1000)));

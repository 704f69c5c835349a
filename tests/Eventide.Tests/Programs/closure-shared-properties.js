// Closures of one template share their length/name values until one changes its own properties.
const makers = [];
for (let i = 0; i < 5; i++) makers.push(() => i);
const methods = [];
for (let i = 0; i < 5; i++) methods.push({ m() { return i; } }.m);
const asyncs = [];
for (let i = 0; i < 3; i++) asyncs.push(async () => i);
Object.defineProperty(makers[1], 'name', { value: 'renamed' });
Object.defineProperty(makers[2], 'length', { value: 7, writable: true });
makers[2].length = 9;
delete makers[3].name;
makers[4].extra = 'x';
Object.freeze(methods[0]);
methods[1].name2 = 1;
delete methods[2].length;
const key = 'computed';
const objs = [0, 1, 2].map(i => ({ [key + i]() {} }));
const describe = f => [f.name, f.length, Object.getOwnPropertyNames(f).join('+'), Object.isFrozen(f)].join(':');
console.log(makers.map(describe).join(' | '));
console.log(methods.map(describe).join(' | '));
console.log(asyncs.map(describe).join(' | '));
console.log(objs.map(o => describe(Object.values(o)[0])).join(' | '));
class K { static s = () => 1; f = () => 2; ['g' + 1]() {} }
const ks = [new K(), new K()];
ks[0].f.tag = 1;
console.log(ks.map(k => describe(k.f)).join(' | '), describe(K.s), describe(K.prototype.g1));
const fields = [1, 2, 3].map(() => { const o = { fn: () => {} }; return o; });
Object.defineProperty(fields[0].fn, 'name', { value: 'first' });
console.log(fields.map(o => o.fn.name).join(','));

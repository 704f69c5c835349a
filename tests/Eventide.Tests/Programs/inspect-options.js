const o = { b: 2, a: 1, get g() { return { deep: 1 }; }, get n() { return null; }, get t() { throw new Error('bad'); }, get p() { return 'str'; }, set s(v) {} };
console.dir(o, { getters: true });
console.dir(o, { getters: 'get' });
console.dir(o, { sorted: true });
console.dir({ a: [1, 2, 3], b: { c: { d: 1 } } }, { compact: false });
console.dir({ a: [1, 2, 3], b: { c: { d: 1 } } }, { compact: true });
console.dir({ a: [1, 2, 3], b: { c: { d: 1 } } }, { compact: 1 });
console.dir({ a: 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', b: 'yyyyyyyyyyyyyyyyyyyyyyyyyyyyyy' }, { breakLength: 40 });
console.dir({ a: 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', b: 'yyyyyyyyyyyyyyyyyyyyyyyyyyyyyy' }, { breakLength: Infinity });
console.dir([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27], { compact: 1 });
console.dir('a string', {});
console.dir({ s: 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx' }, { maxStringLength: 10 });
console.dir(123456789.123, { numericSeparator: true });
console.dir([1234567, -1234567.7654321, 12n ** 10n], { numericSeparator: true });
class A { constructor() { this.own = 1; } get acc() { return 2; } }
class B extends A { constructor() { super(); this.b = 1; } }
B.prototype.protoData = 5;
console.dir(new B(), { showHidden: true });
console.dir([1, 2], { showHidden: true });
console.dir((() => {}), { showHidden: true });
console.dir({ a: { b: { c: {} } } }, { depth: 0 });
console.dir({ a: { b: { c: {} } } }, { depth: -1 });
console.dir([[]], { depth: 0 });
console.dir([[1]], { depth: 0 });
console.dir(new Map([[1, { a: 1 }]]), { depth: 0 });
console.dir({ m: new Map([[1, { a: 1 }]]) }, { depth: 0 });
console.dir({ s: new Set([1]) }, { depth: 0 });

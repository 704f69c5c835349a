const a = [1, 2, 3], s = new Set([1, 2]);
console.dir(a, { maxArrayLength: NaN }); console.dir(a, { maxArrayLength: -1 }); console.dir(a, { maxArrayLength: 0 }); console.dir(s, { maxArrayLength: 1 });
console.dir({ a: [1, { b: 2 }] }, { compact: -1 }); console.dir({ a: [1] }, { compact: NaN }); console.dir({ a: [1] }, { compact: 'x' });
console.dir('abcdef', { maxStringLength: 2 }); console.dir(['abcdef'], { maxStringLength: 0 }); console.dir(['abcdef'], { maxStringLength: -5 });
console.dir({ a: 1, b: 2 }, { breakLength: 0 }); console.dir([1, 2, 3, 4, 5, 6, 7, 8], { breakLength: 10 });
console.dir(new Set([1,2]), { maxArrayLength: NaN }); console.dir(new Map([[1,2]]), { maxArrayLength: NaN });

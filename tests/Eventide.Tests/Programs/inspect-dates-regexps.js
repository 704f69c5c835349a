console.log(new Date(0), [new Date(86400000 * 365.25 * 30)], { d: new Date(NaN) });
const d = new Date(1e12); d.prop = 1; console.log(d);
class MyDate extends Date {}; console.log(new MyDate(0));
console.log(new Date(-1e14), new Date(8.64e15));
console.log('%s', new Date(0), '%o', new Date(0));
console.table([{ when: new Date(0) }]);
console.log(/x/y, { r: /[a-z]+\//gimsuy });

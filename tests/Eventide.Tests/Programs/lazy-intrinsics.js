// RegExp, DataView and Atomics are created on first use: what a script sees must not show it.
// A regex literal and String.prototype's pattern methods work after the global is deleted, with
// the original %RegExp% (and its legacy statics).
const regExp = RegExp;
delete globalThis.RegExp;
const r = /(b)c/g;
console.log(r.test('abc'), typeof globalThis.RegExp, r.constructor === regExp, regExp.$1);
console.log('a1b2'.replace(/\d/g, 'x'), [...'a1b2'.matchAll('\\d')].length, 'x'.search('x'), 'a'.match('a')[0]);
console.log(structuredClone(/q/gi).flags, structuredClone(/q/).constructor === regExp);

// Descriptors, identity and redefinition before the first read.
console.log(JSON.stringify(Object.getOwnPropertyDescriptor(globalThis, 'DataView')), typeof DataView, DataView.name, DataView.length);
console.log(JSON.stringify(Object.getOwnPropertyDescriptor(globalThis, 'Atomics')), String(Atomics));
const dv = new DataView(new ArrayBuffer(8));
dv.setInt16(0, -2);
console.log(dv.getInt16(0), Object.getPrototypeOf(dv) === DataView.prototype, dv instanceof DataView);
console.log(Atomics.add(new Int32Array(new SharedArrayBuffer(8)), 0, 3), structuredClone(dv) instanceof DataView);
Object.defineProperty(globalThis, 'Atomics', { enumerable: true });
console.log(Object.keys(globalThis).includes('Atomics'), typeof Atomics.load);

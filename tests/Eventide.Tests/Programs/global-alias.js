// node's `global`: the same object as globalThis, an ordinary writable enumerable property.
console.log(typeof global, global === globalThis, global.global === global);
console.log(Object.prototype.toString.call(global));
const d = Object.getOwnPropertyDescriptor(globalThis, 'global');
console.log(d.writable, d.enumerable, d.configurable, d.value === globalThis);
console.log(Object.keys(globalThis).includes('global'), 'global' in globalThis);
global.fromGlobal = 5;
console.log(fromGlobal, globalThis.fromGlobal);
global.setTimeout(() => console.log('timer via global'), 0);
console.log(typeof global.process, global.Math === Math);

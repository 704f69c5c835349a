import { b, setB } from './cyc-b.mjs';
console.log('a runs, b =', b, hoisted());
export let a = 'A';
export function getB() { return b; }
export function hoisted() { return 'hoisted-a'; }
setB('B2');

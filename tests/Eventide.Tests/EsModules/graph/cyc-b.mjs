import { hoisted } from './cyc-a.mjs';
console.log('b runs, hoisted from a:', hoisted());
try { console.log(a2) } catch (e) { console.log(e.constructor.name) }
export let b = 'B';
export function setB(v) { b = v; }
import { a as a2 } from './cyc-a.mjs';

'use strict';
// clone: deep copies of cycles, dates, regexps, Maps, Sets, class instances, depth limits.
const clone = require('clone');
const show = (label, value) => console.log(label, JSON.stringify(value));

const src = { a: 1, d: new Date(5), r: /x/gi, arr: [1, { b: 2 }], m: new Map([[1, { x: 1 }]]), s: new Set([1, 2]), nested: { deep: { deeper: true } } };
src.self = src;
const c = clone(src);
show('clone', [c !== src, c.self === c, c.arr[1] !== src.arr[1], c.d.getTime(), String(c.r), c.m.get(1).x, c.m.get(1) !== src.m.get(1), [...c.s], c.nested.deep.deeper]);
show('clone depth', (() => { const o = { a: { b: { c: 1 } } }; const c1 = clone(o, true, 1); return [c1.a !== o.a, c1.a.b === o.a.b]; })());
show('clone proto', (() => { class P { constructor() { this.v = 1; } get double() { return this.v * 2; } } const p = clone(new P()); return [p instanceof P, p.double]; })());
show('clonePrototype', (() => { const base = { x: 1 }; const cp = clone.clonePrototype(base); return [Object.getPrototypeOf(cp) === base, cp.x]; })());

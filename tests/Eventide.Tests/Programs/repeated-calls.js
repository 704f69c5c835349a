// Builtins that call one function many times (forEach, map, sort's comparator, Map#forEach...)
// keep the callback's frame from one call to the next: each call must still start fresh.
'use strict';
const log = (...a) => console.log(...a);

// A per-call scope: every closure made in a call keeps its own binding.
const makers = [1, 2, 3].map(x => { let y = x * 2; return () => y; });
log('scopes', makers.map(f => f()).join(','));
let base = 100;
log('outer', [1, 2, 3].map(x => { let y = x; const g = () => y + base; return g(); }).join(','));

// Registers start undefined on every call (an unassigned var, a missing parameter).
log('fresh', [10, 20, 30].map(function (v, i, a, missing) { var u; const r = [u, missing, v]; u = 1; missing = 2; return r.join('/'); }).join(' '));

// arguments: a new object per call, with that call's values.
const argsSeen = [];
[7, 8].forEach(function () { argsSeen.push(arguments); });
log('arguments', argsSeen.length, argsSeen[0] !== argsSeen[1], argsSeen.map(a => Array.from(a).join('|')).join(' '));

// Default and rest parameters.
log('params', [[1], [2, 3]].map(([a, b = 'dflt'], ...rest) => `${a}:${b}:${rest.length}`).join(' '));

// this: strict functions get the primitive as is; sloppy ones a fresh wrapper per call.
log('strict this', [1, 2].map(function () { return typeof this + ':' + this; }, 5).join(' '));
const sloppy = new Function('seen', 'return function () { seen.push(this); }');
const wrappers = [];
[1, 2].forEach(sloppy(wrappers), 'str');
log('sloppy this', typeof wrappers[0], wrappers[0] !== wrappers[1], String(wrappers[0]));
const globalThisSeen = [];
[1].forEach(sloppy(globalThisSeen));
log('sloppy undefined this is global', globalThisSeen[0] === globalThis);
const receiver = { tag: 'r' };
log('object this', [1, 2].map(function () { return this.tag; }, receiver).join(''));

// An arrow made in a derived constructor before super(): its this is bound midway through the calls.
class Base { constructor() { this.tag = 'bound'; } }
class Derived extends Base {
  constructor() {
    const out = [];
    [1, 2, 3].forEach(x => {
      if (x === 2) super();
      else {
        try { out.push(this.tag); } catch (e) { out.push(e.constructor.name); }
      }
    });
    log('derived', out.join(','));
  }
}
new Derived();

// A callback that throws midway, then the same function used again.
let calls = 0;
const flaky = x => { calls++; if (x === 2) throw new Error('boom ' + x); return x; };
try { [1, 2, 3].map(flaky); } catch (e) { log('caught', e.message, calls); }
log('again', [4, 5].map(flaky).join(','), calls);

// The same callback re-entered from inside itself (nested forEach with one function).
const trail = [];
function walk(node) { trail.push(node.name); (node.kids || []).forEach(walk); trail.push('/' + node.name); }
[{ name: 'a', kids: [{ name: 'b', kids: [{ name: 'c' }] }, { name: 'd' }] }].forEach(walk);
log('nested', trail.join(' '));

// Deep recursion through callbacks ends in a RangeError, and the engine runs on afterwards.
function deep(n) { return [n].map(x => deep(x + 1))[0]; }
try { deep(0); } catch (e) { log('deep', e instanceof RangeError, e.message); }
log('after deep', [1, 2, 3].reduce((a, b) => a + b));

// Functions that are not plain: generators, async functions, class constructors, builtins, bound functions.
log('generators', [1, 2].map(function* (x) { yield x * 10; }).map(g => g.next().value).join(','));
log('async', [1, 2].map(async x => x).every(p => p instanceof Promise));
class K {}
try { [1].forEach(K); } catch (e) { log('class', e.constructor.name, e.message); }
log('builtins', ['1', '2', '3'].map(Number).join(','), ['10', '10', '10'].map(parseInt).join(','));
log('bound', [1, 2].map(function (x) { return this.k + x; }.bind({ k: 100 })).join(','));

// Comparators: state across calls, inconsistent answers, NaN, typed arrays.
let compares = 0;
log('sort', [5, 1, 4, 2, 3].sort((a, b) => { compares++; return a - b; }).join(','), compares > 0);
log('sort NaN', [3, 1, 2].sort(() => NaN).join(','));
log('typed sort', Array.from(new Int16Array([9, -3, 7, 0]).sort((a, b) => b - a)).join(','));
log('toSorted', [3, 1, 2].toSorted((a, b) => b - a).join(','));

// Every other builtin with a callback.
const arr = [1, 2, 3, 4, 5, 6];
log('filter', arr.filter(x => x % 2).join(','), 'some', arr.some(x => x > 5), 'every', arr.every(x => x > 0));
log('find', arr.find(x => x > 2), arr.findIndex(x => x > 2), arr.findLast(x => x < 5), arr.findLastIndex(x => x < 5));
log('reduceRight', arr.reduceRight((a, x) => a + x, ''));
log('flatMap', arr.flatMap(x => [x, x * 10]).length);
log('from', Array.from({ length: 4 }, (_, i) => i * i).join(','), Array.from(new Set([1, 2]), x => x + 1).join(','));
const ta = new Float64Array([1.5, 2.5, 3.5]);
log('typed', ta.map(x => x * 2).join(','), ta.filter(x => x > 2).join(','), ta.reduce((a, x) => a + x), ta.some(x => x > 3), ta.every(x => x > 1), ta.findIndex(x => x > 2));
let typedSum = 0; ta.forEach(x => { typedSum += x; }); log('typed forEach', typedSum);
log('typed from', Int8Array.from([1, 2, 3], x => -x).join(','));
const m = new Map([['a', 1], ['b', 2], ['c', 3]]);
const visited = [];
m.forEach((v, k, map) => { visited.push(k + v); if (k === 'a') map.delete('b'); });
log('map forEach', visited.join(','));
const s = new Set([1, 2, 3]);
const sv = [];
s.forEach(function (v) { sv.push(v * this.f); if (v === 1) s.add(4); }, { f: 10 });
log('set forEach', sv.join(','));
let replaced = 0;
log('replaceAll', 'a-b-c-d'.replaceAll('-', (m, pos) => { replaced++; return `[${pos}]`; }), replaced);
log('flatMap this', JSON.stringify([1, 2, 3].flatMap(function (x, i) { return [x, this.k + i, [x]]; }, { k: 10 })), JSON.stringify([1, [2, [3, [4]]]].flat(Infinity)));

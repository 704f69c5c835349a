// Every register a frame can read starts undefined, whatever path entered the frame and
// whatever an earlier user of a recycled frame left in it (issue 11). Each case first dirties
// frames with calls that fill their operand stacks, then enters a function whose missing
// parameters and unassigned vars must read undefined.
function dirty() { return [1, 2, 3, 4, 5, 6, 7, 8].reduce((a, b) => a + b, 0) + sum(1, 2, 3, 4, 5, 6) }
function sum(a, b, c, d, e, f) { return a + b + c + d + e + f }
function probe(a, b, c) { var x; var y; let z; return [a, b, c, x, y, z, typeof arguments] }
const show = (label, v) => console.log(label, JSON.stringify(v, (k, x) => x === undefined ? 'undef' : x));

function j(a, b, c) { return c }
function wrap() { return j(1) }
wrap(); show('call', String(j(1)));
function v() { var x; var y; return [x, y] }
function w() { return j(1, 2, 3) + j(4, 5, 6) }
w(); show('vars', v());

dirty(); show('plain call', probe(1));
dirty(); show('method call', ({ probe }).probe());
dirty(); show('call()', probe.call(null, 9));
dirty(); show('apply()', probe.apply(null, [7]));
dirty(); show('bound', probe.bind(null, 'b')());
dirty(); show('spread', probe(...[5]));

class Base { constructor(a, b) { var q; this.r = [a, b, q]; } }
class Derived extends Base { constructor(a) { dirty(); super(a); var local; this.d = local; } }
dirty(); show('construct', new Base(1).r);
dirty(); show('super call', [new Derived(3).r, new Derived(3).d]);
function Ctor(a, b) { var u; this.v = [a, b, u]; }
dirty(); show('new function', new Ctor().v);

function defaults(a, b = a, c) { var d; return [a, b, c, d] }
dirty(); show('defaults', defaults(1));
function args(a, b) { var z; return [arguments.length, a, b, arguments[1], z] }
dirty(); show('arguments', args(4));
function sloppyArgs(a, b) { arguments[0] = 'm'; var k; return [a, b, k] }
dirty(); show('mapped arguments', sloppyArgs(1));
function rest(a, ...r) { var k; return [a, r, k] }
dirty(); show('rest', rest());

// Builtins calling back into script.
dirty(); show('forEach', (() => { const out = []; [1].forEach(function (x, i, arr, extra) { var u; out.push([extra, u]) }); return out })());
dirty(); show('map', [1, 2].map(function (x, i, a, extra) { var u; dirty(); return [extra, u] }));
dirty(); show('sort', [3, 1, 2].sort(function (a, b, c) { var u; return (c === undefined && u === undefined) ? a - b : 0 }));
dirty(); show('replace', 'abc'.replace(/b/, function (m, off, s, extra, more) { var u; return String([more, u]) }));
dirty(); show('getter', ({ get g() { var u; dirty(); return u } }).g);
dirty(); show('setter', (() => { let got; const o = { set s(v) { var u; got = [v, u] } }; o.s = 1; return got })());
dirty(); show('proxy trap', new Proxy({}, { get(t, k, r, extra) { var u; return [String(k), extra, u] } }).x);
dirty(); show('toJSON', JSON.stringify({ toJSON(key, extra) { var u; return [extra, u] } }));
dirty(); show('reviver', JSON.parse('[1]', function (k, v, ctx, extra) { var u; return k === '' ? [extra, u] : v }));
dirty(); show('Array.from', Array.from([1], function (x, i, extra) { var u; return [extra, u] }));

// Generators: resumed inline by for-of, spread, destructuring and builtins iterating them.
function* gen(a, b) { var u; dirty(); yield [a, b, u]; var w; dirty(); yield [w]; }
dirty(); for (const x of gen(1)) show('for-of gen', x);
dirty(); show('spread gen', [...gen()]);
dirty(); { const [p, q] = gen(2); show('destructure gen', [p, q]); }
dirty(); show('Array.from gen', Array.from(gen(3)));
dirty(); { const it = gen(); show('next()', [it.next().value, it.next().value]); }
dirty(); show('Map from gen', [...new Map((function* (k) { var u; yield [k, u] })()).entries()]);

const delay = (ms, v, fail) => new Promise((res) => setTimeout(() => { show('timer callback', [v, fail]); res(v) }, ms));
function* tasks() { yield delay(5, 'g1'); }
for (const p of tasks());

async function af(a, b) { var u; dirty(); await null; var w; dirty(); await 0; return [a, b, u, w] }
async function* ag(a) { var u; await null; dirty(); yield [a, u]; }
(async () => {
  dirty(); show('async resume', await af(1));
  for await (const x of ag()) show('async generator', x);
  const all = await Promise.all([(async (a, b) => { var u; await 1; return [a, b, u] })(1)]);
  show('Promise.all', all);
  const r = await new Promise(function (res, rej, extra) { var u; res([extra, u]) });
  show('executor', r);
  await Promise.resolve().then(function (x, y) { var u; show('then callback', [x, y, u]) });
})();

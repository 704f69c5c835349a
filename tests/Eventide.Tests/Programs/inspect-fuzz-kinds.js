let seed = 4242;
function rnd(n) { seed = (seed * 1103515245 + 12345) % 2147483648; return seed % n; }
const words = ['a', 'key', 'hello world', "it's", 'x\ny', 'ñandú', '😀', 'k-1', '', 'constructor', 'toString', 'a'.repeat(40)];
function rstr() { return words[rnd(words.length)]; }
class Point { constructor(x) { this.x = x; } get len() { return 1; } }
class Tagged { get [Symbol.toStringTag]() { return 'TG'; } }
function mkErr(m) { const e = new (rnd(2) ? Error : RangeError)(m); e.stack = e.name + ': ' + m + '\n    at f (/f.js:1:1)'; if (rnd(3) === 0) e.code = 'E' + rnd(9); return e; }
function value(depth) {
  const k = rnd(depth > 3 ? 8 : 22);
  switch (k) {
    case 0: return rnd(1e6) / (rnd(3) + 1);
    case 1: return rstr();
    case 2: return [true, false, null, undefined, -0, NaN, Infinity, -Infinity][rnd(8)];
    case 3: return BigInt(rnd(1000)) ** 3n;
    case 4: return Symbol(rstr());
    case 5: return new Date(rnd(2) ? rnd(1e12) * 1000 : NaN);
    case 6: return [/ab+c/gi, /\//, new RegExp('x', 'suy')][rnd(3)];
    case 7: return [new Number(rnd(9)), new String(rstr()), new Boolean(rnd(2)), Object(1n)][rnd(4)];
    case 8: case 9: { const a = []; const n = rnd(rnd(2) ? 10 : 30); for (let i = 0; i < n; i++) { if (rnd(8) === 0) a.length++; else a.push(value(depth + 1)); } if (rnd(6) === 0) a.prop = value(depth + 1); return a; }
    case 10: case 11: { const o = rnd(5) === 0 ? Object.create(null) : {}; const n = rnd(7); for (let i = 0; i < n; i++) o[rstr() + (rnd(2) ? '' : i)] = value(depth + 1); if (rnd(5) === 0) Object.defineProperty(o, 'acc', { get() { return 1; }, enumerable: true }); if (rnd(5) === 0) o[Symbol('s' + rnd(3))] = value(depth + 1); return o; }
    case 12: return new Point(value(depth + 1));
    case 13: return new Tagged();
    case 14: return mkErr(rstr());
    case 15: { const k = rnd(3); const p = k === 0 ? Promise.resolve(value(depth + 1)) : k === 1 ? new Promise(() => {}) : Promise.reject(value(depth + 1)); p.catch(() => {}); return p; }
    case 16: { const m = new Map(); for (let i = rnd(4); i > 0; i--) m.set(value(depth + 1), value(depth + 1)); return m; }
    case 17: return new Set([value(depth + 1), value(depth + 1), rstr()]);
    case 18: { const f = [function fn() {}, () => {}, class C {}, async function af() {}, function* gf() {}][rnd(5)]; if (rnd(3) === 0) f.p = value(depth + 1); return f; }
    case 19: { const o = { v: value(depth + 1) }; if (rnd(2)) o.self = o; return o; }
    case 20: return (function () { return arguments; })(value(depth + 1), value(depth + 1));
    case 21: { const a = []; for (let i = rnd(110); i > 0; i--) a.push(rnd(2) ? rnd(1000) : -rnd(50)); return a; }
  }
}
for (let i = 0; i < 400; i++) { const v = value(0); console.log(v); if (i % 9 === 0 && !(v instanceof Error)) console.log('%o', v); if (i % 4 === 0) console.log('%s|%j', v, i); }

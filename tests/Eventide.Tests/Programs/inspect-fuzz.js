let seed = 777;
function rnd(n) { seed = (seed * 1103515245 + 12345) % 2147483648; return seed % n; }
const words = ['a', 'bb', 'hello world', 'x', 'it\'s', 'a considerably longer string value here to push widths', '', 'tab\there', 'k-e-y', 'ümlaut', '0', '10', 'constructor'];
function rstr() { return words[rnd(words.length)]; }
class Point { constructor(x, y) { this.x = x; this.y = y; } }
class Empty {}
const sym = Symbol('tag');
function value(depth) {
  const k = rnd(depth > 4 ? 7 : 16);
  switch (k) {
    case 0: return rnd(100000) - 500;
    case 1: return rnd(1000) / 8;
    case 2: return rstr();
    case 3: return rnd(2) === 0;
    case 4: return rnd(3) === 0 ? null : rnd(2) ? undefined : -0;
    case 5: return BigInt(rnd(100000)) * 1000000n;
    case 6: return rnd(2) ? sym : Symbol(rstr());
    case 7: case 8: {
      const a = []; const n = rnd(rnd(3) ? 12 : 40);
      for (let i = 0; i < n; i++) a.push(value(depth + 1));
      return a;
    }
    case 9: case 10: {
      const o = {}; const n = rnd(8);
      for (let i = 0; i < n; i++) o[rstr() + (rnd(3) ? '' : i)] = value(depth + 1);
      if (rnd(6) === 0) o[sym] = value(depth + 1);
      return o;
    }
    case 11: return rnd(2) ? new Point(value(depth + 1), value(depth + 1)) : new Empty();
    case 12: { const m = new Map(); const n = rnd(5); for (let i = 0; i < n; i++) m.set(value(depth + 1), value(depth + 1)); return m; }
    case 13: { const s = new Set(); const n = rnd(5); for (let i = 0; i < n; i++) s.add(value(depth + 1)); return s; }
    case 14: { const f = rnd(2) ? function named() {} : () => {}; if (rnd(2)) f.prop = value(depth + 1); return f; }
    case 15: { const a = []; const n = rnd(120); for (let i = 0; i < n; i++) a.push(rnd(3) ? rstr() : rnd(1000)); return a; }
  }
}
for (let i = 0; i < 400; i++) { const v = value(0); console.log(v); if (i % 7 === 0) console.log('%o', v); if (i % 5 === 0) console.log('label', v, 'trailing'); }

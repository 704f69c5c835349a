let seed = 12345;
function rnd(n) { seed = (seed * 1103515245 + 12345) % 2147483648; return seed % n; }
const words = ['a', 'bb', 'hello', 'x y', 'it\'s', 'longer string value here', '', 'quote"d', 'line\nbreak', 'ünï', '日本語', 'k-e-y', '123', 'with `tick` and \'s\' "d"'];
function rstr() { return words[rnd(words.length)]; }
function value(depth) {
  const k = rnd(depth > 3 ? 6 : 12);
  switch (k) {
    case 0: return rnd(1000) - 500;
    case 1: return rnd(100) / 7;
    case 2: return rstr();
    case 3: return rnd(2) === 0;
    case 4: return rnd(2) ? null : undefined;
    case 5: return -rnd(3) * 1e21;
    case 6: case 7: {
      const a = []; const n = rnd(rnd(2) ? 30 : 8);
      for (let i = 0; i < n; i++) a.push(value(depth + 1));
      if (rnd(5) === 0) a[n + 2] = 1;
      return a;
    }
    case 8: case 9: {
      const o = {}; const n = rnd(10);
      for (let i = 0; i < n; i++) o[rstr() + (rnd(3) ? '' : i)] = value(depth + 1);
      return o;
    }
    case 10: { const a = []; const n = rnd(40); for (let i = 0; i < n; i++) a.push(rnd(2) ? rnd(100000) : rnd(10)); return a; }
    case 11: { const m = new Map(); const n = rnd(4); for (let i = 0; i < n; i++) m.set(value(depth + 1), value(depth + 1)); return rnd(2) ? m : new Set([value(depth+1), value(depth+1)]); }
  }
}
for (let i = 0; i < 300; i++) console.log(value(0));

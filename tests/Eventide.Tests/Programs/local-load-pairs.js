// Adjacent local loads are fused into one instruction; jump targets between them must stay intact.
function pick(c, a, b, z) { return (c ? a : b) + z; }
console.log(pick(true, 1, 2, 10), pick(false, 1, 2, 10));
function logical(a, b, c) { return (a || b) + c + (a && b) + (a ?? b); }
console.log(logical(0, 5, 1), logical(3, 0, 1), logical(null, 2, 1));
function loop(n, step) { let s = 0, i = 0; while (i < n) { s = s + i; i = i + step; } return [s, i]; }
console.log(loop(10, 3).join(' '));
function swap(a, b) { [a, b] = [b, a]; return a - b; }
console.log(swap(1, 5));
function nested(a, b, c, d) { return a < b ? (c < d ? a + c : b + d) : (c > d ? a - c : b - d); }
console.log(nested(1, 2, 3, 4), nested(1, 2, 4, 3), nested(2, 1, 4, 3), nested(2, 1, 3, 4));
function tryLoads(a, b) { let r; try { r = a + b; if (a > b) throw a; } catch (e) { r = e + b; } finally { r = r + a; } return r; }
console.log(tryLoads(1, 2), tryLoads(5, 2));
function sw(k, a, b) { switch (k) { case a: return 'a'; case b: return 'b'; default: return k + a + b; } }
console.log(sw(1, 1, 2), sw(2, 1, 2), sw(3, 1, 2));

function* walk(n) { if (n > 0) for (const x of walk(n - 1)) yield x; yield n; }
let c = 0; for (const x of walk(2000)) c += x; console.log(c);
try { let d = 0; for (const x of walk(1e6)) d += x; console.log('no overflow', d); } catch (e) { console.log(e instanceof RangeError, e.message); }
function* viaNext(n) { if (n > 0) { const g = viaNext(n - 1); let r; while (!(r = g.next()).done) yield r.value; } yield n; }
try { let d = 0; for (const x of viaNext(1e6)) d += x; console.log('no overflow', d); } catch (e) { console.log(e instanceof RangeError, e.message); }

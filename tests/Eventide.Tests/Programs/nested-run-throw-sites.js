// A builtin that calls back into script and then throws: the error belongs to the builtin's call
// site in the caller (its stack line and column, the handler that catches it), not to the last
// instruction the callback ran: the dispatch loop's instruction start is saved and restored around a nested run.
function where(e) {
  // The script frames only (builtins' own frames are not listed by every engine), without the path.
  return e.stack.split('\n').filter(l => l.includes('nested-run-throw-sites.js')).map(l => l.trim().replace(/\/.*\//, '')).join(' < ');
}
function jsonAfterReplacer() {
  let calls = 0;
  try { JSON.stringify({ a: 1, b: { c: 2 }, d: 10n }, (k, v) => { calls++; return v; }); }
  catch (e) { return [e.constructor.name, calls, where(e)].join(' | '); }
}
function sortThenThrow() {
  const seen = [];
  try {
    [3, 1, 2].sort((a, b) => { seen.push(a); return a - b; }).map(x => { if (x === 3) throw new RangeError('three'); return x; });
  } catch (e) { return [e.message, seen.length > 0, where(e)].join(' | '); }
}
function mapThenNullRead() {
  const out = [];
  try {
    const r = [1, 2, 3].map(x => x * 2);
    out.push(r.join());
    const o = null;
    return o.missing + r.length;
  } catch (e) { out.push(e.constructor.name, where(e)); }
  return out.join(' | ');
}
function nestedCallbacks() {
  try {
    return [[1, 2], [3]].map(inner => inner.reduce((a, b) => a + b)).reduce((a, b) => a + b, 0) + [].reduce((a, b) => a + b);
  } catch (e) { return [e.constructor.name, where(e)].join(' | '); }
}
for (let i = 0; i < 3; i++) console.log(jsonAfterReplacer(), '/', sortThenThrow(), '/', mapThenNullRead(), '/', nestedCallbacks());

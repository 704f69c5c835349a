// Builtins called with extreme arguments (huge lengths and counts, NaN, Infinity, -0, 2**53,
// negative counts, BigInt): each ends as node's does, with a value or node's error, never an
// internal error or a hang. Generated in the spirit of a fuzzer; the .expected is node's output.
const vals = [undefined, null, NaN, Infinity, -Infinity, -0, 0, -1, 1.5, 2**31, 2**32, 2**32 - 1, 2**53, 2**53 + 2, -(2**53), 1e21, 101, -101, 1e308, '', 'x', 'abc'.repeat(3), [], {}, true, 10n];
const calls = [
  ['repeat', v => 'ab'.repeat(v)], ['padStart', v => 'ab'.padStart(v, 'xy').length], ['padEnd', v => 'ab'.padEnd(v).length],
  ['Array', v => Array(v).length], ['new Array', v => new Array(v).length], ['toFixed', v => (1.5).toFixed(v)], ['toPrecision', v => (1.5).toPrecision(v)],
  ['toExponential', v => (1.5).toExponential(v)], ['toString radix', v => (255).toString(v)], ['fromCharCode', v => String.fromCharCode(v).length],
  ['fromCodePoint', v => String.fromCodePoint(v).length], ['at', v => [1, 2, 3].at(v)], ['slice', v => 'abcdef'.slice(v, -v).length],
  ['substring', v => 'abcdef'.substring(v)], ['substr', v => 'abcdef'.substr(v, v)], ['charAt', v => 'abc'.charAt(v)], ['codePointAt', v => 'abc'.codePointAt(v)],
  ['indexOf', v => 'abcabc'.indexOf('c', v)], ['lastIndexOf', v => 'abcabc'.lastIndexOf('c', v)], ['includes', v => 'abc'.includes('c', v)],
  ['arr.length=', v => { const a = [1]; a.length = v; return a.length }], ['fill', v => [1, 2, 3].fill(0, v).join()], ['splice', v => [1, 2, 3].splice(v, v).length],
  ['copyWithin', v => [1, 2, 3, 4].copyWithin(v, 1).join()], ['flat', v => [[1, [2, [3]]]].flat(v).length],
  ['Date', v => String(new Date(v))], ['setFullYear', v => new Date(0).setFullYear(v)],
  ['toISOString', v => new Date(v).toISOString()], ['Number.toString(-0)', v => Object.is(v, -0) ? (-0).toString(2) : 'n/a'], ['BigInt', v => String(BigInt(v))],
  ['BigInt.asIntN', v => String(BigInt.asIntN(v, 5n))], ['Math.max spread', v => Math.max(...Array(Math.min(Number(v) || 0, 10)).fill(v))],
  ['localeCompare', v => 'a'.localeCompare(v)], ['normalize', v => 'a'.normalize(v)],
  ['Symbol', v => Symbol(v).toString()], ['parseInt radix', v => parseInt('ff', v)], ['Number()', v => Number(v)], ['encodeURI', v => encodeURIComponent(String(v))],
  ['JSON indent', v => JSON.stringify({ a: [1] }, null, v)], ['Object.defineProperty len', v => { const a = []; Object.defineProperty(a, 'length', { value: v }); return a.length }],
  ['new Set size', v => new Set(typeof v === 'string' ? v : []).size], ['str.split limit', v => 'a,b,c'.split(',', v).length], ['Array.prototype.join huge', v => Array(Math.min(Number(v) || 0, 5)).join('x')],
  ['setTimeout delay', v => typeof setTimeout(() => {}, v).ref === 'function'], ['Date.UTC', v => Date.UTC(v, 0)], ['Math.round', v => Math.round(v)], ['Number.prototype.toString(2) big', v => (typeof v === 'number' ? v : 0).toString(36)],
  ['"x".repeat(2**28)', v => v === 101 ? 'x'.repeat(2 ** 29).length : 0], ['array push beyond', v => { if (v !== 2**32 - 1) return 0; const a = []; a.length = v; a.push(1); return a.length }],
];
for (const [name, f] of calls) {
  const out = [];
  for (const v of vals) {
    let r;
    try { r = f(v); r = typeof r === 'bigint' ? r + 'n' : String(r); } catch (e) { r = e instanceof Error ? e.constructor.name + ': ' + e.message : 'thrown ' + String(e); }
    out.push(r.length > 60 ? r.slice(0, 60) + '…' : r);
  }
  console.log(name + ' | ' + out.join(' | '));
}

// Binary Unicode property escapes (identifier properties, White_Space, ASCII, AHex, Any, Assigned) under the u flag, as in highlight.js's python grammar: /[\p{XID_Start}_]\p{XID_Continue}*/u.
const samples = ['a', 'Z', '_', '$', '0', '9', 'é', 'ß', 'ǅ', 'ʰ', '中', 'ᛮ', 'Ⅻ', '\u0301', '\u0903', '٣', '‿', '·', '\u200C', '\u200D', '・', '\u2E2F', '℘', '℮', '゛', 'ͺ', 'ำ', 'ﾞ', '😀', '𝒜', '𐐀', ' ', '\t', '\u00A0', '\u2028', '\uFEFF', '-', '\u0378', 'f', 'G'];
for (const p of ['ID_Start', 'ID_Continue', 'XID_Start', 'XID_Continue', 'IDS', 'XIDC', 'White_Space', 'space', 'ASCII', 'ASCII_Hex_Digit', 'AHex', 'Any', 'Assigned']) {
  const re = new RegExp('^\\p{' + p + '}$', 'u'), neg = new RegExp('^\\P{' + p + '}$', 'u');
  console.log(p.padEnd(16), samples.map(s => (re.test(s) ? '1' : '0') + (neg.test(s) ? '1' : '0')).join(' '));
}
const ident = /^[\p{XID_Start}_$][\p{XID_Continue}$\u200C\u200D]*$/u;
console.log(['abc', '_x1', 'été', '1a', 'a-b', 'x\u0301', '𝒜b', '中文', 'a b'].map(s => ident.test(s)).join(' '));
console.log('héllo wörld_2 3x'.match(/\p{ID_Start}\p{ID_Continue}*/gu), 'a1 b2'.replace(/\p{XIDS}/gu, c => c.toUpperCase()));
console.log(/[^\P{ASCII}\d]+/u.exec('é abc1')[0], /[\p{White_Space}]+/u.test('\u3000'), /\p{Any}/u.test('\u{10FFFF}'), /^\p{AHex}+$/u.test('0fA9'), /\p{Assigned}/u.test('\u0378'));
console.log(new RegExp('[\\p{XID_Start}_]\\p{XID_Continue}*', 'u').source, String(/\p{IDS}/u));
try { new RegExp('\\p{Unknown_Prop}', 'u'); } catch (e) { console.log(e.message); }

// RegExp.prototype[Symbol.replace]: the builtin-exec fast path and the generic path must agree.
const show = (...a) => console.log(...a.map(v => JSON.stringify(v)));
const text = 'w1 w22 w333 x4';

show('global', text.replace(/w/g, 'x'), text.replace(/w(\d)/g, '[$1|$&|$`|$\'|$$|$2]'));
show('first only', text.replace(/w(\d+)/, '<$1>'), text.replace(/z/g, 'y'));
const re = /w/g; re.lastIndex = 5;
show('lastIndex after global', text.replace(re, 'v'), re.lastIndex);
const nonGlobal = /w\d/; nonGlobal.lastIndex = 7;
show('lastIndex after non-global', text.replace(nonGlobal, '#'), nonGlobal.lastIndex);
const sticky = /w\d/y; sticky.lastIndex = 3;
show('sticky', text.replace(sticky, '#'), sticky.lastIndex, text.replace(sticky, '#'), sticky.lastIndex);
show('sticky global', 'aaXaa'.replace(/a/gy, 'b'), 'Xaa'.replace(/a/gy, 'b'));
show('empty matches', 'abc'.replace(/(?:)/g, '-'), 'abc'.replace(/x*/g, '-'), 'a😀b'.replace(/(?:)/gu, '-'), 'a😀b'.replace(/(?:)/g, '-').length);
show('named', '2024-05-06'.replace(/(?<y>\d+)-(?<m>\d+)-(?<d>\d+)/, '$<d>/$<m>/$<y> $<nope>.'), 'ab'.replace(/(?<x>a)|(?<z>b)/g, '[$<x>$<z>]'));
show('callback args', 'a1b22'.replace(/(\d)(\d)?/g, (...args) => JSON.stringify(args)));
show('callback groups', 'k=v'.replace(/(?<key>\w)=(?<val>\w)/, (m, k, v, pos, s, groups) => `${groups.val}=${groups.key}@${pos}`));
const seen = [];
const re2 = /a/g; re2.lastIndex = 2;
show('callback sees lastIndex', 'aaa'.replace(re2, (m, pos) => { seen.push(re2.lastIndex); return pos; }), seen, re2.lastIndex);
show('lookbehind and anchors', 'aXbXc'.replace(/(?<=X)./g, '_'), 'ab\nab'.replace(/^a/gm, 'Z'), 'abab'.replace(/^a/g, 'Z'));
show('case-insensitive', 'AbAb'.replace(/a/gi, 'x'));

// Observable changes take the generic path.
const custom = /w/g;
custom.exec = function (s) { const r = RegExp.prototype.exec.call(this, s); if (r) r[0] = 'ww'; return r; };
show('own exec', text.replace(custom, '+'));
class Sub extends RegExp { exec(s) { const r = super.exec(s); if (r) r.index = 0; return r; } }
show('subclass exec', 'abcabc'.replace(new Sub('b', 'g'), 'X'));
let getterCalls = 0;
const accessor = /b/g;
Object.defineProperty(accessor, 'exec', { get() { getterCalls++; return RegExp.prototype.exec; } });
show('exec getter', 'abcb'.replace(accessor, 'X'), getterCalls);
const frozenIndex = /b/g;
Object.defineProperty(frozenIndex, 'lastIndex', { writable: false, value: 0 });
try { 'abc'.replace(frozenIndex, 'X'); } catch (e) { show(e.constructor.name, e.message); }
const origExec = RegExp.prototype.exec;
RegExp.prototype.exec = function (s) { const r = origExec.call(this, s); if (r) r[0] = r[0].toUpperCase(); return r; };
show('patched prototype exec', 'abab'.replace(/a/g, '<$&>'));
RegExp.prototype.exec = origExec;
show('restored', 'abab'.replace(/a/g, '<$&>'), 'abab'.replaceAll(/b/g, () => 'B'));
for (const [s, re] of [['aXa', /X*/g], ['abc', /b*/g], ['aaa', /a*?/g], ['aaa', /a*/g], ['abXXc', /X*|b/g], ['a\nb', /$/gm], ['a\nb', /^/gm], ['xaxa', /(?=a)/g], ['abab', /\b/g], ['😀😀', /(?:)/g], ['aa', /a|/yg], ['baa', /a|/yg]])
  console.log(JSON.stringify(s.replace(re, '-')), JSON.stringify(s.replace(re, '[$&]')));

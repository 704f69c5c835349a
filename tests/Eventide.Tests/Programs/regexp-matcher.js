// The own RegExp engine on ordinary patterns, its prefilter and possessive stars (with their edge cases), case folding and syntax errors (node-compared).
console.log('a1b22c333'.match(/\d+/g), 'x ab  cd'.split(/\s+/), /^abc/.test('xabc'), /^abc/m.test('x\nabc'));
console.log('2024-01-02 and 2023-12-31'.replace(/(\d{4})-(\d{2})-(\d{2})/g, '$3/$2/$1'));
console.log('ERROR error ErRoR'.match(/error/gi), '😀a😀b'.match(/./gu), 'a😀b'.match(/[😀]/u), /(?<k>[a-z]+)=(?<v>\d+)/.exec('x=1 yy=22').groups);
console.log('aaa'.match(/a{2,}/), 'foo.bar'.split(/(\.)/), 'abcabc'.lastIndexOf, /(a)|b/.exec('b'), 'ab\ncd'.match(/.+/g), 'ab\ncd'.match(/.+/gs));
for (const p of ['(', 'a)', '[', '*', 'a{2,1}', '\\', '(?<a>x)(?<a>y)', 'x**', '[b-a]', '(?<1>a)', '\\k<a>']) { try { new RegExp(p, p === '\\k<a>' ? 'u' : ''); console.log('ok', p) } catch (e) { console.log(e.name, e.message) } }
console.log(/(z)((a+)?(b+)?(c))*/.exec('zaacbbbcac'));
console.log('𝒳a'.search(/a/u), '\uD83D\uDE00'.match(/\uDE00/u), '\uD83D\uDE00'.match(/\uDE00/));
var tests = [
  [/[a-z]*$/m, 'ab\ncd'], [/a*^b/m, 'b'], [/\s*$/m, 'x  \n  y'], [/[^a]*$/m, 'x\ny'], [/[a-z]+\b/, 'abc def'],
  [/(?<key>[a-z]+)=(?<value>\d+)/, 'abc abd=12'], [/x*x/, 'xxx'], [/[\w.+-]+@[\w-]+\.[\w.-]+$/, 'a.b@c.d.e'],
  [/a+(?=a)/, 'aaa'], [/a+\1(b)/, 'aab'], [/(a+)\1/, 'aaaa'], [/\d+(?:\.\d+)?/, '12.5x'], [/[^"]*"/, 'abc"def'],
  [/ERROR/i, 'xx eRrOr'], [/ſ/i, 's'], [/ſtop/iu, 'Stop'], [/kelvin/iu, '\u212Aelvin'], [/kelvin/i, '\u212Aelvin'],
  [/.*$/, 'ab\ncd'], [/.+?x/, 'aax'], [/a{2,3}a/, 'aaaa'], [/(?:ab)*c/, 'ababc'], [/[😀]+x/u, '😀😀x'], [/.*😀/u, 'a😀b😀'],
  [/\w+$/, 'foo bar'], [/^\w+/, ' foo'], [/\w+@/, 'ab cd@'], [/[a-z]+(?:-[a-z]+)*/, 'foo-bar-'], [/(a*)*b/, 'aab'],
  [/\bfoo/, 'afoo foo'], [/.*?(\d+)/, 'ab12'], [/[a-c]+[c-e]/, 'abcd'], [/[a-c]+[d-e]/, 'abcd'], [/a+$|b/, 'aab'],
];
for (const [re, s] of tests) console.log(String(re), JSON.stringify(re.exec(s)));
console.log('a,b, c,,d'.split(/,\s*/), 'The Quick brown'.replace(/\b(\w)(\w*)\b/g, (a, f, r) => f.toUpperCase() + r));
var more = [
  [/(\d{4})-(\d{2})-(\d{2})/g, 'x 2024-01-02 and 12024-12-31, 1-2-3 2023-1-01 2023-11-011'], [/[a-z]+=\d+/g, 'abc=1 x=22 ==3 a=b=4 q=5'],
  [/(?<key>[a-z]+)=(?<value>\d+)/g, 'aa=1 b=22 cc=x dd=3'], [/\w+\s\w+=/g, 'foo bar baz= qux'], [/a.c/g, 'abc a\nc aXc'], [/[a-z]+(\d)\1/g, 'ab11 cd12 e33'],
  [/\s+x/g, '  x   y  \tx'], [/ab\d{2}c/gi, 'AB12C ab1c Ab99c'], [/x[^y]{3}z/g, 'x123z xyyyz xabcz'],
];
for (const [re, s] of more) console.log(String(re), JSON.stringify(s.match(re)), JSON.stringify([...s.matchAll(re)].map(m => [m.index, ...m.slice(1)])));
console.log(/ſ/iu.test('ſ'), /ſ/iu.test('s'), /s/iu.test('ſ'), /[ſ]/iu.test('s'), /ſ/i.test('s'), /x|ſ/iu.test('s'),/\u212A/iu.test('k'), /k/iu.test('\u212A'));
const bad = [['(', ''], ['a)', ''], ['[', ''], ['*', ''], ['a{2,1}', ''], ['\\', ''], ['(?<a>x)(?<a>y)', ''], ['x**', ''], ['[b-a]', ''],
  ['(?<1>a)', ''], ['\\k<a>', 'u'], ['\\p{Foo}', 'u'], ['[\\d-z]', 'u'], ['(?<=a)+', ''], ['a', 'gg'], ['a', 'uv'], ['\\u{110000}', 'u'], ['(?i-i:a)', ''], ['[a&&&b]', 'v'], ['{1}', 'u'], ['\\c', 'u']];
for (const [p, f] of bad) { try { new RegExp(p, f); console.log('ok', p) } catch (e) { console.log(e.name + ': ' + e.message) } }
try { eval('/(/') } catch (e) { console.log(e.name + ': ' + e.message) }
for (const [p,f] of [["{1}","u"],["{1}",""],["a{","u"],["}","u"],["{","u"],["]","u"],["{1,}","u"],["{a}","u"],["{1}","v"]]) { try { new RegExp(p,f); console.log("ok",p,f) } catch (e) { console.log(p, f, e.message) } }

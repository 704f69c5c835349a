// The legacy RegExp statics (RegExp.$1-$9, input, lastMatch, lastParen, leftContext, rightContext and
// their $ aliases): the last successful builtin match, through every String/RegExp method.
const show = (l) => console.log(l, JSON.stringify([RegExp.$1, RegExp.$2, RegExp.$9, RegExp.input, RegExp.$_, RegExp.lastMatch, RegExp['$&'], RegExp.lastParen, RegExp['$+'], RegExp.leftContext, RegExp['$`'], RegExp.rightContext, RegExp["$'"]]));
show('initial');
/(a)(b)?/.exec('xxabyy'); show('exec');
/(q)/.exec('nomatch'); show('failed exec keeps');
'hello world'.replace(/(o)(\s)/, '_'); show('replace');
'a1b2c3'.replace(/(\d)/g, '#'); show('replace g');
'k=v'.match(/(\w)=(\w)/); show('match');
'x,y'.split(/(,)/); show('split');
/(t)e(s)t/.test('a test!'); show('test');
'abc'.search(/(b)/); show('search');
[...'a1a2'.matchAll(/a(\d)/g)]; show('matchAll');
/(?<n>z)/.exec('az'); show('named');
/y/y.exec('yy'); show('sticky');
for (const k of ['$1','$2','$3','$4','$5','$6','$7','$8','$9','input','$_','lastMatch','$&','lastParen','$+','leftContext','$`','rightContext',"$'"]) {
  const d = Object.getOwnPropertyDescriptor(RegExp, k);
  console.log(k, typeof d.get, typeof d.set, d.enumerable, d.configurable);
}
RegExp.input = 'set input'; show('set input');
RegExp.$_ = 'set $_'; show('set $_');
try { RegExp.$1 = 'x'; console.log('set $1 ok', RegExp.$1) } catch (e) { console.log(e.message) }
try { RegExp.lastMatch = 'x'; console.log('set lastMatch ok', RegExp.lastMatch) } catch (e) { console.log(e.message) }
class Sub extends RegExp {}
new Sub('(s)').exec('s'); show('subclass');
const desc = Object.getOwnPropertyDescriptor(RegExp, '$1');
try { console.log(desc.get.call(Sub)) } catch (e) { console.log(e.constructor.name, e.message) }
try { console.log(desc.get.call({})) } catch (e) { console.log(e.constructor.name, e.message) }
console.log(Object.getOwnPropertyNames(RegExp).filter((k) => k !== 'escape'));
const r = /(m)/; r.exec = function () { return null }; r.test('m'); show('custom exec');
/(\d+)-(\d+)-(\d+)-(\d+)-(\d+)-(\d+)-(\d+)-(\d+)-(\d+)-(\d+)/.exec('1-2-3-4-5-6-7-8-9-10'); show('ten groups');
/()/.exec('x'); show('empty group');
/(a)|(b)/.exec('b'); show('unmatched group');
'abc'.replace(/b/, () => RegExp.leftContext + '|' + RegExp.rightContext); show('in callback');
console.log('abc'.replace(/b/, (m) => RegExp.lastMatch + RegExp.leftContext));
/(é)/u.exec('café!'); show('unicode');
const log = [];
'a1b2'.replace(/[a-z](\d)/g, (m, d) => { log.push(RegExp.$1 + RegExp.lastMatch); return d; });
console.log(log, RegExp.$1);
const log2 = [];
'a1b2'.replace(/[a-z](\d)/g, function () { log2.push(RegExp.leftContext); /(z)/.exec('z'); return ''; });
console.log(log2, RegExp.$1);
'aXbX'.replace(/X/g, '-'); console.log(RegExp.leftContext, RegExp.lastMatch);
'a,b,'.split(/,/); console.log(JSON.stringify([RegExp.leftContext, RegExp.rightContext]));
'ab'.split(/(?:)/); console.log(JSON.stringify([RegExp.leftContext, RegExp.lastMatch, RegExp.rightContext]));
'aaa'.match(/a/g); console.log(RegExp.leftContext);
'abc'.replaceAll(/b/g, 'x'); console.log(RegExp.leftContext);
/(x)/g[Symbol.replace]('axb', '$1'); console.log(RegExp.$1);
'x'.replace('x', 'y'); console.log('string pattern leaves them', RegExp.lastMatch);
'abcb'.match('b'); console.log('string match', RegExp.leftContext);
'ab'.replace(/(?:)/g, '-'); console.log('empty global', JSON.stringify([RegExp.leftContext, RegExp.lastMatch, RegExp.rightContext]));
'aaa'.replace(/a/gy, 'b'); console.log('sticky global', RegExp.leftContext);
'q1q2'.replaceAll(/q(\d)/g, '$1'); console.log('replaceAll template', RegExp.$1, RegExp.leftContext);

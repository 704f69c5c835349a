// URL and URLSearchParams: parsing (special schemes, hosts, IDNA, IPv4/IPv6, relative
// resolution), setters, the searchParams live link, canParse/parse, toJSON, printing and
// node's ERR_INVALID_URL.
const u = new URL('https://user:pw@a.b:8080/p/a/t/h?query=string&a=1#hash');
console.log(u);
console.log(String(u), u.toJSON(), JSON.stringify({ u }), u instanceof URL, Object.prototype.toString.call(u));
for (const [input, base] of [
  ['http://EXAMPLE.com:80/a/./b/../c'], ['HTTPS://ex.com:443'], ['//foo/bar', 'https://h/x'], ['../d?q', 'http://h/a/b/c'],
  ['?x', 'http://h/p?y#z'], ['#f', 'http://h/p?y'], ['http://[::1]:3000/'], ['http://[2001:db8:0:0:0:0:2:1]/'], ['http://0x7f.1/'],
  ['http://192.168.0.257/'], ['http://münchen.de/'], ['http://faß.de/'], ['http://ＧＯ.com/'], ['file:///C:/x/../y'], ['file://localhost/etc'],
  ['mailto:a@b.c'], ['data:text/plain,hi there'], ['javascript:alert(1)'], ['foo://h o/'], ['http://a b/'], ['sc://ñ/p'],
  ['http://x/ä ö?ü=1#€'], ['blob:https://a.b/uuid'], ['ws://h:80/'], ['http://h/%2e%2E/x'], ['non-spec:/.//p'],
  ['  http://trim.me/\t\n '], ['http:\\\\back\\slash'], ['https://h/?a=\'b\''],
]) {
  try {
    const url = new URL(input, base);
    console.log(JSON.stringify(input), '->', url.href, url.origin, url.host, url.pathname);
  } catch (e) {
    console.log(JSON.stringify(input), 'throws', e.name, e.code, e.message, e.input, e.base);
  }
}
try { new URL('bad'); } catch (e) { console.log(Object.keys(e), e.input, e.base, e.stack.split('\n')[0]); }
try { new URL('x', 'bad base'); } catch (e) { console.log(Object.keys(e), e.input, e.base); }
try { new URL(); } catch (e) { console.log(e.code, e.message); }
try { URL.prototype.href; } catch (e) { console.log(e.name, e.message); }
console.log(URL.canParse('http://x'), URL.canParse('x'), URL.canParse('x', 'http://b/'), URL.parse('nope'), URL.parse('/a', 'http://h/').href);

// Setters.
const s = new URL('http://h/p?q#f');
s.protocol = 'https';
s.username = 'me@x';
s.password = 'p w';
s.host = 'example.org:8443';
s.pathname = '/a b/c';
s.search = 'x=1 2';
s.hash = 'frag ment';
console.log(s.href);
s.port = '443';
console.log(s.port, s.host);
s.port = '99999';
s.hostname = 'other.org';
s.protocol = 'mailto';
console.log(s.href);
s.search = '';
s.hash = '';
console.log(s.href);
try { s.href = 'not a url'; } catch (e) { console.log(e.code, e.message, e.input); }
s.href = 'http://new.href/';
console.log(s.href);

// searchParams is live both ways.
const live = new URL('http://h/?a=1&b=2');
const params = live.searchParams;
params.append('c', '3 4');
console.log(live.href, live.search);
live.search = '?z=9';
console.log(params.get('z'), params.has('a'), [...params]);
params.delete('z');
console.log(live.href);

// URLSearchParams.
const p = new URLSearchParams('?b=2&a=1&b=3&c=%20x+y');
console.log(p, p.size, p.get('b'), p.getAll('b'), p.get('nope'), p.has('a'), p.has('b', '3'), p.toString());
p.sort();
console.log(p.toString(), [...p.keys()], [...p.values()], [...p.entries()]);
p.set('b', 'only');
p.delete('c');
console.log(String(p));
p.forEach(function (value, name, self) { console.log(name, value, self === p, this.tag); }, { tag: 't' });
console.log(new URLSearchParams({ x: 1, y: [2, 3] }).toString(), new URLSearchParams([['k', 'v'], ['k', 'w']]).toString());
console.log(new URLSearchParams('a=b').entries(), new URLSearchParams('a=b&c=d').keys(), new URLSearchParams('q=%F0%9F%98%80').get('q'));
console.log(new URLSearchParams({ 'sp ace': '&=?', '€': '+' }).toString());
for (const bad of [() => new URLSearchParams([[1]]), () => new URLSearchParams({ [Symbol.iterator]: 5 }), () => new URLSearchParams().append('a'),
  () => new URLSearchParams().forEach(1), () => URLSearchParams.prototype.get.call({}, 'a')]) {
  try { bad(); } catch (e) { console.log(e.name, e.code, e.message); }
}
const long = new URLSearchParams();
for (let i = 0; i < 8; i++) long.append(`key${i}`, `value${i}`);
console.log(long);
console.log([new URLSearchParams('x=1')], { p: new URLSearchParams() });

// The legacy url API (url.parse into Url objects, format, resolve) and node:querystring.
const url = require('url');
const qs = require('querystring');
console.log(Object.keys(url));
const inputs = ['http://user:pass@host.com:8080/p/a/t/h?query=string#hash', 'https://EXAMPLE.com', '/just/a/path?x=1&y=2&x=3', 'mailto:someone@x.com',
  'javascript:alert(1)', '//host/path', 'HTTP://Ünïcode.com/ä?ö=ü', 'http://[::1]:3000/x', 'file:///etc/passwd', 'http://a.com/ sp ace/"q"?{x}',
  'http://a\\b.com\\c\\d?e\\f', '  http://trim.com/  ', 'foo:bar', 'http://a.com:/x', '?q=1', '#h', 'x', 'http://a@b@c/', 'http://a.com/p?q=1#h?z'];
for (const input of inputs) {
  console.log(JSON.stringify(input));
  console.log(url.parse(input));
}
console.log(url.parse('http://h/p?a=1&a=2&b=%20c&d', true).query);
console.log(url.parse('//host/p', false, true).host, url.parse('//host/p').host);
try { url.parse(5) } catch (e) { console.log(e.code, e.message) }
try { url.parse('http://a%b.com/') } catch (e) { console.log(e.code, e.message, e.input) }
for (const [a, b] of [['/one/two/three', 'four'], ['http://example.com/', '/one'], ['http://example.com/one', '/two'], ['http://a/b/c/d;p?q', '../g'], ['http://a.com/x', 'https://b.com/y']])
  console.log(url.resolve(a, b));
console.log(url.format({ protocol: 'http', host: 'a.com', pathname: '/x', query: { a: [1, 2], b: 'c d' } }), url.format('http://a.com/x?y#z'), url.format(url.parse('http://u:p@h/x')));
console.log(qs.parse('a=1&b=2&a=3&c&=x&d=%E2%82%AC+z&bad=%E0%A4%A'), qs.stringify({ a: [1, 2], b: 'x y', c: true, d: null, e: {}, f: 1n, 'k€': '~!*()\'' }));
console.log(qs.parse('a:1;b:2', ';', ':'), qs.parse('a=1&b=2&c=3', null, null, { maxKeys: 2 }), qs.escape('a b&'), qs.unescape('%41%zz'));
console.log(url.parse('http://x.com/a').resolve('b'), url.parse('http://x.com/a') instanceof url.Url);

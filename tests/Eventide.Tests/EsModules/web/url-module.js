// require('url'): the WHATWG classes, file URL conversion with node's errors, domain helpers,
// format (WHATWG options and the legacy object form), urlToHttpOptions; perf_hooks.
const url = require('url');
const { URL: RequiredURL, URLSearchParams: RequiredParams } = require('node:url');
console.log(RequiredURL === URL, RequiredParams === URLSearchParams);
console.log(url.fileURLToPath('file:///tmp/a%20b'), url.fileURLToPath(new URL('file://localhost/x/y')), url.pathToFileURL('/tmp/a b?#%').href);
console.log(url.pathToFileURL('/tmp/dir/').href, url.pathToFileURL('/a/../b/./c').href, url.pathToFileURL('rel').href === `file://${process.cwd()}/rel`);
for (const bad of ['http://x', 'file://host/x', 'file:///a%2fb', 5]) {
  try { url.fileURLToPath(bad); } catch (e) { console.log(e.name, e.code, e.message); }
}
console.log(url.format(new URL('http://u:p@xn--fa-hia.de/p?q#h'), { unicode: true, auth: false, search: false, fragment: false }));
console.log(url.format(new URL('http://u:p@xn--fa-hia.de:81/p?q#h')));
console.log(url.format({ protocol: 'https', hostname: 'ex.com', pathname: '/a b', query: { x: 1, y: 'z w' } }));
console.log(url.format({ protocol: 'http:', host: 'h:1', pathname: 'p#1', search: 'q', hash: 'h' }), url.format({ protocol: 'file', pathname: '/x' }));
console.log(url.domainToASCII('español.com'), url.domainToUnicode('xn--espaol-zwa.com'), JSON.stringify(url.domainToASCII('xn--iñvalid.com')));
console.log(url.urlToHttpOptions(new URL('https://a:b@h:8080/p?q#x')));
const { performance: perf } = require('perf_hooks');
console.log(perf === performance, typeof perf.now());

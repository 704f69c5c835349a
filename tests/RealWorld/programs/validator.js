'use strict';
// validator: string validators and sanitizers.
const v = require('validator');
const show = (label, value) => console.log(label, JSON.stringify(value));
const checks = {
  isEmail: ['foo@bar.com', 'x@y', 'name+tag@sub.example.co.uk', 'bad@@x.com', '"quoted"@x.com'],
  isURL: ['http://example.com', 'https://a.b/c?d=e#f', 'example', 'ftp://x.y', 'http://localhost:3000'],
  isIP: ['127.0.0.1', '256.1.1.1', '::1', '2001:db8::ff00:42:8329', 'abc'],
  isUUID: ['123e4567-e89b-12d3-a456-426614174000', 'not-a-uuid'],
  isInt: ['42', '-3', '4.2', '00', ''],
  isFloat: ['4.2', '1e5', '.5', 'abc'],
  isAlpha: ['abc', 'ab1', 'ÄÖ'],
  isAlphanumeric: ['abc123', 'abc 123'],
  isHexColor: ['#fff', '#ffffff', 'fff', '#ggg'],
  isJSON: ['{"a":1}', '[1,2]', '{a:1}', '1'],
  isJWT: ['eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.sig', 'a.b'],
  isCreditCard: ['4111111111111111', '4111111111111112'],
  isISO8601: ['2020-01-01', '2020-01-01T10:00:00Z', '2020-13-01'],
  isBase64: ['aGVsbG8=', 'not base64!'],
  isMobilePhone: ['+15555555555', '123'],
  isPostalCode: [['90210', 'US'], ['ABC', 'US']],
  isStrongPassword: ['Abcdef1!', 'weak'],
  isSlug: ['a-slug', 'Not Slug'],
  isMACAddress: ['01:23:45:67:89:ab', '01:23:45'],
  isSemVer: ['1.2.3', '1.2'],
  isLatLong: ['40.7,-74.0', '100,200'],
  isDate: ['2020/01/02', '2020-02-30'],
  isCurrency: ['$10.00', '10,00'],
  isBoolean: ['true', '1', 'yes'],
  isLowercase: ['abc', 'Abc'],
  isLength: [['abc', { min: 2, max: 3 }], ['abcd', { min: 2, max: 3 }]],
  contains: [['foobar', 'oba'], ['foo', 'x']],
  isIn: [['a', ['a', 'b']], ['c', ['a', 'b']]],
  matches: [['abc', /^a/], ['abc', 'B', 'i']],
  isByteLength: [['\u00e9\u00e9', { max: 3 }]],
  isFQDN: ['example.com', 'localhost'],
  isPort: ['8080', '70000'],
  isMimeType: ['text/html', 'nope'],
  isEAN: ['4006381333931', '123'],
  isIBAN: ['GB82WEST12345698765432', 'GB00'],
  isISBN: ['9780306406157', '123'],
};
for (const [name, inputs] of Object.entries(checks)) show(name, inputs.map(i => (Array.isArray(i) ? v[name](...i) : v[name](i))));
show('sanitizers', [v.trim('  x  '), v.ltrim('__x', '_'), v.escape('<a href="x">&</a>'), v.unescape('&lt;b&gt;'), v.toInt('42px'), v.toFloat('3.5e1'), v.toBoolean('false'), v.toBoolean('0', true), v.normalizeEmail('Foo.Bar+tag@GMAIL.com'), v.blacklist('abc123', '0-9'), v.whitelist('abc123', 'a-b'), v.stripLow('a\u0001b'), v.toDate('2020-01-02T00:00:00Z').getTime()]);
try { v.isEmail(123); } catch (e) { show('type error', [e.name, e.message]); }
show('version', typeof v.version);

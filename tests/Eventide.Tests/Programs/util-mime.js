// util.MIMEType / MIMEParams: WHATWG parsing, serialization, setters and ERR_INVALID_MIME_SYNTAX.
const { MIMEType, MIMEParams } = require('util');
const m = new MIMEType('Text/HTML; Charset="utf-8"; foo=bar;; x="a\\"b";  y=  ');
console.log(m, String(m), m.type, m.subtype, m.essence, [...m.params], JSON.stringify(m));
console.log(m.params, m.params.get('charset'), m.params.has('foo'), [...m.params.keys()], [...m.params.values()]);
m.type = 'application'; m.subtype = 'json'; m.params.set('q', 'a b'); m.params.delete('foo'); console.log(String(m));
for (const s of ['text', 'text/', '/html', 'te xt/html', 'text/html;a=\u00ff']) try { console.log(String(new MIMEType(s))); } catch (e) { console.log(e.name, e.code, e.message); }
try { m.type = ''; } catch (e) { console.log(e.name, e.code, e.message); }
try { m.params.set('a b', 'x'); } catch (e) { console.log(e.name, e.code, e.message); }
try { m.params.set('a', 'x\n'); } catch (e) { console.log(e.name, e.code, e.message); }
const p = new MIMEParams(); p.set('a', '1'); console.log(p, String(p), p.toJSON?.());
console.log(require('util').inspect(m, { depth: -1 }), [m]);
console.log(new MIMEType('text/plain;charset=utf-8;charset=latin1').params.get('charset'));

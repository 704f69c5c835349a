'use strict';
// string_decoder: chunks decoded without splitting characters, in utf8, utf16le, base64 and hex.
const { StringDecoder } = require('string_decoder');
const d = new StringDecoder('utf8');
const e = Buffer.from('h€llo 😀');
let out = [];
for (let i = 0; i < e.length; i++) out.push(d.write(e.subarray(i, i + 1)));
out.push(d.end());
console.log(JSON.stringify(out));
const d2 = new StringDecoder('utf8');
console.log(JSON.stringify([d2.write(Buffer.from([0xe2, 0x82])), d2.end(), d2.write(Buffer.from([0xe2, 0x28])), d2.end(Buffer.from([0xf0]))]));
const u = new StringDecoder('ucs2');
const ub = Buffer.from('a😀b', 'utf16le');
out = [];
for (let i = 0; i < ub.length; i++) out.push(u.write(ub.subarray(i, i + 1)));
out.push(u.end());
console.log(JSON.stringify(out));
const b = new StringDecoder('base64');
console.log(JSON.stringify([b.write(Buffer.from('ab')), b.write(Buffer.from('cde')), b.end()]), new StringDecoder('hex').write(Buffer.from('hi')), new StringDecoder().encoding, new StringDecoder('UCS2').encoding, new StringDecoder('binary').encoding);
try { new StringDecoder('nope'); } catch (e) { console.log(e.code, e.message); }
try { new StringDecoder().write(5); } catch (e) { console.log(e.code, e.message); }
console.log(new StringDecoder().write('str'), JSON.stringify(new StringDecoder('utf16le').end(Buffer.from([0x3d, 0xd8]))));

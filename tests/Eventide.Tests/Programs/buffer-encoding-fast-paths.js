// Base64, base64url, hex and latin1 edge cases around the vectorized fast paths: padded and unpadded,
// whitespace, stray '=' and characters outside the alphabets (the lenient decode), odd hex, non-latin1 text.
const cases = ['QQ==', 'QR==', 'QQ', 'Q', 'QUJD', 'QU JD\n', 'QQ==QQ==', 'QQ=x=', '====', '', 'a-_b', 'a+/b', 'QUJ', 'Q\u00e9UJD', '\u2028QUJD', 'QUJDRA', 'QUJDRA=', 'QUJDRA==', 'QUJDRA===', '=QUJD', 'QU=JD', 'Q U E =', 'QQ%3D'];
for (const c of cases) for (const e of ['base64', 'base64url']) console.log(JSON.stringify(c), e, Buffer.from(c, e).toString('hex'), Buffer.byteLength(c, e));
for (const h of ['41', '414', '41zz42', 'zz', '', 'aBcD', '4g', 'ABCDEF0123456789abcdef', '41\u00e942']) console.log(JSON.stringify(h), Buffer.from(h, 'hex').toString('hex'));
const all = Buffer.alloc(256); for (let i = 0; i < 256; i++) all[i] = i;
for (let n = 0; n < 8; n++) { const b = all.subarray(n * 13, n * 13 + n); console.log(n, b.toString('base64'), b.toString('base64url'), Buffer.from(b.toString('base64url'), 'base64url').equals(b)); }
console.log(all.toString('base64url'));
for (const s of ['abc', 'h\u00e9llo', '\u0100\u01ff\u4f60', '\ud83c\udf89']) { console.log(Buffer.from(s, 'latin1').toString('hex'), Buffer.from(s, 'ascii').toString('hex')); const b = Buffer.alloc(3); console.log(b.write(s, 'latin1'), b.toString('hex')); }

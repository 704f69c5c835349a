'use strict';
// toString / write in every encoding, with node's lenient decoding rules.
const bytes = Buffer.from([0x68, 0xc3, 0xa9, 0xe2, 0x82, 0xac, 0xf0, 0x9f, 0x98, 0x80, 0x00, 0x7f, 0x80, 0xff]);
for (const e of ['utf8', 'utf-8', 'ucs2', 'utf16le', 'latin1', 'binary', 'ascii', 'base64', 'base64url', 'hex', 'HEX'])
  console.log(e, JSON.stringify(bytes.toString(e)));
console.log(JSON.stringify(bytes.toString('utf8', 1, 6)), JSON.stringify(bytes.toString('hex', -5, 2)), JSON.stringify(bytes.toString('hex', 12, 100)), JSON.stringify(bytes.toString(undefined, 3)));
console.log(JSON.stringify(bytes.toString('hex', '2', '4')), JSON.stringify(bytes.toString('hex', 20)), JSON.stringify(bytes.toString('hex', 3, 1)), bytes.toLocaleString === bytes.toString);
// Invalid UTF-8 becomes U+FFFD per WHATWG (maximal subparts).
for (const seq of [[0xff], [0xc3], [0xe2, 0x82], [0xed, 0xa0, 0x80], [0xf0, 0x9f, 0x98], [0xc0, 0x80], [0xf4, 0x90, 0x80, 0x80], [0x41, 0xe2, 0x28, 0xa1]])
  console.log(seq.join(','), JSON.stringify(Buffer.from(seq).toString()));
// Strings to bytes.
console.log(Buffer.from('\ud800x\udc00€'), Buffer.from('€é\u0100', 'ascii'), Buffer.from('€é', 'latin1'), Buffer.from('a€', 'ucs2'));
for (const s of ['YQ==', 'YQ', 'Y Q = =', 'YW*Jj', 'YQ==YQ==', 'YWJj=ZGVm', 'a', 'YW\nJj', '-_-_', '+/+/', 'YQ=x', '!!!!YWJj', ''])
  console.log('base64', JSON.stringify(s), Buffer.from(s, 'base64'), Buffer.from(s, 'base64url'));
for (const s of ['abc', 'zz12', '12zz', '1', 'aBcD', '0x12', 'a b'])
  console.log('hex', JSON.stringify(s), Buffer.from(s, 'hex'));
console.log(Buffer.from([0xfb, 0xff]).toString('base64'), Buffer.from([0xfb, 0xff]).toString('base64url'), Buffer.from('hello world').toString('base64'));
// write: offset, length, encoding in node's argument orders; partial characters are not written.
const b = Buffer.alloc(8);
console.log(b.write('a€b'), b);
console.log(b.fill(0).write('a€b', 0, 3), b);
console.log(b.fill(0).write('€', 6), b);
console.log(b.fill(0).write('abcdef', 'hex'), b);
console.log(b.fill(0).write('YWJjZGVmZ2hpams=', 1, 'base64'), b);
console.log(b.fill(0).write('abc', 2, 'latin1'), b);
console.log(b.fill(0).write('abcd', 1, 2, 'ucs2'), b);
console.log(b.fill(0).write('abcd', 5, 3, 'ucs2'), b);
console.log(b.fill(0).write('xyz', 7), b, b.write(''), b.write('q', 8));
console.log(b.fill(0).write('zz', 'hex'), b.write('hi', 0, 'utf-8'), b);
console.log(b.utf8Write('AB', 2), b.latin1Slice(0, 4), b.hexSlice(1, 3), b.asciiWrite('C', 4), b.ucs2Slice(0, 4), b.base64Slice(), b.utf8Slice(0, 2));
console.log(JSON.stringify(Buffer.from([0x80, 0xff, 0x41]).toString('ascii')), JSON.stringify(Buffer.from([1, 2, 3]).toString('ucs2')));
const big = Buffer.alloc(70000, 'xyz');
console.log(big.toString().length, big.toString('base64').length, Buffer.from(big.toString('hex'), 'hex').equals(big));
// UTF-16: Buffer keeps lone surrogates both ways.
console.log(Buffer.from('\ud800a\udc00', 'ucs2'), JSON.stringify(Buffer.from([0x00, 0xd8, 0x61, 0x00]).toString('utf16le')), Buffer.from('😀', 'utf16le'), Buffer.from('😀', 'utf16le').toString('ucs2') === '😀');

// crypto: hashes and HMACs (known digests), random bytes/UUIDs/integers by shape, Web Crypto getRandomValues and subtle.digest, node's errors, and when callback forms complete.
const crypto = require('crypto');
console.log(typeof globalThis.crypto, typeof crypto.webcrypto, globalThis.crypto === crypto.webcrypto, Object.prototype.toString.call(globalThis.crypto));
console.log(crypto.createHash('sha256').update('abc').digest('hex'));
console.log(crypto.createHash('md5').update('a').update(Buffer.from('bc')).digest('base64'));
console.log(crypto.createHash('sha1').update('abc').digest());
console.log(crypto.createHmac('sha256', 'key').update('data').digest('hex'));
try { crypto.createHash('nope') } catch (e) { console.log(e.name, e.message, e.code) }
const h = crypto.createHash('sha256'); h.digest(); try { h.update('x') } catch (e) { console.log(e.name, e.message, e.code) }
try { crypto.randomBytes(-1) } catch (e) { console.log(e.name, e.message, e.code) }
console.log(crypto.randomBytes(8).length, /^[0-9a-f-]{36}$/.test(crypto.randomUUID()), crypto.randomUUID()[14]);
const a = new Uint8Array(4); console.log(globalThis.crypto.getRandomValues(a) === a);
try { globalThis.crypto.getRandomValues(new Float64Array(2)) } catch (e) { console.log(e.name, e.message, e.code) }
try { globalThis.crypto.getRandomValues(new Uint8Array(70000)) } catch (e) { console.log(e.name, e.message, e.code) }
console.log(crypto.timingSafeEqual(Buffer.from('ab'), Buffer.from('ab')));
try { crypto.timingSafeEqual(Buffer.from('ab'), Buffer.from('abc')) } catch (e) { console.log(e.name, e.message, e.code) }
const n = crypto.randomInt(10); console.log(n >= 0 && n < 10);
try { crypto.randomInt(5, 1) } catch (e) { console.log(e.name, e.message, e.code) }
globalThis.crypto.subtle.digest('SHA-256', new TextEncoder().encode('abc')).then(b => console.log(Buffer.from(b).toString('hex'), b.constructor.name));
crypto.randomBytes(4, (err, b) => console.log('cb', err, b.length));
console.log(crypto.getHashes().includes('sha256'), crypto.createHash('sha512').update('').digest('hex').slice(0, 16));
console.log(crypto.pbkdf2Sync('pw', 'salt', 1000, 16, 'sha256').toString('hex'));
console.log(crypto.createHash('sha256').copy ? 'copy' : 'nocopy', crypto.hash ? 'hash' : 'nohash');
console.log(crypto.hash('sha1', 'abc'), crypto.createHash('sha256').update('a').copy().update('b').digest('base64url'));
console.log(crypto.createHmac('sha512', Buffer.from('k')).update('v').digest('hex').length, crypto.randomFillSync(new Uint32Array(2)).length);
const uuids = new Set(Array.from({ length: 100 }, () => crypto.randomUUID()));
console.log(uuids.size, [...uuids].every((u) => /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(u)));
const ints = Array.from({ length: 1000 }, () => crypto.randomInt(3, 7));
console.log(Math.min(...ints), Math.max(...ints));
process.nextTick(() => console.log('tick before the thread-pool callbacks'));
setImmediate(() => console.log('immediate'));

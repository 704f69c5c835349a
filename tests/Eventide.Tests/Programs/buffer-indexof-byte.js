// buf.indexOf / lastIndexOf / includes of a number (the one-call native path) against node's offset
// rules: none, negative, NaN, fractional, beyond int32, past the end, empty buffers; byte values
// wrapped to 0..255; other receivers and offsets that need coercing go the general way.
const buf = Buffer.from('abcabc\ncba\n');
const offsets = [undefined, 0, 1, 3, -1, -3, -11, -12, -100, 10, 11, 12, 100, NaN, 2.7, -2.7, -0, Infinity, -Infinity, 2 ** 31, -(2 ** 31) - 1, 2 ** 40];
const values = [97, 98, 99, 10, 0, 97 + 256, -159, 353.9, NaN, Infinity, 1e10];
for (const v of values) {
  console.log(v, offsets.map((o) => `${buf.indexOf(v, o)}/${buf.lastIndexOf(v, o)}/${buf.includes(v, o)}`).join(' '));
}
const empty = Buffer.alloc(0);
console.log(empty.indexOf(0), empty.lastIndexOf(0), empty.indexOf(0, -1), empty.lastIndexOf(0, 5));
console.log(buf.indexOf(99, '2'), buf.indexOf(99, { valueOf() { return 3; } }), buf.indexOf(99, 'latin1'), buf.lastIndexOf(99, null), buf.indexOf(99, true));
console.log(Buffer.prototype.indexOf.call(new Uint8Array([1, 2, 3, 2]), 2, 2), Buffer.prototype.lastIndexOf.call(new Uint8Array([1, 2, 3, 2]), 2, -2));
console.log(buf.subarray(3, 8).indexOf(10), buf.subarray(3, 8).lastIndexOf(97, -1));
let count = 0;
for (let at = buf.indexOf(10); at !== -1; at = buf.indexOf(10, at + 1)) count++;
console.log(count);
try { Buffer.prototype.indexOf.call({}, 1); } catch (e) { console.log(e.name, e.code, e.message); }
try { Buffer.prototype.lastIndexOf.call('abc', 'a'); } catch (e) { console.log(e.name, e.code, e.message); }
const wide = new Uint16Array([1, 256, 1, 2]);
console.log([0, 1, 2, 3, 5, -1, -3].map((o) => `${Buffer.prototype.indexOf.call(wide, 1, o)}/${Buffer.prototype.lastIndexOf.call(wide, 1, o)}`).join(' '));
const view = new DataView(new Uint8Array([5, 6, 5]).buffer);
console.log(Buffer.prototype.indexOf.call(view, 5, 1), Buffer.prototype.lastIndexOf.call(view, 5, 1));

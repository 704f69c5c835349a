// Typed arrays share shapes with ordinary objects of the same prototype (Object.create(Uint8Array.prototype)),
// but read the keys that are canonical numeric strings ("Infinity", "NaN", "-0", "1.5") as elements: a
// site's cache filled by one kind must not answer for the other. Named keys are ordinary on both.
Uint8Array.prototype.Infinity = 5;
Uint8Array.prototype.NaN = 6;
Uint8Array.prototype['-0'] = 7;
Uint8Array.prototype.foo = 8;
const plain = Object.create(Uint8Array.prototype);
const ta = new Uint8Array(2);
function getInfinity(o) { return o.Infinity; }
function getNaN(o) { return o.NaN; }
function getFoo(o) { return o.foo; }
function getKeyed(o, k) { return o[k]; }
for (let i = 0; i < 3; i++) {
  console.log(getInfinity(plain), getInfinity(ta), getNaN(plain), getNaN(ta), getFoo(plain), getFoo(ta));
  console.log(getKeyed(plain, '-0'), getKeyed(ta, '-0'), getKeyed(plain, 'Infinity'), getKeyed(ta, 'Infinity'), getKeyed(plain, 'foo'), getKeyed(ta, 'foo'));
}
// Sets: a plain object adds "Infinity" as a property; on a typed array the write is an (invalid) element write.
function setInfinity(o, v) { o.Infinity = v; }
const plains = [Object.create(Uint8Array.prototype), Object.create(Uint8Array.prototype)];
setInfinity(plains[0], 1); setInfinity(plains[1], 2);
const t2 = new Uint8Array(1);
setInfinity(t2, 3);
console.log(plains[0].Infinity, plains[1].Infinity, t2.Infinity, Object.keys(t2), Object.getOwnPropertyNames(plains[0]));
// Named properties of typed arrays themselves, own and inherited, through the same sites.
const names = [];
const arrays = [new Uint8Array(3), new Float64Array(2), Buffer.alloc(4), new Int16Array(1)];
arrays[0].label = 'own';
for (let round = 0; round < 3; round++)
  for (const a of arrays) names.push(a.label, typeof a.indexOf, a.length, a.BYTES_PER_ELEMENT, a.constructor.name);
console.log(names.join());
// A method found on the prototype, then the prototype's method replaced: the cache sees the change.
const b = Buffer.from('a\nb\nc\n');
let count = 0;
for (let at = b.indexOf(10); at !== -1; at = b.indexOf(10, at + 1)) count++;
const saved = Buffer.prototype.indexOf;
Buffer.prototype.indexOf = function () { return -1; };
let after = 0;
for (let at = b.indexOf(10); at !== -1; at = b.indexOf(10, at + 1)) after++;
Buffer.prototype.indexOf = saved;
b.indexOf = () => -1;
let own = 0;
for (let at = b.indexOf(10); at !== -1; at = b.indexOf(10, at + 1)) own++;
console.log(count, after, own);
// Methods two prototypes up (%TypedArray%.prototype), through one call site, then replaced and shadowed.
const views = [new Uint8Array([1, 2, 3]), new Float32Array([4, 5]), new Int16Array([6])];
function firstOf(v) { return v.at(0); }
const seen = [];
for (let round = 0; round < 3; round++) for (const v of views) seen.push(firstOf(v), v.includes(5), v.join('-'));
const at = Object.getPrototypeOf(Uint8Array.prototype).at;
Object.getPrototypeOf(Uint8Array.prototype).at = function () { return 'patched'; };
for (const v of views) seen.push(firstOf(v));
Float32Array.prototype.at = function () { return 'float own'; };
for (const v of views) seen.push(firstOf(v));
delete Float32Array.prototype.at;
Object.getPrototypeOf(Uint8Array.prototype).at = at;
for (const v of views) seen.push(firstOf(v));
views[2].at = () => 'instance';
for (const v of views) seen.push(firstOf(v));
console.log(seen.join());

// obj[name] with string names: own, inherited and absent properties, names built at run time,
// and changes anywhere on the chain between reads.
'use strict';
function read(o, k) { return o[k]; }
const out = [];

class Base { greet() { return 'base'; } }
class Mid extends Base {}
const m = new Mid();
const method = 'greet';
for (let i = 0; i < 8; i++) {
  if (i === 2) Mid.prototype.greet = () => 'mid';
  if (i === 4) delete Mid.prototype.greet;
  if (i === 6) Object.setPrototypeOf(Mid.prototype, { greet: () => 'other' });
  out.push(read(m, method)());
}
console.log('inherited', out.join(','));

const counts = {};
const words = 'a b c a b a d e f a'.split(' ');
for (const w of words) counts[w] = (read(counts, w) || 0) + 1;
console.log('counting', JSON.stringify(counts));

const absent = [];
const opts = { x: 1 };
for (let i = 0; i < 6; i++) {
  if (i === 2) Object.prototype.flag = 'proto';
  if (i === 4) delete Object.prototype.flag;
  absent.push(String(read(opts, 'fl' + 'ag')));
}
console.log('absent', absent.join(','));

const exotic = [];
const arr = [10, 20, 30];
const ta = new Uint8Array([1, 2]);
const str = new String('xyz');
const proxy = new Proxy({}, { get: (t, k) => 'trap:' + String(k) });
for (let i = 0; i < 2; i++) {
  for (const k of ['length', '0', '1', 'push', 'missing', '-0', '1.5']) {
    exotic.push(String(typeof read(arr, k) === 'function' ? 'fn' : read(arr, k)));
    exotic.push(String(typeof read(ta, k) === 'function' ? 'fn' : read(ta, k)));
    exotic.push(String(typeof read(str, k) === 'function' ? 'fn' : read(str, k)));
    exotic.push(String(read(proxy, k)));
  }
}
console.log('exotic', exotic.join(','));

let getterCalls = 0;
const withGetter = Object.create({ get lazy() { getterCalls++; return 'computed'; } });
for (let i = 0; i < 3; i++) read(withGetter, 'lazy');
console.log('getter', getterCalls);

const many = [];
for (let i = 0; i < 300; i++) many.push({ ['k' + (i % 37)]: i, shared: i });
let total = 0;
for (let round = 0; round < 3; round++) for (let i = 0; i < many.length; i++) total += read(many[i], 'k' + (i % 37)) + read(many[i], 'shared');
console.log('many shapes and names', total);

const dict = {};
for (let i = 0; i < 80; i++) dict['p' + i] = i;
delete dict.p3;
const dictReads = [];
for (let i = 0; i < 4; i++) {
  if (i === 2) dict.p5 = 'changed';
  dictReads.push(read(dict, 'p5'), read(dict, 'p3'));
}
console.log('dictionary', dictReads.join(','));

const frozenProto = Object.freeze({ v: 'frozen' });
const child = Object.create(frozenProto);
const kids = [];
for (let i = 0; i < 4; i++) {
  if (i === 2) Object.defineProperty(child, 'v', { value: 'own', configurable: true });
  kids.push(read(child, 'v'));
}
console.log('shadowed by an own property', kids.join(','));
const sym = Symbol('s');
const withSymbol = { [sym]: 'symbol value' };
console.log('symbol key', read(withSymbol, sym));

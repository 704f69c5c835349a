// Arrays used as queues: shift() moves the dense store's start instead of the elements, so every
// other operation must see the shifted elements at their new indices.
const show = (label, a) => console.log(label, JSON.stringify(a), a.length, Object.keys(a).join(','));

// Drain and refill a queue many times; interleave push and shift.
const q = [];
let sum = 0;
for (let i = 0; i < 1000; i++) {
  q.push(i, i + 1);
  sum += q.shift();
}
console.log('queue', q.length, sum, q[0], q[q.length - 1], q.indexOf(999), q.includes(1000));
while (q.length > 3) q.shift();
show('drained', q);
q.unshift('a', 'b');
show('unshift after shift', q);
q.splice(1, 2, 'x');
show('splice after shift', q);
q.reverse();
show('reverse', q);
q.length = 6;
show('grown length (holes)', q);
console.log('hole 5 in q', 5 in q, q.shift(), q.length, 4 in q);
q.length = 0;
console.log('emptied', q.shift(), q.length);
q.push(1);
console.log('reuse', q.shift(), q.length, q.shift(), q.length);

// Holes: shift on a holey array takes the generic path and keeps holes as holes.
const holey = [1, , 3, , 5];
console.log('holey shift', holey.shift(), JSON.stringify(holey), 0 in holey, 1 in holey, holey.length);
const deleted = [1, 2, 3, 4];
deleted.shift();
delete deleted[1];
console.log('delete after shift', JSON.stringify(deleted), 1 in deleted, deleted.shift(), 0 in deleted, deleted.length);

// Holes read through the prototype: shift must consult Array.prototype for a hole.
Array.prototype[1] = 'proto';
const viaProto = [0, , 2];
console.log('proto hole', viaProto.shift(), viaProto.hasOwnProperty(0), viaProto[0], viaProto.length);
delete Array.prototype[1];

// Non-writable length: shift throws after moving, as in node.
const fixedLen = [1, 2, 3];
Object.defineProperty(fixedLen, 'length', { writable: false });
try { fixedLen.shift(); } catch (e) { console.log(e.constructor.name, e.message); }
console.log('fixed', JSON.stringify(fixedLen));

// Frozen and sealed arrays.
try { Object.freeze([1, 2]).shift(); } catch (e) { console.log(e.constructor.name, e.message); }
try { Object.seal([1, 2]).shift(); } catch (e) { console.log(e.constructor.name, e.message); }

// Array-likes and subclasses.
const like = { length: 3, 0: 'a', 1: 'b', 2: 'c' };
console.log('array-like', Array.prototype.shift.call(like), JSON.stringify(like));
class Q extends Array {}
const sub = Q.from([1, 2, 3]);
console.log('subclass', sub.shift(), sub.length, sub instanceof Q, JSON.stringify(sub));

// A queue that shifts far more than it holds, then grows past its old capacity.
const big = [];
for (let i = 0; i < 100; i++) big.push(i);
for (let i = 0; i < 90; i++) big.shift();
for (let i = 100; i < 400; i++) big.push(i);
let ok = true;
for (let i = 0; i < big.length; i++) if (big[i] !== i + 90) ok = false;
console.log('regrown', big.length, ok, big[0], big[big.length - 1]);
big[big.length + 2] = 'far';
console.log('gap write', big.length, big.length - 2 in big, big[big.length - 1]);
console.log('sorted after shift', [5, 4, 3, 2, 1].slice().map((x, i, a) => (i === 0 ? a.shift() : x)).join());
const s2 = [9, 8, 7, 6];
s2.shift();
console.log('sort/join/at', s2.sort().join('-'), s2.at(-1), s2.concat([1]).join(), [...s2].join(), Array.from(s2).join());

// push and index writes past the end must still meet elements on the prototype chain.
let setterLog = '';
Object.defineProperty(Array.prototype, '2', { set(v) { setterLog += 'proto setter ' + v + ';'; }, configurable: true });
const withSetter = [0, 1];
withSetter.push('two', 'three');
const afterPush = [withSetter.length, 2 in withSetter, withSetter.hasOwnProperty(2), withSetter[3]].join();
delete Array.prototype[2];
console.log(setterLog, afterPush);
setterLog = '';
Object.defineProperty(Object.prototype, '1', { set(v) { setterLog += 'object setter ' + v + ';'; }, configurable: true });
const viaObject = [0];
viaObject.push('x');
const objectProto = [viaObject.length, viaObject.hasOwnProperty(1)].join();
delete Object.prototype[1];
console.log(setterLog, objectProto);
const frozenProto = Object.freeze(Object.assign(Object.create(Array.prototype), { 0: 'frozen' }));
const arr = Object.setPrototypeOf([], frozenProto);
try { arr.push('y'); } catch (e) { console.log(e.constructor.name, e.message); }
console.log('frozen proto element', arr.length, arr.hasOwnProperty(0));
const plain = [];
for (let i = 0; i < 5; i++) plain.push(i, -i);
console.log('plain again', plain.join(), plain.length);

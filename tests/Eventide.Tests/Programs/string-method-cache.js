// s.method reads String.prototype through the call site's cache: added, replaced and accessor
// methods, inherited properties and linked strings must read what node reads.
const out = [];
const words = ['alpha', 'beta', 'gamma'];
for (let round = 0; round < 4; round++) {
  if (round === 1) String.prototype.shout = function () { return this.toUpperCase() + '!'; };
  if (round === 2) String.prototype.toUpperCase = function () { return 'patched:' + this; };
  if (round === 3) Object.defineProperty(String.prototype, 'trim', { get() { return () => 'getter-trim'; }, configurable: true });
  for (const w of words) {
    out.push(w.toUpperCase(), w.trim(), typeof w.shout === 'function' ? w.shout() : 'none', w.length, w.at(-1), w.constructor === String);
  }
}
let linked = ''; for (let i = 0; i < 300; i++) linked += 'x';
out.push(linked.slice(0, 3), linked.toUpperCase().length, linked.indexOf('xx'));
Object.prototype.fromObject = 1; out.push('s'.fromObject, 'q'.hasOwnProperty('0'), (5).toFixed(1));
console.log(out.join(','));

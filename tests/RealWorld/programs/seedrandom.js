'use strict';
// seedrandom: seeded PRNGs (ARC4 default and the alea, xor128, xorwow, xorshift7, xor4096, tychei algorithms), state save/restore.
const seedrandom = require('seedrandom');
const show = (label, value) => console.log(label, JSON.stringify(value));
const rng = seedrandom('hello.');
show('arc4', [rng(), rng(), rng.int32(), rng.quick(), rng.double()]);
for (const alg of ['alea', 'xor128', 'xorwow', 'xorshift7', 'xor4096', 'tychei']) {
  const r = seedrandom[alg]('seed');
  show(alg, [r(), r(), r.int32(), r.double(), r.quick()]);
}
const saving = seedrandom('state', { state: true });
for (let i = 0; i < 10; i++) saving();
const restored = seedrandom('', { state: saving.state() });
show('state', [saving() === restored(), saving() === restored()]);
show('entropy mixing', typeof seedrandom(null, { entropy: true })());
show('distribution', (() => { const r = seedrandom('dist'); const buckets = [0, 0, 0, 0, 0]; for (let i = 0; i < 10000; i++) buckets[Math.floor(r() * 5)]++; return buckets; })());
show('long seed', seedrandom('x'.repeat(1000))());
show('object seed', seedrandom({ toString: () => 'obj' })() === seedrandom('obj')());
show('global replacement', (() => { const saved = Math.random; seedrandom('glob', { global: true }); const v = Math.random(); Math.random = saved; return v; })());

console.log('cjs start');
import('./b.mjs').then(ns => console.log('loaded b', Object.keys(ns), ns[Symbol.toStringTag]));
import('./nope.mjs').catch(e => console.log('failed', e.code));
import('events').then(ns => console.log('events', typeof ns.default, typeof ns.EventEmitter));
Promise.all([import('./c.mjs'), import('./c.mjs')]).then(([x, y]) => console.log('same ns', x === y, x.c));
console.log('cjs end');

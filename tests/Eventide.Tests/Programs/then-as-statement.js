// `p.then(f, r);` as a statement: the promise then() returns is dropped, and Eventide makes it only when
// settling it can be seen. Everything node shows about it must still happen, in the same order.
const order = [];
process.on('unhandledRejection', (reason, promise) => {
  order.push(`unhandledRejection: ${reason instanceof Error ? reason.message : reason}, ` +
    `promise: ${promise instanceof Promise} ${require('util').inspect(promise).split('\n')[0]}`);
});

// A handler that throws: the dropped promise rejects, unhandled.
Promise.resolve(1).then(v => { throw new Error(`handler threw on ${v}`); });
// A rejection passed through a missing onRejected: the dropped promise rejects with it.
Promise.reject(new Error('passed through')).then(v => order.push(`never ${v}`));
// A handled rejection: the dropped promise fulfils, nothing to see.
Promise.reject(new Error('handled')).then(undefined, e => { order.push(`onRejected: ${e.message}`); });
// A handler returning a thenable: its then is called (in a later job), and may reject the dropped promise.
Promise.resolve(2).then(v => ({
  then(resolve, reject) { order.push(`thenable's then called for ${v}`); reject(new Error('thenable rejected')); },
}));
// A handler returning an object with a then getter: the getter runs, and its throw rejects.
Promise.resolve(3).then(v => ({ get then() { order.push(`then getter read for ${v}`); throw new Error('getter threw'); } }));
// A handler returning a plain object or a primitive: nothing more.
Promise.resolve(4).then(v => { order.push(`handler ${v}`); return { value: v }; });
Promise.resolve(5).then(v => { order.push(`handler ${v}`); return v; });
// A handler returning a promise: adopted through its then.
const adopted = Promise.resolve('adopted');
adopted.then = function (...args) { order.push('adopted promise then called'); return Promise.prototype.then.apply(this, args); };
Promise.resolve(6).then(() => adopted);
// then() on a subclass instance: the species constructor runs as it must.
class Tracked extends Promise {
  constructor(executor) { order.push('Tracked constructed'); super(executor); }
}
Tracked.resolve(7).then(v => { order.push(`Tracked handler ${v}`); });
// then() replaced on the prototype: the replacement is what runs.
const originalThen = Promise.prototype.then;
Promise.prototype.then = function (...args) { order.push('patched then'); return originalThen.apply(this, args); };
Promise.resolve(8).then(v => { order.push(`after patched then ${v}`); });
Promise.prototype.then = originalThen;
// Not a promise: the TypeError as node words it.
try { Promise.prototype.then.call({}, () => {}); } catch (e) { order.push(`${e.constructor.name}: ${e.message}`); }
// A builtin as the handler.
Promise.resolve('logged by a builtin').then(console.log);
// catch() as a statement: a handled rejection, a rethrow (unhandled), a fulfilment passed through, and
// an instance with its own then, which catch must call.
Promise.reject(new Error('c1')).catch(e => { order.push(`catch handler: ${e.message}`); });
Promise.reject(new Error('c2')).catch(e => { throw new Error(`rethrown ${e.message}`); });
Promise.resolve('not rejected').catch(e => order.push(`never ${e}`));
const ownThen = Promise.resolve('own');
ownThen.then = function (...args) { order.push(`own then called with ${args.length} arguments`); return Promise.prototype.then.apply(this, args); };
ownThen.catch(() => {});
Promise.prototype.catch.call({ then(a, b) { order.push(`a thenable's then from catch: ${typeof a}, ${typeof b}`); } }, () => {});
// Interleaved with the same calls whose result is kept.
const kept = Promise.resolve(9).then(v => { throw new Error(`kept ${v}`); });
kept.catch(e => order.push(`kept promise rejected: ${e.message}`));

setTimeout(() => console.log(order.join('\n')), 10);

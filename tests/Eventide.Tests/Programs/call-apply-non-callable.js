// Function.prototype.call/apply and Reflect.apply reaching something not callable: V8 names the call
// site's callee when the chain makes no frame, and the value (or apply's own words) from a builtin's callback.
const t = (f) => { try { f(); } catch (e) { console.log(e.constructor.name, e.message); } };
t(() => Function.prototype.call.call(1));
t(() => { const c = Function.prototype.call; c.call({}); });
t(() => Reflect.apply(Function.prototype.call, 1, []));
t(() => [1].forEach(Function.prototype.call, 1));
t(() => Function.prototype.call.apply(5, []));
t(() => Function.prototype.apply.call({}));
t(() => Function.prototype.apply.apply(null, []));
t(() => { const o = { m: Function.prototype.call }; o.m(); });
t(() => [1].forEach(Function.prototype.call, {}));
t(() => [1].forEach(Function.prototype.call, 'abc'));
t(() => [1].forEach(Function.prototype.call, null));
t(() => [1].forEach(Function.prototype.call, undefined));
t(() => [1].forEach(Function.prototype.apply, { a: 1 }));
t(() => [1].forEach(Function.prototype.call, [1, 2]));
t(() => [1].forEach(Function.prototype.call, Symbol('s')));
t(() => Function.prototype.call.call(undefined));
t(() => Function.prototype.call.call({}, 1, 2));
t(() => { var x = {}; x.y = { z: Function.prototype.apply }; x.y.z(); });
t(() => Function.prototype.call.call(Symbol.iterator));
t(() => Reflect.apply(1, null, []));
t(() => Function.prototype.apply(1));
t(() => Function.prototype.apply.call(5, null, []));
t(() => Reflect.apply(Function.prototype.apply, 7, []));
t(() => Function.prototype.call());
t(() => Function.prototype.call.call(Function.prototype.call, 9));
// Callable targets still run: the check only names the failing call.
console.log(Function.prototype.call.call(function (a) { return [typeof this, a]; }, 'x', 2).join());
console.log(Reflect.apply(Function.prototype.apply, Math.max, [null, [3, 9, 4]]));
// Bound forwarders: a bound function is its target with its this and arguments first, so the call site is named again.
t(() => Function.prototype.call.bind(3)());
t(() => Function.prototype.apply.bind(3)());
t(() => Reflect.apply.bind(null, 3)());
const boundCall = Function.prototype.call.bind(null); t(() => boundCall());
const twice = Function.prototype.call.bind(Function.prototype.call, 7); t(() => twice());
t(() => Function.prototype.call.bind(3).call());
t(() => [1].forEach(Function.prototype.call.bind(3)));
const withArgs = Function.prototype.call.bind(3, 1, 2); t(() => withArgs(4));
t(() => Function.prototype.call.bind(Function.prototype.call.bind(3))());
console.log(Function.prototype.call.bind(function (a, b) { return [this, a, b].join(); }, 'T', 'a')('b'));

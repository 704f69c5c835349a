const custom = { [Symbol.for('nodejs.util.inspect.custom')](depth, opts, inspect) { return 'CUSTOM(' + depth + ',' + typeof opts.stylize + ',' + typeof inspect + ')'; } };
console.log(custom, [custom], { a: { b: custom } });
const c2 = { [Symbol.for('nodejs.util.inspect.custom')]() { return { replaced: true }; } }; console.log(c2);
const c3 = { [Symbol.for('nodejs.util.inspect.custom')]() { return 'multi\nline'; } }; console.log({ x: { y: c3 } });
const c4 = { [Symbol.for('nodejs.util.inspect.custom')](d, o, inspect) { return inspect({ inner: 1 }, o); } }; console.log(c4);
console.dir(custom);
class Money { constructor(v) { this.v = v; } [Symbol.for('nodejs.util.inspect.custom')]() { return `$${this.v}`; } }
console.log([new Money(3), new Money(4)]);
console.log(Money.prototype);
class Y extends null {}; console.log(Y);
const nullCtor = { constructor: null }; console.log(nullCtor);
function Old() { this.a = 1; } console.log(new Old());
const anon = new (function() { this.z = 1; })(); console.log(anon);
console.log({ 'ключ': 1, é: 2, $dollar: 3, _u: 4, a1: 5, '1a': 6 });
console.log([['a', 'b'], ['c', 'd']]);
console.log({ f: function () {}, g: function named() {} });
const bound = function bf() {}.bind(null); console.log(bound);

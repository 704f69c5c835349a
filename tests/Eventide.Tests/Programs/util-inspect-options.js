// util.inspect/format/formatWithOptions options and validation, util.inherits' errors.
const util = require('util');
const o = { b: 1234567.891, a: [1, 2, 3, 4], s: 'x'.repeat(30), n: { d: { e: { f: 1 } } }, get g() { return 5; }, m: new Map([[1, 2]]) };
const show = (f) => { try { console.log(f()); } catch (e) { console.log(e.name, e.code, e.message); } };
show(() => util.inspect(o, { sorted: true, getters: true, numericSeparator: true, maxArrayLength: 2, maxStringLength: 5, depth: 1 }));
show(() => util.inspect(o, { compact: 1, breakLength: 40 }));
show(() => util.inspect(o, { compact: false, depth: Infinity }));
show(() => util.inspect([1, [2, [3, [4]]]], { depth: 0 }));
show(() => util.inspect({ a: 1 }, { showHidden: true }));
show(() => util.inspect([1, 2], { showHidden: true }));
show(() => JSON.stringify(util.inspect({ a: 'x', b: 1, c: null, d: undefined, e: Symbol('s'), f: 2n, g: true }, { colors: true })));
show(() => util.inspect('str', true, 0, true));
show(() => util.formatWithOptions({ compact: false }, '%o %O', { a: [1] }, { b: 2 }));
show(() => util.formatWithOptions(3, 'x'));
show(() => util.format('%s %s', 1n, Symbol('q'), 'extra', { x: 1 }));
show(() => util.format('%d %i %f %j %%', '42', '3.9', '1.5', { a: 1 }));
show(() => util.format('%c%s', 'css', 'after'));
show(() => util.inspect(new Proxy({ a: 1 }, {}), { showProxy: true }));
show(() => util.inspect({ [util.inspect.custom](depth, opts, insp) { return insp === util.inspect ? 'custom ok ' + depth : 'bad'; } }));
show(() => util.inspect({ a: 1 }, { breakLength: 'x' }));
show(() => util.inspect({}, 3));
for (const args of [[], [function A() {}], [function A() {}, null], [function A() {}, {}], [function A() {}, () => {}], [3, function B() {}]]) {
  try { util.inherits(...args); console.log('ok'); } catch (e) { console.log(e.name, e.code, e.message); }
}
function C() {} function D() {} D.prototype.x = 1; util.inherits(C, D); console.log(new C().x, Object.getOwnPropertyDescriptor(C, 'super_'));

// Builtins' lines on stack traces, as V8 shows them: between the frame that called a builtin and the
// callbacks it calls ("at Array.forEach (<anonymous>)"), on top of the errors a builtin throws, and a
// generator's resumption ("at g.next"); call, apply, Reflect.apply/construct and error constructors have none.
const frames = s => s.split('\n').slice(1).filter(l => !/node:internal|Module\.|executeUserEntryPoint/.test(l)).map(l => l.trim().replace(__dirname + '/', '')).join(' | ');
function boom() { throw new Error('x'); }
function show(label, fn) { try { fn(); } catch (e) { console.log(label, '|', frames(e.stack)); } }
show('forEach', () => [1, 2].forEach(x => boom(x)));
show('sort', () => [3, 1, 2].sort((a, b) => boom(a)));
show('map named', () => [1].map(function named(x) { return boom(x); }));
show('JSON.parse reviver', () => JSON.parse('{"a":1}', (k, v) => boom(k)));
show('replace', () => 'abc'.replace(/b/, () => boom('r')));
show('Array.from', () => Array.from([1], x => boom(x)));
show('flatMap', () => [[1]].flatMap(x => boom(x)));
show('Map.forEach', () => new Map([[1, 2]]).forEach(x => boom(x)));
show('call', () => boom.call(null));
show('apply', () => boom.apply(null, []));
show('Reflect.apply', () => Reflect.apply(boom, null, []));
show('Reflect.construct', () => Reflect.construct(boom, []));
show('String()', () => String({ toString: boom }));
show('join', () => [{ toString: boom }].join());
show('assign', () => Object.assign({}, { get a() { boom(); } }));
show('stringify', () => JSON.stringify({ toJSON: boom }));
show('stringify replacer', () => JSON.stringify({ a: 1 }, boom));
show('replaceAll', () => 'aa'.replaceAll('a', boom));
show('Set.forEach', () => new Set([1]).forEach(boom));
show('typed map', () => new Uint8Array(2).map(boom));
show('Object.keys of a proxy', () => Object.keys(new Proxy({}, { ownKeys: boom })));
show('proxy get', () => new Proxy({}, { get: boom }).x);
show('getter', () => ({ get x() { boom(); } }).x);
show('Array.from iterable', () => Array.from({ [Symbol.iterator]: boom }));
show('template', () => `${{ toString: boom }}`);
show('Math.max', () => Math.max({ valueOf: boom }));
show('parseInt', () => parseInt({ toString: boom }));
show('Number', () => Number({ valueOf: boom }));
show('super', () => { class A { constructor() { boom(); } } class B extends A {} new B(); });
show('generator', () => { function* g() { boom(); } g().next(); });
show('toSorted', () => [2, 1].toSorted(boom));
show('forEach via call', () => Array.prototype.forEach.call([1], boom));
show('map via apply', () => Array.prototype.map.apply([1], [boom]));
show('some via Reflect.apply', () => Reflect.apply(Array.prototype.some, [1], [boom]));
show('structuredClone', () => structuredClone({ get a() { boom(); } }));
show('reduce of empty', () => [].reduce((a, b) => a));
show('JSON.parse', () => JSON.parse('{'));
show('forEach of undefined', () => [1].forEach(undefined));
show('new Map', () => new Map([1]));
show('new Set', () => new Set(5));
show('defineProperty', () => Object.defineProperty(1, 'x', {}));
show('reduce on null', () => [1].reduce.call(null, x => x));
show('BigInt', () => BigInt(1.5));
show('new Uint8Array', () => new Uint8Array(-1));
show('null.x after a caught builtin throw', () => { try { JSON.parse('{'); } catch {} null.x; });
show('after a callback threw', () => { try { [1, 2].forEach(x => { if (x === 2) boom(); }); } catch {} null.x; });
show('after a loop', () => { [1, 2, 3].map(x => x * 2); boom(); });
show('nested', () => [1].forEach(() => [2].forEach(boom)));
function deep(n) { if (n === 0) boom(); [n].forEach(v => deep(v - 1)); }
show('deep', () => deep(3));
let depth = 0;
function recurse() { depth++; [1].forEach(recurse); }
try { recurse(); } catch (e) { console.log(e.constructor.name, depth > 100); }
show('after an overflow', boom);
new Promise(resolve => { resolve(); console.log('executor |', frames(new Error().stack)); });
Promise.resolve().then(() => console.log('job |', frames(new Error().stack)));
[3, 1, 2].sort((x, y) => { if (x === 1) console.log('comparator |', frames(new Error().stack)); return x - y; });
class MyErr extends Error {}
console.log('subclass |', frames(new MyErr().stack));
function Legacy() { Error.captureStackTrace(this, Legacy); }
function make() { return new Legacy(); }
console.log('captureStackTrace |', frames(make().stack));
console.log('Reflect.construct(Error) |', frames(Reflect.construct(Error, []).stack));
console.log('Error() |', frames([0].map(() => Error('call'))[0].stack));
Error.prepareStackTrace = (e, sites) => sites;
let sites;
[1].forEach(function cb() { sites = new Error().stack; });
Error.prepareStackTrace = undefined;
for (const s of sites.slice(0, 3)) {
  const local = name => typeof name === 'string' ? name.replace(__dirname + '/', '') : name;
  console.log(JSON.stringify({ s: local(s.toString()), file: local(s.getFileName()), line: s.getLineNumber(), column: s.getColumnNumber(),
    fn: s.getFunctionName(), type: s.getTypeName(), method: s.getMethodName(), top: s.isToplevel(), native: s.isNative(),
    ctor: s.isConstructor(), pos: s.getPosition(), enclosing: s.getEnclosingLineNumber(), this: typeof s.getThis(),
    f: typeof s.getFunction(), script: local(s.getScriptNameOrSourceURL()), eval: s.isEval() }));
}

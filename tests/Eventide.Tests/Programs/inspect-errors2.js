function mk(ctor, msg, stack) { const e = new ctor(msg); e.stack = stack; return e; }
const frames = '\n    at a (/f.js:1:1)\n    at b (/f.js:2:2)\n    at c (/f.js:3:3)\n    at d (/f.js:4:4)\n    at e (/f.js:5:5)';
const inner = mk(Error, 'inner', 'Error: inner\n    at z (/f.js:9:9)' + frames);
const outer = new Error('outer', { cause: inner }); outer.stack = 'Error: outer\n    at y (/f.js:8:8)' + frames;
console.log(outer);
const agg = new AggregateError([mk(Error, 'e1', 'Error: e1' + frames), 2], 'many'); agg.stack = 'AggregateError: many' + frames; console.log(agg);
const renamed = mk(Error, 'msg', 'Error: msg' + frames); renamed.name = 'Renamed'; console.log(renamed);
const np = mk(TypeError, 'np', 'TypeError: np' + frames); Object.setPrototypeOf(np, null); console.log(np);
class ValidationError extends Error { constructor(m) { super(m); this.name = 'ValidationError'; } }
const ve = new ValidationError('invalid'); ve.stack = 'ValidationError: invalid' + frames; console.log(ve);
const nl = mk(Error, 'line1\nline2', 'Error: line1\nline2' + frames); console.log(nl, [nl]);
const nostack = mk(RangeError, 'ns', 'RangeError: ns'); console.log(nostack, { nostack });
const numstack = mk(Error, 'num', 42); console.log(numstack);
const empty = mk(Error, '', 'Error' + frames); console.log(empty);
console.log(new Map([['err', mk(Error, 'in map', 'Error: in map' + frames)]]));
const withName = mk(Error, 'x', 'Error: x' + frames); withName.name = 'Error'; console.log(withName);
const own = mk(Error, 'own', 'Error: own' + frames); Object.defineProperty(own, 'message', { enumerable: true, value: 'own' }); console.log(own);
const wrongStack = mk(Error, 'a', 'totally custom stack'); console.log(wrongStack);
console.log({ a: { b: { c: mk(Error, 'deep', 'Error: deep' + frames) } } });
const fakeErr = Object.create(Error.prototype); console.log(fakeErr);
const e2 = mk(SyntaxError, 'se', 'SyntaxError: se' + frames); e2.cause = 'plain cause'; console.log(e2);

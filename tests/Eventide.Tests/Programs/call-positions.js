// The line:column a stack frame gives for a call, as V8 records it: o.m() at the name m,
// o[k]() at the parenthesis, any other call at its start; "is not a function" still quotes the callee.
function at() { return new Error().stack.split('\n')[2].replace(/.*:(\d+:\d+)\)?$/, '$1'); }
const o = { at, deep: { at } };
console.log(at());
console.log(o.at());
console.log(o['at']());
console.log(o.deep.at());
console.log(o?.at());
console.log(o
  .at());
console.log(at.call(null));
console.log(new (function () { this.v = at(); })().v);
console.log(`${at()}`);
console.log((() => at())());
try { o.nope(); } catch (e) { console.log(e.message, e.stack.split('\n')[1].replace(/.*:(\d+:\d+)\)?$/, '$1')); }
try { o.deep.nope(1, 2); } catch (e) { console.log(e.message); }
try { o?.nope(); } catch (e) { console.log(e.message); }
try { new o.deep(); } catch (e) { console.log(e.message); }

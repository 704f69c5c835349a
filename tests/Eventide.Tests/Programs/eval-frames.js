// Frames of eval code and of the Function constructor's functions, as V8 shows them: named "eval", placed
// "eval at CALLER (FILE:LINE:COL), <anonymous>:LINE:COL" (nested eval: the outer eval's origin), with
// CallSite's getEvalOrigin, isEval and an undefined getFileName.
const local = s => typeof s === 'string' ? s.replace(__dirname + '/', '') : s;
const show = s => console.log(s.split('\n').slice(1, 3).map(l => local(l.trim())).join(' | '));
function f() { return eval('new Error().stack'); }
show(f());
show(eval('new Error().stack'));
show((0, eval)('new Error().stack'));
show(Function('return new Error().stack')());
show(new Function('a', 'b', 'return new Error().stack')());
const o = { m() { return eval('(() => new Error().stack)()'); } };
show(o.m());
function g() { return eval('eval("new Error().stack")'); }
show(g());
try { eval('\n\nnull.x'); } catch (e) { show(e.stack); }
show(eval('(function named() { return new Error().stack; })()'));
show(eval('({ m() { return new Error().stack; } }).m()'));
Error.prepareStackTrace = (e, s) => s;
const site = s => console.log(JSON.stringify({ s: local(s.toString()), file: local(s.getFileName()), eval: s.isEval(), origin: local(s.getEvalOrigin()),
  fn: s.getFunctionName(), line: s.getLineNumber(), type: s.getTypeName(), top: s.isToplevel() }));
site(f()[0]);
site(Function('return new Error().stack')()[0]);
site(eval('(function named() { return new Error().stack; })()')[0]);
site(eval('({ m() { return new Error().stack; } }).m()')[0]);
site(eval('new Error().stack')[0]);
site(new Error().stack[0]);

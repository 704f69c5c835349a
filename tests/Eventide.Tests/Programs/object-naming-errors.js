// Where two error-wording fixes met (differential fuzzing and V8 parity): an object pattern over
// null/undefined at the top, nested, with a defaulted first key, and in a default value; and how a
// getter-only write and a strict delete name the object (V8's NoSideEffectsToString).
"use strict";
const patterns = [
  "const {a=1} = null", "const {a} = null", "const {a:{b}} = {a:null}", "const [{b}] = [null]",
  "const {a:{b=2}} = {a:undefined}", "let b; ({a:{b}} = {a:null})", "const {[1+1]:x} = null", "const {} = null",
  "function f({a}){}; f(null)", "function f({a=1}){}; f()", "for (const {a} of [null]);", "const {...r} = null",
  "const {a:{...r}} = {a:null}", "const [{...r}] = [undefined]", "const [{}] = [undefined]",
  "const {a:{b, ...r}} = {a:null}", "let b; const [x = ({b} = null)] = []", "const [x = (() => { const {q} = null; })()] = []",
];
for (const c of patterns) {
  try { Function(c)(); console.log("ok", c); } catch (e) { console.log(c, "=>", e.constructor.name, e.message); }
}
const objs = {
  plain: {}, arr: [], fn: function foo() { return 1 }, arrow: () => 2, cls: new (class K {})(), nullp: Object.create(null),
  err: new Error("boom"), date: new Date(0), re: /x/g, map: new Map(), str: new String("s"), num: new Number(1),
  sym: Object(Symbol("q")), klass: class Z {}, bound: function () {}.bind(null), args: (function () { return arguments })(1),
};
for (const [k, o] of Object.entries(objs)) {
  Object.defineProperty(o, "x", { get() { return 1 }, configurable: true });
  try { o.x = 2 } catch (e) { console.log(k, e.message) }
  Object.defineProperty(o, "y", { value: 1, configurable: false });
  try { delete o.y } catch (e) { console.log(k, e.message) }
}

'use strict';
// @babel/parser: JavaScript, JSX, TypeScript and Flow parsing, error recovery, tokens, comments.
const parser = require('@babel/parser');
const show = (label, value) => console.log(label, JSON.stringify(value));
const types = ast => { const out = {}; (function walk(n) { if (!n || typeof n !== 'object') return; if (Array.isArray(n)) return n.forEach(walk); if (typeof n.type === 'string') out[n.type] = (out[n.type] || 0) + 1; for (const k of Object.keys(n)) if (k !== 'loc' && k !== 'extra') walk(n[k]); })(ast); return Object.keys(out).sort().map(k => k + ':' + out[k]); };
const modern = `
import def, * as ns from 'm' with { type: 'json' };
export class A extends B { #x = 1; static #y; static { A.#y = 2; } async *m(a = 1, { b, ...c } = {}) { yield* super.m?.(a); } get [k]() { return this.#x; } }
const f = async function* () { for await (const x of y) label: { if (x) break label; } };
a ??= b?.c?.[d] ?? e; const big = 10n ** 20n; const re = /(?<year>\\d{4})/v; tag\`x\${1}\`;
`;
const ast = parser.parse(modern, { sourceType: 'module', plugins: ['importAttributes', 'regexpUnicodeSets'] });
show('modern', types(ast));
show('positions', ast.program.body.map(n => [n.type, n.start, n.end, n.loc.start.line]));
const jsx = parser.parse('const el = <Foo.Bar a="1" {...p} b={x ? <i/> : null}>text {y} <>frag</></Foo.Bar>;', { plugins: ['jsx'] });
show('jsx', types(jsx));
const ts = parser.parse('interface I<T> extends J { a?: T; readonly b: string[] } type U = keyof I<number> | `t${string}`; enum E { A = 1, B } function g<T extends object>(x: T, ...r: any[]): asserts x is T {} let v = <T,>(a: T) => a as unknown as T satisfies T; declare module "m" { export const z: number; } abstract class C extends D { private constructor(public p: number) { super(); } abstract m(): void }', { sourceType: 'module', plugins: ['typescript'] });
show('typescript', types(ts));
const flow = parser.parse('// @flow\ntype T = {| a: ?number, b: Array<string> |}; function f(x: T): %checks { return !!x; }', { plugins: ['flow'] });
show('flow', types(flow));
const withComments = parser.parse('/* a */ x; // b\n/** c */ function f() {}', { attachComment: true });
show('comments', withComments.comments.map(c => [c.type, c.value]));
show('tokens', parser.parse('let x = 1 + "s";', { tokens: true }).tokens.map(t => (t.type.label || t.type) + (t.value !== undefined ? '=' + t.value : '')));
for (const bad of ['let let = 1', 'function f( {', 'class A { constructor() {} constructor() {} }', 'a => { await x }', '"use strict"; delete x;', 'for (let x of y, z) {}']) {
  try { parser.parse(bad); show('parsed', bad); } catch (e) { show('error ' + bad, [e.code, e.reasonCode, e.message, e.loc]); }
}
const recovered = parser.parse('let a = 1; let a = 2; "use strict"; with (x) {}', { errorRecovery: true, sourceType: 'script' });
show('errorRecovery', recovered.errors.map(e => e.message));
show('expression', parser.parseExpression('a ? b : c => d').type);
const lodashSource = '(' + String(require('lodash').runInContext) + ')';
show('lodash source', types(parser.parseExpression(lodashSource)).length);

'use strict';
// acorn: parse modern JavaScript into an ESTree AST, locations, comments, tokens, syntax errors, walking.
const acorn = require('acorn');
const show = (label, value) => console.log(label, JSON.stringify(value));
const source = `
import { a as b } from './x.js';
export default class Foo extends Bar {
  #secret = 1;
  static count = 0;
  get value() { return this.#secret ?? super.value; }
  async *gen(...args) { for await (const x of args) yield x?.y; }
}
const { p = 1, ...rest } = obj, [q, , r = 2] = arr;
label: for (let i = 0; i < 10; i++) { if (i & 1) continue label; else break label; }
const re = /ab+c/giu, tpl = tag\`a\${1 + 2}b\`, big = 123n, num = 1_000;
a ||= b; c &&= d; e ??= f;
try { throw new Error('x'); } catch { } finally { }
`;
const ast = acorn.parse(source, { ecmaVersion: 2022, sourceType: 'module', locations: true });
const types = [];
(function walk(node) {
  if (!node || typeof node.type !== 'string') return;
  types.push(node.type);
  for (const key of Object.keys(node)) {
    const v = node[key];
    if (Array.isArray(v)) v.forEach(walk); else if (v && typeof v === 'object' && key !== 'loc') walk(v);
  }
})(ast);
show('node count', types.length);
show('body types', ast.body.map(n => n.type));
const counts = {};
for (const t of types) counts[t] = (counts[t] || 0) + 1;
show('type counts', Object.keys(counts).sort().map(k => k + ':' + counts[k]));
show('class', (() => { const c = ast.body[1].declaration; return [c.id.name, c.superClass.name, c.body.body.map(m => [m.type, m.key.name, m.static, m.kind])]; })());
show('locations', ast.body.map(n => [n.loc.start.line, n.loc.start.column, n.loc.end.line, n.start, n.end]));
const literals = [];
(function walk(node) {
  if (!node || typeof node !== 'object') return;
  if (node.type === 'Literal') literals.push([typeof node.value, node.raw, node.regex || null, node.bigint || null]);
  for (const k of Object.keys(node)) if (k !== 'loc') { const v = node[k]; if (Array.isArray(v)) v.forEach(walk); else if (v && typeof v === 'object') walk(v); }
})(ast);
show('literals', literals);
const comments = [];
acorn.parse('/* block */ x = 1; // line\n/** doc */ y', { ecmaVersion: 2020, onComment: comments });
show('comments', comments.map(c => [c.type, c.value, c.start, c.end]));
const tokens = [...acorn.tokenizer('let x = a?.b ?? `t${1}`;', { ecmaVersion: 2020 })].map(t => t.type.label + (t.value !== undefined ? '=' + t.value : ''));
show('tokens', tokens);
for (const bad of ['let let = 1', 'function (', 'a => { yield 1 }', 'class { constructor() {} constructor() {} }', '"use strict"; with (a) {}', 'x = 08n', 'for (const x of y', 'import x from "y"']) {
  try { acorn.parse(bad, { ecmaVersion: 2022 }); show('parsed', bad); } catch (e) { show('error ' + bad, [e.name, e.message, e.pos, e.loc]); }
}
show('expression', acorn.parseExpressionAt('a + b * (c - d) ; rest', 0, { ecmaVersion: 2020 }).end);
show('version', typeof acorn.version);
const big = Array.from({ length: 300 }, (_, i) => `function f${i}(a, b) { return a * ${i} + b; }`).join('\n');
show('big program', acorn.parse(big, { ecmaVersion: 2020 }).body.length);
// A large real input: lodash's whole runInContext function, read back through Function.prototype.toString.
const lodashSource = '(' + String(require('lodash').runInContext) + ')';
const lodashAst = acorn.parse(lodashSource, { ecmaVersion: 5, locations: true });
let nodes = 0, maxDepth = 0, checksum = 0;
(function walk(node, depth) {
  if (!node || typeof node.type !== 'string') return;
  nodes++;
  maxDepth = Math.max(maxDepth, depth);
  checksum = (checksum * 31 + node.start * 7 + node.end + node.type.length) % 1000000007;
  for (const key of Object.keys(node)) {
    const v = node[key];
    if (Array.isArray(v)) v.forEach(n => walk(n, depth + 1)); else if (v && typeof v === 'object' && key !== 'loc') walk(v, depth + 1);
  }
})(lodashAst, 0);
show('lodash source', [lodashSource.length, nodes, maxDepth, checksum, lodashAst.loc.end.line]);

'use strict';
// esprima: parse scripts and modules, tokenize, ranges, comments, errors, JSX.
const esprima = require('esprima');
const show = (label, value) => console.log(label, JSON.stringify(value));
const program = esprima.parseScript('var answer = 6 * 7; function f(a, b = 2, ...c) { return a ? b : c; }', { range: true });
show('parseScript', program.body.map(n => [n.type, n.range]));
show('declarations', program.body[0].declarations[0].init);
show('params', program.body[1].params.map(p => p.type));
show('module', esprima.parseModule('import a, { b as c } from "m"; export const x = async () => await a;').body.map(n => n.type));
show('tokenize', esprima.tokenize('const x = /re/g + `t` // c', { comment: true }).map(t => t.type + ':' + t.value));
show('comments', esprima.parseScript('/* a */ x; // b', { comment: true }).comments);
show('jsx', esprima.parseScript('<div className="a">{x}</div>', { jsx: true }).body[0].expression.openingElement.name.name);
show('delegate', (() => { const seen = []; esprima.parseScript('a + b * c', {}, node => { if (node.type === 'Identifier') seen.push(node.name); }); return seen; })());
for (const bad of ['var = 1', 'function () {}', 'a +', '"\\u{110000}"']) {
  try { esprima.parseScript(bad); show('parsed', bad); } catch (e) { show('error ' + bad, [e.index, e.lineNumber, e.description]); }
}
show('tolerant', esprima.parseScript('"use strict"; var eval = 1;', { tolerant: true }).errors.map(e => e.description));
show('version', esprima.version);
// A large real input: lodash's whole runInContext function, read back through Function.prototype.toString.
const lodashSource = '(' + String(require('lodash').runInContext) + ')';
const tokens = esprima.tokenize(lodashSource);
const kinds = {};
for (const t of tokens) kinds[t.type] = (kinds[t.type] || 0) + 1;
show('lodash tokens', [tokens.length, kinds]);
show('lodash ast', JSON.stringify(esprima.parseScript(lodashSource, { range: true })).length);

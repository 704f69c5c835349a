'use strict';
// mustache: variables, escaping, sections, inverted sections, partials, lambdas, delimiters, parse.
const Mustache = require('mustache');
const show = (label, value) => console.log(label, JSON.stringify(value));
const cases = [
  ['Hello {{name}}!', { name: 'World' }],
  ['{{html}} {{{html}}} {{&html}}', { html: '<b>"&\'</b>' }],
  ['{{a.b.c}}', { a: { b: { c: 'deep' } } }],
  ['{{#list}}<{{.}}>{{/list}}', { list: [1, 2, 3] }],
  ['{{#people}}{{name}} is {{age}}; {{/people}}', { people: [{ name: 'a', age: 1 }, { name: 'b', age: 2 }] }],
  ['{{#flag}}yes{{/flag}}{{^flag}}no{{/flag}}', { flag: false }],
  ['{{^empty}}empty list{{/empty}}', { empty: [] }],
  ['{{#obj}}{{x}}-{{y}}{{/obj}}', { obj: { x: 1 }, y: 'outer' }],
  ['{{missing}}|{{#missing}}x{{/missing}}', {}],
  ['{{#wrap}}Hi {{name}}{{/wrap}}', { name: 'Tater', wrap: () => (text, render) => '<b>' + render(text) + '</b>' }],
  ['{{fn}}', { fn() { return this.v * 2; }, v: 21 }],
  ['{{=<% %>=}}<% name %> {{name}}', { name: 'delims' }],
  ['{{! comment }}visible', {}],
  ['  {{#s}}\n  line\n  {{/s}}\n', { s: true }],
  ['{{> part}} and {{>part}}', { who: 'partial' }, { part: 'from {{who}}' }],
  ['{{#list}}{{> item}}{{/list}}', { list: [{ n: 1 }, { n: 2 }] }, { item: '[{{n}}]' }],
  ['{{0}} {{1.x}}', ['zero', { x: 'one.x' }]],
  ['{{num}} {{zero}} {{bool}} {{nul}}', { num: 1.5, zero: 0, bool: false, nul: null }],
];
for (const [tpl, view, partials] of cases) show(tpl, Mustache.render(tpl, view, partials));
show('parse', Mustache.parse('a {{b}} {{#c}}d{{/c}}').map(t => t.slice(0, 2)));
show('custom tags', Mustache.render('[[x]] {{x}}', { x: 1 }, {}, ['[[', ']]']));
show('escape override', (() => { const old = Mustache.escape; Mustache.escape = s => s.toUpperCase(); const r = Mustache.render('{{a}}', { a: 'low' }); Mustache.escape = old; return r; })());
for (const bad of ['{{#open}}', '{{/close}}', '{{#a}}{{/b}}', '{{=<% =}}']) {
  try { Mustache.render(bad, {}); show('accepted', bad); } catch (e) { show('error ' + bad, e.message); }
}
show('cache', [Mustache.render('{{x}}', { x: 1 }), Mustache.render('{{x}}', { x: 2 }), typeof Mustache.clearCache()]);
show('big', Mustache.render('{{#rows}}{{#cols}}{{.}},{{/cols}};{{/rows}}', { rows: Array.from({ length: 20 }, (_, r) => ({ cols: Array.from({ length: 5 }, (_, c) => r * c) })) }).length);
show('version', Mustache.name + ' ' + typeof Mustache.version);

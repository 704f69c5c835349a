'use strict';
// handlebars: compile and render with helpers, block helpers, partials, each/if/with, escaping, precompile.
const Handlebars = require('handlebars');
const show = (label, value) => console.log(label, JSON.stringify(value));
const hb = Handlebars.create();
hb.registerHelper('upper', s => String(s).toUpperCase());
hb.registerHelper('join', (arr, sep) => arr.join(typeof sep === 'string' ? sep : ','));
hb.registerHelper('bold', function (options) { return new hb.SafeString('<b>' + options.fn(this) + '</b>'); });
hb.registerHelper('list', function (items, options) { return '<ul>' + items.map(i => '<li>' + options.fn(i) + '</li>').join('') + '</ul>'; });
hb.registerHelper('eq', (a, b) => a === b);
hb.registerHelper('hashy', options => Object.keys(options.hash).map(k => k + '=' + options.hash[k]).join('&'));
hb.registerPartial('person', '{{name}} ({{age}})');
hb.registerPartial('wrapper', '[{{> @partial-block }}]');
const cases = [
  ['Hello {{name}}!', { name: '<World>' }],
  ['{{{raw}}} {{&raw}}', { raw: '<i>x</i>' }],
  ['{{#each items}}{{@index}}:{{this}}{{#unless @last}}, {{/unless}}{{/each}}', { items: ['a', 'b', 'c'] }],
  ['{{#each obj}}{{@key}}={{this}};{{/each}}', { obj: { x: 1, y: 2 } }],
  ['{{#if ok}}yes{{else if maybe}}maybe{{else}}no{{/if}}', { ok: false, maybe: true }],
  ['{{#with author}}{{first}} {{last}}{{/with}}', { author: { first: 'Ada', last: 'Lovelace' } }],
  ['{{upper name}} {{join tags "|"}} {{join tags}}', { name: 'ada', tags: ['a', 'b'] }],
  ['{{#bold}}{{name}}{{/bold}}', { name: 'strong' }],
  ['{{#list people}}{{> person}}{{/list}}', { people: [{ name: 'A', age: 1 }, { name: 'B', age: 2 }] }],
  ['{{#> wrapper}}inside {{x}}{{/wrapper}}', { x: 42 }],
  ['{{#each people}}{{../title}}: {{name}} {{/each}}', { title: 'T', people: [{ name: 'A' }, { name: 'B' }] }],
  ['{{#if (eq a b)}}same{{else}}different{{/if}}', { a: 1, b: 1 }],
  ['{{hashy a=1 b="two" c=true}}', {}],
  ['{{lookup map key}} {{lookup arr 1}}', { map: { k: 'v' }, key: 'k', arr: ['x', 'y'] }],
  ['{{!-- comment --}}{{log "ignored" level="debug"}}done', {}],
  ['{{#each empty}}x{{else}}empty{{/each}}', { empty: [] }],
  ['a\n  {{#if t}}\n  b\n  {{/if}}\nc', { t: true }],
  ['{{obj.nested.deep}} {{arr.[1]}} {{this.name}}', { obj: { nested: { deep: 'd' } }, arr: [0, 'one'], name: 'n' }],
  ['{{#each list as |item idx|}}{{idx}}-{{item}} {{/each}}', { list: ['p', 'q'] }],
  ['\\{{escaped}} {{missing}}|', {}],
];
for (const [tpl, ctx] of cases) show(tpl, hb.compile(tpl)(ctx));
show('strict missing', (() => { try { return hb.compile('{{nope}}', { strict: true })({}); } catch (e) { return e.message.split('\n')[0]; } })());
for (const bad of ['{{#if}}', '{{#each x}}', '{{/if}}', '{{> missingPartial}}']) {
  try { show('rendered ' + bad, hb.compile(bad)({})); } catch (e) { show('error ' + bad, e.message.split('\n')[0]); }
}
const spec = hb.precompile('Hi {{name}} {{#each xs}}{{this}}{{/each}}');
show('precompile', [typeof spec, spec.length > 100]);
const template = hb.template(new Function('return ' + spec)());
show('template from precompiled', template({ name: 'pre', xs: [1, 2] }));
show('escapeExpression', hb.Utils.escapeExpression('<a href="x">&\'`=</a>'));
show('parse', hb.parse('a {{b}} {{#c}}d{{/c}}').body.map(n => n.type));
show('safe string', hb.compile('{{s}}')({ s: new hb.SafeString('<ok>') }));
show('noEscape', hb.compile('{{s}}', { noEscape: true })({ s: '<raw>' }));
show('data', hb.compile('{{@root.x}} {{@custom}}')({ x: 'root' }, { data: { custom: 'c' } }));

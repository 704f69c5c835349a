'use strict';
// js-yaml: load/dump of documents with anchors, tags, block scalars, errors and schemas.
const yaml = require('js-yaml');
const show = (label, value) => console.log(label, JSON.stringify(value));

const doc = `
# A config file
name: eventide
version: 1.2
enabled: true
nothing: null
tilde: ~
octal: 0o17
hex: 0x1F
float: 6.8523015e+5
inf: .inf
date: 2001-12-14t21:59:43.10-05:00
list:
  - one
  - 2
  - { inline: map, n: [1, 2] }
nested:
  deeper:
    key: "quoted \\u263A value"
    single: 'it''s'
base: &base
  a: 1
  b: 2
derived:
  <<: *base
  b: 3
folded: >
  folded text
  continues here

literal: |
  line one
    indented
  line three
multi: |-
  no trailing newline
`;
const loaded = yaml.load(doc);
show('load', Object.assign({}, loaded, { date: loaded.date instanceof Date ? loaded.date.toISOString() : loaded.date, inf: String(loaded.inf) }));
show('loadAll', yaml.loadAll('---\na: 1\n---\n- x\n- y\n---\nplain scalar\n'));
show('dump', yaml.dump({ name: 'x', list: [1, 'two', { three: 3 }], nested: { empty: [], obj: {} }, multiline: 'a\nb\n', special: 'yes', num: '123', quote: "it's", nil: null, bool: false, date: new Date(0) }));
show('dump options', yaml.dump({ b: [1, 2], a: { c: 'x' } }, { sortKeys: true, flowLevel: 1, indent: 4 }));
show('dump noRefs', yaml.dump((() => { const shared = { s: 1 }; return { x: shared, y: shared }; })()));
show('dump lineWidth', yaml.dump({ long: 'word '.repeat(30).trim() }, { lineWidth: 40 }));
show('round trip', JSON.stringify(yaml.load(yaml.dump(loaded))) === JSON.stringify(loaded));
for (const bad of ['key: [unclosed', 'a: 1\n a: 2', 'x: *missing', '- a\nb: c', '{a: 1, a: 2}', 'key: "bad \\q escape"']) {
  try {
    yaml.load(bad);
    show('accepted', bad);
  } catch (e) {
    show('error', [e.name, e.reason, e.mark && [e.mark.line, e.mark.column]]);
  }
}
show('json schema', yaml.load('a: yes\nb: 0x10\nc: 1.0', { schema: yaml.JSON_SCHEMA }));
show('failsafe', yaml.load('a: 1\nb: true', { schema: yaml.FAILSAFE_SCHEMA }));
const Point = new yaml.Type('!point', { kind: 'sequence', construct: d => ({ x: d[0], y: d[1] }), represent: p => [p.x, p.y], instanceOf: class {} });
const schema = yaml.DEFAULT_SCHEMA.extend([Point]);
show('custom tag', yaml.load('p: !point [1, 2]', { schema }));
show('binary and set', (() => { const r = yaml.load('s: !!set {a, b}\no: !!omap [x: 1, y: 2]\npairs: !!pairs [k: v]'); return r; })());
show('unicode', yaml.load('emoji: "\\U0001F600"\nkey: \u00e9t\u00e9'));
show('dump unicode', yaml.dump({ k: '\u00e9\u{1F600}', ctl: '\u0007' }));
show('big', yaml.load(yaml.dump(Array.from({ length: 200 }, (_, i) => ({ id: i, name: 'item' + i })))).length);

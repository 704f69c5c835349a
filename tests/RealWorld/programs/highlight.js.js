'use strict';
// highlight.js: syntax highlighting of several languages, auto-detection, registered language list.
const hljs = require('highlight.js');
console.log('languages', hljs.listLanguages().length, ['javascript', 'python', 'rust', 'css', 'xml', 'sql', 'bash', 'json'].map(l => l + ':' + !!hljs.getLanguage(l)).join(' '));
const samples = {
  javascript: 'const x = async (a) => { return `t${a}` + 1; } // comment',
  python: 'def f(x: int) -> int:\n    """doc"""\n    return x + 1  # c',
  rust: 'fn main() { let v: Vec<i32> = vec![1, 2]; println!("{:?}", v); }',
  css: '.a > b:hover { color: #fff; margin: 0 auto !important; }',
  xml: '<div class="x"><!-- c --><span>t &amp; u</span></div>',
  sql: "SELECT id, name FROM users WHERE age > 18 ORDER BY name LIMIT 10;",
  bash: 'for f in *.js; do echo "$f" | wc -l; done',
  json: '{"a": [1, true, null], "b": "s"}',
};
for (const [language, code] of Object.entries(samples)) {
  try { console.log(language, hljs.highlight(code, { language }).value); } catch (e) { console.log(language, 'error', e.message); }
}
for (const code of Object.values(samples)) {
  const r = hljs.highlightAuto(code, Object.keys(samples));
  console.log('auto', r.language, r.relevance);
}

'use strict';
// marked@4: Markdown to HTML (CommonMark and GFM), lexer tokens, renderer overrides, options.
const { marked } = require('marked');
const src = [
  '# Title', '', 'Some *emph*, __strong__, `code`, ~~strike~~ and [link](http://x.y "t") <b>html</b>.', '',
  '- a', '- b', '  1. c', '  2. d', '', '- [ ] todo', '- [x] done', '',
  '> quote with **bold**', '>', '> > nested', '', '```js', 'const x = 1 < 2;', '```', '',
  '    indented code', '', '| a | b |', '|:--|--:|', '| 1 | 2 |', '', 'Setext', '======', '',
  'line  ', 'break', '', '***', '', '![img](/i.png)', '', 'http://auto.link and <http://angle.link>', '',
  '[ref]: http://ref.example', 'Use [ref] here.', '', 'Escapes: \\*not emph\\* &amp; &copy; 5 < 6', '',
].join('\n');
console.log(marked.parse(src));
console.log(JSON.stringify(marked.lexer('# h\n\n- x\n\n`c`').map(t => [t.type, t.raw])));
const renderer = new marked.Renderer();
renderer.heading = (text, level) => `<h${level} class="custom">${text.toUpperCase()}</h${level}>\n`;
renderer.link = (href, title, text) => `<a data-href="${href}">${text}</a>`;
console.log(marked.parse('## Custom\n\n[l](/x)', { renderer }));
console.log(marked.parse('a\nb', { breaks: true, gfm: true }));
console.log(marked.parseInline('**inline** _only_'));
marked.use({ extensions: [{ name: 'shout', level: 'inline', start: s => s.indexOf('!!'), tokenizer(s) { const m = /^!!([^!]+)!!/.exec(s); return m && { type: 'shout', raw: m[0], text: m[1] }; }, renderer: t => `<strong>${t.text.toUpperCase()}</strong>` }] });
console.log(marked.parse('say !!hello!! now'));
const big = Array.from({ length: 200 }, (_, i) => `## Section ${i}\n\nParagraph *${i}* with [link](#${i}).\n`).join('\n');
console.log(marked.parse(big).length);

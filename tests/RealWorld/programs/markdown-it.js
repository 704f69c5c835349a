'use strict';
// markdown-it: CommonMark rendering with typographer, linkify, tokens and plugins-free options.
const md = require('markdown-it')({ html: true, linkify: true, typographer: true });
const src = '# Title\n\nSome *emph* and **strong** and `code` and [link](http://x.y "t").\n\n- a\n- b\n  1. c\n\n> quote\n\n```js\nconst x = 1;\n```\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\nhttp://auto.link "quotes" -- dashes... (c)\n';
console.log(md.render(src));
console.log(md.renderInline('__inline__ ~~x~~'));
console.log(JSON.stringify(md.parse('# h\n\ntext', {}).map(t => t.type)));

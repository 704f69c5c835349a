// escape-string-regexp@5 (ESM only): escaped strings work inside RegExp sources.
import escapeStringRegexp from 'escape-string-regexp';
const show = (label, value) => console.log(label, JSON.stringify(value));
const inputs = ['How much $ for a 🦄?', 'a.b*c+d?e^f$g|h(i)j[k]l{m}n\\o', '-dash-', 'plain', ''];
for (const s of inputs) show(s, [escapeStringRegexp(s), new RegExp('^' + escapeStringRegexp(s) + '$', 'u').test(s)]);
try { escapeStringRegexp(1); } catch (e) { show('error', [e.name, e.message]); }

const t = (re, s) => { try { const m = re.exec(s); console.log(String(re), JSON.stringify(m), m && m.index, m && JSON.stringify(m.groups)); } catch (e) { console.log(String(re), 'ERR', e.message); } };
t(/[\p{L}--[a-z]]+/v, "abcDEF");
t(/[[a-z]&&[^aeiou]]+/v, "aebcdfi");
t(/[\q{abc|d}x]+/v, "zzabcdxabq");
t(/\p{RGI_Emoji}/v, "hi 👍🏽 there");
t(/^\p{Lu}/v, "Ab");
t(/(a+)+b/v, "aaab");
t(/(?<=\$)\d+(\.\d+)?/v, "cost $42.50");
t(/(?<!a)b/v, "abcb");
t(/(\w)\1/v, "abccd");
t(/[^\d\s]/v, "1 2x");
t(/a.c/sv, "a\nc");
t(/^b/mv, "a\nb");
t(/\bfoo\b/v, "a foo b");
t(/(?:ab)*?c/v, "ababc");
t(/(a)|b/v, "b");
t(/((a)|b)+/v, "ab");
t(/(z)((a+)?(b+)?(c))*/v, "zaacbbbcac");
t(/[\p{ASCII}&&\p{L}]/vi, "1K");
t(/\u{1F600}/v, "x😀");
t(/./v, "😀");
t(/[😀-😂]/v, "😁");
t(/k/vi, "\u212A");
t(/[^k]/vi, "\u212A");
t(/\W/vi, "\u017F");
t(/a{2,3}/v, "aaaa");
t(/(?=(a+))a*b\1/v, "baaabac");
t(/(.*?)a(?!(a+)b\2c)\2(.*)/v, "baaabaac");
t(/[\p{Script=Greek}\p{scx=Grek}]+/v, "abc αβγ");
t(/\p{Emoji_Keycap_Sequence}/v, "press 1\uFE0F\u20E3 now");
t(/[\q{}a]/v, "b");
console.log("x1y2z3".replace(/\d/gv, d => `<${d}>`), "a,b;c".split(/[,;]/v), [..."a1b22".matchAll(/\d+/gv)].map(m => m[0] + "@" + m.index));
const d = /(?<word>[a-z]+)(\d)?/dv.exec("--abc!");
console.log(JSON.stringify(d.indices), JSON.stringify(d.indices.groups));
const y = /a/yv; y.lastIndex = 1; console.log(y.test("ba"), y.lastIndex, y.test("ba"), y.lastIndex);
for (const [p, f] of [["[a&&&b]", "v"], ["[(]", "v"], ["[^\\p{RGI_Emoji}]", "v"], ["[ab--c]", "v"], ["\\P{RGI_Emoji}", "v"], ["[z-a]", "v"], ["[&&a]", "v"], ["[a&&]", "v"], ["[\\q{a]", "v"], ["(", "v"], ["a**", "v"], ["\\p{Foo}", "v"], ["(?<=a)*", "v"], ["(?<a>.)\\k<b>", "v"]]) {
  try { new RegExp(p, f); console.log(p, "OK"); } catch (e) { console.log(e.name, e.message); }
}

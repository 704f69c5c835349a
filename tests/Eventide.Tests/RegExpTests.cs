namespace Eventide.Tests;

/// <summary>RegExp (22.2): expectations are what node prints.</summary>
public class RegExpTests
{
    [Theory]
    [InlineData("`${new RegExp('/a\\n/').source} ${RegExp('').source} ${/[/]/.source} ${new RegExp('a', 'dgimsuy')}`", "\\/a\\n\\/ (?:) [/] /a/dgimsuy")]
    [InlineData("const m = /(?<y>\\d{4})-(\\d\\d)/d.exec('x 2020-12'); [m[0], m[1], m[2], m.index, m.input, m.groups.y, m.indices[0][0], m.indices[0][1], m.indices.groups.y[1]].join()", "2020-12,2020,12,2,x 2020-12,2020,2,9,6")]
    [InlineData("/X/g[Symbol.replace]('aXbXc', '[$&$`$\\'$$]')", "a[XabXc$]b[XaXbc$]c")]
    [InlineData("/(?<n>b)/[Symbol.replace]('abc', '<$<n>$1$2$01$10>')", "a<bb$2bb0>c")]
    [InlineData("/\\d/[Symbol.split]('a1b2c3').join('|')", "a|b|c|")]
    [InlineData("/(b)/[Symbol.split]('abc').join('|')", "a|b|c")]
    [InlineData("'' + /s/[Symbol.search]('test')", "2")]
    [InlineData("let s = ''; for (const x of /\\d+/g[Symbol.matchAll]('a1b22')) s += x[0] + x.index + ';'; s", "11;223;")]
    [InlineData("const r = /a/g; [r.test('aa'), r.lastIndex, r.test('aa'), r.lastIndex, r.test('aa'), r.lastIndex].join()", "true,1,true,2,false,0")]
    [InlineData("`${/a/gi.flags} ${/x/y.sticky} ${/x/.global} ${/(?:)/}`", "gi true false /(?:)/")]
    [InlineData("/(a)|(b)/[Symbol.replace]('b', (m, p1, p2, off, str) => `${m}|${p1}|${p2}|${off}|${str}`)", "b|undefined|b|0|b")]
    [InlineData("[/^.$/u.test('😀'), /^.$/.test('😀'), /a.c/s.test('a\\nc'), /^b/m.test('a\\nb'), /A/i.test('a')].join()", "true,false,true,true,true")]
    [InlineData("/\\w+/g[Symbol.match]('hello big world').join()", "hello,big,world")]
    [InlineData("const re = /a/y; re.lastIndex = 1; [re.test('ba'), re.lastIndex, re.test('ba'), re.lastIndex].join()", "true,2,false,0")]
    public void BehavesAsInNode(string source, string expected)
    {
        Assert.Equal(expected, JsRunner.Eval(source).String);
    }

    [Theory]
    [InlineData("new RegExp('(')", "SyntaxError: Invalid regular expression: /(/: Unterminated group")]
    [InlineData("new RegExp('(', 'u')", "SyntaxError: Invalid regular expression: /(/u: Unterminated group")]
    [InlineData("new RegExp('a', 'gg')", "SyntaxError: Invalid flags supplied to RegExp constructor 'gg'")]
    [InlineData("new RegExp('a**')", "SyntaxError: Invalid regular expression: /a**/: Nothing to repeat")]
    [InlineData("/a/.exec.call({}, 'a')", "TypeError: Method RegExp.prototype.exec called on incompatible receiver #<Object>")]
    public void ThrowsAsInNode(string source, string expected)
    {
        Assert.Equal(expected, JsRunner.Throws(source));
    }
}

namespace Eventide.Tests;

/// <summary>String constructor, String.prototype and string iteration. Expectations verified with node 20.</summary>
public class StringTests
{
    [Theory]
    [InlineData("'abc'.at(-1)", "c")]
    [InlineData("'abc'.charAt(5)", "")]
    [InlineData("'a😀'.codePointAt(1)", "128512")]
    [InlineData("'a'.concat(1, null, undefined)", "a1nullundefined")]
    [InlineData("'abc'.endsWith('b', 2)", "true")]
    [InlineData("'abcabc'.lastIndexOf('c', 4)", "2")]
    [InlineData("'abc'.padStart(7, '12')", "1212abc")]
    [InlineData("'abc'.padEnd(5)", "abc  ")]
    [InlineData("'ab'.repeat(3)", "ababab")]
    [InlineData("'abcdef'.slice(-3, -1)", "de")]
    [InlineData("'abcdef'.substring(4, 1)", "bcd")]
    [InlineData("'abcdef'.substr(-4, 2)", "cd")]
    [InlineData("'ß'.toUpperCase()", "SS")]
    [InlineData("'ΌΣΟΣ'.toLowerCase()", "όσος")]
    [InlineData("'İ'.toLowerCase().length", "2")]
    [InlineData("'\\u00a0 x \\ufeff'.trim()", "x")]
    [InlineData("'ab\\uD800'.toWellFormed()", "ab\uFFFD")]
    [InlineData("'a\\uDC00b'.isWellFormed()", "false")]
    [InlineData("'a-b-c'.split('-', 2).join('|')", "a|b")]
    [InlineData("'abc'.split('').join('|')", "a|b|c")]
    [InlineData("'aXbXc'.replace('X', '[$&$`$\\'$$]')", "a[XabXc$]bXc")]
    [InlineData("'aXbXc'.replaceAll('X', (m, p) => p)", "a1b3c")]
    [InlineData("'xx'.replaceAll('', '_')", "_x_x_")]
    [InlineData("String.raw`a\\n${1}b`", "a\\n1b")]
    [InlineData("String.fromCharCode(65, 66.9, 65536 + 67)", "ABC")]
    [InlineData("String(Symbol('s'))", "Symbol(s)")]
    [InlineData("'abc'.big()", "<big>abc</big>")]
    [InlineData("'x'.anchor('a\"b')", "<a name=\"a&quot;b\">x</a>")]
    [InlineData("[...'a😀b'].length", "3")]
    public void StringMethods(string expression, string expected) =>
        Assert.Equal(expected, Runtime.Operations.ToString(JsRunner.Eval(expression)));

    [Theory]
    [InlineData("'a'.repeat(-1)", "RangeError: Invalid count value: -1")]
    [InlineData("'a'.repeat(Infinity)", "RangeError: Invalid count value: Infinity")]
    [InlineData("String.fromCodePoint(1.5)", "RangeError: Invalid code point 1.5")]
    [InlineData("String.prototype.trim.call(null)", "TypeError: String.prototype.trim called on null or undefined")]
    [InlineData("String.prototype.toString.call(1)", "TypeError: String.prototype.toString requires that 'this' be a String")]
    [InlineData("'a'.normalize('x')", "RangeError: The normalization form should be one of NFC, NFD, NFKC, NFKD.")]
    [InlineData("''[Symbol.iterator]().next.call({})", "TypeError: Method String Iterator.prototype.next called on incompatible receiver #<Object>")]
    public void StringErrors(string source, string expected) => Assert.Equal(expected, JsRunner.Throws(source));

    [Fact]
    public void StringSubclassAndWrapper()
    {
        const string source = """
            class S extends String { shout() { return this.toUpperCase() + '!'; } }
            const s = new S('hi');
            console.log(s.shout(), s.length, s instanceof String, typeof new String('x'), new String('ab')[1]);
            """;
        Assert.Equal("HI! 2 true object b\n", JsRunner.Run(source));
    }
}

namespace Eventide.Tests;

/// <summary>Number, Math, BigInt and the global number/URI functions. Expectations verified with node 20.</summary>
public class NumberMathTests
{
    [Theory]
    [InlineData("(1.005).toFixed(2)", "1.00")]
    [InlineData("(2.5).toFixed(0)", "3")]
    [InlineData("(-1e-7).toFixed(2)", "-0.00")]
    [InlineData("(1e21).toFixed(2)", "1e+21")]
    [InlineData("(123.456).toExponential()", "1.23456e+2")]
    [InlineData("(0).toExponential(2)", "0.00e+0")]
    [InlineData("(9.999999999999999e-22).toPrecision(16)", "9.999999999999999e-22")]
    [InlineData("(0.000001).toPrecision(2)", "0.0000010")]
    [InlineData("(123456).toPrecision(2)", "1.2e+5")]
    [InlineData("(255).toString(16)", "ff")]
    [InlineData("(0.1).toString(3)", "0.0022002200220022002200220022002201")]
    [InlineData("(-255.5).toString(2)", "-11111111.1")]
    [InlineData("(1234567.891).toLocaleString()", "1,234,567.891")]
    [InlineData("(1.0005).toLocaleString()", "1.001")]
    [InlineData("Number('0b101') + Number('') + Number(' 12 ')", "17")]
    [InlineData("Number(2n ** 64n)", "18446744073709552000")]
    [InlineData("Number.isSafeInteger(2 ** 53)", "false")]
    [InlineData("parseInt('  0x1F')", "31")]
    [InlineData("parseInt('-0')", "0")]
    [InlineData("1 / parseInt('-0')", "-Infinity")]
    [InlineData("parseFloat('.5e-x')", "0.5")]
    [InlineData("parseFloat('-Infinityx')", "-Infinity")]
    [InlineData("Math.max(1, NaN, 3)", "NaN")]
    [InlineData("1 / Math.min(0, -0)", "-Infinity")]
    [InlineData("1 / Math.round(-0.4)", "-Infinity")]
    [InlineData("Math.round(2.5) + Math.round(-2.5)", "1")]
    [InlineData("Math.hypot(3, 4)", "5")]
    [InlineData("Math.clz32(1)", "31")]
    [InlineData("Math.imul(0xffffffff, 5)", "-5")]
    [InlineData("Math.fround(5.05)", "5.050000190734863")]
    [InlineData("Math.sign(-3)", "-1")]
    [InlineData("BigInt('0x1f')", "31")]
    [InlineData("BigInt.asIntN(8, 255n)", "-1")]
    [InlineData("BigInt.asUintN(8, -1n)", "255")]
    [InlineData("(-255n).toString(16)", "-ff")]
    [InlineData("(12345678901234567890n).toLocaleString()", "12,345,678,901,234,567,890")]
    [InlineData("encodeURIComponent('a b&ü😀')", "a%20b%26%C3%BC%F0%9F%98%80")]
    [InlineData("encodeURI('http://x/a b?c=d#e')", "http://x/a%20b?c=d#e")]
    [InlineData("decodeURI('%3B%20%F0%9F%98%80')", "%3B 😀")]
    [InlineData("escape('ä ü\\u1234@')", "%E4%20%FC%u1234@")]
    [InlineData("unescape('%u1234%41%')", "\u1234A%")]
    public void NumberMathMethods(string expression, string expected) =>
        Assert.Equal(expected, Runtime.Operations.ToString(JsRunner.Eval(expression)));

    [Theory]
    [InlineData("(1).toFixed(101)", "RangeError: toFixed() digits argument must be between 0 and 100")]
    [InlineData("(1).toPrecision(0)", "RangeError: toPrecision() argument must be between 1 and 100")]
    [InlineData("(1).toString(1)", "RangeError: toString() radix argument must be between 2 and 36")]
    [InlineData("Number.prototype.valueOf.call('a')", "TypeError: Number.prototype.valueOf requires that 'this' be a Number")]
    [InlineData("BigInt(1.5)", "RangeError: The number 1.5 cannot be converted to a BigInt because it is not an integer")]
    [InlineData("BigInt('1n')", "SyntaxError: Cannot convert 1n to a BigInt")]
    [InlineData("new BigInt(1)", "TypeError: BigInt is not a constructor")]
    [InlineData("BigInt.asIntN(1, 1)", "TypeError: Cannot convert 1 to a BigInt")]
    [InlineData("Math.max(1n)", "TypeError: Cannot convert a BigInt value to a number")]
    [InlineData("decodeURIComponent('%E0%A4%A')", "URIError: URI malformed")]
    [InlineData("encodeURI('\\uD800')", "URIError: URI malformed")]
    public void NumberMathErrors(string source, string expected) => Assert.Equal(expected, JsRunner.Throws(source));
}

/// <summary>Math.sumPrecise (ES2026; node 20 lacks it, expectations follow the proposal's exact-sum semantics).</summary>
public class SumPreciseTests
{
    [Theory]
    [InlineData("Math.sumPrecise([1, 1e100, 1, -1e100])", "2")]
    [InlineData("Object.is(Math.sumPrecise([]), -0)", "true")]
    [InlineData("Math.sumPrecise([0.1, 0.2])", "0.30000000000000004")]
    [InlineData("Math.sumPrecise([1e308, 1e308, -1e308])", "1e+308")]
    [InlineData("Math.sumPrecise([Infinity, -Infinity])", "NaN")]
    public void SumsExactly(string expression, string expected) =>
        Assert.Equal(expected, Runtime.Operations.ToString(JsRunner.Eval(expression)));
}

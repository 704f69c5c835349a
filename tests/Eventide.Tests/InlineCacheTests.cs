namespace Eventide.Tests;

/// <summary>Property access sites cache shapes; these check the caches never return stale values.</summary>
public class InlineCacheTests
{
    [Theory]
    // Same site sees objects of different shapes.
    [InlineData("function g(o) { return o.x } var r = ''; for (var o of [{x: 1}, {y: 0, x: 2}, {x: 3}]) r += g(o); r", "123")]
    // A prototype hit is invalidated when the prototype changes.
    [InlineData("function A() {} A.prototype.m = 1; var a = new A(); function g() { return a.m } var r = '' + g(); A.prototype.m = 2; r += g(); delete A.prototype.m; r += g(); r", "12undefined")]
    // An own property added later shadows the cached prototype value.
    [InlineData("function A() {} A.prototype.m = 1; var a = new A(); function g() { return a.m } var r = '' + g(); a.m = 5; r += g(); r", "15")]
    // A cached write must not bypass a property that became an accessor.
    [InlineData("var o = {x: 1}; function s(v) { o.x = v } s(2); var seen = ''; o.__defineSetter__ ? 0 : 0; delete o.x; o = { set x(v) { seen += v } }; s(3); seen", "3")]
    // Accessors are not cached as data.
    [InlineData("var n = 0; var o = { get x() { return ++n } }; function g() { return o.x } '' + g() + g() + g()", "123")]
    // Deleting then re-adding a property.
    [InlineData("var o = {a: 1, b: 2}; function g() { return o.b } var r = '' + g(); delete o.a; r += g(); o.a = 9; r += g(); r += o.a; r", "2229")]
    // Cached property additions must respect a setter that appears on the prototype chain later.
    [InlineData("function P() { this.x = 1 } new P(); new P(); var seen = ''; class Base { set x(v) { seen += v } } P.prototype = new Base(); P.prototype.constructor = P; new P(); seen", "1")]
    // An array's length is not in its shape: writing it must never be cached as an addition.
    [InlineData("function setLen(a, n) { a.length = n } var x = [1, 2, 3]; setLen(x, 1); setLen(x, 0); var y = [4, 5]; setLen(y, 1); x.length + ',' + y.length + ',' + y[0] + ',' + x[0]", "0,1,4,undefined")]
    public void CachedAccessesStayCorrect(string source, string expected)
    {
        Assert.Equal(expected, JsRunner.Eval(source).String);
    }
}

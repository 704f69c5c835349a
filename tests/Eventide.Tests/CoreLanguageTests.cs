namespace Eventide.Tests;

public class CoreLanguageTests
{
    [Theory]
    [InlineData("1 + 2 * 3", 7)]
    [InlineData("let s = 0; for (let i = 0; i < 10; i++) s += i; s", 45)]
    [InlineData("function fib(n) { return n < 2 ? n : fib(n - 1) + fib(n - 2) } fib(15)", 610)]
    [InlineData("var fs = []; for (let i = 0; i < 3; i++) fs.push(() => i); fs[0]() + fs[1]() * 10 + fs[2]() * 100", 210)]
    [InlineData("const [a, , b = 5, ...r] = [1, 2, undefined, 4, 6]; a + b + r.length * 100", 206)]
    [InlineData("const {x, y: {z = 3} = {}, ...rest} = {x: 1, w: 2}; x + z + rest.w", 6)]
    [InlineData("function f() { try { return 1 } finally { g = 2 } } var g; f() + g", 3)]
    [InlineData("outer: for (var i = 0; i < 5; i++) { for (;;) { if (i == 3) break outer; continue outer } } i", 3)]
    [InlineData("class A { #v = 4; get v() { return this.#v } } class B extends A { get v() { return super.v * 2 } } new B().v", 8)]
    [InlineData("let o = { n: 1 }; o.n += 2; o.n++; o.n", 4)]
    [InlineData("(function (...args) { return args.length })(1, 2, 3)", 3)]
    [InlineData("var c = 0; for (const k in { a: 1, b: 2 }) c++; c", 2)]
    public void EvaluatesToNumber(string source, double expected)
    {
        Assert.Equal(expected, JsRunner.Eval(source).Number);
    }

    // Control flow through finally blocks; expected strings are node's results.
    [Theory]
    [InlineData("let r = ''; outer: for (let i = 0; i < 2; i++) { for (let j = 0; j < 3; j++) { try { if (j == 1) continue outer; r += j } finally { r += 'f' } } } r", "0ff0ff")]
    [InlineData("let r = ''; for (let j = 0; j < 3; j++) { try { if (j == 1) continue; r += j } finally { r += 'f' } } r", "0ff2f")]
    [InlineData("function f() { try { return 'try' } finally { return 'finally' } } f()", "finally")]
    [InlineData("let r = ''; function f() { for (let i = 0; i < 3; i++) { try { if (i == 1) continue; if (i == 2) break } finally { r += i } } return r } f()", "012")]
    [InlineData("let r = ''; function f() { try { try { throw 1 } finally { r += 'a' } } catch (e) { r += e } finally { r += 'b' } return r } f()", "a1b")]
    [InlineData("function f() { let r = ''; outer: for (let i = 0; i < 3; i++) { try { for (let j = 0; j < 3; j++) { try { if (j == 1) continue outer; r += i + '' + j } finally { r += 'f' } } } finally { r += 'F' } } return r } f()", "00ffF10ffF20ffF")]
    public void FinallyRunsOnEveryExit(string source, string expected)
    {
        Assert.Equal(expected, JsRunner.Eval(source).String);
    }

    [Theory]
    [InlineData("null.x", "TypeError: Cannot read properties of null (reading 'x')")]
    [InlineData("nope()", "ReferenceError: nope is not defined")]
    [InlineData("const c = 1; c = 2", "TypeError: Assignment to constant variable.")]
    [InlineData("{ x; let x = 1 }", "ReferenceError: Cannot access 'x' before initialization")]
    [InlineData("let o = {}; o.f()", "TypeError: o.f is not a function")]
    [InlineData("class A {} A()", "TypeError: Class constructor A cannot be invoked without 'new'")]
    public void ThrowsNodesError(string source, string expected)
    {
        Assert.Equal(expected, JsRunner.Throws(source));
    }

    [Fact]
    public void DeepRecursionIsACatchableRangeError()
    {
        var result = JsRunner.Eval("function f() { return f() + 1 } var r; try { f() } catch (e) { r = e instanceof RangeError && e.message } r");
        Assert.Equal("Maximum call stack size exceeded", result.String);
    }

    [Fact]
    public void ForOfClosesIteratorOnBreak()
    {
        var src = """
            var closed = 0;
            var it = { [Symbol.iterator]() { var i = 0; return { next() { return { value: i++, done: false } }, return() { closed++; return {} } } } };
            for (var x of it) { if (x == 2) break }
            try { for (var y of it) { throw 1 } } catch (e) {}
            closed
            """;
        Assert.Equal(2, JsRunner.Eval(src).Number);
    }

    // Expected strings verified with node.
    [Theory]
    [InlineData("function f(a, b) { arguments[0] = 10; b = 20; return a + ',' + arguments[1] + ',' + arguments.length } f(1, 2) + ' ' + f(1)", "10,20,2 10,undefined,1")]
    [InlineData("function g(a) { 'use strict'; arguments[0] = 10; return '' + a } g(1)", "1")]
    [InlineData("function h(a) { delete arguments[0]; arguments[0] = 5; return '' + a } h(1)", "1")]
    [InlineData("function k(a, ...r) { arguments[0] = 9; return '' + a } k(1)", "1")]
    public void SloppyArgumentsAliasSimpleParameters(string source, string expected)
    {
        Assert.Equal(expected, JsRunner.Eval(source).String);
    }

    // Expected strings verified with node.
    [Theory]
    [InlineData("var o = { a: 1, f() { return this === o } }; var a = 'outer', b = 'ob'; var r; with (o) { r = a + b + f(); a = 2; b = 3 } r + o.a + b + o.b", "1obtrue23undefined")]
    [InlineData("var o = { a: 1 }; function mk() { with (o) { return function () { return a } } } var g = mk(); o.a = 42; '' + g()", "42")]
    [InlineData("var o = { c: 0 }; with (o) { var c = 4 } '' + o.c + c", "4undefined")]
    [InlineData("var a = 'x'; var o = { a: 1, [Symbol.unscopables]: { a: true } }; var r; with (o) { r = a } r", "x")]
    public void WithStatementResolvesThroughTheObject(string source, string expected)
    {
        Assert.Equal(expected, JsRunner.Eval(source).String);
    }

    // Expected strings verified with node.
    [Theory]
    [InlineData("function f(a) { let b = 2; const g = () => eval('a + b + arguments.length'); return '' + g() } f(1)", "4")]
    [InlineData("function h() { var x = 1; eval('x = 5'); return '' + x } h()", "5")]
    [InlineData("function k() { 'use strict'; eval('var y = 3'); return typeof y } k()", "undefined")]
    [InlineData("class C { m() { return '' + eval('this === c') } } var c = new C(); c.m()", "true")]
    [InlineData("function z() { let q = 1; { let q = 2; return '' + eval('q') } } z()", "2")]
    [InlineData("'' + eval('1; if (true) { 2; }') + eval('let t = 4; t * 2')", "28")]
    [InlineData("var ev = eval; var gv = 'global'; function ind() { var gv = 'local'; return ev('gv') } ind()", "global")]
    public void DirectEvalSeesTheCallersScope(string source, string expected)
    {
        Assert.Equal(expected, JsRunner.Eval(source).String);
    }

    // TDZ checks are dropped only where initialisation is certain; these must still throw.
    [Theory]
    [InlineData("function f() { g(); let x = 1; function g() { return x } } f()")]
    [InlineData("switch (1) { case 0: let x = 1; case 1: x = 2 }")]
    [InlineData("let y = y + 1")]
    [InlineData("{ const f = () => z; f(); let z = 1 }")]
    public void TemporalDeadZoneStillThrows(string source)
    {
        Assert.StartsWith("ReferenceError: Cannot access", JsRunner.Throws(source));
    }
}

using Eventide.Host;
using Eventide.Runtime;

namespace Eventide.Tests;

/// <summary>Language-core regressions found by test262; each expectation was checked with node 20.</summary>
public class LanguageFixTests
{
    [Theory]
    [InlineData("for (let x of [x]) ;")]
    [InlineData("for (const x in { x }) ;")]
    [InlineData("for (let [a, b] of [[1, a]]) ;")]
    public void ForInOfHeadExpressionSeesLoopBindingsInTdz(string loop)
    {
        Assert.Equal("ReferenceError: Cannot access '" + (loop.Contains("[a") ? "a" : "x") + "' before initialization", JsRunner.Throws(loop));
    }

    [Fact]
    public void ForOfBodyStillSeesItsBinding()
    {
        Assert.Equal("1\n2\n", JsRunner.Run("for (let x of [1, 2]) console.log(x);"));
    }

    [Fact]
    public void DeleteOfUnqualifiedNames()
    {
        // node: "true false / false 1 / false 1 / true undefined / true"
        const string source = """
            var o = { p: 1 }, r;
            with (o) { r = delete p; }
            console.log(r, 'p' in o);
            let lx = 1; console.log(delete lx, lx);
            var vv = 1; console.log(delete vv, vv);
            g = 3; console.log(delete g, typeof g);
            console.log(delete nonexistent);
            """;
        Assert.Equal("true false\nfalse 1\nfalse 1\ntrue undefined\ntrue\n", JsRunner.Run(source));
    }

    [Fact]
    public void DeleteInsideWithLeavesTheStackIntact()
    {
        Assert.Equal("true,5", JsRunner.Eval("var o = { a: 1, b: 2 }; var d; with (o) { d = delete a; b = 5; } [d, o.b].join()").ToString());
    }

    [Fact]
    public void EvalInFieldInitializerAllowsSuperPropertyAndNewTarget()
    {
        const string source = """
            class A { m() { return 'A'; } }
            class B extends A { x = eval('super.m() + typeof new.target'); }
            console.log(new B().x);
            class C { #p = 2; f() { return eval('this.#p'); } }
            console.log(new C().f());
            """;
        Assert.Equal("Aundefined\n2\n", JsRunner.Run(source));
    }

    [Theory]
    [InlineData("new (class { y = eval('arguments'); })();")]
    [InlineData("new (class { y = eval('() => arguments'); })();")]
    [InlineData("eval('#q in {}');")]
    public void EvalEarlyErrorsThatDependOnTheCallSite(string source)
    {
        Assert.StartsWith("SyntaxError", JsRunner.Throws(source));
    }

    [Fact]
    public void ArgumentsInsideEvalInsideFieldInitializerFunctionIsThatFunctions()
    {
        Assert.Equal("1", JsRunner.Eval("class K { y = eval('(function () { return arguments; })'); } '' + new K().y(1).length").ToString());
    }

    [Fact]
    public void ArgumentsOfANestedFunctionIsNeverAnOuterFunctionsBinding()
    {
        // The outer function's eval declares its arguments; the inner function has its own.
        const string source = """
            function outer() { eval('1'); function h() { return arguments.length; } return h(1, 2, 3); }
            console.log(outer(9));
            """;
        Assert.Equal("3\n", JsRunner.Run(source));
    }

    [Fact]
    public void SymbolRegistryIsSharedByEveryRealmOfAnEngine()
    {
        var engine = new Engine(new EngineOptions { Stdout = TextWriter.Null, Stderr = TextWriter.Null });
        var a = engine.Execute("Symbol.for('shared')");
        var other = new Realm(engine);
        var b = engine.EvaluateScript(other, "Symbol.for('shared')", "other.js", false);
        Assert.True(JsValue.SameValue(a, b));
    }
}

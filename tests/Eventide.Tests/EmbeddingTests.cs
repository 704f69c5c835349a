using Eventide.Host;
using Eventide.Runtime;

namespace Eventide.Tests;

public class EmbeddingTests
{
    private static Engine NewEngine() => new(new EngineOptions { Stdout = TextWriter.Null, Stderr = TextWriter.Null });

    [Fact]
    public void ValuesFlowBothWays()
    {
        var engine = NewEngine();
        engine.SetValue("limit", 3).SetValue("names", new[] { "a", "b", "c", "d" });
        engine.Execute("var picked = ''; for (var i = 0; i < limit; i++) picked += names[i];");
        Assert.Equal("abc", engine.GetValue("picked").String);
    }

    [Fact]
    public void DotNetFunctionsAreCallableFromScript()
    {
        var engine = NewEngine();
        var seen = new List<double>();
        engine.SetValue("report", args => { seen.Add(args[0].Number); return args[0].Number * 2; });
        var result = engine.Evaluate("report(1) + report(20)");
        Assert.Equal(42, result.Number);
        Assert.Equal([1.0, 20.0], seen);
    }

    [Fact]
    public void ScriptFunctionsAreInvokableFromDotNet()
    {
        var engine = NewEngine();
        engine.Execute("function greet(name, n) { return 'hi ' + name + n }");
        Assert.Equal("hi bob2", engine.Invoke("greet", "bob", 2).String);
    }

    [Fact]
    public void ObjectsConvertToDotNet()
    {
        var engine = NewEngine();
        var value = Engine.ToClr(engine.Evaluate("({ n: 1, s: 'x', list: [true, null] })"));
        var dict = Assert.IsType<Dictionary<string, object?>>(value);
        Assert.Equal(1.0, dict["n"]);
        Assert.Equal("x", dict["s"]);
        Assert.Equal(new object?[] { true, null }, (object?[])dict["list"]!);
    }

    [Fact]
    public void ScriptErrorsSurfaceAsJsException()
    {
        var engine = NewEngine();
        var ex = Assert.Throws<JsException>(() => engine.Invoke("undefinedFunction"));
        Assert.Contains("is not a function", ex.Message);
    }

    [Fact]
    public async Task PromisesAreAwaitableAsTasks()
    {
        var engine = new Engine(new EngineOptions { Runtime = JsRunner.Node(), Stdout = TextWriter.Null, VirtualTime = true });
        engine.Execute("async function later(v) { await new Promise(r => setTimeout(r, 50)); return v * 2; }", "t.js");
        var task = engine.ToTask(engine.Invoke("later", 21));
        Assert.False(task.IsCompleted); // settles only when the host runs the event loop
        engine.RunEventLoop();
        Assert.Equal(42.0, (await task).Number);
        Assert.Equal("plain", (await engine.ToTask("plain")).String);
        var thenable = engine.ToTask(engine.Evaluate("({ then(resolve) { resolve('from thenable'); } })"));
        engine.RunEventLoop();
        Assert.Equal("from thenable", (await thenable).String);
    }

    [Fact]
    public async Task RejectedPromisesFaultTheirTaskAndAreNotReportedAsUnhandled()
    {
        var engine = new Engine(new EngineOptions { Stdout = TextWriter.Null, Stderr = TextWriter.Null });
        var task = engine.ToTask(engine.Evaluate("Promise.reject(new RangeError('no way'))"));
        engine.RunEventLoop(); // an unhandled rejection would throw here
        var ex = await Assert.ThrowsAsync<JsException>(() => task);
        var error = ex.GetValue(engine.Realm).AsObject!;
        Assert.Equal("RangeError", Operations.ToString(error.Get("name")));
        Assert.Equal("no way", Operations.ToString(error.Get("message")));
    }

    [Fact]
    public void ObjectsArraysAndErrorsAreReadThroughThePublicSurface()
    {
        var engine = NewEngine();
        var o = engine.Evaluate("({ a: 1, get b() { return this.a + 1 }, [Symbol.iterator]: null, hidden: 0 })").AsObject!;
        engine.Execute("void 0");
        Assert.Equal(2, o["b"].Number);
        Assert.True(o.Set("a", 41));
        Assert.Equal(42, o.Get("b").Number);
        Assert.True(o.Has("toString"));
        Assert.True(o.Delete("hidden"));
        Assert.Equal(["a", "b"], o.Keys);
        var array = (JsArray)engine.Evaluate("[10, , 30]").AsObject!;
        Assert.Equal(3u, array.Length);
        Assert.True(array[1].IsUndefined);
        array[3] = "forty";
        Assert.Equal("10,,30,forty", engine.Invoke(engine.Evaluate("a => a.join()"), array).String);
        Assert.Equal(new System.Numerics.BigInteger(1) << 70, engine.Evaluate("2n ** 70n").ToBigInteger());
        var thrown = Assert.Throws<JsException>(() => engine.Execute("function fail() { throw new RangeError('bad') }\nfail()", "host.js"));
        Assert.Equal("bad", thrown.Value.AsObject!["message"].String);
        Assert.StartsWith("RangeError: bad\n    at fail (host.js:1:25)", thrown.JsStack);
    }
}

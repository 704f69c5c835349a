using Eventide.Host;
using Eventide.Vm;

namespace Eventide.Tests;

/// <summary>EngineOptions.CancellationToken / TimeLimit stop running scripts (polled on calls and loop back edges).</summary>
public class CancellationTests
{
    private static Engine NewEngine(EngineOptions options)
    {
        options.Stdout = TextWriter.Null;
        options.Stderr = TextWriter.Null;
        return new Engine(options);
    }

    [Theory]
    [InlineData("while (true) {}")]
    [InlineData("for (;;) { var x = 1; }")]
    [InlineData("do {} while (true)")]
    [InlineData("function f() { try { f(); } catch (e) { f(); } } f();")]
    public void TimeLimitStopsEndlessScripts(string source)
    {
        var engine = NewEngine(new EngineOptions { TimeLimit = TimeSpan.FromMilliseconds(200) });
        Assert.Throws<ExecutionCancelledException>(() => engine.Execute(source, "t.js"));
    }

    [Fact]
    public void CancellationIsNotCatchableByJavaScript()
    {
        using var cts = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));
        var engine = NewEngine(new EngineOptions { CancellationToken = cts.Token });
        Assert.Throws<ExecutionCancelledException>(() => engine.Execute("for (;;) { try { while (true) {} } catch (e) {} finally {} }", "t.js"));
    }

    [Fact]
    public void WithoutCancellationScriptsRunToCompletion()
    {
        var engine = NewEngine(new EngineOptions { CancellationToken = new CancellationTokenSource().Token });
        Assert.Equal(100000.0, engine.Execute("var n = 0; for (var i = 0; i < 100000; i++) n++; n", "t.js").Number);
    }

    [Fact]
    public void MemoryLimitStopsAGrowingScriptWhateverItCatches()
    {
        var engine = NewEngine(new EngineOptions { MemoryLimit = GC.GetTotalMemory(false) + 64L * 1024 * 1024 });
        var ex = Assert.Throws<MemoryLimitExceededException>(() => engine.Execute(
            "const keep = []; for (;;) { try { keep.push(new Array(10000).fill(keep.length)); } catch (e) {} finally {} }", "t.js"));
        Assert.True(ex.BytesInUse > ex.Limit);
    }

    [Fact]
    public void ScriptsWithinTheMemoryLimitRunToCompletion()
    {
        var engine = NewEngine(new EngineOptions { MemoryLimit = GC.GetTotalMemory(false) + 256L * 1024 * 1024 });
        Assert.Equal(1000.0, engine.Execute("let n = 0; for (let i = 0; i < 1000; i++) n += new Array(100).fill(1).length / 100; n", "t.js").Number);
    }
}

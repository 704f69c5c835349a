using System.Diagnostics;
using Eventide.Host;
using Eventide.Vm;

namespace Eventide.Tests;

/// <summary>
/// Limits hold everywhere: per-call limits (time, call depth, fuel, cancellation) stop a call and
/// leave the engine usable; fuel is deterministic, with the fast loop on or off.
/// </summary>
[Collection(TimingSensitive.Name)]
public class LimitsTests
{
    /// <summary>Timers for the event-loop cases (one profile serves every engine).</summary>
    private static readonly Eventide.Node.NodeRuntime WithTimers = new() { Grants = Eventide.Node.NodeGrants.Timers };

    private static Engine NewEngine(EngineOptions? options = null, TextWriter? output = null)
    {
        options ??= new EngineOptions();
        options.Stdout = output ?? TextWriter.Null;
        options.Stderr = TextWriter.Null;
        options.Runtime ??= WithTimers;
        return new Engine(options);
    }

    private static readonly TimeSpan Short = TimeSpan.FromMilliseconds(300);

    /// <summary>Runs <paramref name="call"/>, expecting <typeparamref name="T"/> within a few seconds.</summary>
    private static T Stops<T>(Action call) where T : Exception
    {
        var watch = Stopwatch.StartNew();
        var ex = Assert.Throws<T>(call);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), $"took {watch.Elapsed}");
        return ex;
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void APerCallTimeLimitStopsTheCallAndTheEngineRunsTheNext(bool fastLoop)
    {
        var engine = NewEngine(new EngineOptions { FastLoop = fastLoop });
        engine.Execute("var calls = 0; function spin() { calls++; while (true) {} }");
        for (int i = 0; i < 2; i++)
        {
            Stops<ExecutionCancelledException>(() => engine.Execute("spin()", new ExecutionLimits { TimeLimit = Short }));
            Stops<ExecutionCancelledException>(() => engine.Invoke("spin", new ExecutionLimits { TimeLimit = Short }));
        }
        Assert.Equal(4.0, engine.Evaluate("calls").Number);
        Assert.Equal(6.0, engine.Evaluate("[1, 2, 3].reduce((a, b) => a + b)", new ExecutionLimits { TimeLimit = Short }).Number);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void AStopInsideBuiltinsCallbacksLeavesNoneOfTheirLinesOnTheNextStack(bool fastLoop)
    {
        var engine = NewEngine(new EngineOptions { FastLoop = fastLoop });
        // Stopped with forEach, map and sort on the stack (each a builtin's line on a stack trace).
        Stops<ExecutionCancelledException>(() => engine.Execute(
            "[1].forEach(() => [2].map(() => [3, 1].sort(() => { for (;;) {} })))", new ExecutionLimits { TimeLimit = Short }));
        Assert.Equal("Error: e\n    at <evaluate>:1:1", engine.Evaluate("new Error('e').stack").String);
        Assert.Equal("Error: f\n    at <evaluate>:1:15\n    at Array.map (<anonymous>)\n    at <evaluate>:1:5",
            engine.Evaluate("[1].map(() => new Error('f'))[0].stack").String);
    }

    [Fact]
    public void ScriptsCannotCatchAPerCallLimitNorRunTheirFinallyBlocks()
    {
        var engine = NewEngine();
        Stops<ExecutionCancelledException>(() => engine.Execute("var log = []; try { for (;;) { try { while (true) {} } catch (e) { log.push('catch') } } } finally { log.push('finally') }", new ExecutionLimits { TimeLimit = Short }));
        Assert.Equal("", engine.Evaluate("log.join()").String);
    }

    [Fact]
    public void ALimitScopeHoldsEveryCallInsideIt()
    {
        var engine = NewEngine();
        engine.Execute("function spin() { for (;;) {} }");
        var watch = Stopwatch.StartNew();
        using (engine.Limit(new ExecutionLimits { TimeLimit = Short }))
        {
            Assert.Equal(3.0, engine.Evaluate("1 + 2").Number);
            Assert.Throws<ExecutionCancelledException>(() => engine.Invoke("spin"));
            // Out of time: every later call in the scope stops too.
            Assert.Throws<ExecutionCancelledException>(() => engine.Invoke("spin"));
        }
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), $"took {watch.Elapsed}");
        Assert.Equal(3.0, engine.Evaluate("1 + 2").Number);
    }

    [Fact]
    public void APerCallCancellationTokenStopsTheCall()
    {
        var engine = NewEngine();
        using var cts = new CancellationTokenSource(Short);
        Stops<ExecutionCancelledException>(() => engine.Execute("while (true) {}", new ExecutionLimits { CancellationToken = cts.Token }));
        Assert.Equal(2.0, engine.Evaluate("1 + 1").Number);
    }

    [Fact]
    public void APerCallDepthLimitCountsFromTheCall()
    {
        var engine = NewEngine();
        engine.Execute("function depth() { try { return 1 + depth(); } catch (e) { return 1; } }");
        double full = engine.Invoke("depth").Number;
        double limited = engine.Invoke("depth", new ExecutionLimits { MaxCallDepth = 50 }).Number;
        Assert.Equal(50.0, limited);
        Assert.True(full > 1000, $"{full}");
        Assert.Equal("RangeError: Maximum call stack size exceeded", engine.Execute("function f() { f() } try { f() } catch (e) { String(e) }", new ExecutionLimits { MaxCallDepth = 10 }).String);
        Assert.Equal(full, engine.Invoke("depth").Number);
    }

    [Fact]
    public void TheEngineTimeLimitCountsFromTheEnginesCreation()
    {
        var engine = NewEngine(new EngineOptions { TimeLimit = Short });
        Stops<ExecutionCancelledException>(() => engine.Execute("while (true) {}"));
        // Spent: the engine runs nothing more (a per-call limit cannot lift it).
        Assert.Throws<ExecutionCancelledException>(() => engine.Execute("for (let i = 0; i < 1000; i++) {}", new ExecutionLimits { TimeLimit = TimeSpan.FromSeconds(10) }));
    }

    private const string Counter = "let n = 0; function step() { n++; if (n % 1000 === 0) console.log(n); } for (;;) { step(); [1, 2, 3].map(x => x * 2).join(); }";

    private static string RunOnFuel(long fuel, bool fastLoop, bool perCall)
    {
        var output = new StringWriter();
        var engine = NewEngine(new EngineOptions { FastLoop = fastLoop, Fuel = perCall ? null : fuel }, output);
        var ex = Stops<FuelExhaustedException>(() =>
        {
            if (perCall) engine.Execute(Counter, new ExecutionLimits { Fuel = fuel });
            else engine.Execute(Counter);
        });
        Assert.Equal("Script execution ran out of fuel", ex.Message);
        // GetValue runs no script: an engine out of fuel still answers it.
        return output + engine.GetValue("n").Number.ToString();
    }

    [Theory]
    [InlineData(100_000L)]
    [InlineData(123_457L)]
    public void FuelStopsAtTheSamePointOnEveryRunFastLoopOrNot(long fuel)
    {
        string first = RunOnFuel(fuel, fastLoop: true, perCall: true);
        Assert.Equal(first, RunOnFuel(fuel, fastLoop: true, perCall: true));
        Assert.Equal(first, RunOnFuel(fuel, fastLoop: false, perCall: true));
        Assert.Equal(first, RunOnFuel(fuel, fastLoop: true, perCall: false));
        Assert.NotEqual(first, RunOnFuel(fuel + 5_000, fastLoop: true, perCall: true));
    }

    [Fact]
    public void FuelIsExactAndSpentForTheCallersLimitToo()
    {
        var engine = NewEngine();
        engine.Execute("var i = 0; function run() { while (true) i++; }");
        // One tick per back edge: fuel f runs f - 1 iterations before the next back edge stops the loop.
        Assert.Throws<FuelExhaustedException>(() => engine.Invoke("run", new ExecutionLimits { Fuel = 1000 }));
        double first = engine.Evaluate("i").Number;
        engine.Execute("i = 0");
        Assert.Throws<FuelExhaustedException>(() => engine.Invoke("run", new ExecutionLimits { Fuel = 1000 }));
        Assert.Equal(first, engine.Evaluate("i").Number);
        // A nested call spends from the outer call's fuel.
        engine.Execute("i = 0");
        engine.SetValue("inner", _ => { Assert.Throws<FuelExhaustedException>(() => engine.Invoke("run", new ExecutionLimits { Fuel = 600 })); return 0; });
        Assert.Throws<FuelExhaustedException>(() => engine.Execute("inner(); run()", new ExecutionLimits { Fuel = 1000 }));
        Assert.InRange(engine.Evaluate("i").Number, 990, 1000);
        Assert.Equal(2.0, engine.Evaluate("1 + 1").Number);
    }

    // Scripts that spend their time inside one builtin call: each stops within its limit (both the
    // engine's and a call's), the per-call one leaving the engine usable.
    [Theory]
    [InlineData("Array.prototype.join.call({ length: 2 ** 32 - 1 })")]
    [InlineData("Array.prototype.join.call({ length: 2 ** 32 - 1 }, '')")]
    [InlineData("Array.prototype.indexOf.call({ length: 2 ** 53 - 1 }, 1)")]
    [InlineData("Array.prototype.lastIndexOf.call({ length: 2 ** 53 - 1 }, 1)")]
    [InlineData("Array.prototype.includes.call({ length: 2 ** 53 - 1 }, 1)")]
    [InlineData("Array.prototype.fill.call({ length: 2 ** 53 - 1 }, 0)")]
    [InlineData("Array.prototype.reverse.call({ length: 2 ** 53 - 1 })")]
    [InlineData("Array.prototype.copyWithin.call({ length: 2 ** 53 - 1 }, 0, 1)")]
    [InlineData("Array.prototype.splice.call({ length: 2 ** 40 }, 0, 0, 1)")]
    [InlineData("Array.prototype.map.call({ length: 2 ** 32 - 1 }, Math.abs)")]
    [InlineData("Array.prototype.filter.call({ length: 2 ** 53 - 1 }, Boolean)")]
    [InlineData("Array.prototype.reduce.call({ length: 2 ** 53 - 1 }, Math.max, 0)")]
    [InlineData("Array.prototype.flat.call({ length: 2 ** 53 - 1 })")]
    [InlineData("Array.prototype.sort.call({ length: 2 ** 53 - 1 })")]
    [InlineData("Array.prototype.toReversed.call({ length: 2 ** 32 - 1 })")]
    [InlineData("Array.from({ length: 2 ** 32 - 1 })")]
    [InlineData("JSON.stringify({ length: 2 ** 32 - 1, __proto__: Array.prototype }) && JSON.stringify(new Proxy([], { get: (t, k) => k === 'length' ? 2 ** 32 - 1 : undefined }))")]
    [InlineData("let x = 3n ** 100000n; for (;;) x *= x")]
    [InlineData("3n ** (2n ** 28n)")]
    [InlineData("/(a+)+$/.test('a'.repeat(40) + 'b')")]
    [InlineData("('a'.repeat(40) + 'b').replace(/(a+)+$/g, 'y')")]
    [InlineData("const t = new Uint8Array(2 ** 24); for (;;) t.lastIndexOf(1)")]
    public void LimitsReachInsideLongRunningBuiltins(string script)
    {
        var engine = NewEngine();
        Stops<ExecutionCancelledException>(() => engine.Execute(script, new ExecutionLimits { TimeLimit = Short }));
        Assert.Equal(2.0, engine.Evaluate("1 + 1").Number);
        var limited = NewEngine(new EngineOptions { TimeLimit = Short });
        Stops<ExecutionCancelledException>(() => limited.Execute(script));
    }

    // An endless chain of promise jobs, each calling a closure of one arrow: the interpreter runs them in one
    // frame of one dispatch loop without returning to the event loop, and the limits stop it there too.
    private const string EndlessChain = "var jobs = 0; function more(p) { return p.then(v => { jobs++; more(p); return v; }); } more(Promise.resolve(1))";

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void LimitsStopAnEndlessChainOfPromiseJobs(bool fastLoop)
    {
        var engine = NewEngine(new EngineOptions { FastLoop = fastLoop });
        engine.Execute(EndlessChain);
        using (engine.Limit(new ExecutionLimits { TimeLimit = Short }))
            Stops<ExecutionCancelledException>(engine.RunEventLoop);
        Assert.True(engine.Evaluate("jobs").Number > 1000, "the chain ran");
        Assert.Equal(2.0, engine.Evaluate("1 + 1").Number);
        // Fuel: one tick a call, so the same number of jobs runs on every run, fast loop or not.
        double JobsOnFuel(bool fast)
        {
            var fueled = NewEngine(new EngineOptions { FastLoop = fast, Fuel = 50_000 });
            fueled.Execute(EndlessChain);
            Stops<FuelExhaustedException>(fueled.RunEventLoop);
            return fueled.GetValue("jobs").Number;
        }
        Assert.Equal(JobsOnFuel(fastLoop), JobsOnFuel(!fastLoop));
    }

    [Fact]
    public void ALimitScopeStopsAnEventLoopWaitingOnATimer()
    {
        var engine = NewEngine();
        engine.Execute("var fired = 0; setTimeout(() => fired++, 1e8); setTimeout(() => fired++, 0)");
        using (engine.Limit(new ExecutionLimits { TimeLimit = Short }))
            Stops<ExecutionCancelledException>(engine.RunEventLoop);
        Assert.Equal(1.0, engine.Evaluate("fired").Number);
    }
}

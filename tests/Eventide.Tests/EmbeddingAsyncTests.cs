using System.Diagnostics;
using Eventide.Host;
using Eventide.Node;
using Eventide.Runtime;

namespace Eventide.Tests;

[Collection(TimingSensitive.Name)]
public class EmbeddingAsyncTests
{
    /// <summary>Timers and process.nextTick for the scripts (one profile serves every engine).</summary>
    private static readonly NodeRuntime WithTimers = new() { Grants = NodeGrants.Timers | NodeGrants.Process };

    private static Engine NewEngine(EngineOptions? options = null)
    {
        options ??= new EngineOptions();
        options.Runtime ??= WithTimers;
        options.Stdout ??= TextWriter.Null;
        options.Stderr ??= TextWriter.Null;
        return new Engine(options);
    }

    private static async Task<JsValue> Later(JsValue value)
    {
        await Task.Delay(1);
        return value;
    }

    [Fact]
    public async Task HostTaskBecomesAPromiseAndBackATask()
    {
        var engine = NewEngine();
        engine.SetValue("fetchNumber", (Func<JsValue[], Task<JsValue>>)(args => Later(args[0].Number * 2)));
        var result = await engine.EvaluateAsync("(async () => (await fetchNumber(20)) + 2)()");
        Assert.Equal(42, result.Number);
    }

    [Fact]
    public async Task ValueTaskAndTypedOverloadsWork()
    {
        var engine = NewEngine();
        engine.SetValue("vt", (Func<JsValue[], ValueTask<JsValue>>)(args => new ValueTask<JsValue>(Later(args[0]))));
        engine.SetValue("typed", async () => { await Task.Yield(); return "typed"; });
        bool ran = false;
        engine.SetValue("plain", async () => { await Task.Yield(); ran = true; });
        var result = await engine.EvaluateAsync("(async () => (await vt('a')) + (await typed()) + String(await plain()))()");
        Assert.Equal("atypedundefined", result.String);
        Assert.True(ran);
    }

    [Fact]
    public async Task HostExceptionRejectsWithTheMessageAndComesBackToTheHost()
    {
        var engine = NewEngine();
        var thrown = new InvalidDataException("disk says no");
        engine.SetValue("fail", (Func<JsValue[], Task<JsValue>>)(async _ => { await Task.Yield(); throw thrown; }));
        var caught = await engine.EvaluateAsync("fail().then(() => 'fulfilled', e => `${e instanceof Error} ${e.message}`)");
        Assert.Equal("true disk says no", caught.String);
        var error = await Assert.ThrowsAsync<JsException>(() => engine.EvaluateAsync("(async () => { await fail(); })()"));
        Assert.Same(thrown, error.InnerException);
        Assert.Contains("disk says no", error.Message);
    }

    [Fact]
    public async Task HostCancellationRejectsWithAnAbortError()
    {
        var engine = NewEngine();
        engine.SetValue("cancelled", (Func<JsValue[], Task<JsValue>>)(_ => Task.FromCanceled<JsValue>(new CancellationToken(true))));
        engine.SetValue("slowCancelled", (Func<JsValue[], Task<JsValue>>)(async _ => { await Task.Yield(); throw new OperationCanceledException(); }));
        var seen = await engine.EvaluateAsync("Promise.all([cancelled(), slowCancelled()].map(p => p.catch(e => e.name + ':' + (e instanceof Error))))");
        Assert.Equal("AbortError:true,AbortError:true", engine.Invoke(engine.Evaluate("(a) => a.join()"), seen).String);
    }

    [Fact]
    public async Task TheEngineTokenReachesHostFunctions()
    {
        using var cts = new CancellationTokenSource();
        var engine = NewEngine(new EngineOptions { CancellationToken = cts.Token });
        CancellationToken seen = default;
        engine.SetValue("wait", (Func<JsValue[], CancellationToken, Task<JsValue>>)(async (_, token) =>
        {
            seen = token;
            await Task.Delay(Timeout.Infinite, token);
            return JsValue.Undefined;
        }));
        engine.Execute("var outcome = 'pending'; wait().catch(e => { outcome = e.name; })");
        cts.CancelAfter(50);
        await Assert.ThrowsAnyAsync<Exception>(() => engine.RunEventLoopAsync());
        Assert.True(seen.IsCancellationRequested);
    }

    [Fact]
    public async Task JsRejectionComesBackAsJsException()
    {
        var engine = NewEngine();
        var error = await Assert.ThrowsAsync<JsException>(() => engine.EvaluateAsync("Promise.reject(new RangeError('nope'))"));
        Assert.Equal("RangeError: nope", error.Message);
        engine.Execute("async function twice(x) { await null; return x * 2 }");
        Assert.Equal(14, (await engine.InvokeAsync("twice", 7)).Number);
    }

    [Fact]
    public async Task ScriptAwaitsAHostTaskTenThousandTimes()
    {
        var engine = NewEngine();
        engine.SetValue("tick", async args => { await Task.Yield(); return args[0].Number + 1; });
        var result = await engine.EvaluateAsync("(async () => { let n = 0; for (let i = 0; i < 10000; i++) n = await tick(n); return n })()");
        Assert.Equal(10000, result.Number);
    }

    [Fact]
    public async Task AsyncEnumerableIsAnAsyncIterableInScripts()
    {
        var engine = NewEngine();
        var disposed = new List<string>();
        engine.SetValue("numbers", Numbers(5, disposed, "all"));
        engine.SetValue("broken", Numbers(100, disposed, "break"));
        var result = await engine.EvaluateAsync("""
            (async () => {
              let all = [];
              for await (const n of numbers) all.push(n);
              let some = [];
              for await (const n of broken) { if (n === 2) break; some.push(n); }
              return all.join() + '|' + some.join();
            })()
            """);
        Assert.Equal("0,1,2,3,4|0,1", result.String);
        Assert.Equal(["all", "break"], disposed);
    }

    private static async IAsyncEnumerable<int> Numbers(int count, List<string> disposed, string name)
    {
        try
        {
            for (int i = 0; i < count; i++)
            {
                await Task.Yield();
                yield return i;
            }
        }
        finally { disposed.Add(name); }
    }

    [Fact]
    public async Task JsAsyncGeneratorIsAnAsyncEnumerable()
    {
        var engine = NewEngine();
        engine.Execute("""
            var closed = false;
            async function* gen() {
              try { for (let i = 0; ; i++) { await new Promise(r => setTimeout(r, 1)); yield i; } }
              finally { closed = true; }
            }
            async function* three() { yield 'a'; await null; yield 'b'; yield 'c'; }
            """);
        var items = new List<string>();
        await foreach (var v in engine.ToAsyncEnumerable(engine.Invoke("three"))) items.Add(v.String);
        Assert.Equal(["a", "b", "c"], items);

        var numbers = new List<double>();
        await foreach (var v in engine.ToAsyncEnumerable(engine.Invoke("gen")))
        {
            numbers.Add(v.Number);
            if (numbers.Count == 3) break;
        }
        Assert.Equal([0.0, 1, 2], numbers);
        Assert.True(engine.GetValue("closed").Boolean);
    }

    [Fact]
    public async Task AsyncEnumerableCancellationClosesTheJsIterator()
    {
        var engine = NewEngine();
        engine.Execute("var closed = false; async function* gen() { try { for (let i = 0; ; i++) yield i; } finally { closed = true; } }");
        using var cts = new CancellationTokenSource();
        int seen = 0;
        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var v in engine.ToAsyncEnumerable(engine.Invoke("gen"), cts.Token))
                if (++seen == 5) cts.Cancel();
        });
        Assert.Equal(5, seen);
        Assert.True(engine.GetValue("closed").Boolean);
    }

    [Fact]
    public async Task JsIteratorErrorsSurfaceAsJsException()
    {
        var engine = NewEngine();
        engine.Execute("async function* bad() { yield 1; throw new TypeError('broken stream') }");
        var seen = new List<double>();
        var error = await Assert.ThrowsAsync<JsException>(async () =>
        {
            await foreach (var v in engine.ToAsyncEnumerable(engine.Invoke("bad"))) seen.Add(v.Number);
        });
        Assert.Equal([1.0], seen);
        Assert.Equal("TypeError: broken stream", error.Message);
    }

    [Fact]
    public async Task ThousandsOfEnginesWaitOnTimersWithoutBlockingThreads()
    {
        const int count = 1000;
        var engines = new Engine[count];
        for (int i = 0; i < count; i++)
        {
            engines[i] = NewEngine();
            engines[i].Execute("var fired = false; setTimeout(() => { fired = true }, 50)");
        }
        var clock = Stopwatch.StartNew();
        long threadsBefore = ThreadPool.ThreadCount;
        await Task.WhenAll(engines.Select(e => e.RunEventLoopAsync()));
        clock.Stop();
        Assert.All(engines, e => Assert.True(e.GetValue("fired").Boolean));
        // Blocking waits would need a thread per engine (1,000 x 50 ms on a few threads is seconds).
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(3), $"took {clock.Elapsed}");
        Assert.True(ThreadPool.ThreadCount - threadsBefore < 20, $"thread pool grew from {threadsBefore} to {ThreadPool.ThreadCount}");
    }

    [Fact]
    public async Task RunEventLoopAsyncStopsOnTheHostsToken()
    {
        var engine = NewEngine();
        engine.Execute("var ticks = 0; var id = setInterval(() => ticks++, 5)");
        using var cts = new CancellationTokenSource(60);
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => engine.RunEventLoopAsync(cts.Token));
        Assert.True(engine.GetValue("ticks").Number > 0);
        engine.Execute("clearInterval(id)");
        await engine.RunEventLoopAsync();
    }

    [Fact]
    public async Task ConcurrentUseFromTwoThreadsThrowsAndTheEngineStaysUsable()
    {
        var engine = NewEngine();
        using var inside = new ManualResetEventSlim();
        using var release = new ManualResetEventSlim();
        engine.SetValue("hold", args => { inside.Set(); release.Wait(); return 1; });
        var first = Task.Run(() => engine.Evaluate("hold() + 1"));
        inside.Wait();
        var error = Assert.Throws<InvalidOperationException>(() => engine.Evaluate("2"));
        Assert.Contains("another thread", error.Message);
        Assert.Throws<InvalidOperationException>(() => engine.RunEventLoop());
        Assert.Throws<InvalidOperationException>(() => engine.Invoke("hold"));
        release.Set();
        Assert.Equal(2, (await first).Number);
        // Sequential use from another thread is fine.
        Assert.Equal(3, (await Task.Run(() => engine.Evaluate("1 + 2"))).Number);
        Assert.Equal(4, engine.Evaluate("2 + 2").Number);
    }

    [Fact]
    public void HostFunctionsMayCallBackIntoTheEngine()
    {
        var engine = NewEngine();
        engine.SetValue("outer", args => engine.Evaluate("40").Number + 2);
        Assert.Equal(42, engine.Evaluate("outer()").Number);
    }

    [Fact]
    public void RunJobsRunsOnlyReadyMicrotasks()
    {
        var engine = NewEngine();
        engine.Execute("""
            var log = [];
            setTimeout(() => log.push('timer'), 0);
            Promise.resolve().then(() => { log.push('then'); queueMicrotask(() => log.push('nested')); });
            process.nextTick(() => log.push('tick'));
            """);
        Assert.Equal(3, engine.RunJobs());
        Assert.Equal("tick,then,nested", engine.Evaluate("log.join()").String);
        Assert.Equal(0, engine.RunJobs());
        engine.RunEventLoop();
        Assert.Equal("tick,then,nested,timer", engine.Evaluate("log.join()").String);
    }
}

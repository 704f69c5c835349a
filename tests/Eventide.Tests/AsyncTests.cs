using Eventide.Builtins;
using Eventide.Host;
using Eventide.Runtime;

namespace Eventide.Tests;

/// <summary>Promises, async functions, async generators and the event loop. Expected orders were
/// taken from node 20 running the same snippets.</summary>
public class AsyncTests
{
    [Fact]
    public void AwaitOfANativePromiseTakesOneTickAndReturnOfAPromiseThree()
    {
        // node: "t1 await t2 t3 return-p t4"
        const string source = """
            const log = [];
            let p = Promise.resolve();
            for (let i = 1; i <= 4; i++) p = p.then(() => log.push('t' + i));
            (async () => { await Promise.resolve(); log.push('await'); })();
            (async () => Promise.resolve())().then(() => log.push('return-p'));
            setTimeout(() => console.log(log.join(' ')), 0);
            """;
        Assert.Equal("t1 await t2 t3 return-p t4\n", JsRunner.Run(source));
    }

    [Fact]
    public void AwaitingAThenableCallsThenInALaterJob()
    {
        // node: "sync end / then called / resolved 5"
        const string source = """
            (async () => {
              const v = await { then(r) { console.log('then called'); r(5); } };
              console.log('resolved', v);
            })();
            console.log('sync end');
            """;
        Assert.Equal("sync end\nthen called\nresolved 5\n", JsRunner.Run(source));
    }

    [Fact]
    public void AsyncFunctionThrowRejectsItsPromiseInsteadOfThrowing()
    {
        const string source = """
            async function f(x = (() => { throw new Error('param'); })()) {}
            f().catch(e => console.log('rejected', e.message));
            async function g() { throw new TypeError('body'); }
            g().catch(e => console.log('rejected', e.name));
            console.log('no sync throw');
            """;
        Assert.Equal("no sync throw\nrejected param\nrejected TypeError\n", JsRunner.Run(source));
    }

    [Fact]
    public void AsyncGeneratorRequestsQueueWhileItRuns()
    {
        // node: "0 false|1 false|stop true|undefined true"
        const string source = """
            async function* g() { yield 0; await null; yield 1; yield 2; }
            const it = g();
            Promise.all([it.next(), it.next(), it.return('stop'), it.next()])
              .then(rs => { const parts = []; for (const r of rs) parts.push(r.value + ' ' + r.done); console.log(parts.join('|')); });
            """;
        Assert.Equal("0 false|1 false|stop true|undefined true\n", JsRunner.Run(source));
    }

    [Fact]
    public void ForAwaitClosesTheIteratorOnBreakAndAwaitsReturn()
    {
        const string source = """
            const it = { [Symbol.asyncIterator]() { return {
              i: 0,
              next() { return Promise.resolve({ value: ++this.i, done: false }); },
              return() { console.log('return called'); return new Promise(r => setTimeout(() => { console.log('return settled'); r({ done: true }); }, 5)); },
            }; } };
            (async () => { for await (const v of it) { console.log(v); if (v === 2) break; } console.log('after loop'); })();
            """;
        Assert.Equal("1\n2\nreturn called\nreturn settled\nafter loop\n", JsRunner.Run(source));
    }

    [Fact]
    public void TimersRunByDueTimeThenCreationOrder()
    {
        const string source = """
            setTimeout(() => console.log('b'), 20);
            setTimeout(() => console.log('a'), 10);
            setTimeout(() => console.log('a2'), 10);
            setTimeout(() => { console.log('zero'); setImmediate(() => console.log('immediate')); setTimeout(() => console.log('next timer'), 0); }, 0);
            """;
        Assert.Equal("zero\nimmediate\nnext timer\na\na2\nb\n", JsRunner.Run(source));
    }

    [Fact]
    public void VirtualTimeRunsLongDelaysWithoutWaiting()
    {
        const string source = """
            let tries = 0;
            function attempt() { tries++; if (tries < 4) setTimeout(attempt, 5000 * tries); else console.log('done after', tries); }
            attempt();
            const iv = setInterval(() => { console.log('tick'); clearInterval(iv); }, 60000);
            """;
        var watch = System.Diagnostics.Stopwatch.StartNew();
        Assert.Equal("done after 4\ntick\n", JsRunner.Run(source, virtualTime: true)); // due at 30 s, then 60 s
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(20), "virtual time must not sleep through 30 s of timers");
    }

    [Fact]
    public void UnrefdTimersDoNotKeepTheLoopAlive()
    {
        Assert.Equal("kept\n", JsRunner.Run("setTimeout(() => console.log('unref'), 50).unref(); setTimeout(() => console.log('kept'), 10);"));
    }

    [Fact]
    public void UnhandledRejectionEndsTheLoopWithExitCodeOne()
    {
        var engine = new Engine(new EngineOptions { Runtime = JsRunner.Node(), Stdout = TextWriter.Null, VirtualTime = true });
        engine.Execute("Promise.reject(new Error('lost')); setTimeout(() => { throw new Error('not reached'); }, 0);");
        var ex = Assert.Throws<UnhandledRejectionException>(engine.RunEventLoop);
        Assert.Equal(1, engine.ExitCode);
        Assert.Contains("Error: lost", engine.DescribeUnhandledRejection(ex.Reason));
    }

    [Fact]
    public void RejectionHandledInTheSameTurnIsNotReported()
    {
        const string source = """
            const p = Promise.reject(new Error('x'));
            Promise.resolve().then(() => p.catch(e => console.log('handled', e.message)));
            """;
        Assert.Equal("handled x\n", JsRunner.Run(source));
    }

    [Fact]
    public void PromisesAreInspectableFromTheEmbeddingApi()
    {
        var engine = new Engine(new EngineOptions { Runtime = JsRunner.Node(), Stdout = TextWriter.Null, VirtualTime = true });
        var value = engine.Execute("(async () => { await null; return 7; })()");
        var promise = Assert.IsType<JsPromise>(value.AsObject);
        Assert.Equal(PromiseState.Pending, promise.State);
        engine.RunEventLoop();
        Assert.Equal(PromiseState.Fulfilled, promise.State);
        Assert.Equal(7, promise.Result.Number);
    }
}

public class TimelineTests
{
    [Fact]
    public void TraceShowsEachPhaseAndJobInOrder()
    {
        var output = new StringWriter();
        var timeline = new StringWriter();
        var engine = new Engine(new EngineOptions { Runtime = JsRunner.Node(), Stdout = output, Timeline = timeline, VirtualTime = true });
        engine.RunMain("""
            async function f() { await null; console.log('resumed'); }
            setTimeout(function later() { console.log('timer'); }, 5);
            f();
            Promise.resolve().then(function handler() { console.log('then'); });
            """, "/t.js");
        engine.RunEventLoop();
        Assert.Equal("resumed\nthen\ntimer\n", output.ToString());
        var lines = timeline.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.Trim()).ToArray();
        Assert.Equal([
            "[     0 ms] script: runs /t.js to the end (synchronous code)",
            "[     0 ms] microtasks (nextTick queue, then promise jobs, until both are empty)",
            "1. await resumes async function f() at line 1 (fulfilled)",
            "2. promise reaction: then handler handler (line 4) (fulfilled)",
            "[     0 ms] poll: nothing to run, virtual time jumps to the next timer at 5 ms",
            "[     5 ms] timers: setTimeout #1 (5 ms) callback later (line 2)",
        ], lines);
    }
}

/// <summary>Measures the managed heap, so it runs alone: parallel tests would allocate meanwhile.</summary>
[CollectionDefinition(nameof(MemoryTests), DisableParallelization = true)]
[Collection(nameof(MemoryTests))]
public class MemoryTests
{
    [Fact]
    public void SuspendedGeneratorsAndPendingAsyncFunctionsHoldOnlyTheirFrames()
    {
        var engine = new Engine(new EngineOptions { Runtime = JsRunner.Node(), Stdout = TextWriter.Null, VirtualTime = true });
        engine.Execute("""
            function* gen(i) { const x = i; yield x; yield x + 1; }
            async function pending(p, i) { const y = i; await p; return y; }
            var never = new Promise(() => {});
            var keep = [];
            """);
        long before = GC.GetTotalMemory(forceFullCollection: true);
        engine.Execute("""
            for (let i = 0; i < 100000; i++) { const g = gen(i); g.next(); keep.push(g); }
            for (let i = 0; i < 100000; i++) keep.push(pending(never, i));
            """);
        engine.RunEventLoop();
        long after = GC.GetTotalMemory(forceFullCollection: true);
        Assert.Equal(200000, engine.Execute("keep.length").Number);
        long growth = after - before;
        Assert.True(growth < 100L * 1024 * 1024, $"200,000 suspended activations grew the managed heap by {growth / (1024 * 1024)} MB");
    }
}

public class ParameterScopeTests
{
    [Fact]
    public void ParametersAreInTheirTdzUntilBoundWhenThereAreDefaults()
    {
        // node: ReferenceError for a default that reads a later parameter or itself, in every function kind.
        Assert.Equal("ReferenceError: Cannot access 'b' before initialization", JsRunner.Throws("function f(a = b, b) {} f();"));
        Assert.Equal("ReferenceError: Cannot access 'a' before initialization", JsRunner.Throws("function* g(a = a) {} g();"));
        Assert.Equal("ReferenceError ReferenceError\n", JsRunner.Run("""
            async function f(a = b, b) {}
            const h = async (x = x) => {};
            Promise.all([f().catch(e => e.name), h().catch(e => e.name)]).then(r => console.log(r.join(' ')));
            """));
        // Earlier parameters, closures over them and body vars of the same name still work (node's values).
        Assert.Equal("[ 2, 3, 3, 2 ] 5\n", JsRunner.Run(
            "function f(a, b = a, {c} = {c: b}, ...r) { var a; return [a, b, c, r.length]; } function h(a, g = () => a) { a = 5; return g(); } console.log(f(2, 3, undefined, 4, 5), h(1));"));
    }
}

using Eventide;
using BenchmarkDotNet.Attributes;
using Eventide.Host;
using Eventide.Runtime;

/// <summary>
/// The async hot paths: resuming an awaiting frame, running a promise reaction, resuming a
/// generator. Each invocation starts 1000 operations and drains the microtask queue.
/// </summary>
[MemoryDiagnoser]
public class AsyncPaths
{
    private Engine _engine = null!;
    private JsValue _awaitLoop, _thenChain, _generatorLoop, _suspendGenerators, _suspendAsync;

    [GlobalSetup]
    public void Setup()
    {
        _engine = new Engine(new EngineOptions { Stdout = TextWriter.Null, VirtualTime = true });
        _engine.Execute("""
            async function awaitLoop() { let s = 0; for (let i = 0; i < 1000; i++) s += await i; return s }
            function thenChain() { let p = Promise.resolve(0); for (let i = 0; i < 1000; i++) p = p.then(v => v + 1); return p }
            function* gen() { for (let i = 0; i < 1000; i++) yield i }
            function generatorLoop() { let s = 0; for (const x of gen()) s += x; return s }
            function* held(a) { const b = a + 1; yield b; }
            const never = new Promise(() => {});
            async function pending(a) { const b = a + 1; await never; return b; }
            let keep = [];
            function suspendGenerators() { keep = []; for (let i = 0; i < 1000; i++) { const g = held(i); g.next(); keep.push(g); } }
            function suspendAsync() { keep = []; for (let i = 0; i < 1000; i++) keep.push(pending(i)); }
            """);
        _awaitLoop = _engine.GetValue("awaitLoop");
        _thenChain = _engine.GetValue("thenChain");
        _generatorLoop = _engine.GetValue("generatorLoop");
        _suspendGenerators = _engine.GetValue("suspendGenerators");
        _suspendAsync = _engine.GetValue("suspendAsync");
    }

    /// <summary>One await of a non-promise: a promise, a reaction job, a frame resume.</summary>
    [Benchmark(OperationsPerInvoke = 1000)]
    public void AwaitResume()
    {
        _engine.Invoke(_awaitLoop);
        _engine.RunEventLoop();
    }

    /// <summary>One then() and the reaction job that runs its handler.</summary>
    [Benchmark(OperationsPerInvoke = 1000)]
    public void PromiseReaction()
    {
        _engine.Invoke(_thenChain);
        _engine.RunEventLoop();
    }

    /// <summary>One yield consumed by for-of.</summary>
    [Benchmark(OperationsPerInvoke = 1000)]
    public JsValue GeneratorResume() => _engine.Invoke(_generatorLoop);

    /// <summary>The memory a suspended generator costs ("Allocated" per operation: the generator
    /// object, its frame and registers, plus one array slot and the first next() result).</summary>
    [Benchmark(OperationsPerInvoke = 1000)]
    public JsValue SuspendedGenerator() => _engine.Invoke(_suspendGenerators);

    /// <summary>The memory a pending async function costs (its promise, frame, activation and
    /// the reaction registered on the awaited promise).</summary>
    [Benchmark(OperationsPerInvoke = 1000)]
    public JsValue PendingAsyncFunction() => _engine.Invoke(_suspendAsync);
}

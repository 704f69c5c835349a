using Eventide;
using BenchmarkDotNet.Attributes;
using Eventide.Host;

/// <summary>
/// Independent engines on independent threads share no mutable state, so throughput should
/// scale with cores: each thread runs its own engine on the same CPU-bound script.
/// Compare the time per operation for Threads = 1 and 2 (equal times = linear scaling).
/// </summary>
public class ParallelEngines
{
    private const string Script = """
        function fib(n) { return n < 2 ? n : fib(n - 1) + fib(n - 2) }
        let s = 0; for (let i = 0; i < 5; i++) s += fib(18);
        Promise.resolve(s).then(v => { s = v });
        """;

    [Params(1, 2)]
    public int Threads;

    /// <summary>Each thread creates an engine and runs the script with its event loop.</summary>
    [Benchmark]
    public void RunOnEachThread()
    {
        var threads = new Thread[Threads];
        for (int i = 0; i < Threads; i++)
        {
            threads[i] = new Thread(() =>
            {
                var engine = new Engine(new EngineOptions { Stdout = TextWriter.Null });
                engine.Execute(Script);
                engine.RunEventLoop();
            }, 16 * 1024 * 1024);
            threads[i].Start();
        }
        foreach (var t in threads) t.Join();
    }
}

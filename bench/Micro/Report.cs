using Eventide;
using System.Diagnostics;
using Eventide.Host;

/// <summary>
/// `dotnet run -c Release -- --report`: the figures of the speed issues that are not wall
/// times of whole programs, as markdown for docs/performance.md (bench/run.sh appends it):
/// the memory a suspended generator or pending async function holds, bytes per small object, what creating an engine
/// costs, and how the throughput of independent engines grows with threads.
/// </summary>
public static class Report
{
    public static void Print(TextWriter output)
    {
        PrintActivations(output);
        PrintObjects(output);
        PrintEngineCreation(output);
        PrintThreads(output);
    }

    /// <summary>Bytes a suspended generator or pending async function holds.</summary>
    public static void PrintActivations(TextWriter output)
    {
        output.WriteLine("## Suspended activations");
        output.WriteLine();
        output.WriteLine("Bytes allocated per activation (GC.GetAllocatedBytesForCurrentThread over 10,000 of them, minus the array slot that keeps each alive):");
        output.WriteLine();
        output.WriteLine("| activation | bytes |");
        output.WriteLine("|---|---:|");
        var engine = new Engine(new EngineOptions { Stdout = TextWriter.Null });
        engine.Execute("""
            function* empty() {}
            function* held(a, b, c) { const d = a + b + c; yield d; }
            const never = new Promise(() => {});
            async function pendingEmpty() { await never; }
            async function pending(a, b, c) { const d = a + b + c; await never; return d; }
            let keep;
            function keepAll(make) { keep = []; for (let i = 0; i < 10000; i++) keep.push(make(i)); }
            function suspendedStart() { keepAll(() => empty()); }
            function suspendedAtYield() { keepAll(i => { const g = held(i, 1, 2); g.next(); return g; }); }
            function pendingAsyncEmpty() { keepAll(() => pendingEmpty()); }
            function pendingAsync() { keepAll(i => pending(i, 1, 2)); }
            function numbers() { keepAll(i => i); }
            """);
        double slot = BytesPer(engine, "numbers");
        Row(output, "generator, not started, no variables", BytesPer(engine, "suspendedStart") - slot);
        Row(output, "generator at a yield, 4 variables (plus its first {value, done} result)", BytesPer(engine, "suspendedAtYield") - slot);
        Row(output, "async function awaiting, no variables (its promise included)", BytesPer(engine, "pendingAsyncEmpty") - slot);
        Row(output, "async function awaiting, 4 variables (its promise included)", BytesPer(engine, "pendingAsync") - slot);
        output.WriteLine();
    }

    /// <summary>Bytes allocated per small object: construction, literals, `{}` filled by assignments, closures.</summary>
    public static void PrintObjects(TextWriter output)
    {
        output.WriteLine("## Object allocation");
        output.WriteLine();
        output.WriteLine("Bytes allocated per object (GC.GetAllocatedBytesForCurrentThread over 10,000 of them, after a warm-up, minus the array slot that keeps each alive):");
        output.WriteLine();
        output.WriteLine("| object | bytes |");
        output.WriteLine("|---|---:|");
        var engine = new Engine(new EngineOptions { Stdout = TextWriter.Null });
        engine.Execute("""
            class Vec { constructor(x, y) { this.x = x; this.y = y; } }
            function Point(x, y) { this.x = x; this.y = y; }
            class Base { constructor(x) { this.x = x; } }
            class Derived extends Base { constructor(x, y) { super(x); this.y = y; } }
            let keep;
            function keepAll(make) { keep = []; for (let i = 0; i < 10000; i++) keep.push(make(i)); }
            function classInstance() { keepAll(i => new Vec(i, 1)); }
            function functionInstance() { keepAll(i => new Point(i, 1)); }
            function derivedInstance() { keepAll(i => new Derived(i, 1)); }
            function literal2() { keepAll(i => ({ x: i, y: 1 })); }
            function literal5() { keepAll(i => ({ a: i, b: 1, c: 2, d: 3, e: 4 })); }
            function emptyThenAssigned() { keepAll(i => { const o = {}; o.x = i; o.y = 1; return o; }); }
            function arrowClosure() { keepAll(i => () => 0); }
            function functionClosure() { keepAll(i => function () {}); }
            function numbers() { keepAll(i => i); }
            """);
        double slot = BytesPer(engine, "numbers");
        Row(output, "`new Vec(x, y)`, a class whose constructor adds two fields", BytesPer(engine, "classInstance") - slot);
        Row(output, "`new Point(x, y)`, a function constructor adding two fields", BytesPer(engine, "functionInstance") - slot);
        Row(output, "`new Derived(x, y)`, two fields, one from each constructor", BytesPer(engine, "derivedInstance") - slot);
        Row(output, "`{ x, y }` literal", BytesPer(engine, "literal2") - slot);
        Row(output, "`{ a, b, c, d, e }` literal", BytesPer(engine, "literal5") - slot);
        Row(output, "`{}` then two assignments", BytesPer(engine, "emptyThenAssigned") - slot);
        Row(output, "`() => 0`, an arrow (a callback, a promise reaction)", BytesPer(engine, "arrowClosure") - slot);
        Row(output, "`function () {}`, with its prototype object", BytesPer(engine, "functionClosure") - slot);
        output.WriteLine();
    }

    /// <summary>Throughput of independent engines on 1 and 2 threads, under the GC this process runs with.</summary>
    public static void PrintThreads(TextWriter output)
    {
        string gc = $"{(System.Runtime.GCSettings.IsServerGC ? "server" : "workstation")} GC{(System.Runtime.GCSettings.LatencyMode == System.Runtime.GCLatencyMode.Batch ? ", non-concurrent" : "")}";
        output.WriteLine($"## Many engines ({gc})");
        output.WriteLine();
        output.WriteLine("Independent engines on their own threads, each creating an engine and running a CPU-bound script (fib(22) five times, then a promise job) in a loop for 3 seconds:");
        output.WriteLine();
        output.WriteLine("| threads | scripts/s | per thread |");
        output.WriteLine("|---:|---:|---:|");
        double single = 0;
        foreach (int threads in new[] { 1, 2 })
        {
            double rate = Throughput(threads, TimeSpan.FromSeconds(3));
            if (threads == 1) single = rate;
            output.WriteLine($"| {threads} | {rate:F1} | {rate / threads / single:P0} of one |");
        }
        output.WriteLine();
    }

    /// <summary>Time and bytes per engine, sandboxed and with node's whole runtime (BenchmarkDotNet's EngineCreation measures the same).</summary>
    public static void PrintEngineCreation(TextWriter output)
    {
        output.WriteLine("## Engine creation");
        output.WriteLine();
        output.WriteLine("Median time of 10 rounds of 200 engines each (after a warm-up), and bytes allocated per engine:");
        output.WriteLine();
        output.WriteLine("| engine | ms | bytes |");
        output.WriteLine("|---|---:|---:|");
        (string, Func<Engine>)[] kinds =
        [
            ("new Engine() (sandboxed)", () => new Engine(new EngineOptions { Stdout = TextWriter.Null })),
            ("with new NodeRuntime { Grants = NodeGrants.All }", () => new Engine(new EngineOptions
            {
                Stdout = TextWriter.Null,
                Runtime = new Eventide.Node.NodeRuntime { Grants = Eventide.Node.NodeGrants.All },
            })),
        ];
        foreach (var (what, create) in kinds)
        {
            const int PerRound = 200;
            for (int i = 0; i < PerRound; i++) create(); // warm-up: tiered JIT of the realm's setup
            var rounds = new double[10];
            long before = GC.GetAllocatedBytesForCurrentThread();
            for (int r = 0; r < rounds.Length; r++)
            {
                var clock = Stopwatch.StartNew();
                for (int i = 0; i < PerRound; i++) create();
                rounds[r] = clock.Elapsed.TotalMilliseconds / PerRound;
            }
            long bytes = (GC.GetAllocatedBytesForCurrentThread() - before) / (rounds.Length * PerRound);
            Array.Sort(rounds);
            output.WriteLine($"| {what} | {rounds[rounds.Length / 2]:F2} | {bytes:N0} |");
        }
        output.WriteLine();
    }

    private static void Row(TextWriter output, string what, double bytes) => output.WriteLine($"| {what} | {bytes:F0} |");

    private static double BytesPer(Engine engine, string function)
    {
        var fn = engine.GetValue(function);
        engine.Invoke(fn); // warm up: shapes, caches and the keep array's growth pattern
        long before = GC.GetAllocatedBytesForCurrentThread();
        engine.Invoke(fn);
        return (GC.GetAllocatedBytesForCurrentThread() - before) / 10000.0;
    }

    private static double Throughput(int threads, TimeSpan duration)
    {
        const string Script = """
            function fib(n) { return n < 2 ? n : fib(n - 1) + fib(n - 2) }
            let s = 0; for (let i = 0; i < 5; i++) s += fib(22);
            Promise.resolve(s).then(v => { s = v });
            """;
        var counts = new int[threads];
        var workers = new Thread[threads];
        var clock = Stopwatch.StartNew();
        for (int t = 0; t < threads; t++)
        {
            int index = t;
            workers[t] = new Thread(() =>
            {
                while (clock.Elapsed < duration)
                {
                    var engine = new Engine(new EngineOptions { Stdout = TextWriter.Null });
                    engine.Execute(Script);
                    engine.RunEventLoop();
                    counts[index]++;
                }
            }, 16 * 1024 * 1024);
            workers[t].Start();
        }
        foreach (var w in workers) w.Join();
        return counts.Sum() / clock.Elapsed.TotalSeconds;
    }
}

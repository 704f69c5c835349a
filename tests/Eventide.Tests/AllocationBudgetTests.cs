namespace Eventide.Tests;

/// <summary>
/// Bytes the engine allocates for common operations (issue 17's allocation targets), counted with
/// GC.GetAllocatedBytesForCurrentThread, which is deterministic for the same code: a change that
/// makes calls allocate, or objects bigger, fails here rather than only showing in a benchmark.
/// </summary>
public class AllocationBudgetTests
{
    private const int Count = 10_000;

    private static readonly Engine Shared = CreateEngine();

    private static Engine CreateEngine()
    {
        var engine = new Engine(new EngineOptions { Stdout = TextWriter.Null });
        engine.Execute($$"""
            class Vec { constructor(x, y) { this.x = x; this.y = y; } }
            function Point(x, y) { this.x = x; this.y = y; }
            class Base { constructor(x) { this.x = x; } }
            class Derived extends Base { constructor(x, y) { super(x); this.y = y; } }
            let keep;
            function keepAll(make) { keep = []; for (let i = 0; i < {{Count}}; i++) keep.push(make(i)); }
            var objects = {
              classInstance: () => keepAll(i => new Vec(i, 1)),
              functionInstance: () => keepAll(i => new Point(i, 1)),
              derivedInstance: () => keepAll(i => new Derived(i, 1)),
              literal: () => keepAll(i => ({ x: i, y: 1 })),
              numbers: () => keepAll(i => i),
            };
            function id(x) { return x; }
            const holder = { m(x) { return x + 1; }, arrow: null };
            holder.arrow = (x) => x;
            function* empty() {}
            const never = new Promise(() => {});
            async function pendingEmpty() { await never; }
            var activations = {
              suspendedGenerator: () => keepAll(() => empty()),
              pendingAsync: () => keepAll(() => pendingEmpty()),
            };
            var calls = {
              plain: () => { let s = 0; for (let i = 0; i < {{Count}}; i++) s = id(s); return s; },
              method: () => { let s = 0; for (let i = 0; i < {{Count}}; i++) s = holder.m(s); return s; },
              arrowOnReceiver: () => { let s = 0; for (let i = 0; i < {{Count}}; i++) s = holder.arrow(s); return s; },
            };
            """);
        return engine;
    }

    /// <summary>Bytes per repetition of the function <paramref name="group"/>.<paramref name="name"/>, after a warm-up call (shapes, caches, slack tracking).</summary>
    private static double BytesPer(string group, string name, int repetitions)
    {
        lock (Shared)
        {
            var fn = Shared.GetValue(group).AsObject!.Get(name);
            Shared.Invoke(fn);
            long before = GC.GetAllocatedBytesForCurrentThread();
            Shared.Invoke(fn);
            return (GC.GetAllocatedBytesForCurrentThread() - before) / (double)repetitions;
        }
    }

    [Theory]
    [InlineData("classInstance")]
    [InlineData("functionInstance")]
    [InlineData("derivedInstance")]
    [InlineData("literal")]
    public void TwoFieldObjectsCostNinetySixBytes(string kind)
    {
        double slot = BytesPer("objects", "numbers", Count);
        double bytes = BytesPer("objects", kind, Count) - slot;
        Assert.InRange(bytes, 0, 96.5);
    }

    /// <summary>Issue 17's targets: a suspended generator at most 200 B, a pending async function (its promise included)
    /// at most 250 B, with no variables. A field added to every frame is what usually breaks them.</summary>
    [Theory]
    [InlineData("suspendedGenerator", 200)]
    [InlineData("pendingAsync", 250)]
    public void SuspendedActivationsStayWithinTheirBudgets(string kind, int budget)
    {
        double slot = BytesPer("objects", "numbers", Count);
        double bytes = BytesPer("activations", kind, Count) - slot;
        Assert.InRange(bytes, 0, budget + 0.5);
    }

    [Theory]
    [InlineData("plain")]
    [InlineData("method")]
    [InlineData("arrowOnReceiver")]
    public void ScriptToScriptCallsAllocateNothing(string kind)
    {
        Assert.InRange(BytesPer("calls", kind, Count), 0, 0.5);
    }
}

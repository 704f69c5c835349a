using System.Diagnostics;
using Eventide.Host;
using Eventide.Vm;

namespace Eventide.Tests;

/// <summary>
/// The memory limit holds for allocations made inside one builtin call: a large one is refused
/// before it happens. In the memory collection: the limit counts the whole process's heap.
/// </summary>
[Collection(nameof(MemoryTests))]
public class MemoryLimitTests
{
    private static Engine NewEngine(EngineOptions options)
    {
        options.Stdout = TextWriter.Null;
        options.Stderr = TextWriter.Null;
        return new Engine(options);
    }

    private const long Headroom = 128L * 1024 * 1024;

    [Theory]
    [InlineData("new Array(1e8).fill(0)")]
    [InlineData("const a = []; a[1e8 - 1] = 0; a.fill(1, 0)")]
    [InlineData("new ArrayBuffer(2 ** 30)")]
    [InlineData("new Float64Array(2 ** 26)")]
    [InlineData("'ab'.repeat(2 ** 27)")]
    [InlineData("'x'.padStart(2 ** 28, 'yz')")]
    [InlineData("Array.prototype.join.call({ length: 2 ** 32 - 1 })")]
    public void LargeAllocationsStopAtTheMemoryLimit(string script)
    {
        GC.Collect();
        long before = GC.GetTotalMemory(true);
        var watch = Stopwatch.StartNew();
        var ex = Assert.Throws<MemoryLimitExceededException>(() => NewEngine(new EngineOptions { MemoryLimit = before + Headroom }).Execute(script));
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(20), $"took {watch.Elapsed}");
        // Stopped before the heap went far past the limit (the refused allocation never happened).
        Assert.True(GC.GetTotalMemory(false) < before + 2 * Headroom, $"{GC.GetTotalMemory(false) - before:N0} bytes more");
        Assert.Equal(before + Headroom, ex.Limit);
    }

    [Fact]
    public void APerCallMemoryLimitStopsTheCallAndTheEngineRunsTheNext()
    {
        GC.Collect();
        long before = GC.GetTotalMemory(true);
        var engine = NewEngine(new EngineOptions());
        Assert.Throws<MemoryLimitExceededException>(() => engine.Execute("new Array(1e8).fill(0)", new ExecutionLimits { MemoryLimit = before + Headroom }));
        Assert.Equal(1000.0, engine.Evaluate("new Array(1000).fill(1).length"));
    }
}

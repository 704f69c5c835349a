using Eventide;
using BenchmarkDotNet.Attributes;
using Eventide.Node;

/// <summary>
/// What a host that creates one engine per request pays before its script runs (issue 17's target:
/// under 1 ms): a sandboxed engine (the default), an engine with node's whole runtime, and a
/// sandboxed engine that evaluates "1+1"; MemoryDiagnoser gives the bytes each engine allocates.
/// </summary>
[MemoryDiagnoser]
public class EngineCreation
{
    /// <summary>new Engine(): ECMAScript's globals and console.</summary>
    [Benchmark(Baseline = true)]
    public Engine Sandboxed() => new(new EngineOptions { Stdout = TextWriter.Null });

    /// <summary>An engine with node's runtime and every grant (what the eventide command runs scripts with).</summary>
    [Benchmark]
    public Engine NodeRuntimeAllGrants() => new(new EngineOptions
    {
        Stdout = TextWriter.Null,
        Runtime = new NodeRuntime { Grants = NodeGrants.All },
    });

    /// <summary>A sandboxed engine created and evaluating "1+1": parse, compile and run included.</summary>
    [Benchmark]
    public double SandboxedEvaluate() => new Engine(new EngineOptions { Stdout = TextWriter.Null }).Evaluate("1+1").Number;
}

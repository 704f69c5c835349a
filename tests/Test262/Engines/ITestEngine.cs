namespace Eventide.Test262;

/// <summary>How a piece of engine code ended: normally, with a parse-phase or runtime throw, or not at all.</summary>
public enum ThrowKind { None, Parse, Runtime, Timeout, StackOverflow, Internal }

/// <summary>The thrown value's constructor name (what negative tests compare) and message.</summary>
public readonly record struct Thrown(ThrowKind Kind, string ErrorName = "", string Message = "");

/// <summary>
/// One test run on an engine: how it ended, the harness file that failed (null when the harness ran),
/// and what the test printed (the async protocol of doneprintHandle.js reads it).
/// </summary>
public sealed record EngineRun(Thrown Thrown, string? FailedHarness = null, IReadOnlyList<string>? Printed = null)
{
    public IReadOnlyList<string> Lines => Printed ?? [];
}

/// <summary>
/// An engine the runner can test: it evaluates the harness files and the test (as a script, with the
/// "use strict" prefix in strict mode, or as a module) in a fresh realm with <c>print</c> and
/// <c>$262</c>, runs its job queue, and says how it ended. The runner does the rest (test selection,
/// harness includes, modes, skips and judging negative and async tests), the same for every engine.
/// </summary>
public interface ITestEngine
{
    /// <summary>"eventide", "jint", "node".</summary>
    string Name { get; }

    /// <summary>The version measured (named in the side-by-side report).</summary>
    string Version { get; }

    /// <summary>Why this test cannot run on this engine (a feature name, recorded as a skip), or null.</summary>
    string? SkipReason(TestMetadata meta, string source);

    /// <summary>Runs one test in one mode. Must not throw: an engine failure is a <see cref="ThrowKind.Internal"/> run.</summary>
    EngineRun Run(TestCase test, string mode, IReadOnlyList<string> harnessFiles, TimeSpan timeout);
}

/// <summary>The harness/ files, read once.</summary>
public sealed class HarnessFiles(string root)
{
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> _sources = new();

    public string Root { get; } = root;

    public string Source(string name) => _sources.GetOrAdd(name, n => File.ReadAllText(Path.Combine(Root, "harness", n)));
}

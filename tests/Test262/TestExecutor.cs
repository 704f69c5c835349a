namespace Eventide.Test262;

/// <summary>
/// Runs one test in one mode on an <see cref="ITestEngine"/> (a fresh realm each time), following
/// INTERPRETING.md: harness files first (assert.js, sta.js, doneprintHandle.js for async, then
/// includes), the test source with the "use strict" prefix in strict mode, then the job queue; and
/// judges the outcome (negative tests by phase and type, the async protocol). Never throws: every
/// engine failure, .NET exceptions included, becomes a failing <see cref="TestResult"/>.
/// </summary>
public sealed class TestExecutor(ITestEngine engine, TimeSpan timeout)
{
    /// <summary>Eventide, as the CI gate runs it.</summary>
    public TestExecutor(string root, TimeSpan timeout) : this(new EventideEngine(root), timeout) { }

    public TimeSpan Timeout { get; } = timeout;

    public ITestEngine Engine { get; } = engine;

    private const string AsyncComplete = "Test262:AsyncTestComplete";
    private const string AsyncFailure = "Test262:AsyncTestFailure:";

    public IEnumerable<TestResult> RunAll(TestCase test)
    {
        string? feature;
        try { feature = Engine.SkipReason(test.Metadata, test.Source); }
        catch (Exception e) { feature = null; _ = e; }
        foreach (var mode in test.Modes())
        {
            if (feature is not null) yield return new TestResult(test.Path, mode, Outcome.Skip, feature);
            else yield return Run(test, mode);
        }
    }

    public TestResult Run(TestCase test, string mode)
    {
        long start = System.Diagnostics.Stopwatch.GetTimestamp();
        TestResult result;
        try
        {
            result = RunUnguarded(test, mode);
        }
        catch (Exception e)
        {
            result = Fail(test, mode, FailureCategory.InternalError, $"{e.GetType().Name}: {e.Message}" + InternalStack(e));
        }
        return result with { Milliseconds = System.Diagnostics.Stopwatch.GetElapsedTime(start).TotalMilliseconds };
    }

    private TestResult RunUnguarded(TestCase test, string mode)
    {
        var meta = test.Metadata;
        var run = Engine.Run(test, mode, meta.HasFlag("raw") ? [] : [.. HarnessFiles(meta)], Timeout);
        if (run.FailedHarness is { } name)
        {
            var outcome = run.Thrown;
            return outcome.Kind == ThrowKind.Timeout
                ? Fail(test, mode, FailureCategory.Timeout, "timeout in harness " + name)
                : Fail(test, mode, HarnessCategory(outcome), $"harness/{name}: {outcome.ErrorName}: {outcome.Message}");
        }
        return Judge(test, mode, meta, run.Thrown, run.Lines);
    }

    private TestResult Judge(TestCase test, string mode, TestMetadata meta, Thrown thrown, IReadOnlyList<string> printed)
    {
        switch (thrown.Kind)
        {
            case ThrowKind.Timeout: return Fail(test, mode, FailureCategory.Timeout, $"no result within {Timeout.TotalSeconds:0.#}s");
            case ThrowKind.Internal: return Fail(test, mode, FailureCategory.InternalError, thrown.Message);
            case ThrowKind.StackOverflow: return Fail(test, mode, FailureCategory.StackOverflow, thrown.Message);
        }

        if (meta.Negative is { } neg)
        {
            string expected = $"expected {neg.Phase}-phase {neg.Type}";
            if (neg.Phase == "parse" || neg.Phase == "resolution")
            {
                return thrown.Kind switch
                {
                    // Valid syntax the engine does not implement yet is not an early error.
                    ThrowKind.Parse or ThrowKind.Runtime when FailureCategory.IsUnsupported(thrown.Message) =>
                        Fail(test, mode, FailureCategory.ForParseError(thrown.Message), $"{expected}, got: {thrown.Message}"),
                    ThrowKind.Parse when thrown.ErrorName == neg.Type => Pass(test, mode),
                    ThrowKind.Parse => Fail(test, mode, FailureCategory.WrongErrorType, $"{expected}, got {thrown.ErrorName}: {thrown.Message}"),
                    ThrowKind.Runtime when thrown.ErrorName == neg.Type => Fail(test, mode, FailureCategory.LateEarlyError, $"{expected}, thrown at runtime: {thrown.Message}"),
                    ThrowKind.Runtime => Fail(test, mode, FailureCategory.MissingEarlyError, $"{expected}, got runtime {thrown.ErrorName}: {thrown.Message}"),
                    _ => Fail(test, mode, FailureCategory.MissingEarlyError, expected + ", nothing thrown"),
                };
            }
            return thrown.Kind switch
            {
                ThrowKind.Parse or ThrowKind.Runtime when FailureCategory.IsUnsupported(thrown.Message) =>
                    Fail(test, mode, FailureCategory.ForParseError(thrown.Message), $"{expected}, got: {thrown.Message}"),
                ThrowKind.Runtime when thrown.ErrorName == neg.Type => Pass(test, mode),
                ThrowKind.Runtime => Fail(test, mode, FailureCategory.WrongErrorType, $"{expected}, got {thrown.ErrorName}: {thrown.Message}"),
                ThrowKind.Parse => Fail(test, mode, FailureCategory.ForParseError(thrown.Message), $"{expected}, got parse-phase {thrown.ErrorName}: {thrown.Message}"),
                _ => Fail(test, mode, FailureCategory.NotThrown, expected + ", nothing thrown"),
            };
        }

        switch (thrown.Kind)
        {
            case ThrowKind.Parse:
                return Fail(test, mode, FailureCategory.ForParseError(thrown.Message), $"SyntaxError: {thrown.Message}");
            case ThrowKind.Runtime:
                return Fail(test, mode, FailureCategory.ForError(thrown.ErrorName, thrown.Message), $"{thrown.ErrorName}: {thrown.Message}");
        }

        if (meta.HasFlag("async"))
        {
            foreach (var line in printed)
            {
                if (line == AsyncComplete) return Pass(test, mode);
                if (line.StartsWith(AsyncFailure, StringComparison.Ordinal))
                    return Fail(test, mode, AsyncCategory(line[AsyncFailure.Length..]), line);
            }
            return Fail(test, mode, FailureCategory.AsyncIncomplete, "print('Test262:AsyncTestComplete') was never called");
        }
        return Pass(test, mode);
    }

    /// <summary>A harness file failing is usually a missing builtin (propertyHelper.js needs Object): name that cause.</summary>
    private static string HarnessCategory(Thrown t) => t.Kind switch
    {
        ThrowKind.Runtime => FailureCategory.ForError(t.ErrorName, t.Message),
        ThrowKind.Parse => FailureCategory.ForParseError(t.Message),
        ThrowKind.StackOverflow => FailureCategory.StackOverflow,
        ThrowKind.Internal => FailureCategory.InternalError,
        _ => FailureCategory.HarnessError,
    };

    /// <summary>"Test262Error: message" after the async failure prefix → the category of that error.</summary>
    private static string AsyncCategory(string detail)
    {
        detail = detail.Trim();
        int colon = detail.IndexOf(": ", StringComparison.Ordinal);
        var name = colon > 0 ? detail[..colon] : detail;
        var message = colon > 0 ? detail[(colon + 2)..] : "";
        var category = FailureCategory.ForError(name, message);
        return category == "throw" ? FailureCategory.AsyncFailure : category;
    }

    private static IEnumerable<string> HarnessFiles(TestMetadata meta)
    {
        yield return "assert.js";
        yield return "sta.js";
        if (meta.HasFlag("async")) yield return "doneprintHandle.js";
        foreach (var inc in meta.Includes) yield return inc;
    }

    private static TestResult Pass(TestCase t, string mode) => new(t.Path, mode, Outcome.Pass);

    private static TestResult Fail(TestCase t, string mode, string reason, string message) =>
        new(t.Path, mode, Outcome.Fail, Printable(reason), Printable(message.Length > 300 ? message[..300] + "…" : message));

    /// <summary>Messages may hold lone surrogates and control characters (test262 tests them): keep files valid UTF-8, one line.</summary>
    public static string Printable(string s)
    {
        var sb = new System.Text.StringBuilder(s.Length);
        for (int i = 0; i < s.Length; i++)
        {
            char c = s[i];
            if (char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1])) { sb.Append(c).Append(s[++i]); }
            else if (char.IsSurrogate(c)) sb.Append('\uFFFD');
            else if (char.IsControl(c)) sb.Append(' ');
            else sb.Append(c);
        }
        return sb.ToString();
    }

    /// <summary>T262_STACK=1 adds the .NET stack to internal errors (debugging the engine, not the tests).</summary>
    internal static string InternalStack(Exception e) => Environment.GetEnvironmentVariable("T262_STACK") == "1" ? " " + e.StackTrace : "";
}

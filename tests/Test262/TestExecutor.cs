using System.Collections.Concurrent;
using Eventide.Host;
using Eventide.Node;
using Eventide.Parsing;
using Eventide.Runtime;

namespace Eventide.Test262;

/// <summary>
/// Runs one test in one mode on a fresh <see cref="Engine"/> (a new realm), following INTERPRETING.md:
/// harness files first (assert.js, sta.js, doneprintHandle.js for async, then includes), the test
/// source with the "use strict" prefix in strict mode, then the event loop. Never throws: every
/// engine failure, .NET exceptions included, becomes a failing <see cref="TestResult"/>.
/// </summary>
public sealed class TestExecutor(string root, TimeSpan timeout)
{
    private readonly ConcurrentDictionary<string, string> _harness = new();

    public TimeSpan Timeout { get; } = timeout;

    private const string AsyncComplete = "Test262:AsyncTestComplete";
    private const string AsyncFailure = "Test262:AsyncTestFailure:";

    public IEnumerable<TestResult> RunAll(TestCase test)
    {
        string? feature;
        try { feature = FeaturePolicy.UnsupportedFeature(test.Metadata, test.Source); }
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
        using var cts = new CancellationTokenSource(Timeout);
        var engine = new Engine(new EngineOptions
        {
            CancellationToken = cts.Token,
            Stdout = TextWriter.Null,
            Stderr = TextWriter.Null,
            VirtualTime = true,
            UnhandledRejections = UnhandledRejectionMode.None,
            // EVENTIDE_FAST_LOOP=0: the tier-differential run (every instruction on the general path).
            FastLoop = Environment.GetEnvironmentVariable("EVENTIDE_FAST_LOOP") != "0",
            // node's globals and module loading from files, as the tests have always run (expectations.txt).
            Runtime = new NodeRuntime { Grants = NodeGrants.All },
        });
        using var host = new HostObject(engine, cts.Token);
        host.Install(engine.Realm);
        // test262's host loads every imported file as a module.
        engine.Node.EsResolver.JsFilesAreModules = true;
        engine.EsModules.ChecksImportAttributes = false;

        // Harness: evaluated as separate global scripts, unmodified.
        if (!meta.HasFlag("raw"))
        {
            foreach (var name in HarnessFiles(meta))
            {
                var outcome = Evaluate(engine, () => engine.Execute(HarnessSource(name), "harness/" + name));
                if (outcome.Kind != ThrowKind.None)
                    return outcome.Kind == ThrowKind.Timeout
                        ? Fail(test, mode, FailureCategory.Timeout, "timeout in harness " + name)
                        : Fail(test, mode, HarnessCategory(outcome), $"harness/{name}: {outcome.ErrorName}: {outcome.Message}");
            }
        }

        if (meta.HasFlag("module"))
        {
            // A module test: loading and linking its graph can fail with an early (parse or
            // resolution) error; evaluation errors are runtime errors.
            string file = Path.GetFullPath(Path.Combine(root, test.Path));
            Eventide.Vm.Modules.SourceTextModule? module = null;
            var linked = Evaluate(engine, () => module = engine.Node.EsResolver.LoadAndLink(test.Source, file));
            if (linked.Kind == ThrowKind.Runtime && linked.ErrorName == "SyntaxError") linked = linked with { Kind = ThrowKind.Parse };
            if (linked.Kind != ThrowKind.None) return Judge(test, mode, meta, linked, host);
            var evaluated = Evaluate(engine, () =>
            {
                engine.EsModules.EvaluateMain(module!);
                engine.RunEventLoop();
            });
            return Judge(test, mode, meta, evaluated, host);
        }

        var source = mode == "strict" ? "\"use strict\";\n" + test.Source : test.Source;
        var result = Evaluate(engine, () =>
        {
            // The absolute path: import() in a script resolves against it.
            engine.Execute(source, Path.GetFullPath(Path.Combine(root, test.Path)));
            engine.RunEventLoop();
        });
        return Judge(test, mode, meta, result, host);
    }

    private TestResult Judge(TestCase test, string mode, TestMetadata meta, Thrown thrown, HostObject host)
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
            List<string> printed;
            lock (host.Printed) printed = [.. host.Printed];
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

    private IEnumerable<string> HarnessFiles(TestMetadata meta)
    {
        yield return "assert.js";
        yield return "sta.js";
        if (meta.HasFlag("async")) yield return "doneprintHandle.js";
        foreach (var inc in meta.Includes) yield return inc;
    }

    private string HarnessSource(string name) =>
        _harness.GetOrAdd(name, n => File.ReadAllText(Path.Combine(root, "harness", n)));

    private enum ThrowKind { None, Parse, Runtime, Timeout, StackOverflow, Internal }

    private readonly record struct Thrown(ThrowKind Kind, string ErrorName = "", string Message = "");

    /// <summary>Runs engine code and describes how it ended.</summary>
    private static Thrown Evaluate(Engine engine, Action action)
    {
        try
        {
            action();
            return new Thrown(ThrowKind.None);
        }
        catch (JsSyntaxError e)
        {
            return new Thrown(ThrowKind.Parse, "SyntaxError", e.Message);
        }
        catch (JsException e)
        {
            return DescribeThrow(engine, e);
        }
        catch (OperationCanceledException)
        {
            return new Thrown(ThrowKind.Timeout);
        }
        catch (InsufficientExecutionStackException e)
        {
            return new Thrown(ThrowKind.StackOverflow, "", e.Message);
        }
        catch (Exception e)
        {
            return new Thrown(ThrowKind.Internal, "", $"{e.GetType().Name}: {e.Message}" + InternalStack(e));
        }
    }

    /// <summary>The thrown value's constructor name (what negative tests compare) and message. Reading
    /// them may run JS (getters), which may throw again: fall back to plain descriptions.</summary>
    private static Thrown DescribeThrow(Engine engine, JsException e)
    {
        JsValue value;
        try { value = e.GetValue(engine.Realm); }
        catch (Exception) { return new Thrown(ThrowKind.Runtime, e.Kind.ToString(), e.ErrorMessage); }
        if (value.AsObject is not JsObject o)
        {
            string text;
            try { text = Operations.ToString(value); } catch (Exception) { text = "(unprintable value)"; }
            return new Thrown(ThrowKind.Runtime, "(non-error value)", text);
        }
        string name = "(unknown)", message = "";
        try
        {
            if (o.Get("constructor").AsObject is JsObject ctor && ctor.Get("name") is { IsString: true } n) name = n.String;
        }
        catch (Exception) { }
        try
        {
            if (o.Get("message") is { IsString: true } m) message = m.String;
        }
        catch (Exception) { }
        return new Thrown(ThrowKind.Runtime, name, message);
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
    private static string InternalStack(Exception e) => Environment.GetEnvironmentVariable("T262_STACK") == "1" ? " " + e.StackTrace : "";
}

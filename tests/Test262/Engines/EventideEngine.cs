using Eventide.Host;
using Eventide.Node;
using Eventide.Parsing;
using Eventide.Runtime;

namespace Eventide.Test262;

/// <summary>
/// Eventide, in-process: a fresh <see cref="Engine"/> (a new realm) per test and mode, node's runtime
/// granted as the tests have always run (expectations.txt), <see cref="HostObject"/> for print and $262.
/// </summary>
public sealed class EventideEngine(string root) : ITestEngine
{
    private readonly HarnessFiles _harness = new(root);

    public string Name => "eventide";

    public string Version => typeof(Engine).Assembly.GetName().Version?.ToString() ?? "dev";

    public string? SkipReason(TestMetadata meta, string source) => FeaturePolicy.UnsupportedFeature(meta, source);

    public EngineRun Run(TestCase test, string mode, IReadOnlyList<string> harnessFiles, TimeSpan timeout)
    {
        var meta = test.Metadata;
        using var cts = new CancellationTokenSource(timeout);
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
        foreach (var name in harnessFiles)
        {
            var outcome = Evaluate(engine, () => engine.Execute(_harness.Source(name), "harness/" + name));
            if (outcome.Kind != ThrowKind.None) return new EngineRun(outcome, name);
        }

        Thrown thrown;
        string file = Path.GetFullPath(Path.Combine(root, test.Path));
        if (meta.HasFlag("module"))
        {
            // A module test: loading and linking its graph can fail with an early (parse or
            // resolution) error; evaluation errors are runtime errors.
            Eventide.Vm.Modules.SourceTextModule? module = null;
            thrown = Evaluate(engine, () => module = engine.Node.EsResolver.LoadAndLink(test.Source, file));
            if (thrown.Kind == ThrowKind.Runtime && thrown.ErrorName == "SyntaxError") thrown = thrown with { Kind = ThrowKind.Parse };
            if (thrown.Kind == ThrowKind.None)
            {
                thrown = Evaluate(engine, () =>
                {
                    engine.EsModules.EvaluateMain(module!);
                    engine.RunEventLoop();
                });
            }
        }
        else
        {
            var source = mode == "strict" ? "\"use strict\";\n" + test.Source : test.Source;
            thrown = Evaluate(engine, () =>
            {
                // The absolute path: import() in a script resolves against it.
                engine.Execute(source, file);
                engine.RunEventLoop();
            });
        }
        List<string> printed;
        lock (host.Printed) printed = [.. host.Printed];
        return new EngineRun(thrown, null, printed);
    }

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
            return new Thrown(ThrowKind.Internal, "", $"{e.GetType().Name}: {e.Message}" + TestExecutor.InternalStack(e));
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
}

using System.Collections.Concurrent;
using System.Diagnostics;
using System.Reflection;
using Jint;
using Jint.Native;
using Jint.Native.Object;
using Jint.Runtime;
using Jint.Runtime.Interop;
using Eventide.Test262;

namespace Test262Jint;

/// <summary>
/// Jint (its NuGet package), in-process: a fresh <see cref="Engine"/> per test and mode, configured as
/// Jint's own test262 suite does (all experimental features, modules, [[CanBlock]] from the flags),
/// with $262 from Jint's own test262 object (createRealm, evalScript, detachArrayBuffer, gc, global,
/// IsHTMLDDA, AbstractModuleSource), print, and a setTimeout. Only $262.agent is missing.
/// </summary>
public sealed class JintEngine(string root) : ITestEngine
{
    /// <summary>Deep JS recursion becomes a catchable error rather than the runner's stack overflow (as node's RangeError).</summary>
    private const int RecursionLimit = 10_000;

    /// <summary>Jint.Test262Object.Install(Engine): internal to the package; Jint's own test262 suite reaches it as a friend assembly.</summary>
    private static readonly MethodInfo InstallTest262 =
        typeof(Engine).Assembly.GetType("Jint.Test262Object")?.GetMethod("Install", BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static, [typeof(Engine)])
        ?? throw new InvalidOperationException("this Jint has no Test262Object.Install(Engine)");

    private static readonly ScriptPreparationOptions Parsing = new()
    {
        ParsingOptions = ScriptParsingOptions.Default with { Tolerant = false, AllowReturnOutsideFunction = false },
    };

    private readonly HarnessFiles _harness = new(root);
    private readonly ConcurrentDictionary<string, Prepared<Acornima.Ast.Script>> _preparedHarness = new();

    public string Name => "jint";

    public string Version { get; } = typeof(Engine).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0]
        ?? typeof(Engine).Assembly.GetName().Version?.ToString() ?? "?";

    public string? SkipReason(TestMetadata meta, string source) => FeaturePolicy.NeedsAgent(meta, source) ? "agent" : null;

    public EngineRun Run(TestCase test, string mode, IReadOnlyList<string> harnessFiles, TimeSpan timeout)
    {
        var meta = test.Metadata;
        var file = Path.GetFullPath(Path.Combine(root, test.Path));
        using var cts = new CancellationTokenSource(timeout);
        var printed = new List<string>();
        var timers = new PriorityQueue<JsValue, (long Due, long Seq)>();
        long sequence = 0;
        var engine = new Engine(cfg =>
        {
            cfg.EnableModules(new TestModuleLoader(Path.GetDirectoryName(file)!));
            cfg.ExperimentalFeatures = ExperimentalFeature.All;
            cfg.CancellationToken(cts.Token);
            cfg.LimitRecursion(RecursionLimit);
            cfg.AgentCanSuspend = !meta.HasFlag("CanBlockIsFalse");
        });
        engine.SetValue("print", new ClrFunction(engine, "print", (_, args) =>
        {
            printed.Add(TypeConverter.ToString(args.At(0)));
            return JsValue.Undefined;
        }));
        engine.SetValue("setTimeout", new ClrFunction(engine, "setTimeout", (_, args) =>
        {
            if (args.At(0) is Jint.Native.Function.Function callback)
            {
                double ms = TypeConverter.ToNumber(args.At(1));
                long due = Stopwatch.GetTimestamp() + (long)((double.IsNaN(ms) || ms < 0 ? 0 : ms) * Stopwatch.Frequency / 1000);
                timers.Enqueue(callback, (due, sequence++));
            }
            return JsValue.Undefined;
        }));
        InstallTest262.Invoke(null, [engine]);

        foreach (var name in harnessFiles)
        {
            var thrown = Evaluate(() => engine.Execute(_preparedHarness.GetOrAdd(name, n => Engine.PrepareScript(_harness.Source(n), "harness/" + n, options: Parsing))));
            if (thrown.Kind != ThrowKind.None) return new EngineRun(thrown, name);
        }

        Thrown result;
        if (meta.HasFlag("module"))
        {
            // Parsing, linking and evaluating are one call: a SyntaxError out of it is taken as early (parse or resolution).
            var specifier = file;
            result = Evaluate(() =>
            {
                engine.Modules.Add(specifier, test.Source);
                engine.Modules.Import(specifier);
            });
            if (result.Kind == ThrowKind.Runtime && result.ErrorName == "SyntaxError") result = result with { Kind = ThrowKind.Parse };
        }
        else
        {
            var source = mode == "strict" ? "\"use strict\";\n" + test.Source : test.Source;
            Prepared<Acornima.Ast.Script> script = default;
            result = Evaluate(() => script = Engine.PrepareScript(source, file, options: Parsing));
            if (result.Kind == ThrowKind.Runtime && result.ErrorName == "SyntaxError") result = result with { Kind = ThrowKind.Parse };
            if (result.Kind == ThrowKind.None) result = Evaluate(() => engine.Execute(script));
        }
        if (result.Kind == ThrowKind.None) result = Evaluate(() => RunJobs(engine, timers, printed, meta.HasFlag("async"), cts.Token));
        return new EngineRun(result, null, printed);
    }

    /// <summary>Promise jobs, then timers by due time until the async test reports (or the time is up).</summary>
    private static void RunJobs(Engine engine, PriorityQueue<JsValue, (long Due, long Seq)> timers, List<string> printed, bool isAsync, CancellationToken token)
    {
        engine.Advanced.ProcessTasks();
        while (isAsync && !printed.Any(l => l.StartsWith("Test262:AsyncTest", StringComparison.Ordinal)) && timers.TryPeek(out _, out var when))
        {
            token.ThrowIfCancellationRequested();
            var wait = Stopwatch.GetElapsedTime(Stopwatch.GetTimestamp(), when.Due);
            if (wait > TimeSpan.Zero) Thread.Sleep(wait < TimeSpan.FromMilliseconds(50) ? wait : TimeSpan.FromMilliseconds(50));
            else
            {
                engine.Invoke(timers.Dequeue());
                engine.Advanced.ProcessTasks();
            }
        }
    }

    private static Thrown Evaluate(Action action)
    {
        try
        {
            action();
            return new Thrown(ThrowKind.None);
        }
        catch (Exception e)
        {
            return Describe(e);
        }
    }

    /// <summary>How Jint ended: a JS throw (its constructor's name and message), a parse error, a time-out, too deep a recursion.</summary>
    private static Thrown Describe(Exception e)
    {
        switch (e)
        {
            case JavaScriptException js:
                return DescribeValue(js.Error, js.Message);
            case OperationCanceledException or TimeoutException:
                return new Thrown(ThrowKind.Timeout);
            case InsufficientExecutionStackException:
                return new Thrown(ThrowKind.StackOverflow, "", e.Message);
        }
        var type = e.GetType().Name;
        if (type.Contains("Cancel", StringComparison.Ordinal)) return new Thrown(ThrowKind.Timeout);
        if (type.Contains("Recursion", StringComparison.Ordinal)) return new Thrown(ThrowKind.StackOverflow, "", e.Message);
        if (e is ScriptPreparationException || type.Contains("Syntax", StringComparison.Ordinal) || type.Contains("Parse", StringComparison.Ordinal))
            return new Thrown(ThrowKind.Runtime, "SyntaxError", (e.InnerException ?? e).Message);
        // Jint's internal TypeErrorException, RangeErrorException...: the error they stand for.
        if (type.EndsWith("ErrorException", StringComparison.Ordinal)) return new Thrown(ThrowKind.Runtime, type[..^"Exception".Length], e.Message);
        return new Thrown(ThrowKind.Internal, "", $"{e.GetType().Name}: {e.Message}");
    }

    private static Thrown DescribeValue(JsValue value, string fallback)
    {
        if (value is not ObjectInstance o) return new Thrown(ThrowKind.Runtime, "(non-error value)", Safe(() => TypeConverter.ToString(value), fallback));
        var name = Safe(() => o.Get("constructor") is ObjectInstance c && c.Get("name") is JsString n ? n.ToString() : "(unknown)", "(unknown)");
        var message = Safe(() => o.Get("message") is JsString m ? m.ToString() : "", "");
        return new Thrown(ThrowKind.Runtime, name, message);
    }

    /// <summary>Reading a thrown object may run JS (getters) that throws again.</summary>
    private static string Safe(Func<string> read, string fallback)
    {
        try { return read(); }
        catch (Exception) { return fallback; }
    }
}

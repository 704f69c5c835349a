using Eventide;
using BenchmarkDotNet.Attributes;
using Jint;
using EventideValue = Eventide.JsValue;
using JintEngine = Jint.Engine;

/// <summary>
/// Host interop, Eventide next to Jint: a script calling a C# function 1M times, a script calling a
/// method of an exposed C# object 1M times (Eventide's generated [JsExport] class, Jint's reflection
/// wrapper), and a script awaiting a C# Task 100k times (Jint with its TaskInterop feature, Eventide's
/// host async function).
/// </summary>
[MemoryDiagnoser]
public class HostInterop
{
    private const string CallLoop = "let s = 0; for (let i = 0; i < 1000000; i++) s += add(i, 1); s";
    private const string MethodLoop = "let s = 0; for (let i = 0; i < 1000000; i++) s = calc.add(s, i); s";
    private const string AwaitLoop = "(async () => { let n = 0; for (let i = 0; i < 100000; i++) n = await next(n); return n })()";

    private static async Task<double> Next(double n)
    {
        await Task.Yield();
        return n + 1;
    }

    /// <summary>Eventide: a C# function called from JS 1M times.</summary>
    [Benchmark]
    public double EventideCallCSharp()
    {
        var engine = new Eventide.Engine(new Eventide.EngineOptions { Stdout = TextWriter.Null });
        engine.SetValue("add", args => args[0].Number + args[1].Number);
        return engine.Evaluate(CallLoop).Number;
    }

    /// <summary>Jint: the same calls through a delegate.</summary>
    [Benchmark]
    public double JintCallCSharp()
    {
        var engine = new JintEngine();
        engine.SetValue("add", new Func<double, double, double>((a, b) => a + b));
        return engine.Evaluate(CallLoop).AsNumber();
    }

    /// <summary>Eventide: a method of a [JsExport] object called from JS 1M times.</summary>
    [Benchmark]
    public double EventideCallObjectMethod()
    {
        var engine = new Eventide.Engine(new Eventide.EngineOptions { Stdout = TextWriter.Null });
        engine.SetValue("calc", new Calculator());
        return engine.Evaluate(MethodLoop).Number;
    }

    /// <summary>Jint: the same calls on the object through its CLR interop.</summary>
    [Benchmark]
    public double JintCallObjectMethod()
    {
        var engine = new JintEngine();
        engine.SetValue("calc", new Calculator());
        return engine.Evaluate(MethodLoop.Replace("calc.add", "calc.Add")).AsNumber();
    }

    /// <summary>Eventide: a host Task awaited from JS 100k times, the loop driven by EvaluateAsync.</summary>
    [Benchmark]
    public async Task<double> EventideAwaitHostTask()
    {
        var engine = new Eventide.Engine(new Eventide.EngineOptions { Stdout = TextWriter.Null });
        engine.SetValue("next", (Func<EventideValue[], Task<EventideValue>>)(async args => await Next(args[0].Number)));
        return (await engine.EvaluateAsync(AwaitLoop)).Number;
    }

    /// <summary>Jint: the same awaits with ExperimentalFeature.TaskInterop.</summary>
    [Benchmark]
    public double JintAwaitHostTask()
    {
        var engine = new JintEngine(o => o.ExperimentalFeatures = Jint.ExperimentalFeature.TaskInterop);
        engine.SetValue("next", new Func<double, Task<double>>(Next));
        return engine.Evaluate(AwaitLoop).UnwrapIfPromise().AsNumber();
    }
}

/// <summary>The object HostInterop exposes: Eventide sees it through its generated JsClass, Jint by reflection.</summary>
[Eventide.JsExport]
public partial class Calculator
{
    /// <summary>The method both engines call.</summary>
    public double Add(double a, double b) => a + b;
}

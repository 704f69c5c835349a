using Eventide;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Running;
using Eventide.Host;
using Eventide.Runtime;

if (args is ["--report"]) Report.Print(Console.Out);
else if (args is ["--report-threads"]) Report.PrintThreads(Console.Out);
else if (args is ["--report-creation"]) Report.PrintEngineCreation(Console.Out);
else if (args is ["--report-activations"]) Report.PrintActivations(Console.Out);
else if (args is ["--report-objects"]) Report.PrintObjects(Console.Out);
else BenchmarkSwitcher.FromAssembly(typeof(HotPaths).Assembly).Run(args);

/// <summary>
/// Each benchmark calls a compiled script function that loops over one operation, so the
/// measured time is dominated by that operation (property access, calls...).
/// </summary>
[MemoryDiagnoser]
public class HotPaths
{
    private Engine _engine = null!;
    private JsValue _getNamed, _setNamed, _protoMethodCall, _closureCall, _arrayIndex, _newObject;

    [GlobalSetup]
    public void Setup()
    {
        _engine = new Engine(new EngineOptions { Stdout = TextWriter.Null });
        _engine.Execute("""
            class P { constructor() { this.x = 1; this.y = 2 } m() { return this.x } }
            var o = new P(), arr = [1, 2, 3, 4];
            function getNamed() { var s = 0; for (var i = 0; i < 1000; i++) s += o.y; return s }
            function setNamed() { for (var i = 0; i < 1000; i++) o.y = i; return o.y }
            function protoMethodCall() { var s = 0; for (var i = 0; i < 1000; i++) s += o.m(); return s }
            function add(a, b) { return a + b }
            function closureCall() { var s = 0; for (var i = 0; i < 1000; i++) s = add(s, i); return s }
            function arrayIndex() { var s = 0; for (var i = 0; i < 1000; i++) s += arr[i & 3]; return s }
            function newObject() { var p; for (var i = 0; i < 1000; i++) p = new P(); return p.x }
            """);
        _getNamed = _engine.GetValue("getNamed");
        _setNamed = _engine.GetValue("setNamed");
        _protoMethodCall = _engine.GetValue("protoMethodCall");
        _closureCall = _engine.GetValue("closureCall");
        _arrayIndex = _engine.GetValue("arrayIndex");
        _newObject = _engine.GetValue("newObject");
    }

    [Benchmark(OperationsPerInvoke = 1000)] public JsValue PropertyGet() => _engine.Invoke(_getNamed);
    [Benchmark(OperationsPerInvoke = 1000)] public JsValue PropertySet() => _engine.Invoke(_setNamed);
    [Benchmark(OperationsPerInvoke = 1000)] public JsValue PrototypeMethodCall() => _engine.Invoke(_protoMethodCall);
    [Benchmark(OperationsPerInvoke = 1000)] public JsValue FunctionCall() => _engine.Invoke(_closureCall);
    [Benchmark(OperationsPerInvoke = 1000)] public JsValue ArrayIndex() => _engine.Invoke(_arrayIndex);
    [Benchmark(OperationsPerInvoke = 1000)] public JsValue Construct() => _engine.Invoke(_newObject);
}

using Eventide;
using BenchmarkDotNet.Attributes;
using Eventide.Host;
using Eventide.Runtime;

/// <summary>
/// The builtins of bench/programs/strings-arrays.js and async-queue.js, one per benchmark, on
/// 10,000-element inputs: callbacks from builtins (map/filter/reduce), the default string sort,
/// a global regex replace with a plain replacement, split/join, and a queue rotated with push(shift()).
/// Times are per element (OperationsPerInvoke).
/// </summary>
[MemoryDiagnoser]
public class StringsArrays
{
    private const int N = 10_000;
    private Engine _engine = null!;
    private JsValue _map, _filter, _reduce, _sort, _replace, _split, _join, _shiftQueue;

    [GlobalSetup]
    public void Setup()
    {
        _engine = new Engine(new EngineOptions { Stdout = TextWriter.Null });
        _engine.Execute($$"""
            var words = [];
            for (var i = 0; i < {{N}}; i++) words.push('w' + ((i * 7919) % 10007).toString(36));
            var text = words.join(' '), lengths = words.map(w => w.length);
            function map() { return words.map(w => w.length).length }
            function filter() { return lengths.filter(n => n > 2).length }
            function reduce() { return lengths.reduce((a, b) => a + b, 0) }
            function sort() { return words.slice().sort()[0] }
            function replace() { return text.replace(/w/g, 'x').length }
            function split() { return text.split(' ').length }
            function join() { return words.join(' ').length }
            function shiftQueue() { var q = words.slice(); for (var i = 0; i < {{N}}; i++) q.push(q.shift()); return q[0] }
            """);
        _map = _engine.GetValue("map");
        _filter = _engine.GetValue("filter");
        _reduce = _engine.GetValue("reduce");
        _sort = _engine.GetValue("sort");
        _replace = _engine.GetValue("replace");
        _split = _engine.GetValue("split");
        _join = _engine.GetValue("join");
        _shiftQueue = _engine.GetValue("shiftQueue");
    }

    [Benchmark(OperationsPerInvoke = N)] public JsValue MapWithArrow() => _engine.Invoke(_map);
    [Benchmark(OperationsPerInvoke = N)] public JsValue FilterWithArrow() => _engine.Invoke(_filter);
    [Benchmark(OperationsPerInvoke = N)] public JsValue ReduceWithArrow() => _engine.Invoke(_reduce);
    [Benchmark(OperationsPerInvoke = N)] public JsValue SortStringsDefault() => _engine.Invoke(_sort);
    [Benchmark(OperationsPerInvoke = N)] public JsValue ReplaceGlobalPlain() => _engine.Invoke(_replace);
    [Benchmark(OperationsPerInvoke = N)] public JsValue SplitString() => _engine.Invoke(_split);
    [Benchmark(OperationsPerInvoke = N)] public JsValue JoinStrings() => _engine.Invoke(_join);
    [Benchmark(OperationsPerInvoke = N)] public JsValue ShiftQueue() => _engine.Invoke(_shiftQueue);
}

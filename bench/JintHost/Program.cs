using System.Diagnostics;
using Jint;
using Jint.Native;
using Jint.Runtime;

// A minimal node-like host for Jint: console.log, timers, setImmediate, queueMicrotask and an
// event loop (timers by due time then creation order; microtasks drained after every callback).
if (args.Length != 1) { Console.Error.WriteLine("usage: JintHost FILE.js"); return 2; }
var source = File.ReadAllText(args[0]);
var stdout = new StreamWriter(Console.OpenStandardOutput()) { AutoFlush = false };
var engine = new Engine(o => o.LimitRecursion(10000));
var loop = new EventLoop(engine);
engine.SetValue("console", new ConsoleShim(stdout));
engine.SetValue("setTimeout", new Func<JsValue, JsValue, JsValue[], JsValue>((fn, ms, rest) => loop.AddTimer(fn, ms, rest, false)));
engine.SetValue("setInterval", new Func<JsValue, JsValue, JsValue[], JsValue>((fn, ms, rest) => loop.AddTimer(fn, ms, rest, true)));
engine.SetValue("setImmediate", new Func<JsValue, JsValue[], JsValue>((fn, rest) => loop.AddImmediate(fn, rest)));
engine.SetValue("clearTimeout", new Action<JsValue>(loop.Clear));
engine.SetValue("clearInterval", new Action<JsValue>(loop.Clear));
engine.SetValue("clearImmediate", new Action<JsValue>(loop.Clear));
engine.Execute("globalThis.queueMicrotask = (fn) => { Promise.resolve().then(fn); };");
try
{
    engine.Execute(source);
    engine.Advanced.ProcessTasks();
    loop.Run();
    return 0;
}
catch (JavaScriptException e)
{
    Console.Error.WriteLine($"Uncaught {e.Error}");
    return 1;
}
finally { stdout.Flush(); }

sealed class ConsoleShim(TextWriter output)
{
    public void log(params JsValue[] values) => output.WriteLine(string.Join(' ', values.Select(v => v.IsString() ? v.AsString() : v.ToString())));
    public void error(params JsValue[] values) => Console.Error.WriteLine(string.Join(' ', values.Select(v => v.ToString())));
}

sealed class EventLoop(Engine engine)
{
    private sealed record Timer(int Id, JsValue Callback, JsValue[] Args, double Interval, bool Repeat) { public double Due; public long Seq; }
    private readonly PriorityQueue<Timer, (double, long)> _timers = new();
    private readonly Dictionary<int, Timer> _live = new();
    private readonly Queue<(int Id, JsValue Fn, JsValue[] Args)> _immediates = new();
    private readonly HashSet<int> _cancelled = new();
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private int _nextId = 1;
    private long _seq;

    public JsValue AddTimer(JsValue fn, JsValue ms, JsValue[] rest, bool repeat)
    {
        double delay = ms.IsNumber() ? ms.AsNumber() : 1;
        if (!(delay >= 1) || delay > int.MaxValue) delay = 1;
        var t = new Timer(_nextId++, fn, rest ?? [], delay, repeat) { Due = _clock.Elapsed.TotalMilliseconds + delay, Seq = _seq++ };
        _live[t.Id] = t;
        _timers.Enqueue(t, (t.Due, t.Seq));
        return t.Id;
    }

    public JsValue AddImmediate(JsValue fn, JsValue[] rest)
    {
        int id = _nextId++;
        _immediates.Enqueue((id, fn, rest ?? []));
        return id;
    }

    public void Clear(JsValue handle)
    {
        if (!handle.IsNumber()) return;
        int id = (int)handle.AsNumber();
        _live.Remove(id);
        _cancelled.Add(id);
    }

    public void Run()
    {
        while (_live.Count > 0 || _immediates.Count > 0)
        {
            // Timers phase: every timer due now, in (due, creation) order.
            double now = _clock.Elapsed.TotalMilliseconds;
            while (_timers.TryPeek(out var t, out var key) && key.Item1 <= now)
            {
                _timers.Dequeue();
                if (!_live.ContainsKey(t.Id)) continue;
                if (t.Repeat) { t.Due = now + t.Interval; t.Seq = _seq++; _timers.Enqueue(t, (t.Due, t.Seq)); }
                else _live.Remove(t.Id);
                engine.Invoke(t.Callback, t.Args);
                engine.Advanced.ProcessTasks();
            }
            // Check phase: the immediates queued before this phase started.
            int n = _immediates.Count;
            for (int i = 0; i < n; i++)
            {
                var (id, fn, args) = _immediates.Dequeue();
                if (_cancelled.Remove(id)) continue;
                engine.Invoke(fn, args);
                engine.Advanced.ProcessTasks();
            }
            if (_immediates.Count == 0 && _timers.TryPeek(out var next, out var nk))
            {
                double wait = nk.Item1 - _clock.Elapsed.TotalMilliseconds;
                if (wait > 0) Thread.Sleep(TimeSpan.FromMilliseconds(wait));
            }
        }
    }
}

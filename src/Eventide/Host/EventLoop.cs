using System.Diagnostics;
using Eventide.Runtime;

namespace Eventide.Host;

/// <summary>
/// node's event loop, reduced to the phases scripts can observe: timers (ordered by due time,
/// then creation), then the check phase (setImmediate), waiting for the next timer when nothing
/// else is runnable. The microtask queue is drained after the main script and after every
/// callback; the loop ends when no ref'd timer or immediate is pending.
/// With virtual time the clock jumps to the next due timer instead of waiting.
/// </summary>
internal sealed class EventLoop(Engine engine, bool virtualTime)
{
    private readonly PriorityQueue<HostTimer, (double Due, long Sequence)> _timers = new();
    private List<HostTimer> _immediates = new();
    private readonly Dictionary<int, HostTimer> _byId = new();
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private double _virtualNow;
    private long _sequence;
    private int _nextId = 1;
    /// <summary>Active timers and immediates that keep the loop alive.</summary>
    private int _refedCount;

    /// <summary>The loop's clock in whole milliseconds (libuv's resolution).</summary>
    public double Now => virtualTime ? _virtualNow : Math.Floor(_clock.Elapsed.TotalMilliseconds);

    /// <summary>A fresh async id (timers, immediates and AsyncResources share node's counter).</summary>
    public int NewAsyncId() => _nextId++;

    public HostTimer AddTimer(JsObject prototype, FunctionObject callback, JsValue[] args, double delay, bool repeat)
    {
        var timer = new HostTimer(prototype, false, callback, args, delay, repeat, _nextId++) { AsyncContext = engine.AsyncContext };
        Schedule(timer, Now + delay);
        _byId[timer.Id] = timer;
        return timer;
    }

    public HostTimer AddImmediate(JsObject prototype, FunctionObject callback, JsValue[] args)
    {
        var immediate = new HostTimer(prototype, true, callback, args, 0, false, _nextId++) { Active = true, AsyncContext = engine.AsyncContext };
        _immediates.Add(immediate);
        _refedCount++;
        return immediate;
    }

    private void Schedule(HostTimer timer, double due)
    {
        timer.Due = due;
        timer.Sequence = _sequence++;
        timer.Active = true;
        if (timer.Refed) _refedCount++;
        _timers.Enqueue(timer, (due, timer.Sequence));
    }

    /// <summary>clearTimeout/clearInterval/clearImmediate: the entry stays queued and is skipped.</summary>
    public void Clear(HostTimer timer)
    {
        if (!timer.Active) return;
        timer.Active = false;
        if (timer.Refed) _refedCount--;
        _byId.Remove(timer.Id);
    }

    public HostTimer? FindById(int id) => _byId.GetValueOrDefault(id);

    public void SetRef(HostTimer timer, bool refed)
    {
        if (timer.Refed == refed) return;
        timer.Refed = refed;
        if (timer.Active) _refedCount += refed ? 1 : -1;
    }

    /// <summary>timeout.refresh(): restart the delay from now, keeping the same object.</summary>
    public void Refresh(HostTimer timer)
    {
        if (!timer.Active || timer.IsImmediate) return;
        Clear(timer);
        _byId[timer.Id] = timer;
        Schedule(timer, Now + timer.Delay);
    }

    /// <summary>Runs after the main script: microtasks, then phases until nothing keeps the loop alive.</summary>
    public void Run()
    {
        engine.PerformMicrotaskCheckpoint();
        while (_refedCount > 0)
        {
            RunTimersPhase(Now);
            RunCheckPhase();
            if (_refedCount == 0) break;
            if (_immediates.Count == 0) WaitForNextTimer();
        }
    }

    /// <summary>Timers phase: every timer due at the phase's start time, in (due, creation) order.</summary>
    private void RunTimersPhase(double now)
    {
        while (_timers.TryPeek(out var timer, out var key) && key.Due <= now)
        {
            _timers.Dequeue();
            if (!timer.Active || timer.Sequence != key.Sequence) continue; // cleared or rescheduled
            double start = Now;
            if (!timer.Repeat) Clear(timer);
            Invoke(timer, "timers");
            if (timer.Repeat && timer.Active)
            {
                // setInterval: the next run is counted from when this one started (node's listOnTimeout).
                Clear(timer);
                _byId[timer.Id] = timer;
                Schedule(timer, start + timer.Delay);
            }
        }
    }

    /// <summary>Check phase: the immediates queued before it began; ones added meanwhile wait a turn.</summary>
    private void RunCheckPhase()
    {
        if (_immediates.Count == 0) return;
        var batch = _immediates;
        _immediates = new List<HostTimer>();
        foreach (var immediate in batch)
        {
            if (!immediate.Active) continue;
            Clear(immediate);
            Invoke(immediate, "check");
        }
    }

    private void Invoke(HostTimer timer, string phase)
    {
        var job = new TimerCallbackJob(timer) { AsyncContext = timer.AsyncContext };
        engine.Timeline?.Macrotask(Now, phase, job);
        engine.RunCallback(job);
        engine.PerformMicrotaskCheckpoint();
    }

    /// <summary>The poll phase with nothing to poll: sleep (or jump, with virtual time) to the next live timer.</summary>
    private void WaitForNextTimer()
    {
        while (_timers.TryPeek(out var timer, out var key) && (!timer.Active || timer.Sequence != key.Sequence))
            _timers.Dequeue();
        if (!_timers.TryPeek(out _, out var next)) return;
        engine.Timeline?.Note(Now, $"poll: nothing to run, {(virtualTime ? "virtual time jumps" : "waits")} to the next timer at {next.Due:0.#} ms");
        if (virtualTime)
        {
            if (next.Due > _virtualNow) _virtualNow = next.Due;
            return;
        }
        double wait = next.Due - Now;
        if (wait > 0)
        {
            var token = engine.CancellationToken;
            if (token.CanBeCanceled) token.WaitHandle.WaitOne(TimeSpan.FromMilliseconds(wait));
            else Thread.Sleep(TimeSpan.FromMilliseconds(wait));
            engine.Interpreter.PollCancellation();
        }
    }
}

/// <summary>A timer's or immediate's callback, run as a macrotask.</summary>
internal sealed class TimerCallbackJob(HostTimer timer) : Job
{
    internal override string Describe() => timer.IsImmediate
        ? $"setImmediate #{timer.Id} callback {Timeline.Name(timer.Callback)}"
        : $"{(timer.Repeat ? "setInterval" : "setTimeout")} #{timer.Id} ({timer.Delay} ms) callback {Timeline.Name(timer.Callback)}";

    internal override void Run() => timer.Callback.Call(timer.IsImmediate ? JsValue.Undefined : timer, timer.Arguments);
}

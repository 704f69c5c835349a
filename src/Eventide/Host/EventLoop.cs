using System.Collections.Concurrent;
using System.Diagnostics;
using Eventide.Runtime;

namespace Eventide.Host;

/// <summary>
/// node's event loop, in the phases scripts can observe: timers (ordered by due time, then
/// creation), poll (I/O completions that .NET's async operations posted from other threads;
/// waits there for the next completion or timer when nothing else is runnable), then check
/// (setImmediate), close (handles' close callbacks). The microtask queue is drained after the main script and after every
/// callback; the loop ends when no ref'd timer, immediate or I/O handle is pending.
/// With virtual time the clock jumps to the next due timer instead of waiting, unless I/O is
/// pending: then it waits for the I/O as long as real time would have, and jumps only after.
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
    /// <summary>Active timers, immediates and open I/O handles that keep the loop alive.</summary>
    private int _refedCount;
    /// <summary>Open I/O handles (ref'd or not): the poll phase waits for them rather than jumping virtual time.</summary>
    private int _openHandles;
    /// <summary>I/O completions posted from any thread, run in the poll phase in arrival order.</summary>
    private readonly ConcurrentQueue<(LoopHandle Handle, IoCallbackJob Job)> _completions = new();
    private readonly SemaphoreSlim _completionPosted = new(0);
    /// <summary>Close callbacks (uv_close's): run in the close phase, after check; they keep the loop alive until then.</summary>
    private List<IoCallbackJob> _closing = new();
    /// <summary>Open handles with an <see cref="LoopHandle.Imminent"/> probe.</summary>
    private readonly List<LoopHandle> _probed = new();
    /// <summary>libuv's pending queue: callbacks the loop thread fed itself (a shutdown done at once), run around the poll phase.</summary>
    private List<IoCallbackJob> _pending = new();

    /// <summary>The loop's clock in whole milliseconds (libuv's resolution).</summary>
    public double Now => virtualTime ? _virtualNow : Math.Floor(_clock.Elapsed.TotalMilliseconds);

    /// <summary>A fresh async id (timers, immediates and AsyncResources share node's counter).</summary>
    public int NewAsyncId() => _nextId++;

    public HostTimer AddTimer(JsObject prototype, JsFunction callback, JsValue[] args, double delay, bool repeat)
    {
        var timer = new HostTimer(prototype, false, callback, args, delay, repeat, _nextId++) { AsyncContext = engine.AsyncContext };
        timer.DefineNodeFields(engine.Realm, Now);
        Schedule(timer, Now + delay);
        _byId[timer.Id] = timer;
        engine.Timeline?.Scheduled(timer);
        return timer;
    }

    public HostTimer AddImmediate(JsObject prototype, JsFunction callback, JsValue[] args)
    {
        var immediate = new HostTimer(prototype, true, callback, args, 0, false, _nextId++) { Active = true, AsyncContext = engine.AsyncContext };
        immediate.DefineNodeFields(engine.Realm, Now);
        _immediates.Add(immediate);
        _refedCount++;
        engine.Timeline?.Scheduled(immediate);
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
    public void Clear(HostTimer timer) => Clear(timer, destroyed: true);

    // node marks a timeout _destroyed after its callback ran, an immediate before; a rescheduled
    // timer (an interval's next run, refresh()) is not destroyed at all.
    private void Clear(HostTimer timer, bool destroyed)
    {
        if (!timer.Active) return;
        timer.Active = false;
        if (destroyed) timer.Set("_destroyed", true);
        if (timer.Refed) _refedCount--;
        _byId.Remove(timer.Id);
    }

    /// <summary>Opens a handle (long-lived: a server, a socket, a child process) or a request (closed by its completion).</summary>
    public LoopHandle Open(string kind, bool request = true)
    {
        var handle = new LoopHandle(this, kind, request);
        _openHandles++;
        _refedCount++;
        engine.Timeline?.Scheduled(handle);
        return handle;
    }

    internal void CountRef(int delta) => _refedCount += delta;

    /// <summary>Open handles that own a resource (<see cref="LoopHandle.Release"/>); locked: Engine.Dispose may come from any thread.</summary>
    private readonly HashSet<LoopHandle> _owning = new(ReferenceEqualityComparer.Instance);

    internal void Own(LoopHandle handle)
    {
        lock (_owning) _owning.Add(handle);
    }

    /// <summary>Engine.Dispose: releases every resource an open handle still owns and wakes a poll phase that waits.</summary>
    public void ReleaseAll()
    {
        LoopHandle[] owning;
        lock (_owning)
        {
            owning = [.. _owning];
            _owning.Clear();
        }
        foreach (var handle in owning)
        {
            try { handle.Release?.Invoke(); }
            catch (Exception e) when (e is IOException or ObjectDisposedException or InvalidOperationException or System.Net.Sockets.SocketException or System.ComponentModel.Win32Exception) { }
        }
        _completionPosted.Release();
    }

    /// <summary>
    /// Starts <paramref name="work"/> on the thread pool as a request; its result or exception comes
    /// back to the loop thread in the poll phase, where <paramref name="completed"/> runs.
    /// </summary>
    public void Start<T>(string kind, Func<Task<T>> work, Action<Task<T>> completed)
    {
        var request = Open(kind);
        Task.Run(work).ContinueWith(t => request.Post(kind + " completed", () => completed(t)), TaskScheduler.Default);
    }

    /// <summary>A request whose work is already done: its callback runs in the next poll phase, in the order requested.</summary>
    public void Defer(string kind, Action completed) => Open(kind).Post(kind + " completed", completed);

    /// <summary>A handle's close callback: runs in this iteration's close phase (after check), as libuv's do.</summary>
    public void QueueClose(string description, Action callback)
    {
        var job = new IoCallbackJob(description, callback);
        _closing.Add(job);
        _refedCount++;
        engine.Timeline?.Scheduled(job);
    }

    /// <summary>A request the loop thread completed itself (uv__io_feed): its callback runs right after the poll phase's I/O.</summary>
    public void QueuePending(string description, Action callback)
    {
        var job = new IoCallbackJob(description, callback);
        _pending.Add(job);
        _refedCount++;
        engine.Timeline?.Scheduled(job);
    }

    /// <summary>
    /// Queues <paramref name="callback"/> for the poll phase from another agent's thread (an
    /// Atomics.notify waking this engine's waitAsync). Safe from any thread; like the resolution of
    /// a waiter it wakes, it neither keeps the loop alive nor makes the poll phase wait for it.
    /// </summary>
    public void PostFromAgent(string description, Action callback) =>
        Post(_agentMailbox ??= new LoopHandle(this, "agent message", closeOnCompletion: false), description, callback, early: false);

    /// <summary>An always-open handle that was never counted as open (a race creating two is harmless).</summary>
    private LoopHandle? _agentMailbox;

    internal void Post(LoopHandle handle, string description, Action callback, bool early)
    {
        _completions.Enqueue((handle, new IoCallbackJob(description, callback) { Early = early }));
        _completionPosted.Release();
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
        Clear(timer, destroyed: false);
        _byId[timer.Id] = timer;
        Schedule(timer, Now + timer.Delay);
    }

    /// <summary>Runs after the main script: microtasks, then phases until nothing keeps the loop alive.</summary>
    public void Run()
    {
        engine.PerformMicrotaskCheckpoint();
        while (IsAlive)
        {
            var wait = RunUntilPoll();
            FinishTurn(wait, wait is { } w && WaitForCompletion(w.Milliseconds));
        }
    }

    /// <summary>Something (a ref'd timer, immediate or open handle) keeps the loop alive.</summary>
    public bool IsAlive => _refedCount > 0;

    /// <summary>
    /// The first half of a turn: the timers phase, then the poll phase up to its wait. Null when
    /// the poll phase need not wait; otherwise the driver waits (blocking or awaiting) and calls
    /// <see cref="FinishTurn"/>, so the sync and async drivers share every phase.
    /// </summary>
    public PollWait? RunUntilPoll()
    {
        RunTimersPhase(Now);
        RunPending(1);
        return BeginPoll();
    }

    /// <summary>The second half of a turn: the rest of the poll phase after its wait, pending callbacks, then the check and close phases.</summary>
    public void FinishTurn(PollWait? wait, bool posted)
    {
        if (wait is { } w) EndPoll(w, posted);
        // As libuv 1.45+: what the I/O callbacks fed runs before check, in at most 8 rounds.
        RunPending(8);
        RunCheckPhase();
        RunClosePhase();
    }

    /// <summary>Timers phase: every timer due at the phase's start time, in (due, creation) order.</summary>
    private void RunTimersPhase(double now)
    {
        while (_timers.TryPeek(out var timer, out var key) && key.Due <= now)
        {
            _timers.Dequeue();
            if (!timer.Active || timer.Sequence != key.Sequence) continue; // cleared or rescheduled
            double start = Now;
            if (!timer.Repeat) Clear(timer, destroyed: false);
            Invoke(timer, "timers");
            if (!timer.Active) timer.Set("_destroyed", true);
            if (timer.Repeat && timer.Active)
            {
                // setInterval: the next run is counted from when this one started (node's listOnTimeout).
                Clear(timer, destroyed: false);
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

    /// <summary>
    /// Close phase: the close callbacks queued before it began, the latest first (libuv keeps them
    /// in a list it pushes onto); ones queued meanwhile wait a turn.
    /// </summary>
    private void RunClosePhase()
    {
        if (_closing.Count == 0) return;
        var batch = _closing;
        _closing = new List<IoCallbackJob>();
        for (int i = batch.Count - 1; i >= 0; i--) RunQueued(batch[i], "close");
    }

    /// <summary>Runs the pending callbacks, a batch per round; ones fed meanwhile wait for the next round.</summary>
    private void RunPending(int rounds)
    {
        for (int round = 0; round < rounds && _pending.Count > 0; round++)
        {
            var batch = _pending;
            _pending = new List<IoCallbackJob>();
            foreach (var job in batch) RunQueued(job, "pending");
        }
    }

    private void RunQueued(IoCallbackJob job, string phase)
    {
        _refedCount--;
        engine.Timeline?.Macrotask(Now, phase, job);
        engine.RunCallback(job);
        engine.PerformMicrotaskCheckpoint();
    }

    private void Invoke(HostTimer timer, string phase)
    {
        var job = new TimerCallbackJob(timer) { AsyncContext = timer.AsyncContext };
        engine.Timeline?.Macrotask(Now, phase, job);
        engine.RunCallback(job);
        engine.PerformMicrotaskCheckpoint();
    }

    /// <summary>
    /// Poll phase: runs the I/O completions that have arrived; when there were none and no
    /// immediate is queued, waits (really, or by jumping virtual time) for the first completion
    /// or the next live timer, whichever comes first. Returns the wait to make, if any.
    /// </summary>
    private PollWait? BeginPoll()
    {
        if (RunCompletions() > 0 || _immediates.Count > 0 || _closing.Count > 0 || _pending.Count > 0 || _refedCount == 0) return null;
        double? nextTimer = NextTimerDue();
        if (_openHandles == 0)
        {
            if (nextTimer is not { } due) return null;
            engine.Timeline?.Waits(Now, $"nothing to run, {(virtualTime ? "virtual time jumps" : "waits")} to the next timer at {due:0.#} ms");
            if (!virtualTime) return new PollWait(due - Now, null, ForIo: false, 0);
            if (due > _virtualNow) _virtualNow = due;
            return null;
        }
        engine.Timeline?.Waits(Now, nextTimer is { } d ? $"waits for I/O or the next timer at {d:0.#} ms" : "waits for I/O");
        return new PollWait(nextTimer is { } limit ? limit - Now : double.PositiveInfinity, nextTimer, ForIo: true, _clock.Elapsed.TotalMilliseconds);
    }

    /// <summary>After the poll phase's wait: virtual time catches up, and what arrived runs.</summary>
    private void EndPoll(PollWait wait, bool posted)
    {
        if (!wait.ForIo) return;
        if (virtualTime) _virtualNow = posted ? _virtualNow + Math.Floor(_clock.Elapsed.TotalMilliseconds - wait.Started) : wait.NextTimer ?? _virtualNow;
        RunCompletions();
    }

    internal void AddProbe(LoopHandle handle) => _probed.Add(handle);

    /// <summary>
    /// Waits while a handle reports an event that has happened but that .NET has not posted yet:
    /// epoll would return it in this poll phase, so it runs in this one too. Such an event is
    /// certain to come; the 250 ms bound only keeps a wrong probe from stalling the loop. The wait
    /// yields first, then sleeps a millisecond at a time, so a loaded machine is not spun on.
    /// </summary>
    private void SettleImminentIo()
    {
        if (_probed.Count == 0) return;
        long start = 0;
        while (AnyImminent())
        {
            long now = Stopwatch.GetTimestamp();
            if (start == 0) start = now;
            long waited = now - start;
            if (waited > Stopwatch.Frequency / 4) return;
            if (waited < Stopwatch.Frequency / 500) Thread.Yield();
            else Thread.Sleep(1);
        }
    }

    private bool AnyImminent()
    {
        foreach (var handle in _probed)
            if (handle.Imminent?.Invoke() == true) return true;
        return false;
    }

    /// <summary>Runs the completions queued now (ones posted meanwhile wait for the next poll phase).</summary>
    private int RunCompletions()
    {
        SettleImminentIo();
        int count = _completions.Count;
        _batch.Clear();
        for (int i = 0; i < count && _completions.TryDequeue(out var completion); i++)
        {
            _completionPosted.Wait(0);
            _batch.Add(completion);
        }
        // Early ones first (a listening socket's connection: epoll lists its long-registered fd
        // before a socket that began connecting this turn), then the rest, each in arrival order.
        int ran = 0;
        foreach (bool early in (ReadOnlySpan<bool>)[true, false])
            foreach (var (handle, job) in _batch)
                if (job.Early == early && RunCompletion(handle, job)) ran++;
        _batch.Clear();
        return ran;
    }

    private readonly List<(LoopHandle Handle, IoCallbackJob Job)> _batch = new();

    private bool RunCompletion(LoopHandle handle, IoCallbackJob job)
    {
        if (!handle.Open) return false;
        if (handle.CloseOnCompletion) handle.Close();
        engine.Timeline?.Derived(handle, job);
        engine.Timeline?.Macrotask(Now, "poll", job);
        engine.RunCallback(job);
        engine.PerformMicrotaskCheckpoint();
        return true;
    }

    /// <summary>A handle closed: it no longer keeps the loop alive or makes the poll phase wait.</summary>
    internal void Closed(LoopHandle handle)
    {
        _openHandles--;
        if (handle.Release is not null) lock (_owning) _owning.Remove(handle);
        if (handle.Imminent is not null) _probed.Remove(handle);
        if (handle.Refed) _refedCount--;
    }

    /// <summary>Blocks the loop thread until a completion is posted or <paramref name="ms"/> pass; true when one was posted.</summary>
    private bool WaitForCompletion(double ms)
    {
        if (BeforeWait(ms) is not { } timeout) return _completions.Count > 0;
        bool posted;
        try { posted = _completionPosted.Wait(timeout, engine.CancellationToken); }
        catch (OperationCanceledException) { posted = false; }
        return AfterWait(posted);
    }

    /// <summary>
    /// Awaits (no thread blocked) a completion or <paramref name="ms"/>; true when one was posted.
    /// Throws <see cref="OperationCanceledException"/> when the host's <paramref name="cancellation"/> is cancelled.
    /// </summary>
    public async Task<bool> WaitForCompletionAsync(double ms, CancellationToken cancellation)
    {
        if (BeforeWait(ms) is not { } timeout) return _completions.Count > 0;
        bool posted;
        using var either = CancellationTokenSource.CreateLinkedTokenSource(engine.CancellationToken, cancellation);
        try { posted = await _completionPosted.WaitAsync(timeout, either.Token).ConfigureAwait(false); }
        catch (OperationCanceledException) when (!cancellation.IsCancellationRequested) { posted = false; }
        return AfterWait(posted);
    }

    /// <summary>The wait's timeout, null when there is nothing to wait for.</summary>
    private TimeSpan? BeforeWait(double ms)
    {
        if (ms <= 0) return null;
        // A call's time limit (Engine.Limit around RunEventLoop) ends the wait; AfterWait then stops the run.
        if (engine.Interpreter.Budget.TimeLeft is { } left) ms = Math.Min(ms, Math.Max(left.TotalMilliseconds, 0) + 1);
        // Output buffered so far is due before the loop sleeps: a parent reading our stdout line by
        // line, or a person at a terminal, sees it when node's synchronous writes would show it.
        engine.FlushStdout();
        engine.Interpreter.ReleasePooledFrames();
        return double.IsPositiveInfinity(ms) ? Timeout.InfiniteTimeSpan : TimeSpan.FromMilliseconds(Math.Ceiling(ms));
    }

    private bool AfterWait(bool posted)
    {
        if (posted) _completionPosted.Release(); // counted again when the completion is taken
        engine.Interpreter.Budget.Check();
        return posted;
    }

    /// <summary>The due time of the earliest live timer (cleared ones are dropped from the queue's head).</summary>
    private double? NextTimerDue()
    {
        while (_timers.TryPeek(out var timer, out var key) && (!timer.Active || timer.Sequence != key.Sequence))
            _timers.Dequeue();
        return _timers.TryPeek(out _, out var next) ? next.Due : null;
    }
}

/// <summary>The poll phase's wait: how long, until which timer, whether for I/O (then what arrived runs after it).</summary>
internal readonly record struct PollWait(double Milliseconds, double? NextTimer, bool ForIo, double Started);

/// <summary>A timer's or immediate's callback, run as a macrotask.</summary>
internal sealed class TimerCallbackJob(HostTimer timer) : Job
{
    public HostTimer Timer => timer;

    internal override JsValue[] PassedValues() => timer.Arguments;

    internal override string Describe() => timer.IsImmediate
        ? $"setImmediate #{timer.Id} callback {Timeline.Name(timer.Callback)}"
        : $"{(timer.Repeat ? "setInterval" : "setTimeout")} #{timer.Id} ({timer.Delay} ms) callback {Timeline.Name(timer.Callback)}";

    internal override void Run() => timer.Callback.Call(timer, timer.Arguments);
}

using Eventide.Builtins;
using Eventide.Runtime;
using Eventide.Host;

namespace Eventide;

public sealed partial class Engine
{
    private readonly JobQueue _jobs = new();
    /// <summary>The promise job queue, which the interpreter takes reaction jobs from while it runs them as frames.</summary>
    internal JobQueue PromiseJobs => _jobs;
    /// <summary>process.nextTick callbacks: node runs them all before the promise jobs.</summary>
    private readonly JobQueue _ticks = new();
    private EventLoop? _loop;
    /// <summary>Rejected promises without a handler, in rejection order (HostPromiseRejectionTracker).</summary>
    private readonly List<JsPromise> _pendingRejections = new();

    /// <summary>The process exit code node would use (1 after an unhandled rejection).</summary>
    public int ExitCode { get; internal set; }
    /// <summary>process.exitCode was assigned.</summary>
    internal bool ExitCodeSet { get; set; }

    internal void EnqueueTick(JsFunction callback, JsValue[] args)
    {
        var tick = new TickJob(callback, args);
        Timeline?.Scheduled(tick);
        _ticks.Enqueue(tick);
    }

    /// <summary>The listeners of node's process object.</summary>
    internal ProcessEvents ProcessEvents { get; } = new();

    /// <summary>The process object, when the realm has one.</summary>
    internal JsObject? Process { get; set; }

    /// <summary>The process's own emit, to tell whether a script replaced it.</summary>
    internal JsFunction? OriginalProcessEmit { get; set; }

    private bool HasListeners(string name) => ProcessEvents.Has(name);

    /// <summary>process.emit(name, ...args) as node's internals call it: through a replaced process.emit if a script installed one.</summary>
    internal void EmitProcessEvent(string name, params JsValue[] args)
    {
        if (Process is not { } process) return;
        if (process.Get("emit").AsFunction is { } emit && !ReferenceEquals(emit, OriginalProcessEmit))
            emit.Call(process, [name, .. args]);
        else ProcessEvents.Emit(process, name, args);
    }

    /// <summary>process 'exit' listeners, once, with the exit code.</summary>
    internal void EmitExit(int code)
    {
        if (!HasListeners("exit")) return;
        using var entry = Enter();
        EmitProcessEvent("exit", code);
        ProcessEvents.RemoveAll("exit");
    }

    /// <summary>Runs a callback of the loop; with an 'uncaughtException' listener its errors go there instead of ending the run.</summary>
    internal void RunCallback(Job job)
    {
        var outer = AsyncContext;
        AsyncContext = job.AsyncContext;
        try
        {
            job.Run();
        }
        catch (JsException e) when (e is not UnhandledRejectionException && HasListeners("uncaughtException"))
        {
            EmitProcessEvent("uncaughtException", e.GetValue(Realm), "uncaughtException");
        }
        finally
        {
            AsyncContext = outer;
        }
    }

    /// <summary>
    /// The current async context: the stores of node's AsyncLocalStorage (a Map from storage to
    /// store, never changed in place), null when there is none. Jobs and timers carry it from where
    /// they were queued to where they run (node:async_hooks).
    /// </summary>
    internal JsObject? AsyncContext { get; set; }

    internal EventLoop Loop => _loop ??= new EventLoop(this, Options.VirtualTime || Options.Deterministic is not null);

    /// <summary>The event-loop timeline, when EngineOptions.Timeline is set.</summary>
    internal Timeline? Timeline { get; }

    internal CancellationToken CancellationToken => Interpreter.Cancellation;

    /// <summary>9.5.5 HostEnqueuePromiseJob (and queueMicrotask).</summary>
    internal void EnqueueJob(Job job)
    {
        Timeline?.Scheduled(job);
        _jobs.Enqueue(job);
    }

    /// <summary>27.2.1.9 HostPromiseRejectionTracker, as node tracks unhandled rejections.</summary>
    internal void TrackRejection(JsPromise promise, RejectionOperation operation)
    {
        if (Options.UnhandledRejections == UnhandledRejectionMode.None) return;
        if (operation == RejectionOperation.Reject) _pendingRejections.Add(promise);
        else if (!_pendingRejections.Remove(promise)) WarnIfHandledLate(promise);
    }

    /// <summary>Runs jobs and timers until nothing is pending. An uncaught error in a callback or
    /// an unhandled rejection ends the loop with a <see cref="JsException"/>.</summary>
    public void RunEventLoop()
    {
        using var entry = Enter();
        Loop.Run();
        // node: a main module whose top-level await can never settle exits with 13.
        if (_esModules?.MainEvaluation is { State: PromiseState.Pending } && !ExitCodeSet) ExitCode = 13;
        EmitExit(ExitCode);
    }

    /// <summary>
    /// Drains the microtask queue, then reports the first rejection still unhandled (node's
    /// processTicksAndRejections, in its default "throw" mode). Returns how many jobs ran.
    /// </summary>
    internal int PerformMicrotaskCheckpoint()
    {
        int ran = 0;
        do
        {
            for (; _ticks.TryDequeue(out var tick); ran++) RunMicrotask(tick);
            for (; _jobs.TryDequeue(out var job); ran++)
            {
                // A reaction whose handler is a script function runs as a frame of the dispatch loop, with the
                // reactions of that kind after it (no entry into the interpreter per job).
                if (Timeline is null && Vm.Interpreter.RunsAsFrame(job, out var reaction, out var handler))
                    ran += Interpreter.RunReactionJobs(reaction, handler) - 1;
                else RunMicrotask(job);
            }
        }
        while (_ticks.Count > 0 || ProcessRejections());
        Timeline?.EndMicrotasks();
        return ran;
    }

    private void RunMicrotask(Job job)
    {
        Timeline?.Microtask(Loop.Now, job);
        RunCallback(job);
    }

    /// <summary>Throws for the first promise rejected with no handler attached by now.</summary>
    private bool ProcessRejections()
    {
        if (_pendingRejections.Count == 0) return false;
        var pending = _pendingRejections.ToArray();
        _pendingRejections.Clear();
        if (Options.UnhandledRejections != UnhandledRejectionMode.Throw)
        {
            foreach (var p in pending) ReportUnhandledRejection(p);
            return true;
        }
        if (HasListeners("unhandledRejection"))
        {
            foreach (var p in pending) EmitProcessEvent("unhandledRejection", p.Result, p);
            return true;
        }
        var promise = pending[0];
        ExitCode = 1;
        throw new UnhandledRejectionException(promise.Result);
    }

    /// <summary>What node prints on stderr for an uncaught exception (without the final "Node.js vX" line).</summary>
    internal string DescribeUncaught(JsValue value)
    {
        if (value.AsObject is JsError { ReportedSite: { } reported }) return $"{reported}{Inspector.Inspect(Realm, value)}\n";
        string site = DescribeThrowSite();
        // node prints util.inspect(error): the stack, improved with the class name, then extra properties.
        // A native error carries the throw site as its "arrow", printed with a blank line after it
        // whatever its stack became; for other values node writes the site itself, first.
        if (value.AsObject is JsError)
        {
            string inspected = Inspector.Inspect(Realm, value);
            return site.Length > 0 ? $"{site}\n{inspected}\n" : inspected + "\n";
        }
        string shown = Inspector.Inspect(Realm, value);
        string hint = value.IsObject ? "" : "\n(Use `node --trace-uncaught ...` to show where the exception was thrown)";
        return $"\n{site}{shown}{hint}\n";
    }

    /// <summary>What node prints on stderr when a rejection is never handled.</summary>
    internal string DescribeUnhandledRejection(JsValue reason, bool strict = false)
    {
        if (reason.AsObject is JsError error && error.Get("stack") is { IsString: true })
        {
            string site = error.CreationSite is { } s ? DescribeSite(s.Template, s.Pc) : "";
            string inspected = Inspector.Inspect(Realm, reason);
            return site.Length > 0 ? $"{site}\n{inspected}\n" : inspected + "\n";
        }
        string shown = Inspector.NoSideEffectsToString(Realm, reason);
        string head = strict
            ? "node:internal/process/promises:340\n    reason : new UnhandledPromiseRejection(reason);\n             ^\n\n"
            : "node:internal/process/promises:389\n      new UnhandledPromiseRejection(reason);\n      ^\n\n";
        string frame = strict ? "strictUnhandledRejectionsMode (node:internal/process/promises:340:14)" : "throwUnhandledRejectionsMode (node:internal/process/promises:389:7)";
        return head +
            "UnhandledPromiseRejection: This error originated either by throwing inside of an async function without a catch block, " +
            $"or by rejecting a promise which was not handled with .catch(). The promise rejected with the reason \"{shown}\".\n" +
            $"    at {frame}\n" +
            "    at processPromiseRejections (node:internal/process/promises:470:17)\n" +
            "    at process.processTicksAndRejections (node:internal/process/task_queues:96:32) {\n" +
            "  code: 'ERR_UNHANDLED_REJECTION'\n}\n";
    }

    /// <summary>"FILE:LINE\nsource line\n   ^\n" for the place of the last throw, as node prints it.</summary>
    private string DescribeThrowSite() =>
        Interpreter.LastThrowSite is { } s ? DescribeSite(s.Template, s.Pc) : "";

    private static string DescribeSite(Compiling.FunctionTemplate template, int pc)
    {
        if (template.Source is not { } src) return "";
        var (line, col) = src.LineColumn(template.OffsetAt(pc));
        string path = src.EvalOrigin is null ? src.Path : "<anonymous_script>"; // eval code and the Function constructor's, as node names them
        return $"{path}:{line}\n{src.LineText(line)}\n{new string(' ', col - 1)}^\n";
    }
}

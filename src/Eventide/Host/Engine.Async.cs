using System.Runtime.CompilerServices;
using Eventide.Builtins;
using Eventide.Runtime;
using Eventide.Host;

namespace Eventide;

/// <summary>
/// The asynchronous embedding surface: .NET tasks as promises (host async functions), promises
/// as tasks (EvaluateAsync/InvokeAsync), and an event loop driven without blocking a thread.
/// </summary>
public sealed partial class Engine
{
    /// <summary>
    /// Defines a global async function implemented in .NET: each call returns a promise that
    /// settles on the engine's thread when the task completes (a fault rejects it with an Error
    /// carrying the exception's message, a cancellation with an AbortError). The loop stays alive
    /// while the task is pending. An <c>async args => ...</c> lambda binds here rather than to the ValueTask overload.
    /// </summary>
    [OverloadResolutionPriority(1)]
    public Engine SetValue(string name, Func<JsValue[], Task<JsValue>> function) =>
        SetValue(name, HostAsyncFunction(name, (args, _) => function(args)));

    /// <summary>Defines a global async function implemented in .NET with a <see cref="ValueTask{TResult}"/> (as the <see cref="Task{TResult}"/> overload).</summary>
    public Engine SetValue(string name, Func<JsValue[], ValueTask<JsValue>> function) =>
        SetValue(name, HostAsyncFunction(name, (args, _) => function(args).AsTask()));

    /// <summary>
    /// Defines a global async function implemented in .NET that takes a token, cancelled when the
    /// engine's run is cancelled (<see cref="EngineOptions.CancellationToken"/> or <see cref="EngineOptions.TimeLimit"/>).
    /// </summary>
    public Engine SetValue(string name, Func<JsValue[], CancellationToken, Task<JsValue>> function) =>
        SetValue(name, HostAsyncFunction(name, function));

    /// <summary>Defines a global async function without arguments or result: its promise fulfills with undefined.</summary>
    public Engine SetValue(string name, Func<Task> function) =>
        SetValue(name, HostAsyncFunction(name, async (_, _) => { await function().ConfigureAwait(false); return JsValue.Undefined; }));

    /// <summary>Defines a global async function without arguments whose result is converted by <see cref="FromClr"/> on the engine's thread.</summary>
    public Engine SetValue<T>(string name, Func<Task<T>> function) =>
        SetValue(name, new NativeFunction(Realm, name, 0, (_, _) => StartHostTask(Call(() => function()), value => FromClr(value))));

    private NativeFunction HostAsyncFunction(string name, Func<JsValue[], CancellationToken, Task<JsValue>> function) =>
        new(Realm, name, 0, (_, args) =>
        {
            var copied = args.ToArray();
            return StartHostTask(Call(() => function(copied, CancellationToken)), static value => value);
        });

    /// <summary>The host function's task; one that throws before returning a task is a faulted task.</summary>
    private static Task<T> Call<T>(Func<Task<T>> start)
    {
        try { return start(); }
        catch (Exception e) { return Task.FromException<T>(e); }
    }

    /// <summary>
    /// A promise for <paramref name="task"/>, settled on the engine's thread: through a loop
    /// request posted from the task's continuation, so the loop waits for it.
    /// <paramref name="convert"/> makes the result a JS value on the engine's thread.
    /// </summary>
    internal JsValue StartHostTask<T>(Task<T> task, Func<T, JsValue> convert)
    {
        var capability = PromiseCapability.ForIntrinsic(Realm);
        if (task.IsCompleted) Settle(capability, task, convert);
        else
        {
            var request = Loop.Open("host task");
            task.ContinueWith(t => request.Post("host task completed", () => Settle(capability, t, convert)), TaskScheduler.Default);
        }
        return capability.Promise;
    }

    private void Settle<T>(PromiseCapability capability, Task<T> task, Func<T, JsValue> convert)
    {
        if (task.IsCanceled) { capability.CallReject(ScriptErrorFor(new TaskCanceledException(task))); return; }
        if (task.Exception is { } aggregate)
        {
            capability.CallReject(ScriptErrorFor(aggregate.InnerExceptions.Count == 1 ? aggregate.InnerException! : aggregate));
            return;
        }
        try { capability.CallResolve(convert(task.Result)); }
        catch (JsException e) { capability.CallReject(e.GetValue(Realm)); }
    }

    /// <summary>An AbortError, as aborted operations reject with: the runtime's (node: a DOMException), else an Error named AbortError.</summary>
    internal JsValue AbortError()
    {
        if (Runtime?.CreateAbortError(Realm) is { } error) return error;
        var plain = Realm.CreateError(ErrorKind.Error, "The operation was aborted");
        plain.FastSet("name", "AbortError", PropertyFlags.Hidden);
        return plain;
    }

    /// <summary>
    /// Evaluates a script, then drives the event loop asynchronously until its completion value
    /// settles if it is a promise (or thenable); returns the value it fulfills with. A rejection
    /// throws a <see cref="JsException"/> with the reason (its inner exception is the .NET
    /// exception when a host task's failure caused it).
    /// </summary>
    public async Task<JsValue> EvaluateAsync(string source, CancellationToken cancellationToken = default) =>
        await SettleAsync(Evaluate(source), cancellationToken).ConfigureAwait(false);

    /// <summary>Calls a global function by name with .NET arguments and awaits its result as <see cref="EvaluateAsync"/> does.</summary>
    public Task<JsValue> InvokeAsync(string functionName, params object?[] args) => InvokeAsync(GetValue(functionName), args);

    /// <summary>Calls a function value with .NET arguments (this = undefined) and awaits its result as <see cref="EvaluateAsync"/> does.</summary>
    public Task<JsValue> InvokeAsync(JsValue function, params object?[] args) => InvokeAsync(function, args, default);

    /// <summary>Calls a function value with .NET arguments and awaits its result; <paramref name="cancellationToken"/> stops the wait.</summary>
    public async Task<JsValue> InvokeAsync(JsValue function, object?[] args, CancellationToken cancellationToken) =>
        await SettleAsync(Invoke(function, args), cancellationToken).ConfigureAwait(false);

    /// <summary>The settlement of a value as <c>await</c> sees it, driving the loop asynchronously until it settles.</summary>
    internal async Task<JsValue> SettleAsync(JsValue value, CancellationToken cancellationToken)
    {
        var task = ToTask(value);
        if (!task.IsCompleted) await DriveLoopAsync(() => task.IsCompleted, cancellationToken).ConfigureAwait(false);
        if (!task.IsCompleted) throw new InvalidOperationException("The promise is still pending and nothing left in the event loop can settle it.");
        return await task.ConfigureAwait(false);
    }

    /// <summary>
    /// Runs jobs and timers until nothing is pending, as <see cref="RunEventLoop"/> does, but
    /// awaits instead of blocking a thread while it waits for timers, I/O or host tasks.
    /// <paramref name="cancellationToken"/> stops it between callbacks with an
    /// <see cref="OperationCanceledException"/>; the engine stays usable.
    /// </summary>
    public async Task RunEventLoopAsync(CancellationToken cancellationToken = default)
    {
        await DriveLoopAsync(static () => false, cancellationToken).ConfigureAwait(false);
        using var entry = Enter();
        EmitExit(ExitCode);
    }

    /// <summary>The loop's turns, entering the engine for each half and awaiting the poll phase's wait in between.</summary>
    private async Task DriveLoopAsync(Func<bool> done, CancellationToken cancellationToken)
    {
        using (Enter()) PerformMicrotaskCheckpoint();
        while (!done())
        {
            cancellationToken.ThrowIfCancellationRequested();
            PollWait? wait;
            using (Enter())
            {
                if (!Loop.IsAlive) return;
                wait = Loop.RunUntilPoll();
            }
            bool posted = wait is { } w && await Loop.WaitForCompletionAsync(w.Milliseconds, cancellationToken).ConfigureAwait(false);
            using (Enter()) Loop.FinishTurn(wait, posted);
        }
    }

    /// <summary>
    /// Runs the microtasks (process.nextTick callbacks and promise jobs) that are ready, including
    /// ones they queue, and returns how many ran: for hosts that run their own loop. Timers, I/O
    /// and host-task completions wait for <see cref="RunEventLoop"/> or <see cref="RunEventLoopAsync"/>.
    /// </summary>
    public int RunJobs()
    {
        using var entry = Enter();
        return PerformMicrotaskCheckpoint();
    }
}

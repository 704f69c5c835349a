using Eventide.Builtins;
using Eventide.Runtime;
using Eventide.Host;

namespace Eventide;

/// <summary>JS promises as .NET tasks.</summary>
public sealed partial class Engine
{
    /// <summary>
    /// The settlement of <paramref name="value"/> as a Task, as <c>await value</c> in a script would
    /// see it (a promise, a thenable, or a plain value that is already the result). The engine is
    /// single-threaded: a pending promise's task completes while the host drives the engine
    /// (<see cref="RunEventLoop"/>), a settled one's at once;
    /// a rejection faults the task with a <see cref="JsException"/> carrying the reason. Taking the
    /// promise this way handles it, so its rejection is not reported as unhandled.
    /// </summary>
    public Task<JsValue> ToTask(JsValue value)
    {
        var settled = new TaskCompletionSource<JsValue>(TaskCreationOptions.RunContinuationsAsynchronously);
        using var entry = Enter();
        try
        {
            // 27.7.5.3 Await steps 2-7, with a reaction that completes the task.
            var promise = (JsPromise)PromiseOperations.PromiseResolve(Realm, Realm.PromiseConstructor, value);
            PromiseOperations.PerformPromiseThen(promise, new TaskReaction(this, settled));
            // Already settled: the host need not run the loop to learn it (the reaction job that
            // PerformPromiseThen queued then finds the task completed).
            if (promise.State == PromiseState.Fulfilled) settled.TrySetResult(promise.Result);
            else if (promise.State == PromiseState.Rejected) settled.TrySetException(HostExceptionFor(promise.Result));
        }
        catch (JsException e)
        {
            settled.SetException(e);
        }
        return settled.Task;
    }

    /// <summary>Completes a task when the promise it is registered on settles.</summary>
    private sealed class TaskReaction(Engine engine, TaskCompletionSource<JsValue> settled) : PromiseReaction
    {
        public override void OnSettled(bool fulfilled, JsValue value)
        {
            if (fulfilled) settled.TrySetResult(value);
            else settled.TrySetException(engine.HostExceptionFor(value));
        }

        public override string Describe(bool fulfilled) => $"the host's task for a promise {Outcome(fulfilled)}";
    }
}

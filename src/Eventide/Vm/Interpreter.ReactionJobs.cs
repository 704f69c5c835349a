using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using Eventide.Host;
using Eventide.Builtins;
using Eventide.Runtime;

namespace Eventide.Vm;

/// <summary>
/// Promise reaction jobs (27.2.2.1 NewPromiseReactionJob) whose handler is a plain script function run as
/// the entry frame of a dispatch loop: when the handler returns, its reaction's capability is resolved and,
/// when the next job in the queue is such a reaction too, that job runs in the same frame (sized for its
/// handler's code) without leaving the loop. A promise chain's jobs then cost a frame's reset each instead of an
/// entry into the interpreter from .NET (the job's call, CallFunction, RunFrame, the loop's entry and exit).
/// The steps are ThenReaction.OnSettled's: the handler called with undefined and the settled value, its
/// return resolving the capability, its throw rejecting it.
/// </summary>
internal sealed partial class Interpreter
{
    /// <summary>Whether <paramref name="job"/> is a reaction whose handler can run as a frame: a script function
    /// (ThenReaction.FrameHandler) whose [[Call]] is a frame run to its return (not an async function's or a
    /// generator's), with no new.target for the frame to carry.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool RunsAsFrame(Job? job, [NotNullWhen(true)] out ThenReaction? reaction, [NotNullWhen(true)] out ScriptFunction? handler)
    {
        reaction = job as ThenReaction;
        handler = reaction?.FrameHandler;
        return handler is not null && IsPlainCall(handler.Template) && handler.ArrowNewTarget is null;
    }

    /// <summary>How many jobs the running <see cref="RunReactionJobs"/> has started.</summary>
    private int _reactionJobsRun;

    /// <summary>Runs the reaction job <paramref name="first"/> (dequeued, its handler <paramref name="handler"/>)
    /// and the jobs after it that run in the same frame; returns how many jobs ran.</summary>
    internal int RunReactionJobs(ThenReaction first, ScriptFunction handler)
    {
        var engine = _engine;
        var outerContext = engine.AsyncContext;
        // A run inside a job (a host function draining the queue) counts its own jobs.
        int outerRun = _reactionJobsRun;
        engine.AsyncContext = first.AsyncContext;
        StackGuard.EnsureSufficientExecutionStack();
        // e. Let handlerResult be Completion(HostCallJobCallback(handler, undefined, « argument »)).
        var argument = first.TakeArgument();
        var t = handler.Template;
        var f = NewFrame(handler, t, handler.Realm, handler.Ctx, JsValue.Undefined, new ReadOnlySpan<JsValue>(in argument), JsValue.Undefined);
        f.Resumed = InlineResume.Job;
        f.Owner = first;
        _reactionJobsRun = 1;
        var savedDepth = _depth;
        PushFrame(f);
        var savedRealm = Realm.Enter(f.Realm);
        ThenReaction? failed = null;
        JsException? thrown = null;
        int ran;
        try
        {
            // Returns when a handler returns and no job after it runs in its frame (ReactionJobReturned).
            Execute(f);
        }
        catch (JsException e)
        {
            failed = (ThenReaction)f.Owner!;
            thrown = e;
        }
        finally
        {
            f.Resumed = InlineResume.None;
            f.Owner = null;
            Realm.Restore(savedRealm);
            RestoreStack(savedDepth);
            engine.AsyncContext = outerContext;
            ran = _reactionJobsRun;
            _reactionJobsRun = outerRun;
        }
        // h. The handler threw: Call(promiseCapability.[[Reject]], undefined, « handlerResult.[[Value]] »),
        // outside the catch block (see ExecuteAfterThrow).
        failed?.SettleCapability(thrown!.GetValue(Realm.Current!), abrupt: true);
        return ran;
    }

    /// <summary>
    /// A reaction job's handler has returned <paramref name="value"/> (the frame is the loop's entry): its
    /// capability is resolved with it, and the next job starts in the same frame, returned, when it is a
    /// reaction whose handler runs as a frame in the same realm; else the frame is done: null.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private Frame? ReactionJobReturned(Frame f, JsValue value)
    {
        PopFrame(f);
        // i. Return ? Call(promiseCapability.[[Resolve]], undefined, « handlerResult.[[Value]] »).
        Unsafe.As<ThenReaction>(f.Owner!).SettleCapability(value, abrupt: false);
        var jobs = _engine.PromiseJobs;
        if (RunsAsFrame(jobs.Peek(), out var next, out var handler) && ReferenceEquals(handler.Realm, f.Realm))
        {
            jobs.TryDequeue(out _);
            // The jobs after it are likely steps of other chains, far apart in memory: their records come
            // into the cache while this one runs, the one after next first, then what next reads.
            CachePrefetch.Object(jobs.PeekAhead(1));
            (jobs.Peek() as ThenReaction)?.PrefetchSettlement();
            _reactionJobsRun++;
            // The job runs in the async context of its then(), as RunCallback's jobs do.
            _engine.AsyncContext = next.AsyncContext;
            // The handler's call in this frame, as RentFrame sets up a reused one: emptied, ready for the
            // handler's code from its start, the locals from the arguments.
            f.ResetForPool();
            var t = handler.Template;
            PollCancellation();
            ReuseFrame(f, handler, t, f.Realm, handler.Ctx, t.LocalCount + t.MaxStack);
            f.Owner = next;
            var argument = next.TakeArgument();
            PassArguments(f, t, new ReadOnlySpan<JsValue>(in argument));
            BindFrameThis(f, handler, t, f.Realm, JsValue.Undefined);
            PushFrame(f);
            return f;
        }
        f.Resumed = InlineResume.None;
        f.Owner = null;
        f.Completed = true;
        return null;
    }
}

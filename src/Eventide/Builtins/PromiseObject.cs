using Eventide.Runtime;

namespace Eventide.Builtins;

/// <summary>27.2.6 [[PromiseState]]</summary>
public enum PromiseState { Pending, Fulfilled, Rejected }

/// <summary>A Promise instance (27.2.6 Properties of Promise Instances).</summary>
public sealed partial class JsPromise(JsObject prototype) : JsObject(prototype)
{
    public PromiseState State { get; internal set; } = PromiseState.Pending;
    /// <summary>[[PromiseResult]]: the value or reason once settled.</summary>
    public JsValue Result { get; internal set; }
    /// <summary>[[PromiseIsHandled]]</summary>
    public bool IsHandled { get; internal set; }
    public override string ClassName => "Promise";

    /// <summary>
    /// [[PromiseFulfillReactions]] and [[PromiseRejectReactions]] in one list: PerformPromiseThen
    /// always appends a fulfill and a reject reaction together, so one record holds both.
    /// The first reaction is kept inline because most promises get exactly one.
    /// </summary>
    internal PromiseReaction? FirstReaction;
    internal List<PromiseReaction>? MoreReactions;

    internal void AddReaction(PromiseReaction reaction)
    {
        if (FirstReaction is null) FirstReaction = reaction;
        else (MoreReactions ??= new()).Add(reaction);
    }
}

/// <summary>27.2.1.1 PromiseCapability Records.</summary>
internal sealed class PromiseCapability(JsObject promise, FunctionObject? resolve, FunctionObject? reject)
{
    public JsObject Promise { get; } = promise;
    /// <summary>[[Resolve]]; null for a capability of %Promise% itself, whose resolving functions
    /// cannot be observed, so they are applied directly (with the same already-resolved guard).</summary>
    public FunctionObject? Resolve { get; } = resolve;
    public FunctionObject? Reject { get; } = reject;
    private bool _alreadyResolved;

    /// <summary>A capability of %Promise% (27.2.1.5 NewPromiseCapability(%Promise%)).</summary>
    public static PromiseCapability ForIntrinsic(Realm realm) => new(new JsPromise(realm.PromisePrototype), null, null);

    /// <summary>Call(capability.[[Resolve]], undefined, « value »)</summary>
    public void CallResolve(JsValue value)
    {
        if (Resolve is not null) { Resolve.Call(JsValue.Undefined, [value]); return; }
        if (_alreadyResolved) return;
        _alreadyResolved = true;
        PromiseOperations.ResolvePromise((JsPromise)Promise, value);
    }

    /// <summary>Call(capability.[[Reject]], undefined, « reason »)</summary>
    public void CallReject(JsValue reason)
    {
        if (Reject is not null) { Reject.Call(JsValue.Undefined, [reason]); return; }
        if (_alreadyResolved) return;
        _alreadyResolved = true;
        PromiseOperations.RejectPromise((JsPromise)Promise, reason);
    }
}

/// <summary>An engine-internal reaction (the closures of Await and of async generator steps):
/// never visible to scripts, so it needs no function object.</summary>
internal interface IPromiseContinuation
{
    void OnSettled(bool fulfilled, JsValue value);

    /// <summary>For the timeline: what settling resumes.</summary>
    string Describe(bool fulfilled);
}

/// <summary>
/// 27.2.1.2 PromiseReaction Records, fulfill and reject together (see JsPromise.FirstReaction).
/// Handlers are the JobCallbacks (null = empty); Continuation replaces both for Await.
/// </summary>
internal sealed class PromiseReaction(PromiseCapability? capability, FunctionObject? onFulfilled, FunctionObject? onRejected, IPromiseContinuation? continuation = null)
{
    public PromiseCapability? Capability { get; } = capability;
    public FunctionObject? OnFulfilled { get; } = onFulfilled;
    public FunctionObject? OnRejected { get; } = onRejected;
    public IPromiseContinuation? Continuation { get; } = continuation;
}

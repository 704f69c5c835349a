using Eventide.Host;
using Eventide.Runtime;

namespace Eventide.Builtins;

/// <summary>
/// 27.2.1.1 PromiseCapability Records. A value type: most capabilities are %Promise%'s own and
/// live inside the reaction that settles them, with no record of their own on the heap.
/// </summary>
internal readonly struct PromiseCapability(JsObject promise, JsFunction? resolve, JsFunction? reject)
{
    public JsObject Promise { get; } = promise;
    /// <summary>[[Resolve]]; null for a capability of %Promise% itself, whose resolving functions
    /// cannot be observed, so they are applied directly (with the same already-resolved guard,
    /// kept on the promise).</summary>
    public JsFunction? Resolve { get; } = resolve;
    public JsFunction? Reject { get; } = reject;

    /// <summary>No capability (PerformPromiseThen's resultCapability is undefined).</summary>
    public bool IsUndefined => Promise is null;

    /// <summary>A capability of %Promise% (27.2.1.5 NewPromiseCapability(%Promise%)).</summary>
    public static PromiseCapability ForIntrinsic(Realm realm) => new(new JsPromise(realm.PromisePrototype), null, null);

    /// <summary>Call(capability.[[Resolve]], undefined, « value »)</summary>
    public void CallResolve(JsValue value)
    {
        if (Resolve is not null) { Resolve.Call(JsValue.Undefined, [value]); return; }
        var promise = (JsPromise)Promise;
        if (promise.CapabilityResolved) return;
        promise.CapabilityResolved = true;
        PromiseOperations.ResolvePromise(promise, value);
    }

    /// <summary>Call(capability.[[Reject]], undefined, « reason »)</summary>
    public void CallReject(JsValue reason)
    {
        if (Reject is not null) { Reject.Call(JsValue.Undefined, [reason]); return; }
        var promise = (JsPromise)Promise;
        if (promise.CapabilityResolved) return;
        promise.CapabilityResolved = true;
        PromiseOperations.RejectPromise(promise, reason);
    }
}

/// <summary>
/// What a promise's reaction list holds (see JsPromise.AddReaction): a reaction is triggered at
/// most once per registration (its promise settles once), so when it is, the record itself
/// becomes the 27.2.2.1 NewPromiseReactionJob closure: it takes the argument and is queued.
/// An awaiting async function's frame is one (it keeps the argument in its registers).
/// </summary>
internal abstract class ReactionJob : Job
{
    // PerformPromiseThen gives a reaction the async context of its then() or await.
    protected ReactionJob() : base(contextSetWhenQueued: true) { }

    /// <summary>27.2.2.1 NewPromiseReactionJob ( reaction, argument ): this reaction, settled, as a job.</summary>
    internal abstract Job AsJob(bool fulfilled, JsValue argument);

    protected static string Outcome(bool fulfilled) => fulfilled ? "(fulfilled)" : "(rejected)";
}

/// <summary>27.2.1.2 PromiseReaction Records, fulfill and reject together, holding the argument they are settled with.</summary>
internal abstract class PromiseReaction : ReactionJob
{
    private bool _fulfilled;
    /// <summary>ThenReaction's: then()'s derived promise is made only when settling it can be seen (ThenReaction.WithDeferredPromise).
    /// Here, beside the other flag, so that it takes no room of its own.</summary>
    private protected bool DerivedPromiseDeferred;
    private JsValue _argument;

    internal sealed override Job AsJob(bool fulfilled, JsValue argument)
    {
        _fulfilled = fulfilled;
        _argument = argument;
        return this;
    }

    internal sealed override void Run() => OnSettled(_fulfilled, TakeArgument());

    /// <summary>Whether the job runs the fulfil (else the reject) steps: as noted by <see cref="AsJob"/>.</summary>
    internal bool Fulfilled => _fulfilled;

    /// <summary>The value the job was settled with, let go of by the job (a reused continuation must not keep it alive).</summary>
    internal JsValue TakeArgument()
    {
        var argument = _argument;
        _argument = default;
        return argument;
    }

    internal sealed override string Describe() => Describe(_fulfilled);

    internal sealed override JsValue[] PassedValues() => [_argument];

    /// <summary>The job's steps, for a promise fulfilled with (or rejected by) value.</summary>
    public abstract void OnSettled(bool fulfilled, JsValue value);

    /// <summary>For the timeline: what settling runs.</summary>
    public abstract string Describe(bool fulfilled);
}

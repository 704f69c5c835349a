using Eventide.Host;
using Eventide.Runtime;
using Eventide.Builtins;

namespace Eventide;

/// <summary>27.2.6 [[PromiseState]]</summary>
public enum PromiseState
{
    /// <summary>Not settled yet.</summary>
    Pending,
    /// <summary>Fulfilled with <see cref="JsPromise.Result"/>.</summary>
    Fulfilled,
    /// <summary>Rejected with <see cref="JsPromise.Result"/> as the reason.</summary>
    Rejected,
}

/// <summary>A Promise instance (27.2.6 Properties of Promise Instances).</summary>
public sealed class JsPromise : JsObject
{
    internal JsPromise(JsObject prototype) : base(prototype) { }

    /// <summary>Whether the promise is pending, fulfilled or rejected.</summary>
    public PromiseState State { get; internal set; } = PromiseState.Pending;
    /// <summary>[[PromiseResult]]: the value or reason once settled.</summary>
    public JsValue Result { get; internal set; }
    /// <summary>[[PromiseIsHandled]]</summary>
    internal bool IsHandled { get; set; }
    internal override string ClassName => "Promise";

    /// <summary>
    /// [[PromiseFulfillReactions]] and [[PromiseRejectReactions]] in one list: PerformPromiseThen
    /// always appends a fulfill and a reject reaction together, so one record holds both.
    /// The first reaction is kept inline because most promises get exactly one.
    /// </summary>
    internal PromiseReaction? FirstReaction;
    /// <summary>The already-resolved guard of a %Promise% capability's (unobservable) resolving functions.</summary>
    internal bool CapabilityResolved;
    internal List<PromiseReaction>? MoreReactions;

    internal void AddReaction(PromiseReaction reaction)
    {
        if (FirstReaction is null) FirstReaction = reaction;
        else (MoreReactions ??= new()).Add(reaction);
    }
}

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

    /// <summary>[[PromiseResult]] once settled; while pending, the same slot holds the reactions
    /// (no reactions are kept once settled, no result before), so a promise is one field smaller.</summary>
    private JsValue _resultOrReactions;

    /// <summary>[[PromiseResult]]: the value or reason once settled.</summary>
    public JsValue Result
    {
        get => State == PromiseState.Pending ? JsValue.Undefined : _resultOrReactions;
        internal set => _resultOrReactions = value;
    }

    /// <summary>[[PromiseIsHandled]]</summary>
    internal bool IsHandled { get; set; }
    internal override string ClassName => "Promise";

    /// <summary>The already-resolved guard of a %Promise% capability's (unobservable) resolving functions.</summary>
    internal bool CapabilityResolved;

    /// <summary>
    /// [[PromiseFulfillReactions]] and [[PromiseRejectReactions]] in one list: PerformPromiseThen
    /// always appends a fulfill and a reject reaction together, so one record holds both. The
    /// pending promise holds the one reaction most promises get itself, a list only from the second.
    /// </summary>
    internal void AddReaction(ReactionJob reaction)
    {
        switch (_resultOrReactions.Ref)
        {
            case null: _resultOrReactions = JsValue.FromInternal(reaction); break;
            case ReactionJob first: _resultOrReactions = JsValue.FromInternal(new List<ReactionJob> { first, reaction }); break;
            default: ((List<ReactionJob>)_resultOrReactions.Ref).Add(reaction); break;
        }
    }

    /// <summary>The reaction of a pending promise that has exactly one.</summary>
    internal ReactionJob? OnlyReaction => State == PromiseState.Pending ? _resultOrReactions.Ref as ReactionJob : null;

    /// <summary>Takes a pending promise's reactions (null, one <see cref="ReactionJob"/> or a list of them), leaving none.</summary>
    internal object? TakeReactions()
    {
        var reactions = _resultOrReactions.Ref;
        _resultOrReactions = default;
        return reactions;
    }
}

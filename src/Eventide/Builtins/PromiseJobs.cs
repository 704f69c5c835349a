using System.Runtime.CompilerServices;
using Eventide.Host;
using Eventide.Runtime;

namespace Eventide.Builtins;

/// <summary>
/// The reaction PerformPromiseThen records for then(onFulfilled, onRejected): its capability and
/// handlers; settled, it runs 27.2.2.1 NewPromiseReactionJob's closure.
/// </summary>
internal sealed class ThenReaction(PromiseCapability capability, JsFunction? onFulfilled, JsFunction? onRejected) : PromiseReaction
{
    /// <summary>The promise then() returned, if any (async stack traces follow the chain through it).</summary>
    internal JsPromise? DerivedPromise => capability.IsUndefined ? null : capability.Promise as JsPromise;
    /// <summary>The promise this reaction resolves when its handler is another promise's resolve function (a promise resolved with a promise).</summary>
    internal JsPromise? ResolvedPromise => (onFulfilled as NativeFunction)?.ResolvesPromise;

    /// <summary>
    /// The handler the settled job calls when the dispatch loop may run the job as a frame of its own
    /// (Interpreter.RunReactionJobs): a script function, with a capability whose resolving functions
    /// are %Promise%'s own or none, so that settling it runs no script function of its own.
    /// </summary>
    internal Vm.ScriptFunction? FrameHandler => Handler is Vm.ScriptFunction sf && capability.Resolve is null ? sf : null;

    /// <summary>c. Let handler be reaction.[[Handler]]: of the fulfil or reject reaction, as the job was settled (AsJob).</summary>
    private JsFunction? Handler { [MethodImpl(MethodImplOptions.AggressiveInlining)] get => Fulfilled ? onFulfilled : onRejected; }

    /// <summary>Prefetches what running the job reads first: its handler and its capability's promise.</summary>
    internal void PrefetchSettlement()
    {
        CachePrefetch.Object(Handler);
        CachePrefetch.Object(capability.Promise);
    }

    /// <summary>
    /// The reaction of <c>p.then(f, r);</c> as a statement, with species %Promise% (PromiseOperations.ThenAsStatement):
    /// the promise then() returns is dropped, so nothing can reach it, and the capability NewPromiseCapability(%Promise%)
    /// would make is made when the job settles it in a way that can be seen: a rejection (tracked as unhandled, the
    /// promise given to 'unhandledRejection') or a resolution with an object (whose then is looked up and may be
    /// called). A fulfilment with any other value is seen by nobody and makes nothing. The handlers are of then()'s realm.
    /// </summary>
    internal static ThenReaction WithDeferredPromise(JsFunction? onFulfilled, JsFunction? onRejected) =>
        new(default, onFulfilled, onRejected) { DerivedPromiseDeferred = true };

    /// <summary>27.2.2.1 NewPromiseReactionJob steps 1.f-i for the handler's completion: the capability settled with it.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)] // into the two job paths (ReactionJobReturned, OnSettled)
    internal void SettleCapability(JsValue handlerResult, bool abrupt)
    {
        // A deferred derived promise is made only when settling it can be seen: a rejection, or a resolution with an object.
        if (DerivedPromiseDeferred && (abrupt || handlerResult.IsObject)) MakeDeferredPromise();
        // f. If promiseCapability is undefined, then return empty.
        if (capability.IsUndefined) return;
        // h. If handlerResult is an abrupt completion, then return ? Call(promiseCapability.[[Reject]], undefined, « handlerResult.[[Value]] »).
        if (abrupt) capability.CallReject(handlerResult);
        // i. Else, return ? Call(promiseCapability.[[Resolve]], undefined, « handlerResult.[[Value]] »).
        else capability.CallResolve(handlerResult);
    }

    /// <summary>A deferred derived promise about to be settled in a way that can be seen: made now, as then() would
    /// have made it, NewPromiseCapability(%Promise%) of then()'s realm (its handlers').</summary>
    [MethodImpl(MethodImplOptions.NoInlining)] // SettleCapability stays small enough to inline into the jobs
    private void MakeDeferredPromise()
    {
        capability = PromiseCapability.ForIntrinsic((onFulfilled ?? onRejected)!.Realm);
        DerivedPromiseDeferred = false;
    }

    public override string Describe(bool fulfilled)
    {
        string outcome = fulfilled ? "fulfilled" : "rejected";
        var handler = fulfilled ? onFulfilled : onRejected;
        return handler is null
            ? $"promise reaction: no {(fulfilled ? "onFulfilled" : "onRejected")} handler, passes the {(fulfilled ? "value" : "reason")} on"
            : $"promise reaction: {(fulfilled ? "then" : "catch")} handler {Host.Timeline.Name(handler)} ({outcome})";
    }

    public override void OnSettled(bool fulfilled, JsValue argument)
    {
        // a. Let promiseCapability be reaction.[[Capability]].
        // b. Let type be reaction.[[Type]].  c. Let handler be reaction.[[Handler]].
        var handler = fulfilled ? onFulfilled : onRejected;
        JsValue handlerResult;
        bool abrupt;
        // d. If handler is empty, then
        if (handler is null)
        {
            // i-ii. Fulfill: NormalCompletion(argument); Reject: ThrowCompletion(argument).
            handlerResult = argument;
            abrupt = !fulfilled;
        }
        else
        {
            // e. Else, let handlerResult be Completion(HostCallJobCallback(handler, undefined, « argument »)).
            try
            {
                handlerResult = handler.Call(JsValue.Undefined, new ReadOnlySpan<JsValue>(in argument));
                abrupt = false;
            }
            catch (JsException e)
            {
                handlerResult = e.GetValue(Realm.Current!);
                abrupt = true;
            }
        }
        // f-i. Settle the capability with the handler's completion.
        SettleCapability(handlerResult, abrupt);
    }
}

/// <summary>27.2.2.2 NewPromiseResolveThenableJob ( promiseToResolve, thenable, then ): the job's closure.</summary>
internal sealed class PromiseResolveThenableJob(JsPromise promiseToResolve, JsObject thenable, JsFunction then) : Job
{
    internal override string Describe() =>
        $"resolve with a thenable: call its then ({Host.Timeline.Name(then)}) to adopt its state";

    internal override void Run()
    {
        // a. Let resolvingFunctions be CreateResolvingFunctions(promiseToResolve).
        var realm = then.Realm;
        var (resolve, reject) = PromiseOperations.CreateResolvingFunctions(realm, promiseToResolve);
        try
        {
            // b. Let thenCallResult be Completion(HostCallJobCallback(then, thenable, « resolvingFunctions.[[Resolve]], resolvingFunctions.[[Reject]] »)).
            then.Call(thenable, [resolve, reject]);
        }
        catch (JsException e)
        {
            // c. If thenCallResult is an abrupt completion, then return ? Call(resolvingFunctions.[[Reject]], undefined, « thenCallResult.[[Value]] »).
            reject.Call(JsValue.Undefined, [e.GetValue(Realm.Current!)]);
        }
        // d. Return ? thenCallResult.
    }
}

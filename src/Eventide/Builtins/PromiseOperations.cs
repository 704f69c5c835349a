using System.Runtime.CompilerServices;
using Eventide.Host;
using Eventide.Runtime;

namespace Eventide.Builtins;

/// <summary>27.2.1 Promise Abstract Operations and 27.2.5.4.1 PerformPromiseThen, step by step.</summary>
internal static class PromiseOperations
{
    /// <summary>27.2.1.3 CreateResolvingFunctions ( promise )</summary>
    public static (JsFunction Resolve, JsFunction Reject) CreateResolvingFunctions(Realm realm, JsPromise promise)
    {
        // 1. Let alreadyResolved be the Record { [[Value]]: false }.
        bool alreadyResolved = false;
        // 2-5. resolve: 27.2.1.3.2 Promise Resolve Functions
        var resolve = new NativeFunction(realm, "", 1, (_, args) =>
        {
            // 5. If alreadyResolved.[[Value]] is true, return undefined.
            if (alreadyResolved) return JsValue.Undefined;
            // 6. Set alreadyResolved.[[Value]] to true.
            alreadyResolved = true;
            ResolvePromise(promise, args.At(0));
            return JsValue.Undefined;
        });
        // 6-10. reject: 27.2.1.3.1 Promise Reject Functions
        var reject = new NativeFunction(realm, "", 1, (_, args) =>
        {
            // 5. If alreadyResolved.[[Value]] is true, return undefined.
            if (alreadyResolved) return JsValue.Undefined;
            // 6. Set alreadyResolved.[[Value]] to true.
            alreadyResolved = true;
            // 7. Perform RejectPromise(promise, reason).
            RejectPromise(promise, args.At(0));
            return JsValue.Undefined;
        });
        resolve.ResolvesPromise = promise;
        // 11. Return the Record { [[Resolve]]: resolve, [[Reject]]: reject }.
        return (resolve, reject);
    }

    /// <summary>27.2.1.3.2 Promise Resolve Functions, steps 7-16 (after the already-resolved check).</summary>
    public static void ResolvePromise(JsPromise promise, JsValue resolution)
    {
        // 7. If SameValue(resolution, promise) is true, then
        if (ReferenceEquals(resolution.Ref, promise))
        {
            // a. Let selfResolutionError be a newly created TypeError object.
            // b. Perform RejectPromise(promise, selfResolutionError).
            RejectPromise(promise, Realm.Current!.CreateError(ErrorKind.TypeError, "Chaining cycle detected for promise #<Promise>"));
            return;
        }
        // 8. If resolution is not an Object, then
        if (resolution.AsObject is not JsObject thenable)
        {
            // a. Perform FulfillPromise(promise, resolution).
            FulfillPromise(promise, resolution);
            return;
        }
        // 9. Let then be Completion(Get(resolution, "then")).
        JsValue then;
        // (Through the realm's cache: a fulfilment value's shape usually repeats, and so does where its chain lacks or holds "then".)
        try { then = Vm.Interpreter.GetNamedCached(thenable, ThenKey, thenable, ref Realm.Current!.ThenLookup); }
        catch (JsException e)
        {
            // 10. If then is an abrupt completion, then perform RejectPromise(promise, then.[[Value]]).
            RejectPromise(promise, e.GetValue(Realm.Current!));
            return;
        }
        // 11. Let thenAction be then.[[Value]].
        // 12. If IsCallable(thenAction) is false, then perform FulfillPromise(promise, resolution).
        if (then.AsObject is not JsFunction thenAction)
        {
            FulfillPromise(promise, resolution);
            return;
        }
        // 13. Let thenJobCallback be HostMakeJobCallback(thenAction).
        // 14. Let job be NewPromiseResolveThenableJob(promise, resolution, thenJobCallback).
        // 15. Perform HostEnqueuePromiseJob(job.[[Job]], job.[[Realm]]).
        HostEnqueuePromiseJob(new PromiseResolveThenableJob(promise, thenable, thenAction));
    }

    /// <summary>27.2.1.4 FulfillPromise ( promise, value )</summary>
    public static void FulfillPromise(JsPromise promise, JsValue value)
    {
        // 1. Assert: The value of promise.[[PromiseState]] is pending.
        // 2. Let reactions be promise.[[PromiseFulfillReactions]].
        // 4-5. Set promise.[[PromiseFulfillReactions]] and [[PromiseRejectReactions]] to undefined.
        var reactions = promise.TakeReactions();
        // 3. Set promise.[[PromiseResult]] to value.
        promise.Result = value;
        // 6. Set promise.[[PromiseState]] to fulfilled.
        promise.State = PromiseState.Fulfilled;
        // 7. Perform TriggerPromiseReactions(reactions, value).
        TriggerPromiseReactions(reactions, true, value);
    }

    /// <summary>27.2.1.7 RejectPromise ( promise, reason )</summary>
    public static void RejectPromise(JsPromise promise, JsValue reason)
    {
        // 1. Assert: The value of promise.[[PromiseState]] is pending.
        // 2. Let reactions be promise.[[PromiseRejectReactions]].
        // 4-5. Set promise.[[PromiseFulfillReactions]] and [[PromiseRejectReactions]] to undefined.
        var reactions = promise.TakeReactions();
        // 3. Set promise.[[PromiseResult]] to reason.
        promise.Result = reason;
        // 6. Set promise.[[PromiseState]] to rejected.
        promise.State = PromiseState.Rejected;
        // 7. If promise.[[PromiseIsHandled]] is false, perform HostPromiseRejectionTracker(promise, "reject").
        if (!promise.IsHandled) HostPromiseRejectionTracker(promise, RejectionOperation.Reject);
        // 8. Perform TriggerPromiseReactions(reactions, reason).
        TriggerPromiseReactions(reactions, false, reason);
    }

    /// <summary>27.2.1.8 TriggerPromiseReactions ( reactions, argument )</summary>
    private static void TriggerPromiseReactions(object? reactions, bool fulfilled, JsValue argument)
    {
        // 1. For each element reaction of reactions, do
        //   a. Let job be NewPromiseReactionJob(reaction, argument).
        //   b. Perform HostEnqueuePromiseJob(job.[[Job]], job.[[Realm]]).
        // reactions: none, one ReactionJob or a List of them (JsPromise.AddReaction); the list by its exact type
        // first, as a cast to the abstract ReactionJob walks the class hierarchy.
        if (reactions is null) return;
        if (reactions is List<ReactionJob> all)
            foreach (var reaction in all) HostEnqueuePromiseJob(reaction.AsJob(fulfilled, argument));
        else HostEnqueuePromiseJob(Unsafe.As<ReactionJob>(reactions).AsJob(fulfilled, argument));
    }

    /// <summary>27.2.1.5 NewPromiseCapability ( C )</summary>
    /// <remarks><paramref name="withFunctions"/>: The caller hands [[Resolve]]/[[Reject]] to scripts (combinators,
    /// withResolvers), so they must be function objects even for %Promise%.</remarks>
    public static PromiseCapability NewPromiseCapability(Realm realm, JsValue c, bool withFunctions = false)
    {
        // %Promise% itself: its executor cannot be observed, nor its resolving functions unless handed out.
        // (The caller's realm's by identity first: a cast to JsFunction walks the class hierarchy.)
        var promiseRealm = ReferenceEquals(c.RawRef, realm.PromiseConstructor) ? realm
            : c.Ref is JsFunction f && ReferenceEquals(f, f.Realm.PromiseConstructor) ? f.Realm : null;
        if (promiseRealm is not null)
        {
            if (!withFunctions) return PromiseCapability.ForIntrinsic(promiseRealm);
            var p = new JsPromise(promiseRealm.PromisePrototype);
            var (res, rej) = CreateResolvingFunctions(promiseRealm, p);
            return new PromiseCapability(p, res, rej);
        }
        return NewPromiseCapabilityFromConstructor(realm, c);
    }

    /// <summary>27.2.1.5 NewPromiseCapability ( C ) for any constructor C: through an observable executor.</summary>
    private static PromiseCapability NewPromiseCapabilityFromConstructor(Realm realm, JsValue c)
    {
        // 1. If IsConstructor(C) is false, throw a TypeError exception.
        if (!Operations.IsConstructor(c)) throw JsException.TypeError($"{Operations.ToDisplay(c)} is not a constructor");
        // 3. Let resolvingFunctions be the Record { [[Resolve]]: undefined, [[Reject]]: undefined }.
        JsValue resolve = JsValue.Undefined, reject = JsValue.Undefined;
        // 4. Let executorClosure be a new Abstract Closure with parameters (resolve, reject) ...
        // 5. Let executor be CreateBuiltinFunction(executorClosure, 2, "", « »).
        var executor = new NativeFunction(realm, "", 2, (_, args) =>
        {
            // a. If resolvingFunctions.[[Resolve]] is not undefined, throw a TypeError exception.
            // b. If resolvingFunctions.[[Reject]] is not undefined, throw a TypeError exception.
            if (!resolve.IsUndefined || !reject.IsUndefined) throw JsException.TypeError("Promise executor has already been invoked with non-undefined arguments");
            // c-d. Set resolvingFunctions.[[Resolve]] to resolve, [[Reject]] to reject.
            resolve = args.At(0);
            reject = args.At(1);
            return JsValue.Undefined;
        });
        // 6. Let promise be ? Construct(C, « executor »).
        var promise = Operations.Construct(c.AsObject!, [executor]);
        // 7. If IsCallable(resolvingFunctions.[[Resolve]]) is false, throw a TypeError exception.
        if (resolve.Ref is not JsFunction resolveFn) throw JsException.TypeError("Promise resolve or reject function is not callable");
        // 8. If IsCallable(resolvingFunctions.[[Reject]]) is false, throw a TypeError exception.
        if (reject.Ref is not JsFunction rejectFn) throw JsException.TypeError("Promise resolve or reject function is not callable");
        // 9. Return the PromiseCapability Record { [[Promise]]: promise, [[Resolve]]: resolve, [[Reject]]: reject }.
        return new PromiseCapability(promise.AsObject!, resolveFn, rejectFn);
    }

    /// <summary>27.2.4.7.1 PromiseResolve ( C, x )</summary>
    public static JsObject PromiseResolve(Realm realm, JsObject c, JsValue x)
    {
        // 1. If IsPromise(x) is true, then
        if (x.Ref is JsPromise xp)
        {
            if (ReferenceEquals(c, realm.PromiseConstructor) && HasIntrinsicConstructor(realm, xp)) return xp;
            // a. Let xConstructor be ? Get(x, "constructor").
            // b. If SameValue(xConstructor, C) is true, return x.
            if (ReferenceEquals(xp.Get("constructor").Ref, c)) return xp;
        }
        // Steps 2-4 for %Promise% and a value that is not an object: its capability's resolve would fulfil the new
        // promise with x at once (27.2.1.3.2 step 8), and nothing can observe the capability itself.
        else if (!x.IsObject && ReferenceEquals(c, realm.PromiseConstructor))
        {
            var fulfilled = new JsPromise(realm.PromisePrototype) { CapabilityResolved = true };
            FulfillPromise(fulfilled, x);
            return fulfilled;
        }
        // 2. Let promiseCapability be ? NewPromiseCapability(C).
        var capability = NewPromiseCapability(realm, c);
        // 3. Perform ? Call(promiseCapability.[[Resolve]], undefined, « x »).
        capability.CallResolve(x);
        // 4. Return promiseCapability.[[Promise]].
        return capability.Promise;
    }

    /// <summary>27.2.5.4.1 PerformPromiseThen ( promise, onFulfilled, onRejected [ , resultCapability ] )</summary>
    public static JsValue PerformPromiseThen(JsPromise promise, JsValue onFulfilled, JsValue onRejected, PromiseCapability resultCapability)
    {
        // 3-4. If IsCallable(onFulfilled) is false, let onFulfilledJobCallback be empty; else HostMakeJobCallback(onFulfilled).
        var fulfilledCallback = CallableOrNull(onFulfilled);
        // 5-6. Likewise for onRejected.
        var rejectedCallback = CallableOrNull(onRejected);
        // 7-8. Let fulfillReaction / rejectReaction be the PromiseReaction Records (held together).
        PerformPromiseThen(promise, new ThenReaction(resultCapability, fulfilledCallback, rejectedCallback));
        // 13. If resultCapability is undefined, return undefined.
        // 14. Else, return resultCapability.[[Promise]].
        return resultCapability.IsUndefined ? JsValue.Undefined : resultCapability.Promise;
    }

    /// <summary>
    /// 27.2.5.4 Promise.prototype.then ( onFulfilled, onRejected ) when its result is dropped (<c>p.then(f, r);</c>):
    /// false, with nothing done, unless this is a promise with species %Promise% (so steps 1-4 run no script and
    /// throw nothing) and the handlers are functions of <paramref name="realm"/>; else then() with its derived
    /// promise deferred (<see cref="ThenReaction.WithDeferredPromise"/>).
    /// </summary>
    public static bool ThenAsStatement(Realm realm, JsValue thisValue, JsValue onFulfilled, JsValue onRejected)
    {
        if (thisValue.Ref is not JsPromise promise || !HasIntrinsicSpecies(realm, promise)) return false;
        var fulfilledCallback = CallableOrNull(onFulfilled);
        var rejectedCallback = CallableOrNull(onRejected);
        if ((fulfilledCallback ?? rejectedCallback) is null
            || (fulfilledCallback is not null && !ReferenceEquals(fulfilledCallback.Realm, realm))
            || (rejectedCallback is not null && !ReferenceEquals(rejectedCallback.Realm, realm)))
            return false;
        // 5. Return PerformPromiseThen(promise, onFulfilled, onRejected, resultCapability), the capability to come.
        PerformPromiseThen(promise, ThenReaction.WithDeferredPromise(fulfilledCallback, rejectedCallback));
        return true;
    }

    /// <summary>27.2.5.1 Promise.prototype.catch ( onRejected ) when its result is dropped (<c>p.catch(r);</c>): as
    /// <see cref="ThenAsStatement"/>, when Invoke(promise, "then", « undefined, onRejected ») would run the intrinsic then.</summary>
    public static bool CatchAsStatement(Realm realm, JsValue thisValue, JsValue onRejected) =>
        thisValue.Ref is JsPromise promise && HasIntrinsicThen(realm, promise) && ThenAsStatement(realm, thisValue, JsValue.Undefined, onRejected);

    /// <summary>
    /// 27.2.5.4.1 PerformPromiseThen, steps 9-12. Engine-internal closures (Await, async generator
    /// steps) pass their own reaction: they are never visible to scripts, so need no function objects.
    /// </summary>
    public static void PerformPromiseThen(JsPromise promise, ReactionJob reaction)
    {
        switch (promise.State)
        {
            // 9. If promise.[[PromiseState]] is pending, then append the reactions.
            case PromiseState.Pending:
                // The reaction runs in the async context of then() or await (a reused await continuation too).
                reaction.AsyncContext = Realm.Current?.Engine.AsyncContext;
                promise.AddReaction(reaction);
                break;
            // 10. Else if promise.[[PromiseState]] is fulfilled, then
            case PromiseState.Fulfilled:
                EnqueueFulfilledReaction(reaction, promise.Result);
                break;
            // 11. Else,
            default:
                // c. If promise.[[PromiseIsHandled]] is false, perform HostPromiseRejectionTracker(promise, "handle").
                if (!promise.IsHandled) HostPromiseRejectionTracker(promise, RejectionOperation.Handle);
                // d-e. Let rejectJob be NewPromiseReactionJob(rejectReaction, reason); HostEnqueuePromiseJob.
                reaction.AsyncContext = Realm.Current?.Engine.AsyncContext;
                HostEnqueuePromiseJob(reaction.AsJob(false, promise.Result));
                break;
        }
        // 12. Set promise.[[PromiseIsHandled]] to true.
        promise.IsHandled = true;
    }

    /// <summary>
    /// 27.2.5.4.1 PerformPromiseThen step 10 for a promise fulfilled with <paramref name="value"/>:
    /// a-c. Let fulfillJob be NewPromiseReactionJob(fulfillReaction, value); HostEnqueuePromiseJob.
    /// </summary>
    internal static void EnqueueFulfilledReaction(ReactionJob reaction, JsValue value)
    {
        // The reaction runs in the async context of then() or await (a reused await continuation too).
        reaction.AsyncContext = Realm.Current?.Engine.AsyncContext;
        HostEnqueuePromiseJob(reaction.AsJob(true, value));
    }

    private static readonly PropertyKey ThenKey = "then";

    /// <summary>The function v is, or null: a script function (the usual handler) by its exact type first, as a
    /// cast to JsFunction walks the class hierarchy.</summary>
    private static JsFunction? CallableOrNull(JsValue v) => v.RawRef is Vm.ScriptFunction sf ? sf : v.RawRef as JsFunction;

    /// <summary>
    /// True when Get(p, "constructor") is %Promise% of this realm without running user code: p has
    /// no own properties and %Promise.prototype%.constructor is untouched.
    /// </summary>
    internal static bool HasIntrinsicConstructor(Realm realm, JsPromise p) =>
        ReferenceEquals(p.Shape, realm.PromisePrototype.RootShapeForChildren)
        && realm.PromiseConstructorGuard.HoldsData(realm.PromisePrototype, realm.PromiseConstructor);

    /// <summary>True when SpeciesConstructor(p, %Promise%) is %Promise% and computing it runs no user code.</summary>
    internal static bool HasIntrinsicSpecies(Realm realm, JsPromise p) =>
        HasIntrinsicConstructor(realm, p)
        && realm.PromiseSpeciesGuard.HoldsGetter(realm.PromiseConstructor, realm.PromiseSpeciesGetter);

    /// <summary>
    /// True when Invoke(p, "then", « f, r ») would run %Promise.prototype.then% with species %Promise%:
    /// engine code may then register its own reaction instead (the derived promise is unobservable).
    /// </summary>
    internal static bool HasIntrinsicThen(Realm realm, JsPromise p) =>
        HasIntrinsicSpecies(realm, p) && realm.PromiseThenGuard.HoldsData(realm.PromisePrototype, realm.PromiseThen);

    /// <summary>9.5.5 HostEnqueuePromiseJob: the engine's microtask queue.</summary>
    public static void HostEnqueuePromiseJob(Job job) => Realm.Current!.Engine.EnqueueJob(job);

    /// <summary>27.2.1.9 HostPromiseRejectionTracker ( promise, operation )</summary>
    internal static void HostPromiseRejectionTracker(JsPromise promise, RejectionOperation operation) =>
        Realm.Current!.Engine.TrackRejection(promise, operation);
}

/// <summary>The operation argument of HostPromiseRejectionTracker.</summary>
internal enum RejectionOperation { Reject, Handle }

namespace Eventide.Runtime;

internal sealed partial class Realm
{
    /// <summary>%Promise% and %Promise.prototype%.</summary>
    public JsFunction PromiseConstructor = null!;
    public JsObject PromisePrototype = null!;
    /// <summary>The original Promise.prototype.then and get Promise[@@species] (fast paths check they are still in place).</summary>
    internal JsFunction PromiseThen = null!;
    /// <summary>The original Promise.prototype.catch (a dropped `p.catch(r);` checks for it).</summary>
    internal JsFunction PromiseCatch = null!;
    internal JsObject PromiseSpeciesGetter = null!;
    internal JsFunction PromiseResolveFunction = null!;
    /// <summary>The shapes of Promise.allSettled's { status, value } and { status, reason } records.</summary>
    internal Shape? FulfilledSettlementShape, RejectedSettlementShape;
    /// <summary>V8's CallSite prototype for Error.prepareStackTrace, made on first use.</summary>
    internal JsObject? CallSitePrototype;
    internal PropertyGuard PromiseThenGuard = new("then"), PromiseConstructorGuard = new("constructor"), PromiseSpeciesGuard = new(WellKnownSymbols.Species);
    /// <summary>ResolvePromise's Get(resolution, "then"), cached by the resolution's shape (see Interpreter.GetNamedCached).</summary>
    internal Vm.PropertyCache ThenLookup;
    /// <summary>%AsyncIteratorPrototype% and %AsyncFromSyncIteratorPrototype%.</summary>
    public JsObject AsyncIteratorPrototype = null!;
    public JsObject AsyncFromSyncIteratorPrototype = null!;
}

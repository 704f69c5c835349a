using Eventide.Runtime;

namespace Eventide.Builtins;

/// <summary>27.4.3 Properties of the AsyncDisposableStack Prototype Object (adopt, defer, use, move, disposed: see DisposableStackPrototype).</summary>
internal static class AsyncDisposableStackPrototype
{
    /// <summary>Creates %AsyncDisposableStack.prototype% and returns the constructor (installed on first use, see Intrinsics.Disposal).</summary>
    public static JsFunction Setup(Realm realm)
    {
        var proto = new JsObject(realm.ObjectPrototype);
        realm.AsyncDisposableStackPrototype = proto;
        var ctor = DisposableStackConstructor.Define(realm, proto, isAsync: true);
        DisposableStackPrototype.DefineShared(realm, proto, isAsync: true);
        // 27.4.3.3 AsyncDisposableStack.prototype.disposeAsync ( )
        var disposeAsync = realm.DefineMethod(proto, "disposeAsync", 0, (thisValue, _) =>
        {
            // 2. Let promiseCapability be ! NewPromiseCapability(%Promise%).
            var capability = PromiseOperations.NewPromiseCapability(realm, realm.PromiseConstructor);
            // 3. If asyncDisposableStack does not have an [[AsyncDisposableState]] internal slot, reject with a TypeError.
            if (thisValue.AsObject is not JsDisposableStack { IsAsync: true } stack)
            {
                capability.CallReject(CollectionSupport.IncompatibleReceiver("AsyncDisposableStack.prototype.disposeAsync", thisValue).GetValue(realm));
                return capability.Promise;
            }
            // 4. If asyncDisposableStack.[[AsyncDisposableState]] is disposed, resolve with undefined.
            if (stack.Disposed)
            {
                capability.CallResolve(JsValue.Undefined);
                return capability.Promise;
            }
            // 5. Set asyncDisposableStack.[[AsyncDisposableState]] to disposed.
            stack.Disposed = true;
            // 6. Let result be Completion(DisposeResources(asyncDisposableStack.[[DisposeCapability]], NormalCompletion(undefined))).
            stack.Capability.Begin(false, JsValue.Undefined);
            new DisposeResourcesContinuation(realm, stack.Capability, capability).Continue();
            return capability.Promise;
        });
        // 27.4.3.7 AsyncDisposableStack.prototype [ @@asyncDispose ] ( ): the initial value of "disposeAsync".
        proto.FastSet(WellKnownSymbols.AsyncDispose, disposeAsync, PropertyFlags.Hidden);
        // 27.4.3.8 AsyncDisposableStack.prototype [ @@toStringTag ]
        proto.FastSet(WellKnownSymbols.ToStringTag, "AsyncDisposableStack", PropertyFlags.Configurable);
        return ctor;
    }

    /// <summary>DisposeResources run by disposeAsync: each of its Awaits resumes here; at the end, steps 7-8 settle the promise.</summary>
    private sealed class DisposeResourcesContinuation(Realm realm, DisposeCapability disposal, PromiseCapability capability) : PromiseReaction
    {
        public override string Describe(bool fulfilled) => $"await resumes AsyncDisposableStack.prototype.disposeAsync {Outcome(fulfilled)}";

        public void Continue()
        {
            while (disposal.Step(realm, out var toAwait))
            {
                // Await(value): PromiseResolve(%Promise%, value), then resume in OnSettled.
                try
                {
                    var promise = (JsPromise)PromiseOperations.PromiseResolve(realm, realm.PromiseConstructor, toAwait);
                    PromiseOperations.PerformPromiseThen(promise, this);
                    return;
                }
                catch (JsException ex) { disposal.RecordError(realm, ex.GetValue(realm)); }
            }
            // 7. IfAbruptRejectPromise(result, promiseCapability).
            if (disposal.HasError) capability.CallReject(disposal.Error);
            // 8. Perform ! Call(promiseCapability.[[Resolve]], undefined, « result »).
            else capability.CallResolve(JsValue.Undefined);
        }

        public override void OnSettled(bool fulfilled, JsValue value)
        {
            // A rejected Await is a throw completion of the dispose method (3.e.iii).
            if (!fulfilled) disposal.RecordError(realm, value);
            Continue();
        }
    }
}

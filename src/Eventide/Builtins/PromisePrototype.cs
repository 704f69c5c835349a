using Eventide.Runtime;

namespace Eventide.Builtins;

/// <summary>27.2.5 Properties of the Promise Prototype Object.</summary>
internal static class PromisePrototype
{
    public static void Setup(Realm realm, JsObject proto)
    {
        // 27.2.5.1 Promise.prototype.catch ( onRejected )
        realm.PromiseCatch = realm.DefineMethod(proto, "catch", 1, (thisValue, args) =>
            // 1. Let promise be the this value.
            // 2. Return ? Invoke(promise, "then", « undefined, onRejected »).
            Operations.Invoke(thisValue, "then", [JsValue.Undefined, args.At(0)]));

        // 27.2.5.3 Promise.prototype.finally ( onFinally )
        realm.DefineMethod(proto, "finally", 1, (thisValue, args) => Finally(realm, thisValue, args.At(0)));

        // 27.2.5.4 Promise.prototype.then ( onFulfilled, onRejected )
        realm.PromiseThen = realm.DefineMethod(proto, "then", 2, (thisValue, args) =>
        {
            // 1. Let promise be the this value.
            // 2. If IsPromise(promise) is false, throw a TypeError exception.
            if (thisValue.Ref is not JsPromise promise)
                throw JsException.TypeError($"Method Promise.prototype.then called on incompatible receiver {Operations.ToDisplay(thisValue)}");
            // 3. Let C be ? SpeciesConstructor(promise, %Promise%).
            var c = PromiseOperations.HasIntrinsicSpecies(realm, promise) ? realm.PromiseConstructor : Operations.SpeciesConstructor(promise, realm.PromiseConstructor);
            // 4. Let resultCapability be ? NewPromiseCapability(C).
            var resultCapability = PromiseOperations.NewPromiseCapability(realm, c);
            // 5. Return PerformPromiseThen(promise, onFulfilled, onRejected, resultCapability).
            return PromiseOperations.PerformPromiseThen(promise, args.At(0), args.At(1), resultCapability);
        });

        // 27.2.5.5 Promise.prototype [ @@toStringTag ]
        proto.FastSet(WellKnownSymbols.ToStringTag, "Promise", PropertyFlags.Configurable);
    }

    /// <summary>27.2.5.3 Promise.prototype.finally ( onFinally )</summary>
    private static JsValue Finally(Realm realm, JsValue thisValue, JsValue onFinally)
    {
        // 1. Let promise be the this value.
        // 2. If promise is not an Object, throw a TypeError exception.
        if (thisValue.AsObject is not JsObject promise)
            throw JsException.TypeError($"Method Promise.prototype.finally called on incompatible receiver {Operations.ToDisplay(thisValue)}");
        // 3. Let C be ? SpeciesConstructor(promise, %Promise%).
        var c = Operations.SpeciesConstructor(promise, realm.PromiseConstructor).AsObject!;
        JsValue thenFinally, catchFinally;
        // 5. If IsCallable(onFinally) is false, then let thenFinally and catchFinally be onFinally.
        if (onFinally.Ref is not JsFunction onFinallyFn)
        {
            thenFinally = onFinally;
            catchFinally = onFinally;
        }
        else
        {
            // 6.a-b. thenFinally: call onFinally, then pass the value through.
            thenFinally = new NativeFunction(realm, "", 1, (_, args) =>
            {
                var value = args.At(0);
                // i. Let result be ? Call(onFinally, undefined).
                var result = onFinallyFn.Call(JsValue.Undefined, []);
                // ii. Let p be ? PromiseResolve(C, result).
                var p = PromiseOperations.PromiseResolve(realm, c, result);
                // iii-iv. Let valueThunk return value.
                var valueThunk = new NativeFunction(realm, "", 0, (_, _) => value);
                // v. Return ? Invoke(p, "then", « valueThunk »).
                return Operations.Invoke(p, "then", [valueThunk]);
            });
            // 6.c-d. catchFinally: call onFinally, then rethrow the reason.
            catchFinally = new NativeFunction(realm, "", 1, (_, args) =>
            {
                var reason = args.At(0);
                // i. Let result be ? Call(onFinally, undefined).
                var result = onFinallyFn.Call(JsValue.Undefined, []);
                // ii. Let p be ? PromiseResolve(C, result).
                var p = PromiseOperations.PromiseResolve(realm, c, result);
                // iii-iv. Let thrower throw reason.
                var thrower = new NativeFunction(realm, "", 0, (_, _) => throw new JsException(reason));
                // v. Return ? Invoke(p, "then", « thrower »).
                return Operations.Invoke(p, "then", [thrower]);
            });
        }
        // 7. Return ? Invoke(promise, "then", « thenFinally, catchFinally »).
        return Operations.Invoke(promise, "then", [thenFinally, catchFinally]);
    }
}

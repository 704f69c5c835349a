using Eventide.Runtime;
using Eventide.Vm;

namespace Eventide.Builtins;

/// <summary>27.2.3 The Promise Constructor and 27.2.4 its properties (the combinators are in PromiseCombinators).</summary>
internal static class PromiseConstructor
{
    public static void Setup(Realm realm)
    {
        var proto = new JsObject(realm.ObjectPrototype);
        realm.PromisePrototype = proto;
        var ctor = realm.DefineConstructor("Promise", 1, (_, args, newTarget) => Construct(realm, args.At(0), newTarget), proto);
        realm.PromiseConstructor = ctor;

        // 27.2.4.6 Promise.reject ( r )
        realm.DefineMethod(ctor, "reject", 1, (thisValue, args) =>
        {
            // 1. Let C be the this value.
            // 2. Let promiseCapability be ? NewPromiseCapability(C).
            var capability = PromiseOperations.NewPromiseCapability(realm, thisValue);
            // 3. Perform ? Call(promiseCapability.[[Reject]], undefined, « r »).
            capability.CallReject(args.At(0));
            // 4. Return promiseCapability.[[Promise]].
            return capability.Promise;
        });
        // 27.2.4.7 Promise.resolve ( x )
        realm.PromiseResolveFunction = realm.DefineMethod(ctor, "resolve", 1, (thisValue, args) =>
        {
            // 1. Let C be the this value.
            // 2. If C is not an Object, throw a TypeError exception.
            // (Promise.resolve(x) by identity first: a cast to JsObject walks a function's class hierarchy.)
            var c = ReferenceEquals(thisValue.RawRef, realm.PromiseConstructor) ? realm.PromiseConstructor : thisValue.AsObject;
            if (c is null) throw JsException.TypeError("PromiseResolve called on non-object");
            // 3. Return ? PromiseResolve(C, x).
            return PromiseOperations.PromiseResolve(realm, c, args.At(0));
        });
        // 27.2.4.8 Promise.try ( callbackfn, ...args )
        realm.DefineMethod(ctor, "try", 1, (thisValue, args) =>
        {
            // 1. Let C be the this value.
            // 2. If C is not an Object, throw a TypeError exception.
            if (!thisValue.IsObject) throw JsException.TypeError("Promise.try called on non-object");
            // 3. Let promiseCapability be ? NewPromiseCapability(C).
            var capability = PromiseOperations.NewPromiseCapability(realm, thisValue);
            JsValue status;
            try
            {
                // 4. Let status be Completion(Call(callbackfn, undefined, args)).
                status = Operations.Call(args.At(0), JsValue.Undefined, args.Length > 1 ? args[1..] : []);
            }
            catch (JsException e)
            {
                // 5. If status is an abrupt completion, then perform ? Call(promiseCapability.[[Reject]], undefined, « status.[[Value]] »).
                capability.CallReject(e.GetValue(Realm.Current!));
                return capability.Promise;
            }
            // 6. Else, perform ? Call(promiseCapability.[[Resolve]], undefined, « status.[[Value]] »).
            capability.CallResolve(status);
            // 7. Return promiseCapability.[[Promise]].
            return capability.Promise;
        });
        // 27.2.4.9 Promise.withResolvers ( )
        realm.DefineMethod(ctor, "withResolvers", 0, (thisValue, _) =>
        {
            // 1. Let C be the this value.
            // 2. Let promiseCapability be ? NewPromiseCapability(C).
            var capability = PromiseOperations.NewPromiseCapability(realm, thisValue, withFunctions: true);
            // 3. Let obj be OrdinaryObjectCreate(%Object.prototype%).
            var obj = realm.NewObject();
            // 4-6. CreateDataPropertyOrThrow promise, resolve, reject.
            obj.CreateDataPropertyOrThrow("promise", capability.Promise);
            obj.CreateDataPropertyOrThrow("resolve", capability.Resolve!);
            obj.CreateDataPropertyOrThrow("reject", capability.Reject!);
            return obj;
        });
        // 27.2.4.10 get Promise [ @@species ]
        realm.DefineGetter(ctor, WellKnownSymbols.Species, (thisValue, _) => thisValue);
        realm.PromiseSpeciesGetter = ((Accessor)ctor.Slots[ctor.Shape.Lookup(WellKnownSymbols.Species)].Ref!).Getter!;
        PromiseCombinators.Setup(realm, ctor);
        PromisePrototype.Setup(realm, proto);
    }

    /// <summary>27.2.3.1 Promise ( executor )</summary>
    private static JsValue Construct(Realm realm, JsValue executor, JsObject? newTarget)
    {
        // 1. If NewTarget is undefined, throw a TypeError exception.
        if (newTarget is null) throw JsException.TypeError("Promise constructor cannot be invoked without 'new'");
        // 2. If IsCallable(executor) is false, throw a TypeError exception.
        if (executor.Ref is not JsFunction executorFn)
            throw JsException.TypeError($"Promise resolver {Operations.ToDisplay(executor)} is not a function");
        // 3. Let promise be ? OrdinaryCreateFromConstructor(NewTarget, "%Promise.prototype%", ...).
        // 4-7. [[PromiseState]] pending, empty reaction lists, [[PromiseIsHandled]] false.
        var promise = new JsPromise(Interpreter.GetPrototypeFromConstructor(newTarget, realm.PromisePrototype));
        // 8. Let resolvingFunctions be CreateResolvingFunctions(promise).
        var (resolve, reject) = PromiseOperations.CreateResolvingFunctions(realm, promise);
        try
        {
            // 9. Let completion be Completion(Call(executor, undefined, « resolvingFunctions.[[Resolve]], resolvingFunctions.[[Reject]] »)).
            executorFn.Call(JsValue.Undefined, [resolve, reject]);
        }
        catch (JsException e)
        {
            // 10. If completion is an abrupt completion, then perform ? Call(resolvingFunctions.[[Reject]], undefined, « completion.[[Value]] »).
            reject.Call(JsValue.Undefined, [e.GetValue(Realm.Current!)]);
        }
        // 11. Return promise.
        return promise;
    }
}

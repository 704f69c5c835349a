using Eventide.Runtime;
using Eventide.Vm;

namespace Eventide.Builtins;

/// <summary>27.2.4.1-5 Promise.all, allSettled, any and race: they share the iteration and the
/// abrupt-completion handling and differ in the per-element functions.</summary>
internal static class PromiseCombinators
{
    private enum Kind { All, AllSettled, Any, Race }

    public static void Setup(Realm realm, JsObject ctor)
    {
        // 27.2.4.1 Promise.all ( iterable )
        realm.DefineMethod(ctor, "all", 1, (thisValue, args) => Combine(realm, thisValue, args.At(0), Kind.All));
        // 27.2.4.2 Promise.allSettled ( iterable )
        realm.DefineMethod(ctor, "allSettled", 1, (thisValue, args) => Combine(realm, thisValue, args.At(0), Kind.AllSettled));
        // 27.2.4.3 Promise.any ( iterable )
        realm.DefineMethod(ctor, "any", 1, (thisValue, args) => Combine(realm, thisValue, args.At(0), Kind.Any));
        // 27.2.4.5 Promise.race ( iterable )
        realm.DefineMethod(ctor, "race", 1, (thisValue, args) => Combine(realm, thisValue, args.At(0), Kind.Race));
    }

    /// <summary>Steps 1-9 common to Promise.all/allSettled/any/race.</summary>
    private static JsValue Combine(Realm realm, JsValue c, JsValue iterable, Kind kind)
    {
        // 1. Let C be the this value.
        // 2. Let promiseCapability be ? NewPromiseCapability(C).
        var capability = PromiseOperations.NewPromiseCapability(realm, c, withFunctions: true);
        FunctionObject promiseResolve;
        IteratorRecord iteratorRecord;
        try
        {
            // 3. Let promiseResolve be Completion(GetPromiseResolve(C)).
            promiseResolve = GetPromiseResolve(c);
            // 5. Let iteratorRecord be Completion(GetIterator(iterable, sync)).
            iteratorRecord = IteratorRecord.GetIterator(realm, iterable, allowFastPath: false);
        }
        catch (JsException e)
        {
            // 4, 6. IfAbruptRejectPromise(..., promiseCapability).
            capability.CallReject(e.GetValue(Realm.Current!));
            return capability.Promise;
        }
        try
        {
            // 7. Let result be Completion(PerformPromiseAll(iteratorRecord, C, promiseCapability, promiseResolve)).
            return kind switch
            {
                Kind.Race => PerformPromiseRace(iteratorRecord, c, capability, promiseResolve),
                _ => PerformPromiseCombine(realm, iteratorRecord, c, capability, promiseResolve, kind),
            };
        }
        catch (JsException e)
        {
            // 8.a. If iteratorRecord.[[Done]] is false, set result to Completion(IteratorClose(iteratorRecord, result)).
            if (!iteratorRecord.Done) iteratorRecord.CloseQuietly();
            // 8.b. IfAbruptRejectPromise(result, promiseCapability).
            capability.CallReject(e.GetValue(Realm.Current!));
            return capability.Promise;
        }
    }

    /// <summary>27.2.4.1.1 GetPromiseResolve ( promiseConstructor )</summary>
    private static FunctionObject GetPromiseResolve(JsValue promiseConstructor)
    {
        // 1. Let promiseResolve be ? Get(promiseConstructor, "resolve").
        var promiseResolve = Operations.GetV(promiseConstructor, "resolve");
        // 2. If IsCallable(promiseResolve) is false, throw a TypeError exception.
        if (promiseResolve.Ref is not FunctionObject f) throw JsException.TypeError("Promise resolve or reject function is not callable");
        return f;
    }

    /// <summary>27.2.4.1.2 PerformPromiseAll, 27.2.4.2.1 PerformPromiseAllSettled and 27.2.4.3.1 PerformPromiseAny.</summary>
    private static JsValue PerformPromiseCombine(Realm realm, IteratorRecord iteratorRecord, JsValue constructor, PromiseCapability resultCapability, FunctionObject promiseResolve, Kind kind)
    {
        // 1. Let values (errors, for any) be a new empty List.
        var values = new List<JsValue>();
        // 2. Let remainingElementsCount be the Record { [[Value]]: 1 }.
        var remaining = new int[] { 1 };
        // 3. Let index be 0.
        int index = 0;
        // 4. Repeat,
        while (true)
        {
            // a. Let next be ? IteratorStepValue(iteratorRecord).
            // b. If next is done, then
            if (!iteratorRecord.Step(out var next))
            {
                // i. Set remainingElementsCount.[[Value]] to remainingElementsCount.[[Value]] - 1.
                // ii. If remainingElementsCount.[[Value]] = 0, then resolve with the values (reject with an AggregateError for any).
                if (--remaining[0] == 0) Finish(realm, resultCapability, values, kind);
                // iii. Return resultCapability.[[Promise]].
                return resultCapability.Promise;
            }
            // c. Append undefined to values.
            values.Add(JsValue.Undefined);
            // d. Let nextPromise be ? Call(promiseResolve, constructor, « next »).
            var nextPromise = promiseResolve.Call(constructor, [next]);
            // e-k. The element functions, sharing [[AlreadyCalled]], [[Index]], [[Values]], [[Capability]], [[RemainingElements]].
            var (onFulfilled, onRejected) = ElementFunctions(realm, values, index, remaining, resultCapability, kind);
            // l. Set remainingElementsCount.[[Value]] to remainingElementsCount.[[Value]] + 1.
            remaining[0]++;
            // m. Perform ? Invoke(nextPromise, "then", « onFulfilled, onRejected »).
            Operations.Invoke(nextPromise, "then", [onFulfilled, onRejected]);
            // n. Set index to index + 1.
            index++;
        }
    }

    private static (JsValue OnFulfilled, JsValue OnRejected) ElementFunctions(Realm realm, List<JsValue> values, int index, int[] remaining, PromiseCapability capability, Kind kind)
    {
        bool alreadyCalled = false;
        // The Resolve/Reject Element Functions (27.2.4.1.3, 27.2.4.2.2-3, 27.2.4.3.2): one shape.
        NativeFunction Element(Func<JsValue, JsValue> record) => new(realm, "", 1, (_, args) =>
        {
            // 2. If F.[[AlreadyCalled]] is true, return undefined.   (allSettled: alreadyCalled.[[Value]])
            if (alreadyCalled) return JsValue.Undefined;
            // 3. Set F.[[AlreadyCalled]] to true.
            alreadyCalled = true;
            // 8. Set values[index] to x (or its settlement record).
            values[index] = record(args.At(0));
            // 9. Set remainingElementsCount.[[Value]] to remainingElementsCount.[[Value]] - 1.
            // 10. If remainingElementsCount.[[Value]] = 0, then finish.
            if (--remaining[0] == 0) Finish(realm, capability, values, kind);
            return JsValue.Undefined;
        });
        switch (kind)
        {
            case Kind.All:
                return (Element(x => x), capability.Reject!);
            case Kind.AllSettled:
                return (Element(x => Settlement(realm, "fulfilled", "value", x)), Element(x => Settlement(realm, "rejected", "reason", x)));
            default: // Any: the reject element functions collect errors; the capability's resolve fulfils.
                return (capability.Resolve!, Element(x => x));
        }
    }

    /// <summary>allSettled: { status, value } or { status, reason }.</summary>
    private static JsObject Settlement(Realm realm, string status, string key, JsValue x)
    {
        var obj = realm.NewObject();
        obj.CreateDataPropertyOrThrow("status", status);
        obj.CreateDataPropertyOrThrow(key, x);
        return obj;
    }

    /// <summary>Resolve with CreateArrayFromList(values); for any, reject with an AggregateError of the errors.</summary>
    private static void Finish(Realm realm, PromiseCapability capability, List<JsValue> values, Kind kind)
    {
        var array = realm.NewArray(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(values));
        if (kind != Kind.Any)
        {
            capability.CallResolve(array);
            return;
        }
        // 27.2.4.3.1 step 4.b.ii: Let error be a newly created AggregateError object.
        var error = realm.CreateError(ErrorKind.AggregateError, "All promises were rejected");
        // Perform ! DefinePropertyOrThrow(error, "errors", PropertyDescriptor { [[Configurable]]: true, [[Enumerable]]: false, [[Writable]]: true, [[Value]]: errors }).
        error.DefinePropertyOrThrow("errors", PropertyDescriptor.Data(array, PropertyFlags.Writable | PropertyFlags.Configurable));
        // Return ThrowCompletion(error): the caller rejects the capability.
        capability.CallReject(error);
    }

    /// <summary>27.2.4.5.1 PerformPromiseRace</summary>
    private static JsValue PerformPromiseRace(IteratorRecord iteratorRecord, JsValue constructor, PromiseCapability resultCapability, FunctionObject promiseResolve)
    {
        // 1. Repeat,
        while (true)
        {
            // a. Let next be ? IteratorStepValue(iteratorRecord).
            // b. If next is done, return resultCapability.[[Promise]].
            if (!iteratorRecord.Step(out var next)) return resultCapability.Promise;
            // c. Let nextPromise be ? Call(promiseResolve, constructor, « next »).
            var nextPromise = promiseResolve.Call(constructor, [next]);
            // d. Perform ? Invoke(nextPromise, "then", « resultCapability.[[Resolve]], resultCapability.[[Reject]] »).
            Operations.Invoke(nextPromise, "then", [resultCapability.Resolve!, resultCapability.Reject!]);
        }
    }
}

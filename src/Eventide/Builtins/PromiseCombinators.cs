using Eventide.Runtime;
using Eventide.Vm;

namespace Eventide.Builtins;

/// <summary>27.2.4.1-5 Promise.all, allSettled, any and race: they share the iteration and the
/// abrupt-completion handling and differ in the per-element functions. Promise.allKeyed and
/// allSettledKeyed (the await-dictionary proposal) walk an object's own enumerable properties instead
/// and share the element functions.</summary>
internal static class PromiseCombinators
{
    private enum Kind { All, AllSettled, Any, Race, AllKeyed, AllSettledKeyed }

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
        // Promise.allKeyed ( promises ) and Promise.allSettledKeyed ( promises )
        realm.DefineMethod(ctor, "allKeyed", 1, (thisValue, args) => CombineKeyed(realm, thisValue, args.At(0), Kind.AllKeyed));
        realm.DefineMethod(ctor, "allSettledKeyed", 1, (thisValue, args) => CombineKeyed(realm, thisValue, args.At(0), Kind.AllSettledKeyed));
    }

    /// <summary>Promise.allKeyed / Promise.allSettledKeyed ( promises )</summary>
    private static JsValue CombineKeyed(Realm realm, JsValue c, JsValue promises, Kind kind)
    {
        // 1. Let C be the this value.
        // 2. Let promiseCapability be ? NewPromiseCapability(C).
        var capability = PromiseOperations.NewPromiseCapability(realm, c, withFunctions: true);
        try
        {
            // 3. Let promiseResolve be Completion(GetPromiseResolve(C)).
            // 4. IfAbruptRejectPromise(promiseResolve, promiseCapability).
            var promiseResolve = GetPromiseResolve(c);
            // 5. If promises is not an Object, then reject with a TypeError and return the promise.
            if (promises.AsObject is not JsObject dictionary)
                throw JsException.TypeError($"Promise.{(kind == Kind.AllKeyed ? "allKeyed" : "allSettledKeyed")} expects an object of promises");
            // 6. Let result be Completion(PerformPromiseAllKeyed(variant, promises, C, promiseCapability, promiseResolve)).
            return PerformPromiseAllKeyed(realm, dictionary, c, capability, promiseResolve, kind);
        }
        catch (JsException e)
        {
            // 7. IfAbruptRejectPromise(result, promiseCapability).
            capability.CallReject(e.GetValue(Realm.Current!));
            return capability.Promise;
        }
    }

    /// <summary>PerformPromiseAllKeyed ( variant, promises, constructor, resultCapability, promiseResolve )</summary>
    private static JsValue PerformPromiseAllKeyed(Realm realm, JsObject promises, JsValue constructor, PromiseCapability resultCapability, JsFunction promiseResolve, Kind kind)
    {
        // 1. Let allKeys be ? promises.[[OwnPropertyKeys]]().
        var allKeys = promises.OwnPropertyKeys();
        // 2-4. keys and values: new empty Lists; remainingElementsCount: the Record { [[Value]]: 1 }.
        var state = new CombineState(realm, resultCapability, kind) { Keys = [] };
        // 5. Let index be 0.
        int index = 0;
        // 6. For each element key of allKeys, do
        foreach (var key in allKeys)
        {
            // a. Let desc be ? promises.[[GetOwnProperty]](key).
            // b. If desc is not undefined and desc.[[Enumerable]] is true, then
            if (!promises.GetOwnProperty(key, out var desc) || !desc.Enumerable) continue;
            // i. Let propertyValue be ? Get(promises, key).
            var propertyValue = promises.Get(key);
            // ii. Append key to keys. iii. Append undefined to values.
            state.Keys.Add(key);
            state.Values.Add(JsValue.Undefined);
            // iv. Let nextPromise be ? Call(promiseResolve, constructor, « propertyValue »).
            var nextPromise = CallPromiseResolve(realm, promiseResolve, constructor, propertyValue);
            // Set remainingElementsCount.[[Value]] to remainingElementsCount.[[Value]] + 1.
            state.Remaining++;
            // The element closures, then Perform ? Invoke(nextPromise, "then", « onFulfilled, onRejected »).
            Then(realm, state, nextPromise, index);
            // Set index to index + 1.
            index++;
        }
        // 7. Set remainingElementsCount.[[Value]] to remainingElementsCount.[[Value]] - 1.
        // 8. If remainingElementsCount.[[Value]] = 0, resolve with CreateKeyedPromiseCombinatorResultObject(keys, values).
        if (--state.Remaining == 0) state.Finish();
        // 9. Return resultCapability.[[Promise]].
        return resultCapability.Promise;
    }

    /// <summary>Invoke(nextPromise, "then", « onFulfilled, onRejected ») for the element at <paramref name="index"/>.</summary>
    private static void Then(Realm realm, CombineState state, JsValue nextPromise, int index)
    {
        if (nextPromise.Ref is JsPromise p && PromiseOperations.HasIntrinsicThen(realm, p))
        {
            // %Promise.prototype.then% would only wrap the functions in a reaction whose derived
            // promise nobody sees: register that reaction directly, without function objects.
            PromiseOperations.PerformPromiseThen(p, new ElementReaction(state, index));
            return;
        }
        var (onFulfilled, onRejected) = ElementFunctions(state, index);
        Operations.Invoke(nextPromise, "then", [onFulfilled, onRejected]);
    }

    /// <summary>Steps 1-9 common to Promise.all/allSettled/any/race.</summary>
    private static JsValue Combine(Realm realm, JsValue c, JsValue iterable, Kind kind)
    {
        // 1. Let C be the this value.
        // 2. Let promiseCapability be ? NewPromiseCapability(C).
        var capability = PromiseOperations.NewPromiseCapability(realm, c, withFunctions: true);
        JsFunction promiseResolve;
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
                Kind.Race => PerformPromiseRace(realm, iteratorRecord, c, capability, promiseResolve),
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
    private static JsFunction GetPromiseResolve(JsValue promiseConstructor)
    {
        // 1. Let promiseResolve be ? Get(promiseConstructor, "resolve").
        var promiseResolve = Operations.GetV(promiseConstructor, "resolve");
        // 2. If IsCallable(promiseResolve) is false, throw a TypeError exception.
        if (promiseResolve.Ref is not JsFunction f) throw JsException.TypeError("Promise resolve or reject function is not callable");
        return f;
    }

    /// <summary>27.2.4.1.2 PerformPromiseAll, 27.2.4.2.1 PerformPromiseAllSettled and 27.2.4.3.1 PerformPromiseAny.</summary>
    private static JsValue PerformPromiseCombine(Realm realm, IteratorRecord iteratorRecord, JsValue constructor, PromiseCapability resultCapability, JsFunction promiseResolve, Kind kind)
    {
        // 1. Let values (errors, for any) be a new empty List.
        // 2. Let remainingElementsCount be the Record { [[Value]]: 1 }.
        var state = new CombineState(realm, resultCapability, kind);
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
                if (--state.Remaining == 0) state.Finish();
                // iii. Return resultCapability.[[Promise]].
                return resultCapability.Promise;
            }
            // c. Append undefined to values.
            state.Values.Add(JsValue.Undefined);
            // d. Let nextPromise be ? Call(promiseResolve, constructor, « next »).
            var nextPromise = CallPromiseResolve(realm, promiseResolve, constructor, next);
            // l. Set remainingElementsCount.[[Value]] to remainingElementsCount.[[Value]] + 1.
            state.Remaining++;
            // e-k, m. Create the element functions and Perform ? Invoke(nextPromise, "then", « onFulfilled, onRejected »).
            Then(realm, state, nextPromise, index);
            // n. Set index to index + 1.
            index++;
        }
    }

    /// <summary>Call(promiseResolve, constructor, « next »), directly when it is %Promise.resolve% on %Promise%.</summary>
    private static JsValue CallPromiseResolve(Realm realm, JsFunction promiseResolve, JsValue constructor, JsValue next) =>
        ReferenceEquals(promiseResolve, realm.PromiseResolveFunction) && ReferenceEquals(constructor.Ref, realm.PromiseConstructor)
            ? PromiseOperations.PromiseResolve(realm, realm.PromiseConstructor, next)
            : promiseResolve.Call(constructor, new ReadOnlySpan<JsValue>(in next));

    /// <summary>The Resolve/Reject Element Functions (27.2.4.1.3, 27.2.4.2.2-3, 27.2.4.3.2) as function objects.</summary>
    private static (JsValue OnFulfilled, JsValue OnRejected) ElementFunctions(CombineState state, int index)
    {
        var element = new ElementReaction(state, index);
        NativeFunction Function(bool fulfilled) => new(state.Realm, "", 1, (_, args) =>
        {
            element.Settle(fulfilled, args.At(0));
            return JsValue.Undefined;
        });
        return state.Kind switch
        {
            Kind.All or Kind.AllKeyed => (Function(true), state.Capability.Reject!),
            Kind.AllSettled or Kind.AllSettledKeyed => (Function(true), Function(false)),
            // Any: the reject element functions collect errors; the capability's resolve fulfils.
            _ => (state.Capability.Resolve!, Function(false)),
        };
    }

    /// <summary>What the element functions of one call share: [[Values]], [[Capability]], [[RemainingElements]].</summary>
    private sealed class CombineState(Realm realm, PromiseCapability capability, Kind kind)
    {
        public readonly Realm Realm = realm;
        public readonly PromiseCapability Capability = capability;
        public readonly Kind Kind = kind;
        public readonly List<JsValue> Values = new();
        /// <summary>The keyed combinators' keys, in the order of values.</summary>
        public List<PropertyKey>? Keys;
        public int Remaining = 1;

        /// <summary>allSettled and allSettledKeyed record settlement objects.</summary>
        public bool RecordsSettlements => Kind is Kind.AllSettled or Kind.AllSettledKeyed;

        /// <summary>Steps 8-10 of an element function: record the value, and finish when it was the last.</summary>
        public void Record(int index, JsValue value)
        {
            // 8. Set values[index] to x (or its settlement record).
            Values[index] = value;
            // 9. Set remainingElementsCount.[[Value]] to remainingElementsCount.[[Value]] - 1.
            // 10. If remainingElementsCount.[[Value]] = 0, then finish.
            if (--Remaining == 0) Finish();
        }

        /// <summary>Resolve with CreateArrayFromList(values); for any, reject with an AggregateError of the errors.</summary>
        public void Finish()
        {
            if (Keys is not null)
            {
                Capability.CallResolve(CreateKeyedPromiseCombinatorResultObject(Keys, Values));
                return;
            }
            var array = Realm.NewArray(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(Values));
            if (Kind != Kind.Any)
            {
                Capability.CallResolve(array);
                return;
            }
            // 27.2.4.3.1 step 4.b.ii: Let error be a newly created AggregateError object.
            var error = Realm.CreateError(ErrorKind.AggregateError, "All promises were rejected");
            // Perform ! DefinePropertyOrThrow(error, "errors", PropertyDescriptor { [[Configurable]]: true, [[Enumerable]]: false, [[Writable]]: true, [[Value]]: errors }).
            error.DefinePropertyOrThrow("errors", PropertyDescriptor.Data(array, PropertyFlags.Writable | PropertyFlags.Configurable));
            // Return ThrowCompletion(error): the caller rejects the capability.
            Capability.CallReject(error);
        }
    }

    /// <summary>CreateKeyedPromiseCombinatorResultObject ( keys, values ): a null-prototype object of the settled values by key.</summary>
    private static JsObject CreateKeyedPromiseCombinatorResultObject(List<PropertyKey> keys, List<JsValue> values)
    {
        // 1. Let obj be OrdinaryObjectCreate(null).
        var obj = new JsObject(null);
        // 2. For each key and its value: Perform ! CreateDataPropertyOrThrow(obj, key, value).
        for (int i = 0; i < keys.Count; i++) obj.CreateDataPropertyOrThrow(keys[i], values[i]);
        // 3. Return obj.
        return obj;
    }

    /// <summary>
    /// One element's resolve and reject element functions, sharing [[AlreadyCalled]] and [[Index]]:
    /// called through function objects, or registered as the reaction itself.
    /// </summary>
    /// <summary>For async stack traces: the combinator and index an element reaction belongs to, and the combined promise.</summary>
    internal static bool IsElementReaction(ReactionJob reaction, out string method, out int index, out JsPromise? combined)
    {
        if (reaction is ElementReaction element)
        {
            (method, index, combined) = (element.Method, element.Index, element.Combined);
            return true;
        }
        (method, index, combined) = ("", 0, null);
        return false;
    }

    private sealed class ElementReaction(CombineState state, int index) : PromiseReaction
    {
        public string Method => state.Kind switch
        {
            Kind.All => "all", Kind.AllSettled => "allSettled", Kind.AllKeyed => "allKeyed", Kind.AllSettledKeyed => "allSettledKeyed", _ => "any",
        };
        public int Index => index;
        public JsPromise? Combined => state.Capability.Promise as JsPromise;

        private bool _alreadyCalled;

        public override void OnSettled(bool fulfilled, JsValue value)
        {
            switch (state.Kind)
            {
                case Kind.All or Kind.AllKeyed when !fulfilled:
                    state.Capability.CallReject(value);
                    break;
                case Kind.Any when fulfilled:
                    state.Capability.CallResolve(value);
                    break;
                default:
                    Settle(fulfilled, value);
                    break;
            }
        }

        /// <summary>The body of a resolve or reject element function.</summary>
        public void Settle(bool fulfilled, JsValue x)
        {
            // 2. If F.[[AlreadyCalled]] is true, return undefined.   (allSettled: alreadyCalled.[[Value]])
            if (_alreadyCalled) return;
            // 3. Set F.[[AlreadyCalled]] to true.
            _alreadyCalled = true;
            state.Record(index, state.RecordsSettlements ? Settlement(state.Realm, fulfilled, x) : x);
        }

        public override string Describe(bool fulfilled) =>
            $"Promise.{Method} element {index} {Outcome(fulfilled)}";
    }

    /// <summary>allSettled: { status: "fulfilled", value } or { status: "rejected", reason }.</summary>
    private static JsObject Settlement(Realm realm, bool fulfilled, JsValue x)
    {
        ref var shape = ref fulfilled ? ref realm.FulfilledSettlementShape : ref realm.RejectedSettlementShape;
        if (shape is not null) return new JsObject(shape, [fulfilled ? "fulfilled" : "rejected", x]);
        var obj = realm.NewObject();
        obj.CreateDataPropertyOrThrow("status", fulfilled ? "fulfilled" : "rejected");
        obj.CreateDataPropertyOrThrow(fulfilled ? "value" : "reason", x);
        shape = obj.Shape;
        return obj;
    }

    /// <summary>27.2.4.5.1 PerformPromiseRace</summary>
    private static JsValue PerformPromiseRace(Realm realm, IteratorRecord iteratorRecord, JsValue constructor, PromiseCapability resultCapability, JsFunction promiseResolve)
    {
        // 1. Repeat,
        while (true)
        {
            // a. Let next be ? IteratorStepValue(iteratorRecord).
            // b. If next is done, return resultCapability.[[Promise]].
            if (!iteratorRecord.Step(out var next)) return resultCapability.Promise;
            // c. Let nextPromise be ? Call(promiseResolve, constructor, « next »).
            var nextPromise = CallPromiseResolve(realm, promiseResolve, constructor, next);
            // d. Perform ? Invoke(nextPromise, "then", « resultCapability.[[Resolve]], resultCapability.[[Reject]] »).
            if (nextPromise.Ref is JsPromise p && PromiseOperations.HasIntrinsicThen(realm, p))
                PromiseOperations.PerformPromiseThen(p, new ThenReaction(default, resultCapability.Resolve, resultCapability.Reject));
            else
                Operations.Invoke(nextPromise, "then", [resultCapability.Resolve!, resultCapability.Reject!]);
        }
    }
}

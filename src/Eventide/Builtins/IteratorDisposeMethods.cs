using Eventide.Runtime;

namespace Eventide.Builtins;

/// <summary>27.1.2.x %IteratorPrototype% [ @@dispose ] and 27.1.3.x %AsyncIteratorPrototype% [ @@asyncDispose ]: closing an iterator by `using` it.</summary>
internal static class IteratorDisposeMethods
{
    public static void Setup(Realm realm)
    {
        // %IteratorPrototype% [ @@dispose ] ( )
        realm.DefineMethod(realm.IteratorPrototype, WellKnownSymbols.Dispose, 0, (thisValue, _) =>
        {
            // 1. Let O be the this value. 2. Let return be ? GetMethod(O, "return").
            var returnMethod = Operations.GetMethod(thisValue, "return");
            // 3. If return is not undefined, then a. Perform ? Call(return, O, « »).
            returnMethod?.Call(thisValue, []);
            // 4. Return NormalCompletion(undefined).
            return JsValue.Undefined;
        });
        // %AsyncIteratorPrototype% [ @@asyncDispose ] ( )
        realm.DefineMethod(realm.AsyncIteratorPrototype, WellKnownSymbols.AsyncDispose, 0, (thisValue, _) => AsyncDispose(realm, thisValue));
    }

    private static JsValue AsyncDispose(Realm realm, JsValue o)
    {
        // 2. Let promiseCapability be ! NewPromiseCapability(%Promise%).
        var capability = PromiseOperations.NewPromiseCapability(realm, realm.PromiseConstructor);
        JsObject resultWrapper;
        try
        {
            // 3. Let return be Completion(GetMethod(O, "return")). 4. IfAbruptRejectPromise(return, promiseCapability).
            var returnMethod = Operations.GetMethod(o, "return");
            // 5. If return is undefined, then a. Perform ! Call(promiseCapability.[[Resolve]], undefined, « undefined »).
            if (returnMethod is null)
            {
                capability.CallResolve(JsValue.Undefined);
                return capability.Promise;
            }
            // 6.a. Let result be Completion(Call(return, O)) (no argument, as test262 checks). b. IfAbruptRejectPromise(result, promiseCapability).
            var result = returnMethod.Call(o, []);
            // 6.c. Let resultWrapper be Completion(PromiseResolve(%Promise%, result)). d. IfAbruptRejectPromise(resultWrapper, promiseCapability).
            resultWrapper = PromiseOperations.PromiseResolve(realm, realm.PromiseConstructor, result);
        }
        catch (JsException ex)
        {
            capability.CallReject(ex.GetValue(realm));
            return capability.Promise;
        }
        // 6.e-g. unwrap: a closure returning undefined; onFulfilled = CreateBuiltinFunction(unwrap, 1, "", « »).
        var onFulfilled = new NativeFunction(realm, "", 1, (_, _) => JsValue.Undefined);
        // 6.h. Perform PerformPromiseThen(resultWrapper, onFulfilled, undefined, promiseCapability).
        PromiseOperations.PerformPromiseThen((JsPromise)resultWrapper, onFulfilled, JsValue.Undefined, capability);
        // 7. Return promiseCapability.[[Promise]].
        return capability.Promise;
    }
}

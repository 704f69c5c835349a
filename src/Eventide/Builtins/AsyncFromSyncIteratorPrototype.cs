using Eventide.Runtime;
using Eventide.Vm;

namespace Eventide.Builtins;

/// <summary>27.1.6.2 %AsyncFromSyncIteratorPrototype%: for await over a sync iterable.</summary>
internal static class AsyncFromSyncIteratorPrototype
{
    public static void Setup(Realm realm)
    {
        var proto = new JsObject(realm.AsyncIteratorPrototype);
        realm.AsyncFromSyncIteratorPrototype = proto;
        realm.DefineMethod(proto, "next", 1, (thisValue, args) => Next(realm, thisValue, args));
        realm.DefineMethod(proto, "return", 1, (thisValue, args) => Return(realm, thisValue, args));
        realm.DefineMethod(proto, "throw", 1, (thisValue, args) => Throw(realm, thisValue, args));
    }

    /// <summary>27.1.6.2.1 %AsyncFromSyncIteratorPrototype%.next ( [ value ] )</summary>
    private static JsValue Next(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        // 1-2. Let O be the this value (it has [[SyncIteratorRecord]]).
        var o = (AsyncFromSyncIterator)thisValue.Ref!;
        // 3. Let promiseCapability be ! NewPromiseCapability(%Promise%).
        var capability = PromiseCapability.ForIntrinsic(realm);
        // 4. Let syncIteratorRecord be O.[[SyncIteratorRecord]].
        var sync = o.SyncIteratorRecord;
        JsObject result;
        try
        {
            // 5. If value is present, let result be Completion(IteratorNext(syncIteratorRecord, value)); else IteratorNext(syncIteratorRecord).
            result = IteratorNext(sync, args.Length > 0 ? [args[0]] : []);
        }
        catch (JsException e)
        {
            // 6. IfAbruptRejectPromise(result, promiseCapability).
            return RejectWith(capability, e);
        }
        // 7. Return AsyncFromSyncIteratorContinuation(result, promiseCapability, syncIteratorRecord, true).
        return AsyncFromSyncIteratorContinuation(realm, result, capability, sync, true);
    }

    /// <summary>27.1.6.2.2 %AsyncFromSyncIteratorPrototype%.return ( [ value ] )</summary>
    private static JsValue Return(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        var o = (AsyncFromSyncIterator)thisValue.Ref!;
        // 3. Let promiseCapability be ! NewPromiseCapability(%Promise%).
        var capability = PromiseCapability.ForIntrinsic(realm);
        // 4-5. Let syncIterator be syncIteratorRecord.[[Iterator]].
        var sync = o.SyncIteratorRecord;
        var syncIterator = sync.Iterator;
        JsValue result;
        try
        {
            // 6. Let return be Completion(GetMethod(syncIterator, "return")).
            var returnMethod = Operations.GetMethod(syncIterator, "return");
            // 8. If return is undefined, then
            if (returnMethod is null)
            {
                // a. Let iteratorResult be CreateIterResultObject(value, true).
                // b. Perform ! Call(promiseCapability.[[Resolve]], undefined, « iteratorResult »).
                capability.CallResolve(Interpreter.CreateIterResult(realm, args.At(0), true));
                // c. Return promiseCapability.[[Promise]].
                return capability.Promise;
            }
            // 9. If value is present, let result be Completion(Call(return, syncIterator, « value »)); else Call(return, syncIterator).
            result = returnMethod.Call(syncIterator, args.Length > 0 ? [args[0]] : []);
        }
        catch (JsException e)
        {
            // 7, 10. IfAbruptRejectPromise(result, promiseCapability).
            return RejectWith(capability, e);
        }
        // 11-12. Reject with a TypeError if result is not an Object, else AsyncFromSyncIteratorContinuation(result, promiseCapability, syncIteratorRecord, false).
        return ContinueWithResultObject(realm, result, capability, sync, false);
    }

    /// <summary>27.1.6.2.3 %AsyncFromSyncIteratorPrototype%.throw ( [ value ] )</summary>
    private static JsValue Throw(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        var o = (AsyncFromSyncIterator)thisValue.Ref!;
        // 3. Let promiseCapability be ! NewPromiseCapability(%Promise%).
        var capability = PromiseCapability.ForIntrinsic(realm);
        var sync = o.SyncIteratorRecord;
        var syncIterator = sync.Iterator;
        JsValue result;
        try
        {
            // 6. Let throw be Completion(GetMethod(syncIterator, "throw")).
            var throwMethod = Operations.GetMethod(syncIterator, "throw");
            // 8. If throw is undefined, then
            if (throwMethod is null)
            {
                // b-c. Let result be Completion(IteratorClose(syncIteratorRecord, NormalCompletion(empty))).
                sync.Close();
                // f. Perform ! Call(promiseCapability.[[Reject]], undefined, « a newly created TypeError object »).
                capability.CallReject(realm.CreateError(ErrorKind.TypeError, "The iterator does not provide a 'throw' method"));
                return capability.Promise;
            }
            // 9. If value is present, let result be Completion(Call(throw, syncIterator, « value »)); else Call(throw, syncIterator).
            result = throwMethod.Call(syncIterator, args.Length > 0 ? [args[0]] : []);
        }
        catch (JsException e)
        {
            // 7, 8.d, 10. IfAbruptRejectPromise(result, promiseCapability).
            return RejectWith(capability, e);
        }
        // 11-12. Reject with a TypeError if result is not an Object, else AsyncFromSyncIteratorContinuation(result, promiseCapability, syncIteratorRecord, true).
        return ContinueWithResultObject(realm, result, capability, sync, true);
    }

    /// <summary>Steps 11-12 of return and throw: a non-object result rejects; otherwise continue.</summary>
    private static JsValue ContinueWithResultObject(Realm realm, JsValue result, PromiseCapability capability, IteratorRecord sync, bool closeOnRejection)
    {
        if (result.AsObject is JsObject resultObject)
            return AsyncFromSyncIteratorContinuation(realm, resultObject, capability, sync, closeOnRejection);
        capability.CallReject(realm.CreateError(ErrorKind.TypeError, $"Iterator result {Operations.ToDisplay(result)} is not an object"));
        return capability.Promise;
    }

    /// <summary>7.4.7 IteratorNext ( iteratorRecord [ , value ] )</summary>
    private static JsObject IteratorNext(IteratorRecord record, ReadOnlySpan<JsValue> args)
    {
        var result = Operations.Call(record.NextMethod, record.Iterator, args);
        return result.AsObject ?? throw new JsException(ErrorKind.TypeError, $"Iterator result {Operations.ToDisplay(result)} is not an object");
    }

    private static JsValue RejectWith(PromiseCapability capability, JsException e)
    {
        capability.CallReject(e.GetValue(Realm.Current!));
        return capability.Promise;
    }

    /// <summary>27.1.6.4 AsyncFromSyncIteratorContinuation ( result, promiseCapability, syncIteratorRecord, closeOnRejection )</summary>
    private static JsValue AsyncFromSyncIteratorContinuation(Realm realm, JsObject result, PromiseCapability capability, IteratorRecord syncIteratorRecord, bool closeOnRejection)
    {
        bool done;
        JsObject valueWrapper;
        try
        {
            // 1-2. Let done be Completion(IteratorComplete(result)); IfAbruptRejectPromise(done, promiseCapability).
            done = Vm.Interpreter.IteratorComplete(realm, result);
            // 3-4. Let value be Completion(IteratorValue(result)); IfAbruptRejectPromise(value, promiseCapability).
            var value = Vm.Interpreter.IteratorValue(realm, result);
            try
            {
                // 5. Let valueWrapper be Completion(PromiseResolve(%Promise%, value)).
                valueWrapper = PromiseOperations.PromiseResolve(realm, realm.PromiseConstructor, value);
            }
            catch (JsException) when (!done && closeOnRejection)
            {
                // 6. If valueWrapper is an abrupt completion, done is false, and closeOnRejection is true, then
                //    set valueWrapper to Completion(IteratorClose(syncIteratorRecord, valueWrapper)).
                syncIteratorRecord.CloseQuietly();
                throw;
            }
        }
        catch (JsException e)
        {
            // 7. IfAbruptRejectPromise(valueWrapper, promiseCapability).
            return RejectWith(capability, e);
        }
        // 8-9. Let onFulfilled be a function returning CreateIterResultObject(v, done).
        var onFulfilled = new NativeFunction(realm, "", 1, (_, args) => Interpreter.CreateIterResult(realm, args.At(0), done));
        // 11. If done is true, or if closeOnRejection is false, then let onRejected be undefined.
        JsValue onRejected = JsValue.Undefined;
        if (!done && closeOnRejection)
        {
            // 12. Else, closeIterator(error): return ? IteratorClose(syncIteratorRecord, ThrowCompletion(error)).
            onRejected = new NativeFunction(realm, "", 1, (_, args) =>
            {
                syncIteratorRecord.CloseQuietly();
                throw new JsException(args.At(0));
            });
        }
        // 13. Perform PerformPromiseThen(valueWrapper, onFulfilled, onRejected, promiseCapability).
        // 14. Return promiseCapability.[[Promise]].
        return PromiseOperations.PerformPromiseThen((JsPromise)valueWrapper, onFulfilled, onRejected, capability);
    }
}

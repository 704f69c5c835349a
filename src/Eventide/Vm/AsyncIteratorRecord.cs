using Eventide.Runtime;

namespace Eventide.Vm;

/// <summary>7.4.3 GetIterator(obj, async): async iterator records are ordinary iterator records.</summary>
internal static class AsyncIteratorRecord
{
    public static IteratorRecord GetAsyncIterator(Realm realm, JsValue obj)
    {
        // 1. Let method be ? GetMethod(obj, @@asyncIterator).
        var method = Operations.GetMethod(obj, WellKnownSymbols.AsyncIterator);
        // 2. If method is undefined, then
        if (method is null)
        {
            // a. Let syncMethod be ? GetMethod(obj, @@iterator).
            var syncMethod = Operations.GetMethod(obj, WellKnownSymbols.Iterator);
            // b. If syncMethod is undefined, throw a TypeError exception.
            if (syncMethod is null) throw new JsException(ErrorKind.TypeError, $"{Operations.ToDisplay(obj)} is not async iterable");
            // c. Let syncIteratorRecord be ? GetIteratorFromMethod(obj, syncMethod).
            var syncIteratorRecord = IteratorRecord.FromMethod(obj, syncMethod);
            // d. Return CreateAsyncFromSyncIterator(syncIteratorRecord).
            return CreateAsyncFromSyncIterator(realm, syncIteratorRecord);
        }
        // 3. Let iterator be ? Call(method, obj).
        var iterator = method.Call(obj, []);
        // 4. If iterator is not an Object, throw a TypeError exception.
        if (iterator.AsObject is not JsObject it) throw new JsException(ErrorKind.TypeError, "Result of the Symbol.asyncIterator method is not an object");
        // 5-6. Let nextMethod be ? Get(iterator, "next"); return the Iterator Record.
        return IteratorRecord.Direct(it);
    }

    /// <summary>27.1.6.1 CreateAsyncFromSyncIterator ( syncIteratorRecord )</summary>
    public static IteratorRecord CreateAsyncFromSyncIterator(Realm realm, IteratorRecord syncIteratorRecord)
    {
        // 1. Let asyncIterator be OrdinaryObjectCreate(%AsyncFromSyncIteratorPrototype%, « [[SyncIteratorRecord]] »).
        // 2. Set asyncIterator.[[SyncIteratorRecord]] to syncIteratorRecord.
        var asyncIterator = new AsyncFromSyncIterator(realm.AsyncFromSyncIteratorPrototype, syncIteratorRecord);
        // 3-5. Let nextMethod be ! Get(asyncIterator, "next"); return the Iterator Record.
        return IteratorRecord.Direct(asyncIterator);
    }
}

/// <summary>27.1.6 an %AsyncFromSyncIteratorPrototype% instance.</summary>
internal sealed class AsyncFromSyncIterator(JsObject prototype, IteratorRecord syncIteratorRecord) : JsObject(prototype)
{
    /// <summary>[[SyncIteratorRecord]]</summary>
    public IteratorRecord SyncIteratorRecord { get; } = syncIteratorRecord;
}

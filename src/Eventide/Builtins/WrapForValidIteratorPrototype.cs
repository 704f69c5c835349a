using Eventide.Runtime;
using Eventide.Vm;

namespace Eventide.Builtins;

/// <summary>An object of Iterator.from that wraps an iterator not inheriting from %Iterator.prototype%.</summary>
internal sealed class WrappedIterator(JsObject prototype, IteratorRecord iterated) : JsObject(prototype)
{
    /// <summary>[[Iterated]]</summary>
    public IteratorRecord Iterated { get; } = iterated;
}

/// <summary>27.1.3.2.1.1 The %WrapForValidIteratorPrototype% Object.</summary>
internal static class WrapForValidIteratorPrototype
{
    public static void Setup(Realm realm)
    {
        var proto = new JsObject(realm.IteratorPrototype);
        realm.WrapForValidIteratorPrototype = proto;
        // 27.1.3.2.1.1.1 %WrapForValidIteratorPrototype%.next ( )
        realm.DefineMethod(proto, "next", 0, (thisValue, _) =>
        {
            // 1-3. Let iteratorRecord be O.[[Iterated]]. 4. Return ? Call(iteratorRecord.[[NextMethod]], iteratorRecord.[[Iterator]]).
            var iteratorRecord = Validate(thisValue, "next").Iterated;
            return Operations.Call(iteratorRecord.NextMethod, iteratorRecord.Iterator, []);
        });
        // 27.1.3.2.1.1.2 %WrapForValidIteratorPrototype%.return ( )
        realm.DefineMethod(proto, "return", 0, (thisValue, _) =>
        {
            // 1-3. Let iterator be O.[[Iterated]].[[Iterator]].
            var iterator = Validate(thisValue, "return").Iterated.Iterator;
            // 4-5. Let returnMethod be ? GetMethod(iterator, "return"); if undefined, return CreateIterResultObject(undefined, true).
            var returnMethod = Operations.GetMethod(iterator, "return");
            if (returnMethod is null) return Interpreter.CreateIterResult(realm, JsValue.Undefined, true);
            // 6. Return ? Call(returnMethod, iterator).
            return returnMethod.Call(iterator, []);
        });
    }

    /// <summary>RequireInternalSlot(O, [[Iterated]]).</summary>
    private static WrappedIterator Validate(JsValue thisValue, string method) =>
        thisValue.AsObject as WrappedIterator
        ?? throw JsException.TypeError($"Method %WrapForValidIteratorPrototype%.{method} called on incompatible receiver {Operations.ToDisplay(thisValue)}");
}

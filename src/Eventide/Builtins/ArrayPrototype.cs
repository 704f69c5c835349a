using Eventide.Runtime;

namespace Eventide.Builtins;

/// <summary>
/// 23.1.3 Properties of the Array Prototype Object. The methods live in partial files by concept:
/// Iteration (callbacks), Mutation (in-place changes), Search, Copying (new arrays), Sort, Strings.
/// </summary>
internal static partial class ArrayPrototype
{
    public static void Setup(Realm realm)
    {
        var proto = new JsArray(realm.ObjectPrototype);
        realm.ArrayPrototype = proto;
        realm.ObjectPrototypeToString = realm.ObjectPrototype.GetOwnDataValue("toString");
        ArrayConstructor.Setup(realm, proto);

        // Installed in V8's order, so property listings match node's.
        Method(realm, proto, "at", 1, At);
        Method(realm, proto, "concat", 1, Concat);
        Method(realm, proto, "copyWithin", 2, CopyWithin);
        Method(realm, proto, "fill", 1, Fill);
        LoopMethod(realm, proto, "find", 1, Find);
        LoopMethod(realm, proto, "findIndex", 1, FindIndex);
        LoopMethod(realm, proto, "findLast", 1, FindLast);
        LoopMethod(realm, proto, "findLastIndex", 1, FindLastIndex);
        Method(realm, proto, "lastIndexOf", 1, LastIndexOf);
        Method(realm, proto, "pop", 0, Pop);
        Method(realm, proto, "push", 1, Push);
        Method(realm, proto, "reverse", 0, Reverse);
        Method(realm, proto, "shift", 0, Shift);
        Method(realm, proto, "unshift", 1, Unshift);
        Method(realm, proto, "slice", 2, Slice);
        Method(realm, proto, "sort", 1, Sort);
        Method(realm, proto, "splice", 2, Splice);
        Method(realm, proto, "includes", 1, Includes);
        Method(realm, proto, "indexOf", 1, IndexOf);
        Method(realm, proto, "join", 1, Join);
        // 23.1.3.19 keys, 23.1.3.7 entries, 23.1.3.36 values and 23.1.3.38 @@iterator (the same function)
        Method(realm, proto, "keys", 0, (r, t, _) => new ArrayIterator(r.ArrayIteratorPrototype, Operations.ToObject(r, t), ArrayIterator.IterationKind.Keys));
        Method(realm, proto, "entries", 0, (r, t, _) => new ArrayIterator(r.ArrayIteratorPrototype, Operations.ToObject(r, t), ArrayIterator.IterationKind.Entries));
        var values = Method(realm, proto, "values", 0, (r, t, _) => new ArrayIterator(r.ArrayIteratorPrototype, Operations.ToObject(r, t), ArrayIterator.IterationKind.Values));
        realm.ArrayValues = values;
        LoopMethod(realm, proto, "forEach", 1, ForEach);
        LoopMethod(realm, proto, "filter", 1, Filter);
        Method(realm, proto, "flat", 0, Flat);
        Method(realm, proto, "flatMap", 1, FlatMap);
        LoopMethod(realm, proto, "map", 1, Map);
        LoopMethod(realm, proto, "every", 1, Every);
        LoopMethod(realm, proto, "some", 1, Some);
        LoopMethod(realm, proto, "reduce", 1, Reduce);
        LoopMethod(realm, proto, "reduceRight", 1, ReduceRight);
        Method(realm, proto, "toLocaleString", 0, ToLocaleString);
        Method(realm, proto, "toString", 0, ToString);
        Method(realm, proto, "toReversed", 0, ToReversed);
        Method(realm, proto, "toSorted", 1, ToSorted);
        Method(realm, proto, "toSpliced", 2, ToSpliced);
        Method(realm, proto, "with", 2, With);
        proto.FastSet(WellKnownSymbols.Iterator, values, PropertyFlags.Hidden);
        proto.FastSet(WellKnownSymbols.Unscopables, CreateUnscopables(realm), PropertyFlags.Configurable);
    }

    private delegate JsValue ArrayMethod(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args);

    private static NativeFunction Method(Realm realm, JsObject proto, string name, int length, ArrayMethod body) =>
        realm.DefineMethod(proto, name, length, (thisValue, args) => body(realm, thisValue, args));

    /// <summary>23.1.3.40 Array.prototype [ @@unscopables ]</summary>
    private static JsObject CreateUnscopables(Realm realm)
    {
        var list = new JsObject(null);
        foreach (var name in (string[])["at", "copyWithin", "entries", "fill", "find", "findIndex", "findLast", "findLastIndex",
                     "flat", "flatMap", "includes", "keys", "values", "toReversed", "toSorted", "toSpliced"])
            list.CreateDataProperty(name, JsValue.True);
        return list;
    }
}

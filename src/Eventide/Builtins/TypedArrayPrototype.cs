using Eventide.Runtime;

namespace Eventide.Builtins;

/// <summary>
/// 23.2.3 Properties of the %TypedArray% Prototype Object: the view getters, iterators and
/// @@toStringTag here; the methods by theme in TypedArrayPrototype.*.cs.
/// </summary>
internal static partial class TypedArrayPrototype
{
    public static void Setup(Realm realm, JsObject proto)
    {
        // 23.2.3.2 get %TypedArray%.prototype.buffer
        realm.DefineGetter(proto, "buffer", (thisValue, _) => ThisTypedArray(thisValue, "get %TypedArray%.prototype.buffer").Buffer);
        // 23.2.3.3 get %TypedArray%.prototype.byteLength
        realm.DefineGetter(proto, "byteLength", (thisValue, _) => ThisTypedArray(thisValue, "get %TypedArray%.prototype.byteLength").ByteLength);
        // 23.2.3.4 get %TypedArray%.prototype.byteOffset
        realm.DefineGetter(proto, "byteOffset", (thisValue, _) =>
        {
            var o = ThisTypedArray(thisValue, "get %TypedArray%.prototype.byteOffset");
            return o.IsOutOfBounds ? 0 : o.ByteOffset;
        });
        // 23.2.3.21 get %TypedArray%.prototype.length
        realm.DefineGetter(proto, "length", (thisValue, _) => ThisTypedArray(thisValue, "get TypedArray.prototype.length").Length);
        proto.GetOwnProperty("length", out var lengthDesc);
        realm.TypedArrayLengthGetter = lengthDesc.Get.AsObject;
        realm.TypedArrayLengthUntouched = true;
        // 23.2.3.7 entries, 23.2.3.19 keys, 23.2.3.37 values (and 23.2.3.38 @@iterator)
        realm.DefineMethod(proto, "entries", 0, (thisValue, _) => CreateArrayIterator(realm, thisValue, ArrayIterator.IterationKind.Entries, "%TypedArray%.prototype.entries"));
        realm.DefineMethod(proto, "keys", 0, (thisValue, _) => CreateArrayIterator(realm, thisValue, ArrayIterator.IterationKind.Keys, "%TypedArray%.prototype.keys"));
        var values = realm.DefineMethod(proto, "values", 0, (thisValue, _) => CreateArrayIterator(realm, thisValue, ArrayIterator.IterationKind.Values, "%TypedArray%.prototype.values"));
        proto.FastSet(WellKnownSymbols.Iterator, values, PropertyFlags.Hidden);
        // 23.2.3.39 get %TypedArray%.prototype [ @@toStringTag ]
        realm.DefineGetter(proto, WellKnownSymbols.ToStringTag, (thisValue, _) =>
            thisValue.Ref is JsTypedArray ta ? ElementTypes.ArrayName(ta.Type) : JsValue.Undefined);
        // 23.2.3.36 %TypedArray%.prototype.toString is %Array.prototype.toString%
        proto.FastSet("toString", realm.ArrayPrototype.GetOwnDataValue("toString"), PropertyFlags.Hidden);
        SetupSearch(realm, proto);
        SetupIteration(realm, proto);
        SetupMutation(realm, proto);
        SetupCopying(realm, proto);
    }

    /// <summary>RequireInternalSlot(O, [[TypedArrayName]]) for the getters, with V8's wording.</summary>
    private static JsTypedArray ThisTypedArray(JsValue thisValue, string method) =>
        thisValue.Ref as JsTypedArray ?? throw ArrayBufferConstructor.IncompatibleReceiver(method, thisValue);

    private static JsValue CreateArrayIterator(Realm realm, JsValue thisValue, ArrayIterator.IterationKind kind, string method) =>
        new ArrayIterator(realm.ArrayIteratorPrototype, TypedArrayOperations.ValidateTypedArray(thisValue, method), kind);

    /// <summary>A method that starts with ValidateTypedArray(O, seq-cst, read or write).</summary>
    private static void Method(Realm realm, JsObject proto, string name, int length, Func<Realm, JsTypedArray, ReadOnlySpan<JsValue>, JsValue> body, bool write = false)
    {
        string method = "%TypedArray%.prototype." + name;
        realm.DefineMethod(proto, name, length, (thisValue, args) => body(realm, TypedArrayOperations.ValidateTypedArray(thisValue, method, write), args));
    }

    /// <summary>The content-type conversion a write applies (ToBigInt or ToNumber).</summary>
    private static JsValue ToNumeric(JsTypedArray o, JsValue value) => ElementTypes.ToNumericFor(o.Type, value);

    /// <summary>A relative index (start, end) clamped into [0, len] as ints.</summary>
    private static int Relative(JsValue arg, int len, int whenUndefined) => (int)ArrayPrototype.RelativeIndex(arg, len, whenUndefined);

    /// <summary>Revalidates after user code ran (ValidateTypedArray again): TypeError when now out of bounds.</summary>
    private static int RevalidatedLength(JsTypedArray o, string method)
    {
        if (o.IsOutOfBounds) throw TypedArrayOperations.Detached("%TypedArray%.prototype." + method);
        return o.Length;
    }
}

using Eventide.Runtime;

namespace Eventide.Builtins;

/// <summary>25.3.4 Properties of the DataView Prototype Object: the view getters and a get/set pair per element type.</summary>
internal static class DataViewPrototype
{
    public static void Setup(Realm realm, JsObject proto)
    {
        // 25.3.4.1 get DataView.prototype.buffer
        realm.DefineGetter(proto, "buffer", (thisValue, _) => ThisView(thisValue, "get DataView.prototype.buffer").Buffer);
        // 25.3.4.2 get DataView.prototype.byteLength
        realm.DefineGetter(proto, "byteLength", (thisValue, _) =>
        {
            var view = ThisView(thisValue, "get DataView.prototype.byteLength");
            if (view.IsOutOfBounds) throw DataViewConstructor.Detached("DataView.prototype.byteLength");
            return view.ViewByteLength;
        });
        // 25.3.4.3 get DataView.prototype.byteOffset
        realm.DefineGetter(proto, "byteOffset", (thisValue, _) =>
        {
            var view = ThisView(thisValue, "get DataView.prototype.byteOffset");
            if (view.IsOutOfBounds) throw DataViewConstructor.Detached("DataView.prototype.byteOffset");
            return view.ByteOffset;
        });
        // 25.3.4.5-25.3.4.26 DataView.prototype.getType / setType (no Uint8Clamped pair)
        for (var type = ElementType.Int8; type <= ElementType.BigUint64; type++)
        {
            if (type == ElementType.Uint8Clamped) continue;
            var t = type;
            string getName = "get" + ElementTypes.Name(t), setName = "set" + ElementTypes.Name(t);
            realm.DefineMethod(proto, getName, 1, (thisValue, args) => GetViewValue(thisValue, args.At(0), args.At(1), t, getName));
            realm.DefineMethod(proto, setName, 2, (thisValue, args) => SetViewValue(thisValue, args.At(0), args.At(2), args.At(1), t, setName));
        }
        // 25.3.4.27 DataView.prototype [ @@toStringTag ]
        proto.FastSet(WellKnownSymbols.ToStringTag, "DataView", PropertyFlags.Configurable);
    }

    private static JsDataView ThisView(JsValue thisValue, string method) =>
        thisValue.Ref as JsDataView ?? throw ArrayBufferConstructor.IncompatibleReceiver(method, thisValue);

    /// <summary>ToIndex of a request index, with V8's RangeError.</summary>
    private static long ToViewIndex(JsValue requestIndex) => Operations.ToIndex(requestIndex, "Offset is outside the bounds of the DataView");

    /// <summary>The byte index of an element of <paramref name="type"/> at <paramref name="getIndex"/>, after the bounds checks both operations share.</summary>
    private static int ElementByteIndex(JsDataView view, long getIndex, ElementType type, string name)
    {
        if (view.IsOutOfBounds) throw DataViewConstructor.Detached("DataView.prototype." + name);
        if (getIndex + ElementTypes.Size(type) > view.ViewByteLength) throw JsException.RangeError("Offset is outside the bounds of the DataView");
        return (int)getIndex + view.ByteOffset;
    }

    /// <summary>25.3.1.5 GetViewValue</summary>
    private static JsValue GetViewValue(JsValue thisValue, JsValue requestIndex, JsValue littleEndian, ElementType type, string name)
    {
        var view = ThisView(thisValue, "DataView.prototype." + name);
        long getIndex = ToViewIndex(requestIndex);
        bool isLittleEndian = Operations.ToBoolean(littleEndian);
        int byteIndex = ElementByteIndex(view, getIndex, type, name);
        return ElementTypes.Read(view.Buffer.Data!, byteIndex, type, isLittleEndian);
    }

    /// <summary>25.3.1.6 SetViewValue</summary>
    private static JsValue SetViewValue(JsValue thisValue, JsValue requestIndex, JsValue littleEndian, JsValue value, ElementType type, string name)
    {
        var view = ThisView(thisValue, "DataView.prototype." + name);
        if (view.Buffer.IsImmutable) throw ArrayBufferPrototype.Immutable("DataView.prototype." + name);
        long getIndex = ToViewIndex(requestIndex);
        var numeric = ElementTypes.ToNumericFor(type, value);
        bool isLittleEndian = Operations.ToBoolean(littleEndian);
        int byteIndex = ElementByteIndex(view, getIndex, type, name);
        ElementTypes.Write(view.Buffer.Data!, byteIndex, type, numeric, isLittleEndian);
        return JsValue.Undefined;
    }
}

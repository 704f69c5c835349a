using Eventide.Runtime;

namespace Eventide.Builtins;

/// <summary>25.1.6 Properties of the ArrayBuffer Prototype Object.</summary>
internal static class ArrayBufferPrototype
{
    public static void Setup(Realm realm, JsObject proto)
    {
        // 25.1.6.1 get ArrayBuffer.prototype.byteLength
        realm.DefineGetter(proto, "byteLength", (thisValue, _) =>
            ArrayBufferConstructor.ThisBuffer(thisValue, "get ArrayBuffer.prototype.byteLength", shared: false).ByteLength);
        // 25.1.6.3 get ArrayBuffer.prototype.detached
        realm.DefineGetter(proto, "detached", (thisValue, _) =>
            ArrayBufferConstructor.ThisBuffer(thisValue, "get ArrayBuffer.prototype.detached", shared: false).IsDetached);
        // 25.1.6.4 get ArrayBuffer.prototype.maxByteLength
        realm.DefineGetter(proto, "maxByteLength", (thisValue, _) =>
        {
            var o = ArrayBufferConstructor.ThisBuffer(thisValue, "get ArrayBuffer.prototype.maxByteLength", shared: false);
            if (o.IsDetached) return 0;
            return o.IsResizable ? o.MaxByteLength : o.ByteLength;
        });
        // 25.1.6.5 get ArrayBuffer.prototype.resizable
        realm.DefineGetter(proto, "resizable", (thisValue, _) =>
            ArrayBufferConstructor.ThisBuffer(thisValue, "get ArrayBuffer.prototype.resizable", shared: false).IsResizable);
        // 25.1.6.6 ArrayBuffer.prototype.resize ( newLength )
        realm.DefineMethod(proto, "resize", 1, (thisValue, args) =>
        {
            const string method = "ArrayBuffer.prototype.resize";
            var o = ArrayBufferConstructor.ThisBuffer(thisValue, method, shared: false);
            if (!o.IsResizable) throw ArrayBufferConstructor.IncompatibleReceiver(method, thisValue);
            double newByteLength = Operations.ToIntegerOrInfinity(args.At(0));
            if (o.IsDetached) throw JsException.TypeError($"Cannot perform {method} on a detached ArrayBuffer");
            if (newByteLength < 0 || newByteLength > o.MaxByteLength) throw JsException.RangeError($"{method}: Invalid length parameter");
            o.SetLength((int)newByteLength);
            return JsValue.Undefined;
        });
        // 25.1.6.7 ArrayBuffer.prototype.slice ( start, end )
        realm.DefineMethod(proto, "slice", 2, (thisValue, args) =>
            ArrayBufferConstructor.Slice(realm, ArrayBufferConstructor.ThisBuffer(thisValue, "ArrayBuffer.prototype.slice", shared: false), args, "ArrayBuffer.prototype.slice"));
        // 25.1.6.8 ArrayBuffer.prototype.transfer ( [ newLength ] )
        realm.DefineMethod(proto, "transfer", 0, (thisValue, args) =>
            ArrayBufferCopyAndDetach(realm, thisValue, args.At(0), preserveResizability: true, "ArrayBuffer.prototype.transfer"));
        // 25.1.6.9 ArrayBuffer.prototype.transferToFixedLength ( [ newLength ] )
        realm.DefineMethod(proto, "transferToFixedLength", 0, (thisValue, args) =>
            ArrayBufferCopyAndDetach(realm, thisValue, args.At(0), preserveResizability: false, "ArrayBuffer.prototype.transferToFixedLength"));
        // 25.1.6.10 ArrayBuffer.prototype [ @@toStringTag ]
        proto.FastSet(WellKnownSymbols.ToStringTag, "ArrayBuffer", PropertyFlags.Configurable);
    }

    /// <summary>25.1.3.3 ArrayBufferCopyAndDetach</summary>
    private static JsValue ArrayBufferCopyAndDetach(Realm realm, JsValue thisValue, JsValue newLength, bool preserveResizability, string method)
    {
        var o = ArrayBufferConstructor.ThisBuffer(thisValue, method, shared: false);
        long newByteLength = newLength.IsUndefined ? o.ByteLength : ArrayBufferConstructor.ToByteLength(newLength);
        if (o.IsDetached) throw JsException.TypeError($"Cannot perform {method} on a detached ArrayBuffer");
        long newMax = preserveResizability && o.IsResizable ? o.MaxByteLength : -1;
        if (!o.DetachKey.IsUndefined) throw JsException.TypeError($"Cannot perform {method} on a non-detachable ArrayBuffer");
        var created = ArrayBufferConstructor.AllocateArrayBuffer(realm, realm.ArrayBufferConstructor, newByteLength, newMax, shared: false);
        Array.Copy(o.Data!, created.Data!, Math.Min(newByteLength, o.ByteLength));
        o.Detach();
        return created;
    }
}

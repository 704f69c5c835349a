using Eventide.Runtime;

namespace Eventide.Builtins;

/// <summary>25.1.6 Properties of the ArrayBuffer Prototype Object, with proposal-immutable-arraybuffer's members.</summary>
internal static class ArrayBufferPrototype
{
    /// <summary>What ArrayBufferCopyAndDetach makes (the proposal's preserveResizability parameter).</summary>
    private enum CopyMode { PreserveResizability, FixedLength, Immutable }

    public static void Setup(Realm realm, JsObject proto)
    {
        // 25.1.6.1 get ArrayBuffer.prototype.byteLength
        realm.DefineGetter(proto, "byteLength", (thisValue, _) =>
            ArrayBufferConstructor.ThisBuffer(thisValue, "get ArrayBuffer.prototype.byteLength", shared: false).ByteLength);
        // 25.1.6.3 get ArrayBuffer.prototype.detached
        realm.DefineGetter(proto, "detached", (thisValue, _) =>
            ArrayBufferConstructor.ThisBuffer(thisValue, "get ArrayBuffer.prototype.detached", shared: false).IsDetached);
        // get ArrayBuffer.prototype.immutable (proposal-immutable-arraybuffer)
        realm.DefineGetter(proto, "immutable", (thisValue, _) =>
            ArrayBufferConstructor.ThisBuffer(thisValue, "get ArrayBuffer.prototype.immutable", shared: false).IsImmutable);
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
            ArrayBufferCopyAndDetach(realm, thisValue, args.At(0), CopyMode.PreserveResizability, "ArrayBuffer.prototype.transfer"));
        // 25.1.6.9 ArrayBuffer.prototype.transferToFixedLength ( [ newLength ] )
        realm.DefineMethod(proto, "transferToFixedLength", 0, (thisValue, args) =>
            ArrayBufferCopyAndDetach(realm, thisValue, args.At(0), CopyMode.FixedLength, "ArrayBuffer.prototype.transferToFixedLength"));
        // ArrayBuffer.prototype.sliceToImmutable ( start, end ) (proposal-immutable-arraybuffer)
        realm.DefineMethod(proto, "sliceToImmutable", 2, (thisValue, args) => SliceToImmutable(realm, thisValue, args));
        // ArrayBuffer.prototype.transferToImmutable ( [ newLength ] ) (proposal-immutable-arraybuffer)
        realm.DefineMethod(proto, "transferToImmutable", 0, (thisValue, args) =>
            ArrayBufferCopyAndDetach(realm, thisValue, args.At(0), CopyMode.Immutable, "ArrayBuffer.prototype.transferToImmutable"));
        // 25.1.6.10 ArrayBuffer.prototype [ @@toStringTag ]
        proto.FastSet(WellKnownSymbols.ToStringTag, "ArrayBuffer", PropertyFlags.Configurable);
    }

    /// <summary>25.1.3.3 ArrayBufferCopyAndDetach (with the proposal's immutable mode)</summary>
    private static JsValue ArrayBufferCopyAndDetach(Realm realm, JsValue thisValue, JsValue newLength, CopyMode mode, string method)
    {
        var o = ArrayBufferConstructor.ThisBuffer(thisValue, method, shared: false);
        long newByteLength = newLength.IsUndefined ? o.ByteLength : ArrayBufferConstructor.ToByteLength(newLength);
        if (o.IsDetached) throw ArrayBufferConstructor.Detached(method);
        if (o.IsImmutable) throw Immutable(method);
        if (!o.DetachKey.IsUndefined) throw JsException.TypeError($"Cannot perform {method} on a non-detachable ArrayBuffer");
        long copyLength = Math.Min(newByteLength, o.ByteLength);
        JsArrayBuffer created;
        if (mode == CopyMode.Immutable)
            created = AllocateImmutableArrayBuffer(realm, newByteLength, o.Data!, 0, copyLength);
        else
        {
            long newMax = mode == CopyMode.PreserveResizability && o.IsResizable ? o.MaxByteLength : -1;
            created = ArrayBufferConstructor.AllocateArrayBuffer(realm, realm.ArrayBufferConstructor, newByteLength, newMax, shared: false);
            Array.Copy(o.Data!, created.Data!, copyLength);
        }
        o.Detach();
        return created;
    }

    /// <summary>ArrayBuffer.prototype.sliceToImmutable ( start, end ) (proposal-immutable-arraybuffer)</summary>
    private static JsValue SliceToImmutable(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        const string method = "ArrayBuffer.prototype.sliceToImmutable";
        var o = ArrayBufferConstructor.ThisBuffer(thisValue, method, shared: false);
        if (o.IsDetached) throw ArrayBufferConstructor.Detached(method);
        long len = o.ByteLength;
        // ResolveBounds ( len, start, end )
        long first = ArrayPrototype.RelativeIndex(args.At(0), len, 0);
        long final = ArrayPrototype.RelativeIndex(args.At(1), len, len);
        long newLen = Math.Max(final - first, 0);
        // The conversions may have detached or shrunk O.
        if (o.IsDetached) throw ArrayBufferConstructor.Detached(method);
        if (o.ByteLength < final) throw JsException.RangeError($"{method}: the buffer was shrunk below the end of the slice");
        return AllocateImmutableArrayBuffer(realm, newLen, o.Data!, first, newLen);
    }

    /// <summary>AllocateImmutableArrayBuffer (proposal-immutable-arraybuffer): an immutable %ArrayBuffer% holding count bytes of fromBlock.</summary>
    private static JsArrayBuffer AllocateImmutableArrayBuffer(Realm realm, long byteLength, byte[] fromBlock, long fromIndex, long count)
    {
        var block = JsArrayBuffer.CreateByteDataBlock(byteLength);
        Array.Copy(fromBlock, fromIndex, block, 0, count);
        return new JsArrayBuffer(realm.ArrayBufferPrototype, block, immutable: true);
    }

    /// <summary>The TypeError of a write to (or detach, resize or transfer of) an immutable buffer.</summary>
    internal static JsException Immutable(string method) => JsException.TypeError($"Cannot perform {method} on an immutable ArrayBuffer");
}

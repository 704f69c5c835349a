using Eventide.Runtime;

namespace Eventide.Builtins;

/// <summary>25.1.4 The ArrayBuffer Constructor and 25.1.5 its properties; the allocation operations SharedArrayBuffer shares.</summary>
internal static class ArrayBufferConstructor
{
    public static void Setup(Realm realm)
    {
        var proto = new JsObject(realm.ObjectPrototype);
        realm.ArrayBufferPrototype = proto;
        // 25.1.4.1 ArrayBuffer ( length [ , options ] )
        var ctor = realm.DefineConstructor("ArrayBuffer", 1, (_, args, newTarget) =>
        {
            if (newTarget is null) throw JsException.TypeError("Constructor ArrayBuffer requires 'new'");
            long byteLength = ToByteLength(args.At(0));
            long max = GetArrayBufferMaxByteLengthOption(args.At(1));
            return AllocateArrayBuffer(realm, newTarget, byteLength, max, shared: false);
        }, proto);
        realm.ArrayBufferConstructor = ctor;
        // 25.1.5.1 ArrayBuffer.isView ( arg )
        realm.DefineMethod(ctor, "isView", 1, (_, args) => args.At(0).Ref is JsTypedArray or JsDataView);
        CollectionSupport.DefineSpeciesGetter(realm, ctor);
        ArrayBufferPrototype.Setup(realm, proto);
    }

    /// <summary>ToIndex with V8's "Invalid array buffer length".</summary>
    internal static long ToByteLength(JsValue length) => Operations.ToIndex(length, "Invalid array buffer length");

    /// <summary>25.1.3.7 GetArrayBufferMaxByteLengthOption: -1 when there is none.</summary>
    internal static long GetArrayBufferMaxByteLengthOption(JsValue options)
    {
        if (options.AsObject is not JsObject o) return -1;
        var maxByteLength = o.Get("maxByteLength");
        if (maxByteLength.IsUndefined) return -1;
        return Operations.ToIndex(maxByteLength, "Invalid array buffer max length");
    }

    /// <summary>25.1.3.1 AllocateArrayBuffer / 25.2.2.1 AllocateSharedArrayBuffer</summary>
    internal static JsArrayBuffer AllocateArrayBuffer(Realm realm, JsObject constructor, long byteLength, long maxByteLength, bool shared)
    {
        if (maxByteLength >= 0 && byteLength > maxByteLength) throw JsException.RangeError("Invalid array buffer max length");
        var proto = Vm.Interpreter.GetPrototypeFromConstructor(constructor, shared ? realm.SharedArrayBufferPrototype : realm.ArrayBufferPrototype);
        if (maxByteLength > JsArrayBuffer.MaxLength) throw JsException.RangeError("Invalid array buffer max length");
        return new JsArrayBuffer(proto, JsArrayBuffer.CreateByteDataBlock(byteLength), maxByteLength, shared);
    }

    /// <summary>The this value as an ArrayBuffer (shared or not, as the method requires), or V8's incompatible-receiver TypeError.</summary>
    internal static JsArrayBuffer ThisBuffer(JsValue thisValue, string method, bool shared)
    {
        if (thisValue.Ref is JsArrayBuffer b && b.IsShared == shared) return b;
        throw IncompatibleReceiver(method, thisValue);
    }

    /// <summary>V8's TypeError for an operation on a detached buffer.</summary>
    internal static JsException Detached(string method) => JsException.TypeError($"Cannot perform {method} on a detached ArrayBuffer");

    internal static JsException IncompatibleReceiver(string method, JsValue receiver) =>
        JsException.TypeError($"Method {method} called on incompatible receiver {ArrayPrototype.DescribeValue(receiver)}");

    /// <summary>The slice both buffer kinds share (25.1.6.7 / 25.2.5.6) after the receiver check.</summary>
    internal static JsValue Slice(Realm realm, JsArrayBuffer o, ReadOnlySpan<JsValue> args, string method)
    {
        if (o.IsDetached) throw JsException.TypeError($"Cannot perform {method} on a detached ArrayBuffer");
        long len = o.ByteLength;
        long first = ArrayPrototype.RelativeIndex(args.At(0), len, 0);
        long final = ArrayPrototype.RelativeIndex(args.At(1), len, len);
        long newLen = Math.Max(final - first, 0);
        var defaultCtor = o.IsShared ? realm.SharedArrayBufferConstructor : realm.ArrayBufferConstructor;
        var ctor = Operations.SpeciesConstructor(o, defaultCtor);
        var created = Operations.Construct(ctor, [newLen]);
        if (created.Ref is not JsArrayBuffer target || target.IsShared != o.IsShared)
            throw JsException.TypeError($"Method {method} called on incompatible receiver {ArrayPrototype.DescribeValue(created)}");
        if (target.IsDetached) throw JsException.TypeError($"Cannot perform {method} on a detached ArrayBuffer");
        if (target.IsImmutable) throw ArrayBufferPrototype.Immutable(method);
        if (ReferenceEquals(target, o)) throw JsException.TypeError("ArrayBuffer subclass returned this from species constructor");
        if (target.ByteLength < newLen) throw JsException.TypeError($"Method {method} called on incompatible receiver {ArrayPrototype.DescribeValue(created)}");
        if (o.IsDetached) throw JsException.TypeError($"Cannot perform {method} on a detached ArrayBuffer");
        long currentLen = o.ByteLength;
        if (first < currentLen)
        {
            long count = Math.Min(newLen, currentLen - first);
            Array.Copy(o.Data!, first, target.Data!, 0, count);
        }
        return target;
    }
}

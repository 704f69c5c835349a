using Eventide.Runtime;

namespace Eventide.Builtins;

/// <summary>23.2.4 Abstract operations for TypedArray objects, and 23.2.5.1.x the constructor's initialisers.</summary>
internal static class TypedArrayOperations
{
    /// <summary>23.2.4.4 ValidateTypedArray: the receiver as an in-bounds typed array (and a mutable one to write), or TypeError.</summary>
    public static JsTypedArray ValidateTypedArray(JsValue o, string method, bool write = false)
    {
        if (o.Ref is not JsTypedArray ta) throw JsException.TypeError("this is not a typed array.");
        if (write && ta.IsImmutable) throw ArrayBufferPrototype.Immutable(method);
        if (ta.IsOutOfBounds) throw Detached(method);
        return ta;
    }

    /// <summary>V8's TypeError for a view whose buffer is detached (or that is out of bounds).</summary>
    public static JsException Detached(string method) => JsException.TypeError($"Cannot perform {method} on a detached ArrayBuffer");

    private static JsException InvalidLength(double length) =>
        JsException.RangeError($"Invalid typed array length: {NumberConversions.ToString(length)}");

    /// <summary>ToIndex of an element count with V8's "Invalid typed array length: n".</summary>
    public static long ToElementLength(JsValue value)
    {
        double length = Operations.ToIntegerOrInfinity(value);
        if (length < 0 || length > 9007199254740991d) throw InvalidLength(value.IsNumber ? value.Number : length);
        return (long)length;
    }

    /// <summary>23.2.5.1.6 AllocateTypedArrayBuffer: a new zeroed %ArrayBuffer% for <paramref name="length"/> elements.</summary>
    public static JsArrayBuffer AllocateTypedArrayBuffer(Realm realm, ElementType type, long length)
    {
        long byteLength = length * ElementTypes.Size(type);
        if (byteLength > JsArrayBuffer.MaxLength) throw InvalidLength(length);
        return new JsArrayBuffer(realm.ArrayBufferPrototype, JsArrayBuffer.CreateByteDataBlock(byteLength));
    }

    /// <summary>23.2.5.1.1 AllocateTypedArray with a length: a fresh typed array of the intrinsic kind.</summary>
    public static JsTypedArray AllocateTypedArray(Realm realm, ElementType type, JsObject proto, long length) =>
        new(proto, type, AllocateTypedArrayBuffer(realm, type, length), 0, (int)length);

    /// <summary>A new typed array of <paramref name="type"/> from this realm's intrinsic constructor (no user code).</summary>
    public static JsTypedArray Create(Realm realm, ElementType type, long length) =>
        AllocateTypedArray(realm, type, realm.TypedArrayPrototypes[(int)type], length);

    /// <summary>23.2.5.1 TypedArray ( ...args ) for a concrete constructor of <paramref name="type"/>.</summary>
    public static JsValue Construct(Realm realm, ElementType type, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        if (newTarget is null) throw JsException.TypeError($"Constructor {ElementTypes.ArrayName(type)} requires 'new'");
        var defaultProto = realm.TypedArrayPrototypes[(int)type];
        var first = args.At(0);
        if (first.AsObject is not JsObject firstObject)
        {
            long elementLength = first.IsUndefined ? 0 : ToElementLength(first);
            var proto = Vm.Interpreter.GetPrototypeFromConstructor(newTarget, defaultProto);
            return AllocateTypedArray(realm, type, proto, elementLength);
        }
        var prototype = Vm.Interpreter.GetPrototypeFromConstructor(newTarget, defaultProto);
        return firstObject switch
        {
            JsTypedArray src => InitializeTypedArrayFromTypedArray(realm, type, prototype, src),
            JsArrayBuffer buffer => InitializeTypedArrayFromArrayBuffer(type, prototype, buffer, args.At(1), args.At(2)),
            _ => InitializeTypedArrayFromObject(realm, type, prototype, firstObject),
        };
    }

    /// <summary>23.2.5.1.2 InitializeTypedArrayFromTypedArray</summary>
    private static JsTypedArray InitializeTypedArrayFromTypedArray(Realm realm, ElementType type, JsObject proto, JsTypedArray src)
    {
        if (src.IsOutOfBounds) throw Detached("Construct");
        int elementLength = src.Length;
        var data = AllocateTypedArrayBuffer(realm, type, elementLength);
        if (src.IsBigInt != ElementTypes.IsBigInt(type))
            throw JsException.TypeError($"Cannot mix BigInt and other types, use explicit conversions");
        var result = new JsTypedArray(proto, type, data, 0, elementLength);
        CopyElements(src, 0, result, 0, elementLength);
        return result;
    }

    /// <summary>Copies <paramref name="count"/> elements between typed arrays of the same content type (bytes when the types match).</summary>
    public static void CopyElements(JsTypedArray src, int srcIndex, JsTypedArray target, int targetIndex, int count)
    {
        if (count <= 0) return;
        if (src.Type == target.Type)
        {
            int size = src.ElementSize;
            Buffer.BlockCopy(src.Buffer.Data!, src.ByteOffset + srcIndex * size, target.Buffer.Data!, target.ByteOffset + targetIndex * size, count * size);
            return;
        }
        for (int i = 0; i < count; i++) target.SetValidElement(targetIndex + i, src.GetValidElement(srcIndex + i));
    }

    /// <summary>23.2.5.1.3 InitializeTypedArrayFromArrayBuffer</summary>
    private static JsTypedArray InitializeTypedArrayFromArrayBuffer(ElementType type, JsObject proto, JsArrayBuffer buffer, JsValue byteOffset, JsValue length)
    {
        int elementSize = ElementTypes.Size(type);
        double offset = Operations.ToIntegerOrInfinity(byteOffset);
        if (offset < 0 || offset > 9007199254740991d) throw JsException.RangeError($"Start offset {NumberConversions.ToString(offset)} is outside the bounds of the buffer");
        if (offset % elementSize != 0) throw JsException.RangeError($"start offset of {ElementTypes.ArrayName(type)} should be a multiple of {elementSize}");
        long newLength = length.IsUndefined ? 0 : ToElementLength(length);
        if (buffer.IsDetached) throw Detached("Construct");
        long bufferByteLength = buffer.ByteLength;
        if (length.IsUndefined && buffer.IsResizable)
        {
            if (offset > bufferByteLength) throw JsException.RangeError($"Start offset {NumberConversions.ToString(offset)} is outside the bounds of the buffer");
            return new JsTypedArray(proto, type, buffer, (int)offset, -1);
        }
        long newByteLength;
        if (length.IsUndefined)
        {
            if (bufferByteLength % elementSize != 0) throw JsException.RangeError($"byte length of {ElementTypes.ArrayName(type)} should be a multiple of {elementSize}");
            newByteLength = bufferByteLength - (long)offset;
            if (newByteLength < 0) throw JsException.RangeError($"Start offset {NumberConversions.ToString(offset)} is outside the bounds of the buffer");
        }
        else
        {
            newByteLength = newLength * elementSize;
            if (offset + newByteLength > bufferByteLength) throw InvalidLength(newLength);
        }
        return new JsTypedArray(proto, type, buffer, (int)offset, (int)(newByteLength / elementSize));
    }

    /// <summary>23.2.5.1.4 InitializeTypedArrayFromList / 23.2.5.1.5 InitializeTypedArrayFromArrayLike, by whether the object is iterable.</summary>
    private static JsTypedArray InitializeTypedArrayFromObject(Realm realm, ElementType type, JsObject proto, JsObject source)
    {
        var usingIterator = Operations.GetMethod(source, WellKnownSymbols.Iterator);
        if (usingIterator is not null)
        {
            var values = IteratorToList(realm, source, usingIterator);
            var fromList = new JsTypedArray(proto, type, AllocateTypedArrayBuffer(realm, type, values.Count), 0, values.Count);
            for (int k = 0; k < values.Count; k++) fromList.SetElement(k, values[k]);
            return fromList;
        }
        long len = Operations.LengthOfArrayLike(source);
        var result = new JsTypedArray(proto, type, AllocateTypedArrayBuffer(realm, type, len), 0, (int)len);
        var budget = realm.Budget;
        for (int k = 0; k < len; k++) { budget.Tick(); result.SetElement(k, source.Get(new PropertyKey((uint)k))); }
        return result;
    }

    /// <summary>7.4.12 IteratorToList (GetIteratorFromMethod first); default array iteration skips the iterator objects.</summary>
    public static List<JsValue> IteratorToList(Realm realm, JsValue source, JsFunction method)
    {
        var values = new List<JsValue>();
        if (source.Ref is JsArray arr && ReferenceEquals(method, realm.ArrayValues) && Vm.IteratorRecord.HasDefaultArrayIteration(realm, arr))
        {
            for (uint i = 0; i < arr.Length; i++) values.Add(arr.TryGetDense(i, out var v) ? v : arr.Get(new PropertyKey(i)));
            return values;
        }
        var iter = Vm.IteratorRecord.FromMethod(source, method);
        while (iter.Step(out var value)) values.Add(value);
        return values;
    }

    /// <summary>23.2.4.2 TypedArrayCreateFromConstructor (a single number argument is a length the result must reach; a result to write must be mutable)</summary>
    public static JsTypedArray TypedArrayCreateFromConstructor(JsValue constructor, ReadOnlySpan<JsValue> args, string method, bool write = true)
    {
        var created = Operations.Construct(constructor, args);
        var ta = ValidateTypedArray(created, method, write);
        if (args.Length == 1 && args[0].IsNumber && ta.Length < args[0].Number)
            throw JsException.TypeError("Derived TypedArray constructor created an array which was too small");
        return ta;
    }

    /// <summary>23.2.4.1 TypedArraySpeciesCreate</summary>
    public static JsTypedArray TypedArraySpeciesCreate(Realm realm, JsTypedArray exemplar, ReadOnlySpan<JsValue> args, string method, bool write = true)
    {
        var defaultConstructor = realm.TypedArrayConstructors[(int)exemplar.Type];
        var constructor = Operations.SpeciesConstructor(exemplar, defaultConstructor);
        if (ReferenceEquals(constructor.Ref, defaultConstructor) && args.Length == 1 && args[0].IsNumber)
            return Create(realm, exemplar.Type, (long)args[0].Number);
        var result = TypedArrayCreateFromConstructor(constructor, args, method, write);
        if (result.IsBigInt != exemplar.IsBigInt) throw JsException.TypeError("Content type of the species constructor's result does not match");
        return result;
    }

    /// <summary>23.2.4.3 TypedArrayCreateSameType</summary>
    public static JsTypedArray TypedArrayCreateSameType(Realm realm, JsTypedArray exemplar, long length) => Create(realm, exemplar.Type, length);
}

using Eventide.Runtime;

namespace Eventide.Builtins;

/// <summary>slice and subarray.</summary>
internal static partial class TypedArrayPrototype
{
    private static void SetupCopying(Realm realm, JsObject proto)
    {
        // 23.2.3.27 %TypedArray%.prototype.slice ( start, end )
        Method(realm, proto, "slice", 2, (r, o, args) =>
        {
            int srcArrayLength = o.Length;
            int startIndex = Relative(args.At(0), srcArrayLength, 0);
            int endIndex = Relative(args.At(1), srcArrayLength, srcArrayLength);
            int count = Math.Max(endIndex - startIndex, 0);
            var a = TypedArrayOperations.TypedArraySpeciesCreate(r, o, [count], "%TypedArray%.prototype.slice");
            if (count == 0) return a;
            endIndex = Math.Min(endIndex, RevalidatedLength(o, "slice"));
            count = Math.Max(endIndex - startIndex, 0);
            if (count == 0) return a;
            if (o.Type == a.Type)
            {
                // Byte by byte, forwards, as the spec copies (a species result may share the buffer).
                int size = o.ElementSize;
                var src = o.Buffer.Data!;
                var target = a.Buffer.Data!;
                int srcByte = startIndex * size + o.ByteOffset, targetByte = a.ByteOffset;
                if (!ReferenceEquals(src, target)) Buffer.BlockCopy(src, srcByte, target, targetByte, count * size);
                else for (int i = 0; i < count * size; i++) target[targetByte + i] = src[srcByte + i];
                return a;
            }
            var budget = realm.Budget;
            for (int n = 0, k = startIndex; k < endIndex; k++, n++) { budget.Tick(); a.SetElement(n, o.GetElement(k)); }
            return a;
        });
        // 23.2.3.30 %TypedArray%.prototype.subarray ( start, end )
        realm.DefineMethod(proto, "subarray", 2, (thisValue, args) =>
        {
            var o = thisValue.Ref as JsTypedArray
                ?? throw ArrayBufferConstructor.IncompatibleReceiver("%TypedArray%.prototype.subarray", thisValue);
            int srcLength = o.Length;
            int startIndex = Relative(args.At(0), srcLength, 0);
            int endIndex = Relative(args.At(1), srcLength, srcLength);
            double beginByteOffset = o.ByteOffset + (double)startIndex * o.ElementSize;
            if (o.IsLengthTracking && args.At(1).IsUndefined)
                return TypedArrayOperations.TypedArraySpeciesCreate(realm, o, [o.Buffer, beginByteOffset], "%TypedArray%.prototype.subarray", write: false);
            int newLength = Math.Max(endIndex - startIndex, 0);
            return TypedArrayOperations.TypedArraySpeciesCreate(realm, o, [o.Buffer, beginByteOffset, newLength], "%TypedArray%.prototype.subarray", write: false);
        });
    }
}

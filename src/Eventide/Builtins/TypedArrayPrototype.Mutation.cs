using Eventide.Runtime;

namespace Eventide.Builtins;

/// <summary>copyWithin, fill, reverse, set, sort, toReversed, toSorted, with.</summary>
internal static partial class TypedArrayPrototype
{
    private static void SetupMutation(Realm realm, JsObject proto)
    {
        Method(realm, proto, "copyWithin", 2, (_, o, args) => CopyWithin(o, args), write: true);
        // 23.2.3.9 %TypedArray%.prototype.fill ( value [ , start [ , end ] ] )
        Method(realm, proto, "fill", 1, (_, o, args) =>
        {
            int len = o.Length;
            var value = ToNumeric(o, args.At(0));
            int k = Relative(args.At(1), len, 0);
            int final = Relative(args.At(2), len, len);
            len = Math.Min(len, RevalidatedLength(o, "fill"));
            final = Math.Min(final, len);
            var budget = realm.Budget;
            for (; k < final; k++) { budget.Tick(); o.SetValidElement(k, value); }
            return o;
        }, write: true);
        // 23.2.3.25 %TypedArray%.prototype.reverse ( )
        Method(realm, proto, "reverse", 0, (_, o, _) =>
        {
            int len = o.Length;
            var budget = realm.Budget;
            for (int lower = 0, upper = len - 1; lower < upper; lower++, upper--)
            {
                budget.Tick();
                var lowerValue = o.GetValidElement(lower);
                o.SetValidElement(lower, o.GetValidElement(upper));
                o.SetValidElement(upper, lowerValue);
            }
            return o;
        }, write: true);
        // 23.2.3.26 %TypedArray%.prototype.set ( source [ , offset ] )
        realm.DefineMethod(proto, "set", 1, (thisValue, args) =>
        {
            var target = thisValue.Ref as JsTypedArray ?? throw JsException.TypeError("this is not a typed array.");
            if (target.IsImmutable) throw ArrayBufferPrototype.Immutable("%TypedArray%.prototype.set");
            double targetOffset = Operations.ToIntegerOrInfinity(args.At(1));
            if (targetOffset < 0) throw JsException.RangeError("offset is out of bounds");
            if (args.At(0).Ref is JsTypedArray source) SetTypedArrayFromTypedArray(target, targetOffset, source);
            else SetTypedArrayFromArrayLike(realm, target, targetOffset, args.At(0));
            return JsValue.Undefined;
        });
        // 23.2.3.29 %TypedArray%.prototype.sort ( comparefn )
        realm.DefineMethod(proto, "sort", 1, (thisValue, args) =>
        {
            var comparefn = ArrayPrototype.ComparatorOrThrow(args.At(0));
            var o = TypedArrayOperations.ValidateTypedArray(thisValue, "%TypedArray%.prototype.sort", write: true);
            var sorted = SortedElements(o, o.Length, comparefn);
            for (int j = 0; j < sorted.Length; j++) o.SetElement(j, sorted[j]);
            return o;
        });
        // 23.2.3.34 %TypedArray%.prototype.toSorted ( comparefn )
        realm.DefineMethod(proto, "toSorted", 1, (thisValue, args) =>
        {
            var comparefn = ArrayPrototype.ComparatorOrThrow(args.At(0));
            var o = TypedArrayOperations.ValidateTypedArray(thisValue, "%TypedArray%.prototype.toSorted");
            int len = o.Length;
            var a = TypedArrayOperations.TypedArrayCreateSameType(realm, o, len);
            var sorted = SortedElements(o, len, comparefn);
            for (int j = 0; j < sorted.Length; j++) a.SetElement(j, sorted[j]);
            return a;
        });
        // 23.2.3.33 %TypedArray%.prototype.toReversed ( )
        Method(realm, proto, "toReversed", 0, (r, o, _) =>
        {
            int len = o.Length;
            var a = TypedArrayOperations.TypedArrayCreateSameType(r, o, len);
            var budget = realm.Budget;
            for (int k = 0; k < len; k++) { budget.Tick(); a.SetValidElement(k, o.GetValidElement(len - 1 - k)); }
            return a;
        });
        // 23.2.3.36 %TypedArray%.prototype.with ( index, value )
        Method(realm, proto, "with", 2, (r, o, args) =>
        {
            int len = o.Length;
            double relative = Operations.ToIntegerOrInfinity(args.At(0));
            double actual = relative >= 0 ? relative : len + relative;
            var numeric = ToNumeric(o, args.At(1));
            if (!o.IsValidIntegerIndex(actual)) throw JsException.RangeError("Invalid typed array index");
            var a = TypedArrayOperations.TypedArrayCreateSameType(r, o, len);
            var budget = realm.Budget;
            for (int k = 0; k < len; k++) { budget.Tick(); a.SetElement(k, k == actual ? numeric : o.GetElement(k)); }
            return a;
        });
    }

    /// <summary>23.2.3.6 %TypedArray%.prototype.copyWithin ( target, start [ , end ] )</summary>
    private static JsValue CopyWithin(JsTypedArray o, ReadOnlySpan<JsValue> args)
    {
        int len = o.Length;
        int to = Relative(args.At(0), len, 0);
        int from = Relative(args.At(1), len, 0);
        int final = Relative(args.At(2), len, len);
        int count = Math.Min(final - from, len - to);
        if (count <= 0) return o;
        len = RevalidatedLength(o, "copyWithin");
        // Side effects may have shrunk the view: copy the longest still-applicable prefix (memmove order).
        count = Math.Min(count, Math.Min(len - from, len - to));
        int size = o.ElementSize;
        if (count > 0) Buffer.BlockCopy(o.Buffer.Data!, from * size + o.ByteOffset, o.Buffer.Data!, to * size + o.ByteOffset, count * size);
        return o;
    }

    /// <summary>23.2.3.26.1 SetTypedArrayFromTypedArray</summary>
    private static void SetTypedArrayFromTypedArray(JsTypedArray target, double targetOffset, JsTypedArray source)
    {
        if (target.IsOutOfBounds) throw TypedArrayOperations.Detached("%TypedArray%.prototype.set");
        int targetLength = target.Length;
        if (source.IsOutOfBounds) throw TypedArrayOperations.Detached("%TypedArray%.prototype.set");
        int srcLength = source.Length;
        if (target.IsBigInt != source.IsBigInt) throw JsException.TypeError("Cannot mix BigInt and other types, use explicit conversions");
        if (double.IsPositiveInfinity(targetOffset) || srcLength + targetOffset > targetLength) throw JsException.RangeError("offset is out of bounds");
        if (ReferenceEquals(source.Buffer, target.Buffer) && source.Type != target.Type)
        {
            // Overlapping views of different types: read from a copy of the source bytes.
            var bytes = source.Buffer.Data.AsSpan(source.ByteOffset, srcLength * source.ElementSize).ToArray();
            source = new JsTypedArray(source, source.Type, new JsArrayBuffer(source, bytes), 0, srcLength);
        }
        TypedArrayOperations.CopyElements(source, 0, target, (int)targetOffset, srcLength);
    }

    /// <summary>23.2.3.26.2 SetTypedArrayFromArrayLike</summary>
    private static void SetTypedArrayFromArrayLike(Realm realm, JsTypedArray target, double targetOffset, JsValue source)
    {
        if (target.IsOutOfBounds) throw TypedArrayOperations.Detached("%TypedArray%.prototype.set");
        int targetLength = target.Length;
        var src = Operations.ToObject(realm, source);
        long srcLength = Operations.LengthOfArrayLike(src);
        if (double.IsPositiveInfinity(targetOffset) || srcLength + targetOffset > targetLength) throw JsException.RangeError("offset is out of bounds");
        var budget = realm.Budget;
        for (long k = 0; k < srcLength; k++) { budget.Tick(); target.SetElement(targetOffset + k, src.Get(ArrayPrototype.Key(k))); }
    }

    /// <summary>SortIndexedProperties with 23.2.4.7 CompareTypedArrayElements: stable, user comparator or numeric order (-0 before +0, NaN last).</summary>
    private static JsValue[] SortedElements(JsTypedArray o, int len, JsFunction? comparefn)
    {
        var items = new JsValue[len];
        for (int k = 0; k < len; k++) items[k] = o.GetElement(k);
        if (comparefn is null)
        {
            if (o.IsBigInt) Array.Sort(items, (x, y) => x.BigInt.Value.CompareTo(y.BigInt.Value));
            else
            {
                var numbers = new double[len];
                for (int k = 0; k < len; k++) numbers[k] = items[k].Number;
                Array.Sort(numbers, CompareNumbers);
                for (int k = 0; k < len; k++) items[k] = numbers[k];
            }
            return items;
        }
        ArrayPrototype.MergeSortWithComparator(items, comparefn);
        return items;
    }

    /// <summary>CompareTypedArrayElements without a comparator, on Numbers.</summary>
    private static int CompareNumbers(double x, double y)
    {
        if (double.IsNaN(x)) return double.IsNaN(y) ? 0 : 1;
        if (double.IsNaN(y)) return -1;
        if (x < y) return -1;
        if (x > y) return 1;
        if (x == 0 && y == 0) return double.IsNegative(x) ? (double.IsNegative(y) ? 0 : -1) : (double.IsNegative(y) ? 1 : 0);
        return 0;
    }
}

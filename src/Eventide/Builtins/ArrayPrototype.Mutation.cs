using Eventide.Runtime;

namespace Eventide.Builtins;

/// <summary>The Array.prototype methods that change the array in place.</summary>
internal static partial class ArrayPrototype
{
    // 23.1.3.23 Array.prototype.push ( ...items )
    private static JsValue Push(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        var o = Operations.ToObject(realm, thisValue);
        long len = Operations.LengthOfArrayLike(o);
        if (len + args.Length > MaxSafeInteger)
            throw JsException.TypeError($"Pushing {args.Length} elements on an array-like of length {len} is disallowed, as the total surpasses 2**53-1");
        int i = 0;
        // Set(O, len, v) on an array whose prototypes have no elements just appends.
        if (o is JsArray array && array.Length == len)
            for (; i < args.Length && array.TryAppendDense(args[i]); i++) len++;
        for (; i < args.Length; i++) SetElement(o, len++, args[i]);
        SetLength(o, len);
        return len;
    }

    // 23.1.3.22 Array.prototype.pop ( )
    private static JsValue Pop(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        var o = Operations.ToObject(realm, thisValue);
        long len = Operations.LengthOfArrayLike(o);
        if (len == 0)
        {
            SetLength(o, 0);
            return JsValue.Undefined;
        }
        long newLen = len - 1;
        var element = GetElement(o, newLen);
        DeleteElement(o, newLen);
        SetLength(o, newLen);
        return element;
    }

    // 23.1.3.27 Array.prototype.shift ( )
    private static JsValue Shift(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        var o = Operations.ToObject(realm, thisValue);
        long len = Operations.LengthOfArrayLike(o);
        if (len == 0)
        {
            SetLength(o, 0);
            return JsValue.Undefined;
        }
        // A packed array with a writable length: the moves, the delete and the length write are
        // all unobservable, so the store just drops its first slot (O(1), see JsArray.ShiftDense).
        if (IsPackedArray(o, out var packed) && packed.Length == len && packed.IsLengthWritable)
            return packed.ShiftDense();
        var first = GetElement(o, 0);
        MoveElements(o, from: 1, to: 0, count: len - 1);
        DeleteElement(o, len - 1);
        SetLength(o, len - 1);
        return first;
    }

    // 23.1.3.35 Array.prototype.unshift ( ...items )
    private static JsValue Unshift(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        var o = Operations.ToObject(realm, thisValue);
        long len = Operations.LengthOfArrayLike(o);
        int argCount = args.Length;
        if (argCount > 0)
        {
            if (len + argCount > MaxSafeInteger) throw JsException.TypeError("Invalid array length");
            if (IsPackedArray(o, out var packed) && packed.Length == len && packed.TryResizeDense((uint)(len + argCount)))
            {
                var items = packed.DenseItems;
                items[..(int)len].CopyTo(items[argCount..]);
                args.CopyTo(items);
                return (double)packed.Length;
            }
            MoveElements(o, from: 0, to: argCount, count: len);
            for (int j = 0; j < argCount; j++) SetElement(o, j, args[j]);
        }
        SetLength(o, len + argCount);
        return len + argCount;
    }

    /// <summary>
    /// The element-moving loop shared by shift, unshift and splice: moves <paramref name="count"/>
    /// elements (holes stay holes) from <paramref name="from"/> to <paramref name="to"/>, front to
    /// back when moving down and back to front when moving up, as the spec's loops do.
    /// </summary>
    private static void MoveElements(JsObject o, long from, long to, long count)
    {
        var budget = Vm.ExecutionBudget.Current;
        if (to < from)
        {
            for (long k = 0; k < count; k++) { budget.Tick(); MoveElement(o, from + k, to + k); }
        }
        else
        {
            for (long k = count - 1; k >= 0; k--) { budget.Tick(); MoveElement(o, from + k, to + k); }
        }
    }

    private static void MoveElement(JsObject o, long from, long to)
    {
        if (TryGetElement(o, from, out var fromValue)) SetElement(o, to, fromValue);
        else DeleteElement(o, to);
    }

    // 23.1.3.31 Array.prototype.splice ( start, deleteCount, ...items )
    private static JsValue Splice(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        var o = Operations.ToObject(realm, thisValue);
        long len = Operations.LengthOfArrayLike(o);
        long actualStart = RelativeIndex(args.At(0), len, 0);
        var items = args.Length > 2 ? args[2..] : [];
        long itemCount = items.Length;
        long actualDeleteCount;
        if (args.Length == 0) actualDeleteCount = 0;
        else if (args.Length == 1) actualDeleteCount = len - actualStart;
        else actualDeleteCount = (long)Math.Clamp(Operations.ToIntegerOrInfinity(args[1]), 0, len - actualStart);
        if (len + itemCount - actualDeleteCount > MaxSafeInteger) throw JsException.TypeError("Invalid array length");

        var removed = ArrayConstructor.ArraySpeciesCreate(realm, o, actualDeleteCount);
        var budget = realm.Budget;
        for (long k = 0; k < actualDeleteCount; k++)
        {
            budget.Tick();
            if (TryGetElement(o, actualStart + k, out var fromValue)) CreateDataPropertyOrThrow(removed, k, fromValue);
        }
        SetLength(removed, actualDeleteCount);

        long newLen = len - actualDeleteCount + itemCount;
        if (IsPackedArray(o, out var packed) && packed.Length == len && packed.IsLengthWritable && newLen <= int.MaxValue)
        {
            if (itemCount > actualDeleteCount && !packed.TryResizeDense((uint)newLen)) goto generic;
            var all = packed.DenseItems;
            int tailFrom = (int)(actualStart + actualDeleteCount), tailTo = (int)(actualStart + itemCount), tailLength = (int)(len - tailFrom);
            all.Slice(tailFrom, tailLength).CopyTo(all.Slice(tailTo, tailLength));
            items.CopyTo(all[(int)actualStart..]);
            if (itemCount < actualDeleteCount) packed.TryResizeDense((uint)newLen);
            return removed;
        }
    generic:
        if (itemCount < actualDeleteCount)
        {
            MoveElements(o, from: actualStart + actualDeleteCount, to: actualStart + itemCount, count: len - actualDeleteCount - actualStart);
            for (long k = len; k > newLen; k--) { budget.Tick(); DeleteElement(o, k - 1); }
        }
        else if (itemCount > actualDeleteCount)
        {
            MoveElements(o, from: actualStart + actualDeleteCount, to: actualStart + itemCount, count: len - actualDeleteCount - actualStart);
        }
        for (int j = 0; j < items.Length; j++) SetElement(o, actualStart + j, items[j]);
        SetLength(o, newLen);
        return removed;
    }

    // 23.1.3.26 Array.prototype.reverse ( )
    private static JsValue Reverse(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        var o = Operations.ToObject(realm, thisValue);
        long len = Operations.LengthOfArrayLike(o);
        if (IsPackedArray(o, out var packed) && packed.Length == len)
        {
            packed.DenseItems.Reverse();
            return o;
        }
        long middle = len / 2;
        var budget = realm.Budget;
        for (long lower = 0; lower != middle; lower++)
        {
            budget.Tick();
            long upper = len - lower - 1;
            bool lowerExists = TryGetElement(o, lower, out var lowerValue);
            bool upperExists = TryGetElement(o, upper, out var upperValue);
            if (lowerExists && upperExists)
            {
                SetElement(o, lower, upperValue);
                SetElement(o, upper, lowerValue);
            }
            else if (upperExists)
            {
                SetElement(o, lower, upperValue);
                DeleteElement(o, upper);
            }
            else if (lowerExists)
            {
                DeleteElement(o, lower);
                SetElement(o, upper, lowerValue);
            }
        }
        return o;
    }

    // 23.1.3.7 Array.prototype.fill ( value [ , start [ , end ] ] )
    private static JsValue Fill(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        var o = Operations.ToObject(realm, thisValue);
        long len = Operations.LengthOfArrayLike(o);
        var value = args.At(0);
        long k = RelativeIndex(args.At(1), len, 0);
        long final = RelativeIndex(args.At(2), len, len);
        var budget = realm.Budget;
        for (; k < final; k++) { budget.Tick(); SetElement(o, k, value); }
        return o;
    }

    // 23.1.3.4 Array.prototype.copyWithin ( target, start [ , end ] )
    private static JsValue CopyWithin(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        var o = Operations.ToObject(realm, thisValue);
        long len = Operations.LengthOfArrayLike(o);
        long to = RelativeIndex(args.At(0), len, 0);
        long from = RelativeIndex(args.At(1), len, 0);
        long final = RelativeIndex(args.At(2), len, len);
        long count = Math.Min(final - from, len - to);
        if (count <= 0) return o;
        if (IsPackedArray(o, out var packed) && packed.Length == len)
        {
            var items = packed.DenseItems;
            items.Slice((int)from, (int)count).CopyTo(items.Slice((int)to, (int)count));
            return o;
        }
        if (from < to && to < from + count)
        {
            var budget = realm.Budget;
            for (long k = count - 1; k >= 0; k--) { budget.Tick(); MoveElement(o, from + k, to + k); }
        }
        else
        {
            var budget = realm.Budget;
            for (long k = 0; k < count; k++) { budget.Tick(); MoveElement(o, from + k, to + k); }
        }
        return o;
    }
}

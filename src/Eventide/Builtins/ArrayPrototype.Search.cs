using Eventide.Runtime;

namespace Eventide.Builtins;

/// <summary>The Array.prototype methods that look elements up by position or value.</summary>
internal static partial class ArrayPrototype
{
    // 23.1.3.1 Array.prototype.at ( index )
    private static JsValue At(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        var o = Operations.ToObject(realm, thisValue);
        long len = Operations.LengthOfArrayLike(o);
        double relativeIndex = Operations.ToIntegerOrInfinity(args.At(0));
        double k = relativeIndex >= 0 ? relativeIndex : len + relativeIndex;
        if (k < 0 || k >= len) return JsValue.Undefined;
        return GetElement(o, (long)k);
    }

    // 23.1.3.17 Array.prototype.indexOf ( searchElement [ , fromIndex ] )
    private static JsValue IndexOf(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        var o = ThisObject(realm, thisValue, "indexOf");
        long len = Operations.LengthOfArrayLike(o);
        if (len == 0) return -1;
        double n = Operations.ToIntegerOrInfinity(args.At(1));
        if (double.IsPositiveInfinity(n)) return -1;
        long k = n >= 0 ? (long)n : (long)Math.Max(len + n, 0);
        var search = args.At(0);
        var budget = realm.Budget;
        if (ScanPacked(o, ref k, len, search, sameValueZero: false, budget)) return k;
        for (; k < len; k++)
        {
            budget.Tick();
            if (TryGetElement(o, k, out var element) && JsValue.StrictEquals(search, element)) return k;
        }
        return -1;
    }

    /// <summary>indexOf and includes over a packed array's store: its elements are own data
    /// properties and comparing runs no code, so the store is scanned in place, from
    /// <paramref name="k"/> up to len or the store's end. True with <paramref name="k"/> at the
    /// match; false with <paramref name="k"/> where the general loop goes on (elements past the
    /// store's end, when fromIndex's conversion shortened the array, come from the prototypes).</summary>
    private static bool ScanPacked(JsObject o, ref long k, long len, JsValue search, bool sameValueZero, Vm.ExecutionBudget budget)
    {
        if (!IsPackedArray(o, out var array)) return false;
        var items = array.DenseItems;
        long end = Math.Min(len, items.Length);
        for (; k < end; k++)
        {
            budget.Tick();
            var element = items[(int)k];
            if (sameValueZero ? JsValue.SameValueZero(search, element) : JsValue.StrictEquals(search, element)) return true;
        }
        return false;
    }

    // 23.1.3.20 Array.prototype.lastIndexOf ( searchElement [ , fromIndex ] )
    private static JsValue LastIndexOf(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        var o = Operations.ToObject(realm, thisValue);
        long len = Operations.LengthOfArrayLike(o);
        if (len == 0) return -1;
        double n = args.Length > 1 ? Operations.ToIntegerOrInfinity(args[1]) : len - 1;
        if (double.IsNegativeInfinity(n)) return -1;
        long k = n >= 0 ? (long)Math.Min(n, len - 1) : (long)(len + n);
        var search = args.At(0);
        var budget = realm.Budget;
        for (; k >= 0; k--)
        {
            budget.Tick();
            if (TryGetElement(o, k, out var element) && JsValue.StrictEquals(search, element)) return k;
        }
        return -1;
    }

    // 23.1.3.16 Array.prototype.includes ( searchElement [ , fromIndex ] ): holes read as undefined
    private static JsValue Includes(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        var o = Operations.ToObject(realm, thisValue);
        long len = Operations.LengthOfArrayLike(o);
        if (len == 0) return JsValue.False;
        double n = Operations.ToIntegerOrInfinity(args.At(1));
        if (double.IsPositiveInfinity(n)) return JsValue.False;
        long k = n >= 0 ? (long)n : (long)Math.Max(len + n, 0);
        var search = args.At(0);
        var budget = realm.Budget;
        if (ScanPacked(o, ref k, len, search, sameValueZero: true, budget)) return JsValue.True;
        for (; k < len; k++)
        {
            budget.Tick();
            if (JsValue.SameValueZero(search, GetElement(o, k))) return JsValue.True;
        }
        return JsValue.False;
    }
}

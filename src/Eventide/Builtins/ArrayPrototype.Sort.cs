using System.Buffers;
using Eventide.Runtime;
using Eventide.Vm;

namespace Eventide.Builtins;

/// <summary>23.1.3.30 sort and 23.1.3.34 toSorted: a stable merge sort over SortCompare.</summary>
internal static partial class ArrayPrototype
{
    // 23.1.3.30 Array.prototype.sort ( comparefn )
    private static JsValue Sort(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        var comparefn = ComparatorOrThrow(args.At(0));
        var obj = Operations.ToObject(realm, thisValue);
        long len = Operations.LengthOfArrayLike(obj);
        var sorted = new PooledValueList(ElementCountHint(obj, len));
        try
        {
            SortIndexedProperties(obj, len, comparefn, skipHoles: true, ref sorted);
            long j = 0;
            var items = sorted.Span;
            for (; j < items.Length; j++) SetElement(obj, j, items[(int)j]);
            // The holes that were skipped end up at the end (deleted), as many as there were.
            var budget = realm.Budget;
            for (; j < len; j++)
            {
                budget.Tick();
                if (obj is JsArray a && a.IsDense && j >= a.DenseItems.Length) break; // the rest are holes already
                DeleteElement(obj, j);
            }
            return obj;
        }
        finally { sorted.Dispose(); }
    }

    // 23.1.3.34 Array.prototype.toSorted ( comparefn )
    private static JsValue ToSorted(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        var comparefn = ComparatorOrThrow(args.At(0));
        var o = Operations.ToObject(realm, thisValue);
        long len = Operations.LengthOfArrayLike(o);
        var a = ArrayConstructor.ArrayCreate(realm, len);
        var sorted = new PooledValueList(ElementCountHint(o, len));
        try
        {
            SortIndexedProperties(o, len, comparefn, skipHoles: false, ref sorted);
            var items = sorted.Span;
            for (int j = 0; j < items.Length; j++) CreateDataPropertyOrThrow(a, j, items[j]);
            return a;
        }
        finally { sorted.Dispose(); }
    }

    /// <summary>How many elements an array-like of length <paramref name="len"/> likely has: room
    /// to collect them without regrowing, and no more than a dense store holds (a length of 2^53-1
    /// on an array-like says nothing about its elements).</summary>
    private static int ElementCountHint(JsObject o, long len) =>
        (int)Math.Min(len, o is JsArray { IsDense: true } a ? a.DenseItems.Length : 1024);

    internal static JsFunction? ComparatorOrThrow(JsValue comparefn)
    {
        if (comparefn.IsUndefined) return null;
        return comparefn.AsFunction ?? throw JsException.TypeError("The comparison function must be either a function or undefined");
    }

    /// <summary>23.1.3.30.1 SortIndexedProperties ( obj, len, SortCompare, holes ), into <paramref name="items"/>.</summary>
    private static void SortIndexedProperties(JsObject obj, long len, JsFunction? comparefn, bool skipHoles, ref PooledValueList items)
    {
        int undefinedCount = 0;
        var budget = Vm.ExecutionBudget.Current;
        for (long k = 0; k < len; k++)
        {
            budget.Tick();
            JsValue kValue;
            if (skipHoles) { if (!TryGetElement(obj, k, out kValue)) continue; }
            else kValue = GetElement(obj, k);
            // SortCompare orders undefined after everything without calling comparefn.
            if (kValue.IsUndefined) undefinedCount++;
            else items.Add(kValue);
        }
        if (items.Count > 1)
        {
            if (comparefn is null) SortByString(items.Span);
            else SortWithComparator(items.Span, comparefn);
        }
        for (int i = 0; i < undefinedCount; i++) items.Add(JsValue.Undefined);
    }

    /// <summary>SortCompare with comparefn: a stable merge sort.</summary>
    private static void SortWithComparator(Span<JsValue> items, JsFunction comparefn)
    {
        var buffer = items.ToArray();
        MergeSortWithComparator(buffer, comparefn);
        buffer.CopyTo(items);
    }

    /// <summary>A stable merge sort of <paramref name="items"/> by comparefn's results (NaN is 0), for arrays and typed arrays.</summary>
    internal static void MergeSortWithComparator(JsValue[] items, JsFunction comparefn)
    {
        var compare = new RepeatedCall(comparefn, JsValue.Undefined);
        MergeSort(items, (x, y) =>
        {
            // The usual result is a Number: read without ToNumber's call. NaN compares false both ways: 0.
            var result = compare.CallWithPair(x, y);
            double v = result.IsNumber ? result.Number : Operations.ToNumber(result);
            return v < 0 ? -1 : v > 0 ? 1 : 0;
        });
        compare.Release();
    }

    /// <summary>SortCompare without comparefn: by ToString, in UTF-16 code unit order. Each
    /// value is converted once. Equal strings are indistinguishable, so an array of strings sorts
    /// with the (unstable, fast) ordinal sort; otherwise positions break ties, which keeps
    /// the sort stable (1 and "1" stay in their order).</summary>
    private static void SortByString(Span<JsValue> items)
    {
        int n = items.Length;
        var keys = ArrayPool<string>.Shared.Rent(n);
        try
        {
            bool allStrings = true;
            for (int i = 0; i < n; i++)
            {
                var v = items[i];
                if (v.IsString) keys[i] = v.String;
                else
                {
                    allStrings = false;
                    keys[i] = Operations.ToString(v);
                }
            }
            if (allStrings)
            {
                SortOrdinal(keys.AsSpan(0, n));
                for (int i = 0; i < n; i++) items[i] = keys[i];
                return;
            }
            var order = new int[n];
            for (int i = 0; i < n; i++) order[i] = i;
            Array.Sort(order, (a, b) =>
            {
                int c = string.CompareOrdinal(keys[a], keys[b]);
                return c != 0 ? c : a.CompareTo(b);
            });
            var values = items.ToArray();
            for (int i = 0; i < n; i++) items[i] = values[order[i]];
        }
        finally { ArrayPool<string>.Shared.Return(keys, clearArray: true); }
    }

    /// <summary>Sorts strings by UTF-16 code units: first by their leading four code units packed
    /// into a ulong (a sort of primitive keys and positions: no string comparisons and no GC
    /// write barriers), then each run of equal prefixes that is not all one string by a full
    /// ordinal comparison. The scratch arrays come from the shared pool.</summary>
    internal static void SortOrdinal(Span<string> strings)
    {
        int n = strings.Length;
        if (n < 2) return;
        var prefixes = ArrayPool<ulong>.Shared.Rent(n);
        var order = ArrayPool<int>.Shared.Rent(n);
        var sorted = ArrayPool<string>.Shared.Rent(n);
        try
        {
            for (int i = 0; i < n; i++)
            {
                prefixes[i] = OrdinalPrefix(strings[i]);
                order[i] = i;
            }
            prefixes.AsSpan(0, n).Sort(order.AsSpan(0, n));
            for (int i = 0; i < n; i++) sorted[i] = strings[order[i]];
            for (int start = 0; start < n;)
            {
                int end = start + 1;
                bool allSame = true;
                while (end < n && prefixes[end] == prefixes[start])
                {
                    allSame &= string.Equals(sorted[end], sorted[start]);
                    end++;
                }
                if (!allSame) Array.Sort(sorted, start, end - start, StringComparer.Ordinal);
                start = end;
            }
            sorted.AsSpan(0, n).CopyTo(strings);
        }
        finally
        {
            ArrayPool<ulong>.Shared.Return(prefixes);
            ArrayPool<int>.Shared.Return(order);
            ArrayPool<string>.Shared.Return(sorted, clearArray: true);
        }
    }

    /// <summary>The first four code units, most significant first, zero-padded: a shorter string
    /// packs below every longer one it prefixes (or ties with it when the longer continues with
    /// U+0000), so sorting by the packed value agrees with ordinal order up to ties.</summary>
    private static ulong OrdinalPrefix(string s)
    {
        ulong key = 0;
        for (int i = 0; i < 4; i++) key = (key << 16) | (i < s.Length ? s[i] : 0u);
        return key;
    }

    /// <summary>A stable merge sort that tolerates inconsistent comparators and lets their
    /// exceptions propagate unchanged (Array.Sort would wrap them).</summary>
    internal static void MergeSort<T>(T[] items, Func<T, T, int> compare)
    {
        if (items.Length < 2) return;
        var buffer = new T[items.Length];
        MergeSortRange(items, buffer, 0, items.Length, compare);
    }

    private static int CountAndMakeRun<T>(T[] items, int lo, int hi, Func<T, T, int> compare)
    {
        if (lo + 1 >= hi) return hi;
        bool descending = compare(items[lo + 1], items[lo]) < 0;
        int end = lo + 2;
        for (; end < hi; end++)
        {
            int order = compare(items[end], items[end - 1]);
            if (descending ? order >= 0 : order < 0) break;
        }
        if (descending) Array.Reverse(items, lo, end - lo);
        return end;
    }

    private static void MergeSortRange<T>(T[] items, T[] buffer, int lo, int hi, Func<T, T, int> compare)
    {
        if (hi - lo < 64)
        {
            // Short ranges sort as V8 sorts arrays under 64 elements (so comparator calls on small
            // arrays come in node's order): take the leading run (a strictly descending one is
            // reversed), then binary insertion with comparefn(pivot, element). Stable.
            int runEnd = CountAndMakeRun(items, lo, hi, compare);
            for (int i = runEnd; i < hi; i++)
            {
                var pivot = items[i];
                int low = lo, high = i;
                while (low < high)
                {
                    int middle = low + (high - low) / 2;
                    if (compare(pivot, items[middle]) < 0) high = middle;
                    else low = middle + 1;
                }
                Array.Copy(items, low, items, low + 1, i - low);
                items[low] = pivot;
            }
            return;
        }
        int mid = lo + (hi - lo) / 2;
        MergeSortRange(items, buffer, lo, mid, compare);
        MergeSortRange(items, buffer, mid, hi, compare);
        if (compare(items[mid - 1], items[mid]) <= 0) return; // already in order
        Array.Copy(items, lo, buffer, lo, hi - lo);
        int left = lo, right = mid, to = lo;
        while (left < mid && right < hi)
            items[to++] = compare(buffer[right], buffer[left]) < 0 ? buffer[right++] : buffer[left++];
        while (left < mid) items[to++] = buffer[left++];
        while (right < hi) items[to++] = buffer[right++];
    }
}

using System.Text;
using Eventide.Runtime;

namespace Eventide.Builtins;

/// <summary>at, includes, indexOf, lastIndexOf, join, toLocaleString.</summary>
internal static partial class TypedArrayPrototype
{
    private static void SetupSearch(Realm realm, JsObject proto)
    {
        // 23.2.3.1 %TypedArray%.prototype.at ( index )
        Method(realm, proto, "at", 1, (_, o, args) =>
        {
            int len = o.Length;
            double relative = Operations.ToIntegerOrInfinity(args.At(0));
            double k = relative >= 0 ? relative : len + relative;
            return k < 0 || k >= len ? JsValue.Undefined : o.GetElement(k);
        });
        // 23.2.3.16 %TypedArray%.prototype.includes ( searchElement [ , fromIndex ] )
        Method(realm, proto, "includes", 1, (_, o, args) =>
        {
            int len = o.Length;
            if (len == 0) return false;
            var budget = realm.Budget;
            long start = StartIndex(args.At(1), len);
            if (args.At(0).IsNumber && TypedArrayNumberSearch.TryFind(o, args.At(0).Number, start, len - 1, forward: true, nanMatches: true, out long found))
            {
                budget.Tick();
                return found >= 0;
            }
            for (long k = start; k < len; k++) {
                budget.Tick();
                if (JsValue.SameValueZero(o.GetElement(k), args.At(0))) return true;
            }
            return false;
        });
        // 23.2.3.17 %TypedArray%.prototype.indexOf ( searchElement [ , fromIndex ] )
        Method(realm, proto, "indexOf", 1, (_, o, args) =>
        {
            int len = o.Length;
            if (len == 0) return -1;
            long start = StartIndex(args.At(1), len);
            var search = args.At(0);
            if (!search.IsNumber && !search.IsBigInt) return -1;
            var budget = realm.Budget;
            if (search.IsNumber && TypedArrayNumberSearch.TryFind(o, search.Number, start, len - 1, forward: true, nanMatches: false, out long found))
            {
                budget.Tick();
                return found;
            }
            for (long k = start; k < len; k++)
            {
                budget.Tick();
                if (!o.IsValidIntegerIndex(k)) continue;
                if (JsValue.StrictEquals(o.GetValidElement((int)k), search)) return k;
            }
            return -1;
        });
        // 23.2.3.20 %TypedArray%.prototype.lastIndexOf ( searchElement [ , fromIndex ] )
        Method(realm, proto, "lastIndexOf", 1, (_, o, args) =>
        {
            int len = o.Length;
            if (len == 0) return -1;
            double n = args.Length > 1 ? Operations.ToIntegerOrInfinity(args[1]) : len - 1;
            if (double.IsNegativeInfinity(n)) return -1;
            double k = n >= 0 ? Math.Min(n, len - 1) : len + n;
            var search = args.At(0);
            var budget = realm.Budget;
            if (k >= 0 && search.IsNumber && TypedArrayNumberSearch.TryFind(o, search.Number, 0, (long)k, forward: false, nanMatches: false, out long found))
            {
                budget.Tick();
                return found;
            }
            for (; k >= 0; k--)
            {
                budget.Tick();
                if (!o.IsValidIntegerIndex(k)) continue;
                if (JsValue.StrictEquals(o.GetValidElement((int)k), search)) return k;
            }
            return -1;
        });
        // 23.2.3.18 %TypedArray%.prototype.join ( separator )
        Method(realm, proto, "join", 1, (_, o, args) =>
        {
            int len = o.Length;
            string sep = args.At(0).IsUndefined ? "," : Operations.ToString(args.At(0));
            var sb = new StringBuilder();
            var budget = realm.Budget;
            for (int k = 0; k < len; k++)
            {
                budget.Tick();
                if (k > 0) sb.Append(sep);
                var element = o.GetElement(k);
                if (!element.IsUndefined) sb.Append(Operations.ToString(element));
            }
            return sb.ToString();
        });
        // 23.2.3.32 %TypedArray%.prototype.toLocaleString ( [ reserved1 [ , reserved2 ] ] )
        Method(realm, proto, "toLocaleString", 0, (_, o, args) =>
        {
            int len = o.Length;
            var sb = new StringBuilder();
            var budget = realm.Budget;
            for (int k = 0; k < len; k++)
            {
                budget.Tick();
                if (k > 0) sb.Append(',');
                var element = o.GetElement(k);
                if (!element.IsNullish) sb.Append(Operations.ToString(Operations.Invoke(element, "toLocaleString", [args.At(0), args.At(1)])));
            }
            return sb.ToString();
        });
    }

    /// <summary>The fromIndex of includes and indexOf: clamped to [0, len] (len when +Infinity).</summary>
    private static long StartIndex(JsValue fromIndex, int len)
    {
        double n = Operations.ToIntegerOrInfinity(fromIndex);
        if (n >= len) return len;
        if (n >= 0) return (long)n;
        return (long)Math.Max(len + n, 0);
    }
}

using System.Text;
using Eventide.Runtime;

namespace Eventide.Builtins;

/// <summary>join, toString and toLocaleString.</summary>
internal static partial class ArrayPrototype
{
    /// <summary>The arrays being joined on this thread: like V8, a cyclic reference joins as "".</summary>
    [ThreadStatic] private static HashSet<JsObject>? _joinStack;

    // 23.1.3.18 Array.prototype.join ( separator )
    private static JsValue Join(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        var o = Operations.ToObject(realm, thisValue);
        long len = Operations.LengthOfArrayLike(o);
        string sep = args.At(0).IsUndefined ? "," : Operations.ToString(args[0]);
        return CycleProtected(o, () =>
        {
            // The parts are copied once, into a pooled buffer, instead of into a builder's chunks
            // and again into the result.
            var sb = new PooledStringBuilder((int)Math.Min(Math.Min(len, 1 << 16) * (sep.Length + 4L), 1 << 16));
            try
            {
                var budget = realm.Budget;
                for (long k = 0; k < len; k++)
                {
                    budget.Tick();
                    if (k > 0) sb.Append(sep);
                    var element = GetElement(o, k);
                    if (element.IsString) sb.Append(element.String);
                    else if (!element.IsNullish) sb.Append(Operations.ToString(element));
                }
                return sb.ToString();
            }
            finally { sb.Dispose(); }
        });
    }

    // 23.1.3.36 Array.prototype.toString ( )
    private static JsValue ToString(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        var array = Operations.ToObject(realm, thisValue);
        var func = array.Get("join");
        if (!func.IsCallable) func = realm.ObjectPrototypeToString;
        return Operations.Call(func, array, []);
    }

    // 23.1.3.32 Array.prototype.toLocaleString ( [ reserved1 [ , reserved2 ] ] ): without ECMA-402 (no
    // Intl here) the elements' toLocaleString is called with no arguments.
    private static JsValue ToLocaleString(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        var array = Operations.ToObject(realm, thisValue);
        long len = Operations.LengthOfArrayLike(array);
        return CycleProtected(array, () =>
        {
            var sb = new StringBuilder();
            var budget = realm.Budget;
            for (long k = 0; k < len; k++)
            {
                budget.Tick();
                if (k > 0) sb.Append(',');
                var element = GetElement(array, k);
                if (!element.IsNullish) sb.Append(Operations.ToString(Operations.Invoke(element, "toLocaleString", [])));
            }
            return sb.ToString();
        });
    }

    private static JsValue CycleProtected(JsObject o, Func<string> join)
    {
        // A set (a list search made joining a million nested arrays quadratic), and bounded depth.
        var stack = _joinStack ??= new HashSet<JsObject>(ReferenceEqualityComparer.Instance);
        if (stack.Contains(o)) return "";
        using var depth = NativeRecursion.Enter();
        stack.Add(o);
        try { return join(); }
        finally { stack.Remove(o); }
    }
}

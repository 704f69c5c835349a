using System.Globalization;
using System.Runtime.CompilerServices;
using Eventide.Runtime;

namespace Eventide.Builtins;

/// <summary>
/// Element access shared by the Array.prototype methods. Every method is generic over array-likes
/// (ToObject(this), LengthOfArrayLike, HasProperty for holes); these helpers take a shortcut only
/// where it is unobservable: a present element of a dense JsArray is an own plain data property,
/// so HasProperty is true and Get returns it without touching the prototype chain.
/// </summary>
internal static partial class ArrayPrototype
{
    /// <summary>2^53 - 1, the largest length of an array-like.</summary>
    internal const long MaxSafeInteger = 9007199254740991L;

    /// <summary>The property key of integer index <paramref name="index"/> (which may exceed the array-index range).</summary>
    internal static PropertyKey Key(long index) =>
        (ulong)index < uint.MaxValue ? new PropertyKey((uint)index) : new PropertyKey(index.ToString(CultureInfo.InvariantCulture));

    /// <summary>HasProperty(O, k) then Get(O, k): false for a hole. Inlined (the per-element loops of
    /// forEach, map, filter...): the dense case is a few loads, and the value stays in a local.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool TryGetElement(JsObject o, long index, out JsValue value)
    {
        if (o is JsArray a && (ulong)index < uint.MaxValue && a.TryGetDense((uint)index, out value)) return true;
        return TryGetElementSlow(o, index, out value);
    }

    private static bool TryGetElementSlow(JsObject o, long index, out JsValue value)
    {
        var key = Key(index);
        if (!o.HasProperty(key)) { value = default; return false; }
        value = o.Get(key);
        return true;
    }

    /// <summary>Get(O, k).</summary>
    internal static JsValue GetElement(JsObject o, long index)
    {
        if (o is JsArray a && (ulong)index < uint.MaxValue && a.TryGetDense((uint)index, out var value)) return value;
        return o.Get(Key(index));
    }

    /// <summary>HasProperty(O, k).</summary>
    internal static bool HasElement(JsObject o, long index)
    {
        if (o is JsArray a && (ulong)index < uint.MaxValue && a.TryGetDense((uint)index, out _)) return true;
        return o.HasProperty(Key(index));
    }

    /// <summary>Set(O, k, V, true).</summary>
    internal static void SetElement(JsObject o, long index, JsValue value)
    {
        if (o is JsArray a && (ulong)index < uint.MaxValue && a.TrySetDense((uint)index, value)) return;
        SetOrThrow(o, Key(index), value);
    }

    /// <summary>7.3.4 Set(O, P, V, true) with V8's messages.</summary>
    internal static void SetOrThrow(JsObject o, in PropertyKey key, JsValue value)
    {
        if (o.Set(key, value, o)) return;
        if (!o.IsExtensible() && !o.HasOwnProperty(key))
            throw JsException.TypeError($"Cannot add property {key}, object is not extensible");
        throw Vm.Interpreter.SetterMissing(o, key) ?? JsException.TypeError($"Cannot assign to read only property '{key}' of object '{DescribeReceiver(o)}'");
    }

    /// <summary>Set(O, "length", len, true).</summary>
    internal static void SetLength(JsObject o, long length)
    {
        // Setting a writable array length to its current value changes nothing and runs no code.
        if (o is JsArray a && a.IsLengthWritable && a.Length == length) return;
        SetOrThrow(o, "length", length);
    }

    /// <summary>7.3.7 CreateDataPropertyOrThrow with V8's messages.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)] // map's and filter's per-element store: the dense case inline
    internal static void CreateDataPropertyOrThrow(JsObject o, long index, JsValue value)
    {
        if (o is JsArray a && (ulong)index < uint.MaxValue && a.TryCreateDataPropertyDense((uint)index, value)) return;
        CreateDataPropertyOrThrowSlow(o, index, value);
    }

    private static void CreateDataPropertyOrThrowSlow(JsObject o, long index, JsValue value)
    {
        var key = Key(index);
        if (o.CreateDataProperty(key, value)) return;
        if (!o.HasOwnProperty(key) && !o.IsExtensible())
            throw JsException.TypeError($"Cannot define property {key}, object is not extensible");
        throw JsException.TypeError($"Cannot redefine property: {key}");
    }

    /// <summary>7.3.10 DeletePropertyOrThrow(O, k) with V8's message.</summary>
    internal static void DeleteElement(JsObject o, long index)
    {
        var key = Key(index);
        if (!o.Delete(key)) throw JsException.TypeError($"Cannot delete property '{key}' of {DescribeReceiver(o)}");
    }

    /// <summary>ToObject(this) with the "called on null or undefined" wording V8 uses for some methods.</summary>
    internal static JsObject ThisObject(Realm realm, JsValue thisValue, string method)
    {
        if (thisValue.IsNullish) throw JsException.TypeError($"Array.prototype.{method} called on null or undefined");
        return Operations.ToObject(realm, thisValue);
    }

    /// <summary>The callback argument, or V8's "x is not a function".</summary>
    internal static JsFunction CallbackOrThrow(JsValue callback)
    {
        if (callback.AsFunction is { } f) return f;
        throw JsException.TypeError($"{DescribeValue(callback)} is not a function");
    }

    /// <summary>A value as V8 prints it in "is not a function" messages (no side effects).</summary>
    internal static string DescribeValue(JsValue v) => v.Ref switch
    {
        null when v.IsUndefined => "undefined",
        string s => s,
        JsSymbol s => s.ToString(),
        JsObject o => DescribeReceiver(o),
        _ => v.IsNull ? "null" : Operations.ToString(v),
    };

    /// <summary>An object as V8 prints it in messages: "[object Array]", "#&lt;Foo&gt;".</summary>
    internal static string DescribeReceiver(JsObject o)
    {
        switch (o.ClassName)
        {
            case "Array" or "RegExp" or "Date" or "Number" or "String" or "Boolean" or "Arguments":
                return $"[object {o.ClassName}]";
        }
        if (o is JsFunction f) return $"function {f.DebugName}";
        if (o is JsTypedArray) return $"[object {o.ClassName}]";
        for (JsObject? p = o; p is not null && p.HasOrdinaryGet; p = p.GetPrototypeOf())
        {
            if (p.GetOwnProperty("constructor", out var desc))
                return desc.IsAccessor || desc.Value.AsFunction is not { } ctor ? "#<Object>" : $"#<{ctor.DebugName}>";
        }
        return "[object Object]";
    }

    /// <summary>A relative index argument (start, end, fromIndex) clamped into [0, len].</summary>
    internal static long RelativeIndex(JsValue arg, long len, long whenUndefined)
    {
        if (arg.IsUndefined) return whenUndefined;
        double rel = Operations.ToIntegerOrInfinity(arg);
        if (rel < 0) return (long)Math.Max(len + rel, 0);
        return (long)Math.Min(rel, len);
    }

    /// <summary>A dense JsArray whose elements 0..len-1 are all present (see JsArray.IsPacked).</summary>
    internal static bool IsPackedArray(JsObject o, out JsArray array)
    {
        if (o is JsArray a && a.IsPacked)
        {
            array = a;
            return true;
        }
        array = null!;
        return false;
    }
}

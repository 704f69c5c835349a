using System.Globalization;
using System.Numerics;
using Eventide.Builtins;
using Eventide.Runtime;

using Eventide.Host;

namespace Eventide;

/// <summary>
/// Plain CLR values both ways. .NET → JavaScript (<see cref="FromClr(object?)"/>):
/// <list type="table">
/// <listheader><term>.NET</term><description>JavaScript</description></listheader>
/// <item><term>null</term><description>null</description></item>
/// <item><term>string, char</term><description>string</description></item>
/// <item><term>bool</term><description>boolean</description></item>
/// <item><term>double, float, decimal, int, long, short, byte, sbyte, uint, ulong, ushort</term><description>number (64-bit and decimal values round to the nearest double)</description></item>
/// <item><term>BigInteger</term><description>bigint</description></item>
/// <item><term>enum</term><description>number (its underlying value)</description></item>
/// <item><term>DateTime, DateTimeOffset</term><description>Date (the same instant; an Unspecified DateTime counts as UTC)</description></item>
/// <item><term>Guid</term><description>string ("d" format, lower case)</description></item>
/// <item><term>JsValue, JsObject</term><description>itself</description></item>
/// <item><term>an <see cref="IJsExported"/> object</term><description>its host object (the same one for the same object)</description></item>
/// <item><term>IDictionary (Dictionary&lt;string, T&gt;...)</term><description>a new plain object, values converted</description></item>
/// <item><term>IEnumerable (arrays, List&lt;T&gt;, IReadOnlyList&lt;T&gt;...)</term><description>a new array, elements converted</description></item>
/// <item><term>Func&lt;JsValue[], JsValue&gt;, Func&lt;JsValue[], Task&lt;JsValue&gt;&gt;, Action</term><description>a function (the async one returns a promise)</description></item>
/// <item><term>IAsyncEnumerable&lt;JsValue | object | int | double&gt;</term><description>an async iterable</description></item>
/// </list>
/// Any other object is refused with an <see cref="ArgumentException"/>: nothing is wrapped by reflection,
/// so scripts never reach a type, member or <see cref="Type"/> the host did not expose.
/// </summary>
public sealed partial class Engine
{
    private const long UnixEpochTicks = 621355968000000000;

    /// <summary>Converts a .NET value to JavaScript by the rules in this class's table; anything else throws an <see cref="ArgumentException"/>.</summary>
    public JsValue FromClr(object? value) => value switch
    {
        null => JsValue.Null,
        JsValue v => v,
        JsObject o => o,
        string s => s,
        bool b => b,
        double d => d,
        int i => i,
        float f => f,
        long l => l,
        decimal m => (double)m,
        short s => s,
        byte b => b,
        sbyte s => s,
        ushort u => u,
        uint u => u,
        ulong u => u,
        char c => c.ToString(),
        Enum e => Convert.ToDouble(e, CultureInfo.InvariantCulture),
        BigInteger bi => new JsBigInt(bi),
        DateTime dt => NewDate(dt.Kind == DateTimeKind.Local ? dt.ToUniversalTime().Ticks : dt.Ticks),
        DateTimeOffset dto => NewDate(dto.UtcTicks),
        Guid g => g.ToString("D"),
        IJsExported exported => WrapObject(exported, exported.JsClass),
        Func<JsValue[], JsValue> fn => HostFunction("", fn),
        Func<JsValue[], Task<JsValue>> fn => HostAsyncFunction("", (args, _) => fn(args)),
        Action action => new NativeFunction(Realm, "", 0, (_, _) => { action(); return JsValue.Undefined; }),
        IAsyncEnumerable<JsValue> stream => FromAsyncEnumerable(stream),
        IAsyncEnumerable<object?> stream => FromAsyncEnumerable(stream),
        IAsyncEnumerable<int> stream => FromAsyncEnumerable(stream),
        IAsyncEnumerable<double> stream => FromAsyncEnumerable(stream),
        System.Collections.IDictionary dict => FromDictionary(dict),
        System.Collections.IEnumerable list => Realm.NewArray(list.Cast<object?>().Select(FromClr).ToArray()),
        _ => throw new ArgumentException($"Cannot convert {value.GetType().Name} to a JavaScript value: expose it with [JsExport] or a JsClass<T>, or pass one of the values FromClr converts."),
    };

    /// <summary>
    /// Converts a .NET value of a static type to JavaScript by <see cref="FromClr(object?)"/>'s rules, without boxing
    /// the common value types (double, int, bool).
    /// </summary>
    public JsValue FromClr<T>(T value)
    {
        if (typeof(T) == typeof(JsValue)) return (JsValue)(object)value!;
        if (typeof(T) == typeof(double)) return (double)(object)value!;
        if (typeof(T) == typeof(int)) return (int)(object)value!;
        if (typeof(T) == typeof(bool)) return (bool)(object)value!;
        if (typeof(T) == typeof(string)) return value is string s ? s : JsValue.Null;
        return FromClr((object?)value);
    }

    private JsObject FromDictionary(System.Collections.IDictionary dict)
    {
        var o = Realm.NewObject();
        foreach (System.Collections.DictionaryEntry e in dict) o.CreateDataProperty(Convert.ToString(e.Key, CultureInfo.InvariantCulture) ?? "", FromClr(e.Value));
        return o;
    }

    private JsDate NewDate(long utcTicks) => new(Realm.DatePrototype, Math.Floor((utcTicks - UnixEpochTicks) / (double)TimeSpan.TicksPerMillisecond));

    /// <summary>
    /// Converts a JavaScript value to .NET without a target type: undefined/null → null, boolean → bool,
    /// number → double, string → string, bigint → BigInteger, symbol → JsSymbol, a host object → its .NET object,
    /// Date → DateTime (UTC), array → object?[], function → the function object, other objects → Dictionary&lt;string, object?&gt;
    /// of their own enumerable string-keyed properties.
    /// </summary>
    public static object? ToClr(JsValue value) => value.Type switch
    {
        JsType.Undefined or JsType.Null => null,
        JsType.Boolean => value.Boolean,
        JsType.Number => value.Number,
        JsType.String => value.String,
        JsType.BigInt => value.BigInt.Value,
        JsType.Symbol => value.Symbol,
        _ when value.Object is HostObject host => host.Target,
        _ when value.Object is JsDate { DateValue: var tv } && !double.IsNaN(tv) => DateOf(tv),
        _ when value.Object is JsArray a => Enumerable.Range(0, (int)a.Length).Select(i => ToClr(a.Get(new PropertyKey((uint)i)))).ToArray(),
        _ when value.Object is JsFunction => value.Object,
        _ => value.Object.OwnPropertyKeys()
            .Where(k => k.IsString && value.Object.GetOwnProperty(k, out var d) && d.Enumerable)
            .ToDictionary(k => k.Name, k => ToClr(value.Object.Get(k))),
    };

    private static DateTime DateOf(double timeValue) => new(UnixEpochTicks + (long)timeValue * TimeSpan.TicksPerMillisecond, DateTimeKind.Utc);

    /// <summary>
    /// Converts a JavaScript value to <typeparamref name="T"/>, the reverse of <see cref="FromClr(object?)"/>, strictly
    /// (no coercion): string ← string; bool ← boolean; numeric types ← number (integer types need an integer in
    /// range, long/ulong/BigInteger take a bigint too); char ← a one-character string; enum ← number or member name;
    /// DateTime (UTC)/DateTimeOffset ← Date; Guid ← string; a host object's class or interface ← that host object's
    /// .NET object; JsValue ← anything; JsObject (or a subclass: JsArray, JsFunction...) ← such an object;
    /// object ← <see cref="ToClr(JsValue)"/>; Nullable&lt;U&gt; ← null/undefined or a U; arrays, List, IList, IReadOnlyList,
    /// IEnumerable of object/string/double/int/bool/JsValue ← an array (copied); Dictionary/IDictionary/IReadOnlyDictionary
    /// with string keys and those values ← an object (copied). null and undefined convert only to object, JsValue and Nullable.
    /// A wrong kind of value throws node's TypeError: <c>The "value" argument must be of type string. Received type number (42)</c>
    /// (code ERR_INVALID_ARG_TYPE; ERR_OUT_OF_RANGE for integers out of range).
    /// </summary>
    public T ToClr<T>(JsValue value) => ToClr<T>(value, "value");

    /// <summary>The conversion of <see cref="ToClr{T}(JsValue)"/>, naming the value <paramref name="name"/> (an "argument" or a "property") in errors.</summary>
    internal T ToClr<T>(JsValue value, string name, string noun = "argument")
    {
        if (typeof(T) == typeof(JsValue)) return (T)(object)value;
        var conversion = new ClrConversion(Realm, name, noun);
        if (typeof(T) == typeof(double)) return (T)(object)conversion.Number(value);
        if (typeof(T) == typeof(int)) return (T)(object)(int)conversion.Integer(value, int.MinValue, int.MaxValue);
        if (typeof(T) == typeof(bool)) return (T)(object)conversion.Boolean(value);
        if (typeof(T) == typeof(string)) return (T)(object)conversion.String(value);
        if (typeof(T) == typeof(object)) return (T)ToClr(value)!;
        if (value.AsObject is T same) return same;
        if (value.AsObject is HostObject { Target: T target }) return target;
        if (Nullable.GetUnderlyingType(typeof(T)) is { } underlying)
            return value.IsNullish ? default! : (T)conversion.Scalar(value, underlying)!;
        if (conversion.Scalar(value, typeof(T)) is T scalar) return scalar;
        if (TryCollection<T, object?>(value, name, noun, out var result) || TryCollection<T, string>(value, name, noun, out result)
            || TryCollection<T, double>(value, name, noun, out result) || TryCollection<T, int>(value, name, noun, out result)
            || TryCollection<T, bool>(value, name, noun, out result) || TryCollection<T, JsValue>(value, name, noun, out result))
            return result;
        throw conversion.Expected(value, typeof(JsObject).IsAssignableFrom(typeof(T))
            ? typeof(JsFunction).IsAssignableFrom(typeof(T)) ? "of type function" : "of type object"
            : $"an instance of {typeof(T).Name}");
    }

    /// <summary>A JavaScript array copied into a list, each element converted as <see cref="ToClr{T}(JsValue)"/> does (named <c>name[i]</c> in errors).</summary>
    internal List<T> ToClrList<T>(JsValue value, string name, string noun = "argument")
    {
        if (value.AsObject is not JsArray array) throw new ClrConversion(Realm, name, noun).Expected(value, "an instance of Array");
        var list = new List<T>((int)Math.Min(array.Length, 1024));
        for (uint i = 0; i < array.Length; i++) list.Add(ToClr<T>(array.Get(new PropertyKey(i)), $"{name}[{i}]", noun));
        return list;
    }

    /// <summary>An object's own enumerable string-keyed properties copied into a dictionary (values named <c>name.key</c> in errors).</summary>
    internal Dictionary<string, T> ToClrDictionary<T>(JsValue value, string name, string noun = "argument")
    {
        if (value.AsObject is not { } o || o.IsCallable) throw new ClrConversion(Realm, name, noun).Expected(value, "of type object");
        var dictionary = new Dictionary<string, T>();
        foreach (var key in o.OwnPropertyKeys())
            if (key.IsString && o.GetOwnProperty(key, out var desc) && desc.Enumerable)
                dictionary[key.Name] = ToClr<T>(o.Get(key), $"{name}.{key.Name}", "property");
        return dictionary;
    }

    /// <summary>The collection types of <typeparamref name="TItem"/> that <see cref="ToClr{T}(JsValue)"/> fills from an array or object.</summary>
    private bool TryCollection<T, TItem>(JsValue value, string name, string noun, out T result)
    {
        var type = typeof(T);
        object? converted = null;
        if (type == typeof(TItem[])) converted = ToClrList<TItem>(value, name, noun).ToArray();
        else if (type == typeof(List<TItem>) || type == typeof(IList<TItem>) || type == typeof(IReadOnlyList<TItem>)
            || type == typeof(ICollection<TItem>) || type == typeof(IReadOnlyCollection<TItem>) || type == typeof(IEnumerable<TItem>))
            converted = ToClrList<TItem>(value, name, noun);
        else if (type == typeof(Dictionary<string, TItem>) || type == typeof(IDictionary<string, TItem>) || type == typeof(IReadOnlyDictionary<string, TItem>))
            converted = ToClrDictionary<TItem>(value, name, noun);
        result = converted is null ? default! : (T)converted;
        return converted is not null;
    }
}

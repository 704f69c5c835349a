using System.Numerics;
using System.Runtime.CompilerServices;
using Eventide.Runtime;

namespace Eventide;

/// <summary>The ECMAScript language types (6.1).</summary>
public enum JsType : byte { Undefined, Null, Boolean, Number, String, Symbol, BigInt, Object }

/// <summary>
/// A JavaScript value. Numbers are stored inline (no boxing); strings, symbols, bigints and
/// objects are references. <c>default(JsValue)</c> is <c>undefined</c>, so fresh arrays of
/// values start out as undefined.
/// </summary>
public readonly partial struct JsValue : IEquatable<JsValue>
{
    // _ref: null => undefined; NumberTag => number in _num; TrueTag/FalseTag/NullTag/HoleTag;
    // string; JsSymbol; JsBigInt; JsObject; internal cells (Accessor).
    internal readonly object? _ref;
    internal readonly double _num;

    private sealed class Tag(string name) { public override string ToString() => name; }
    private static readonly Tag NumberTag = new("number");
    private static readonly Tag TrueTag = new("true");
    private static readonly Tag FalseTag = new("false");
    private static readonly Tag NullTag = new("null");
    private static readonly Tag HoleTag = new("hole");

    public static readonly JsValue Undefined = default;
    public static readonly JsValue Null = new(NullTag, 0);
    public static readonly JsValue True = new(TrueTag, 0);
    public static readonly JsValue False = new(FalseTag, 0);
    /// <summary>Marks an uninitialised binding (TDZ) or an array hole; never visible to scripts.</summary>
    internal static readonly JsValue Hole = new(HoleTag, 0);
    internal static readonly JsValue NaN = new(double.NaN);
    internal static readonly JsValue Zero = new(0d);
    internal static readonly JsValue EmptyString = new("");

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private JsValue(object? r, double n) { _ref = r; _num = n; }
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal JsValue(double n) { _ref = NumberTag; _num = n; }
    internal JsValue(string s) { _ref = s; _num = 0; }
    internal JsValue(JsObject o) { _ref = o; _num = 0; }
    internal JsValue(JsSymbol s) { _ref = s; _num = 0; }
    internal JsValue(JsBigInt b) { _ref = b; _num = 0; }
    internal static JsValue FromInternal(object o) => new(o, 0);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static JsValue FromBool(bool b) => b ? True : False;
    internal static JsValue FromObject(JsObject? o) => o is null ? Null : new JsValue(o);

    public static implicit operator JsValue(double d) => new(d);
    public static implicit operator JsValue(int i) => new((double)i);
    public static implicit operator JsValue(string s) => new(s);
    public static implicit operator JsValue(bool b) => b ? True : False;
    public static implicit operator JsValue(JsObject o) => new(o);
    public static implicit operator JsValue(JsSymbol s) => new(s);
    public static implicit operator JsValue(JsBigInt b) => new(b);

    public bool IsUndefined { [MethodImpl(MethodImplOptions.AggressiveInlining)] get => _ref is null; }
    public bool IsNull => ReferenceEquals(_ref, NullTag);
    public bool IsNullish => _ref is null || ReferenceEquals(_ref, NullTag);
    public bool IsNumber { [MethodImpl(MethodImplOptions.AggressiveInlining)] get => ReferenceEquals(_ref, NumberTag); }
    public bool IsBoolean => ReferenceEquals(_ref, TrueTag) || ReferenceEquals(_ref, FalseTag);
    internal bool IsTrue => ReferenceEquals(_ref, TrueTag);
    internal bool IsFalse => ReferenceEquals(_ref, FalseTag);
    public bool IsString => _ref is string;
    public bool IsSymbol => _ref is JsSymbol;
    public bool IsBigInt => _ref is JsBigInt;
    public bool IsObject => _ref is JsObject;
    internal bool IsHole => ReferenceEquals(_ref, HoleTag);
    public bool IsCallable => _ref is JsObject o && o.IsCallable;

    public double Number { [MethodImpl(MethodImplOptions.AggressiveInlining)] get => _num; }
    public string String => (string)_ref!;
    internal JsObject Object => (JsObject)_ref!;
    internal JsSymbol Symbol => (JsSymbol)_ref!;
    internal JsBigInt BigInt => (JsBigInt)_ref!;
    public bool Boolean => ReferenceEquals(_ref, TrueTag);
    public JsObject? AsObject => _ref as JsObject;
    public string? AsString => _ref as string;
    public JsFunction? AsFunction => _ref as JsFunction;
    internal object? Ref => _ref;

    public JsType Type => _ref switch
    {
        null => JsType.Undefined,
        string => JsType.String,
        JsObject => JsType.Object,
        JsSymbol => JsType.Symbol,
        JsBigInt => JsType.BigInt,
        _ when ReferenceEquals(_ref, NumberTag) => JsType.Number,
        _ when ReferenceEquals(_ref, NullTag) => JsType.Null,
        _ when ReferenceEquals(_ref, TrueTag) || ReferenceEquals(_ref, FalseTag) => JsType.Boolean,
        _ => JsType.Undefined,
    };

    /// <summary>7.2.10 SameValue</summary>
    public static bool SameValue(JsValue x, JsValue y)
    {
        if (x.IsNumber && y.IsNumber)
        {
            if (double.IsNaN(x._num)) return double.IsNaN(y._num);
            return x._num == y._num && (x._num != 0 || double.IsNegative(x._num) == double.IsNegative(y._num));
        }
        return SameValueNonNumber(x, y);
    }

    /// <summary>7.2.11 SameValueZero</summary>
    internal static bool SameValueZero(JsValue x, JsValue y)
    {
        if (x.IsNumber && y.IsNumber)
            return x._num == y._num || (double.IsNaN(x._num) && double.IsNaN(y._num));
        return SameValueNonNumber(x, y);
    }

    /// <summary>7.2.16 IsStrictlyEqual</summary>
    public static bool StrictEquals(JsValue x, JsValue y)
    {
        if (x.IsNumber) return y.IsNumber && x._num == y._num;
        return SameValueNonNumber(x, y);
    }

    private static bool SameValueNonNumber(JsValue x, JsValue y)
    {
        if (x._ref is string sx) return y._ref is string sy && string.Equals(sx, sy);
        if (x._ref is JsBigInt bx) return y._ref is JsBigInt by && bx.Value == by.Value;
        return ReferenceEquals(x._ref, y._ref);
    }

    public bool Equals(JsValue other) => SameValue(this, other);
    public override bool Equals(object? obj) => obj is JsValue v && SameValue(this, v);
    public override int GetHashCode() => _ref switch
    {
        string s => s.GetHashCode(),
        JsBigInt b => b.Value.GetHashCode(),
        _ when IsNumber => _num == 0 ? 0 : _num.GetHashCode(),
        null => 0,
        _ => RuntimeHelpers.GetHashCode(_ref),
    };

    public override string ToString() => _ref switch
    {
        null => "undefined",
        string s => s,
        JsSymbol s => s.ToString(),
        JsBigInt b => b.Value.ToString(),
        JsObject o => $"[object {o.ClassName}]",
        _ when IsNumber => NumberConversions.ToString(_num),
        _ => _ref.ToString()!,
    };
}

/// <summary>A Symbol value (6.1.5).</summary>
public sealed class JsSymbol(string? description)
{
    public string? Description { get; } = description;
    /// <summary>Set for symbols from Symbol.for, so Symbol.keyFor can answer.</summary>
    internal string? RegistryKey { get; init; }
    public override string ToString() => $"Symbol({Description})";
}

/// <summary>A BigInt value (6.1.6.2).</summary>
public sealed class JsBigInt(BigInteger value)
{
    public BigInteger Value { get; } = value;
    public override string ToString() => Value.ToString();
}

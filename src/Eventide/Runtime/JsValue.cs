using System.Diagnostics;
using System.Numerics;
using System.Runtime.CompilerServices;
using Eventide.Runtime;

namespace Eventide;

/// <summary>The ECMAScript language types (6.1).</summary>
public enum JsType : byte
{
    /// <summary>undefined.</summary>
    Undefined,
    /// <summary>null.</summary>
    Null,
    /// <summary>true or false.</summary>
    Boolean,
    /// <summary>A number.</summary>
    Number,
    /// <summary>A string.</summary>
    String,
    /// <summary>A symbol.</summary>
    Symbol,
    /// <summary>A BigInt.</summary>
    BigInt,
    /// <summary>An object (functions included).</summary>
    Object,
}

/// <summary>
/// A JavaScript value. Numbers are stored inline (no boxing); strings, symbols, bigints and
/// objects are references. <c>default(JsValue)</c> is <c>undefined</c>, so fresh arrays of
/// values start out as undefined.
/// </summary>
public readonly partial struct JsValue : IEquatable<JsValue>
{
    // _ref: null => undefined (_bits 0) or a number (its bits XOR NumberMask in _bits);
    // TrueTag/FalseTag/NullTag/HoleTag; string; JsSymbol; JsBigInt; JsObject (_bits ObjectTag); internal cells (Accessor).
    // A number carries no reference, so storing one into a register or slot needs no GC write barrier.
    internal readonly object? _ref;
    private readonly long _bits;
    /// <summary>
    /// _bits of a JsObject reference (every other reference has 0), so that <see cref="AsObject"/> and
    /// <see cref="IsObject"/> test a field rather than cast through the class hierarchy (functions, arrays,
    /// promises). Only <see cref="JsValue(JsObject)"/> makes one; as a number's bits it would be a NaN
    /// other than the canonical one, which no number has.
    /// </summary>
    private const long ObjectTag = 1;
    /// <summary>
    /// Numbers keep their bits XOR this mask, so that the all-zero default is undefined: the mask is
    /// a NaN pattern no number has (every NaN is stored as the canonical one).
    /// </summary>
    private const long NumberMask = 0x7FF4_0000_0000_0000;
    // double.NaN's bits, as a constant: a static field would make every inlined number constructor
    // check that JsValue's static constructor has run (native AOT) on its NaN branch.
    private const long CanonicalNaNBits = unchecked((long)0xFFF8_0000_0000_0000);

    // A tag has no fields: native AOT then builds the four in the image (a reference field in the
    // class would keep them for JsValue's static constructor, and every IsHole/IsNull/IsTrue test
    // behind a check that it has run).
    private sealed class Tag
    {
        public override string ToString() =>
            ReferenceEquals(this, TrueTag) ? "true" : ReferenceEquals(this, FalseTag) ? "false" : ReferenceEquals(this, NullTag) ? "null" : "hole";
    }
    private static readonly Tag TrueTag = new();
    private static readonly Tag FalseTag = new();
    private static readonly Tag NullTag = new();
    private static readonly Tag HoleTag = new();

    /// <summary>undefined.</summary>
    public static JsValue Undefined { [MethodImpl(MethodImplOptions.AggressiveInlining)] get => default; }
    /// <summary>null.</summary>
    public static JsValue Null { [MethodImpl(MethodImplOptions.AggressiveInlining)] get => new((object)NullTag); }
    /// <summary>true.</summary>
    public static JsValue True { [MethodImpl(MethodImplOptions.AggressiveInlining)] get => new((object)TrueTag); }
    /// <summary>false.</summary>
    public static JsValue False { [MethodImpl(MethodImplOptions.AggressiveInlining)] get => new((object)FalseTag); }
    /// <summary>Marks an uninitialised binding (TDZ) or an array hole; never visible to scripts.</summary>
    internal static JsValue Hole { [MethodImpl(MethodImplOptions.AggressiveInlining)] get => new((object)HoleTag); }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private JsValue(object? r) { _ref = r; _bits = 0; }
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal JsValue(double n)
    {
        _ref = null;
        _bits = NumberBits(n);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static long NumberBits(double n) => (double.IsNaN(n) ? CanonicalNaNBits : BitConverter.DoubleToInt64Bits(n)) ^ NumberMask;

    /// <summary>
    /// Stores the number <paramref name="n"/> into <paramref name="slot"/> (a register or an
    /// array element) field by field: the same as <c>slot = new JsValue(n)</c>, without the
    /// struct temporary that the dispatch loop, past the JIT's budget of locals, would zero,
    /// fill and copy through a write barrier.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static void StoreNumber(ref JsValue slot, double n)
    {
        Unsafe.AsRef(in slot._ref) = null;
        Unsafe.AsRef(in slot._bits) = NumberBits(n);
    }

    /// <summary>Stores the Number <paramref name="n"/>, an int32 (never NaN), as <see cref="StoreNumber"/> does.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static void StoreInt32(ref JsValue slot, int n)
    {
        Unsafe.AsRef(in slot._ref) = null;
        Unsafe.AsRef(in slot._bits) = BitConverter.DoubleToInt64Bits(n) ^ NumberMask;
    }

    /// <summary>Copies <paramref name="number"/>, a Number, into <paramref name="slot"/> as <see cref="StoreNumber"/> would
    /// store its value: its bits as they are (no decoding, no NaN test) and no write barrier.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static void StoreNumberOf(ref JsValue slot, in JsValue number)
    {
        Debug.Assert(number.IsNumber);
        Unsafe.AsRef(in slot._ref) = null;
        Unsafe.AsRef(in slot._bits) = number._bits;
    }

    /// <summary>Stores the Number <paramref name="n"/>, a uint32 (never NaN), as <see cref="StoreNumber"/> does.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static void StoreUint32(ref JsValue slot, uint n)
    {
        Unsafe.AsRef(in slot._ref) = null;
        Unsafe.AsRef(in slot._bits) = BitConverter.DoubleToInt64Bits(n) ^ NumberMask;
    }

    /// <summary>Writes undefined into <paramref name="slot"/> without a write barrier (a copy of
    /// <see cref="Undefined"/> stores its reference field through one: the JIT does not know it is null).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static void StoreUndefined(ref JsValue slot)
    {
        Unsafe.AsRef(in slot._ref) = null;
        Unsafe.AsRef(in slot._bits) = 0;
    }
    /// <summary>
    /// <c>slot = value</c>, with the write barrier only when the value holds a reference: a number
    /// or undefined (a function's usual result) is stored field by field.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static void Store(ref JsValue slot, in JsValue value)
    {
        if (value._ref is null)
        {
            Unsafe.AsRef(in slot._ref) = null;
            Unsafe.AsRef(in slot._bits) = value._bits;
        }
        else slot = value;
    }
    /// <summary>
    /// <c>slot = value</c> for an operand-stack push: the write barrier only when the slot holds another
    /// reference. A loop pushes the same object at the same depth on every pass (o in o.x, this), and a
    /// finished frame's registers keep what they held, so the compare usually spares the barrier.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static void StoreSkippingSameRef(ref JsValue slot, in JsValue value)
    {
        if (ReferenceEquals(slot._ref, value._ref)) Unsafe.AsRef(in slot._bits) = value._bits;
        else Store(ref slot, value);
    }
    /// <summary><c>slot = value</c> unless the slot holds that value already (a compare is cheaper than the write barrier).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static void StoreIfChanged(ref JsValue slot, in JsValue value)
    {
        if (!ReferenceEquals(slot._ref, value._ref) || slot._bits != value._bits) Store(ref slot, value);
    }
    internal JsValue(string s) { _ref = s; _bits = 0; }
    internal JsValue(JsObject o) { _ref = o; _bits = o is null ? 0 : ObjectTag; } // a null object is undefined, as before the tag
    internal JsValue(JsSymbol s) { _ref = s; _bits = 0; }
    internal JsValue(JsBigInt b) { _ref = b; _bits = 0; }
    internal static JsValue FromInternal(object o)
    {
        Debug.Assert(o is not JsObject, "objects take JsValue(JsObject), which tags them");
        return new(o);
    }
    internal static JsValue FromConcat(ConcatString s) => new((object)s);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static JsValue FromBool(bool b) => b ? True : False;
    internal static JsValue FromObject(JsObject? o) => o is null ? Null : new JsValue(o);

    /// <summary>A number.</summary>
    public static implicit operator JsValue(double d) => new(d);
    /// <summary>A number.</summary>
    public static implicit operator JsValue(int i) => new((double)i);
    /// <summary>A string.</summary>
    public static implicit operator JsValue(string s) => new(s);
    /// <summary>A boolean.</summary>
    public static implicit operator JsValue(bool b) => b ? True : False;
    /// <summary>An object.</summary>
    public static implicit operator JsValue(JsObject o) => new(o);
    /// <summary>A symbol.</summary>
    public static implicit operator JsValue(JsSymbol s) => new(s);
    /// <summary>A BigInt.</summary>
    public static implicit operator JsValue(JsBigInt b) => new(b);

    /// <summary>The value is undefined.</summary>
    public bool IsUndefined { [MethodImpl(MethodImplOptions.AggressiveInlining)] get => _ref is null && _bits == 0; }
    /// <summary>The value is null.</summary>
    public bool IsNull => ReferenceEquals(_ref, NullTag);
    /// <summary>The value is undefined or null.</summary>
    public bool IsNullish => _ref is null ? _bits == 0 : ReferenceEquals(_ref, NullTag);
    /// <summary>The value is a number (<see cref="Number"/>).</summary>
    public bool IsNumber { [MethodImpl(MethodImplOptions.AggressiveInlining)] get => _ref is null && _bits != 0; }
    /// <summary>The value is a boolean (<see cref="Boolean"/>).</summary>
    public bool IsBoolean => ReferenceEquals(_ref, TrueTag) || ReferenceEquals(_ref, FalseTag);
    internal bool IsTrue => ReferenceEquals(_ref, TrueTag);
    internal bool IsFalse => ReferenceEquals(_ref, FalseTag);
    /// <summary>The value is a string (<see cref="String"/>).</summary>
    public bool IsString { [MethodImpl(MethodImplOptions.AggressiveInlining)] get => _ref is string || _ref is ConcatString; }
    /// <summary>The value is a symbol.</summary>
    public bool IsSymbol => _ref is JsSymbol;
    /// <summary>The value is a BigInt (<see cref="ToBigInteger"/>).</summary>
    public bool IsBigInt => _ref is JsBigInt;
    /// <summary>The value is an object, functions included (<see cref="AsObject"/>).</summary>
    public bool IsObject { [MethodImpl(MethodImplOptions.AggressiveInlining)] get => _bits == ObjectTag; }
    internal bool IsHole => ReferenceEquals(_ref, HoleTag);
    /// <summary>The value is a function (<see cref="AsFunction"/>).</summary>
    public bool IsCallable => _ref is JsObject o && o.IsCallable;

    /// <summary>The number (only when <see cref="IsNumber"/>).</summary>
    public double Number { [MethodImpl(MethodImplOptions.AggressiveInlining)] get => BitConverter.Int64BitsToDouble(_bits ^ NumberMask); }
    /// <summary>The string (only when <see cref="IsString"/>; <see cref="AsString"/> checks).</summary>
    public string String => _ref as string ?? ((ConcatString)_ref!).Flatten();
    internal JsObject Object => (JsObject)_ref!;
    internal JsSymbol Symbol => (JsSymbol)_ref!;
    internal JsBigInt BigInt => (JsBigInt)_ref!;
    /// <summary>The boolean (only when <see cref="IsBoolean"/>: true for true, false otherwise).</summary>
    public bool Boolean => ReferenceEquals(_ref, TrueTag);
    /// <summary>The object, or null when the value is not one.</summary>
    public JsObject? AsObject
    {
        // By the tag: no cast through the class hierarchy.
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => _bits == ObjectTag ? Unsafe.As<JsObject>(_ref) : null;
    }
    /// <summary>The string, or null when the value is not one.</summary>
    public string? AsString => _ref as string ?? (_ref as ConcatString)?.Flatten();
    /// <summary>The function, or null when the value is not callable.</summary>
    public JsFunction? AsFunction => _ref as JsFunction;
    /// <summary>The reference: a string, symbol, BigInt, object or internal cell (a linked string comes flat); null for undefined and numbers.</summary>
    internal object? Ref { [MethodImpl(MethodImplOptions.AggressiveInlining)] get => _ref is ConcatString c ? c.Flatten() : _ref; }
    /// <summary>The reference as stored (a linked string stays a <see cref="ConcatString"/>).</summary>
    internal object? RawRef => _ref;

    /// <summary>The value's type (typeof, with null apart).</summary>
    public JsType Type => _ref switch
    {
        null => _bits == 0 ? JsType.Undefined : JsType.Number,
        string or ConcatString => JsType.String,
        JsObject => JsType.Object,
        JsSymbol => JsType.Symbol,
        JsBigInt => JsType.BigInt,
        _ when ReferenceEquals(_ref, NullTag) => JsType.Null,
        _ when ReferenceEquals(_ref, TrueTag) || ReferenceEquals(_ref, FalseTag) => JsType.Boolean,
        _ => JsType.Undefined,
    };

    /// <summary>7.2.10 SameValue</summary>
    public static bool SameValue(JsValue x, JsValue y)
    {
        if (x.IsNumber && y.IsNumber)
        {
            // Every NaN has the same bits, and -0 differs from +0 in its bits: SameValue is bit equality.
            return x._bits == y._bits;
        }
        return SameValueNonNumber(x, y);
    }

    /// <summary>7.2.11 SameValueZero</summary>
    internal static bool SameValueZero(JsValue x, JsValue y)
    {
        if (x.IsNumber && y.IsNumber)
            return x._bits == y._bits || x.Number == y.Number;
        return SameValueNonNumber(x, y);
    }

    /// <summary>7.2.16 IsStrictlyEqual</summary>
    public static bool StrictEquals(JsValue x, JsValue y)
    {
        if (x.IsNumber) return y.IsNumber && x.Number == y.Number;
        return SameValueNonNumber(x, y);
    }

    private static bool SameValueNonNumber(JsValue x, JsValue y)
    {
        if (x.IsString) return y.IsString && string.Equals(x.String, y.String);
        if (x._ref is JsBigInt bx) return y._ref is JsBigInt by && bx.Value == by.Value;
        // undefined and numbers have no reference: equal only as the same bits (the callers compared numbers already).
        return ReferenceEquals(x._ref, y._ref) && x._bits == y._bits;
    }

    /// <inheritdoc/>
    public bool Equals(JsValue other) => SameValue(this, other);
    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is JsValue v && SameValue(this, v);
    /// <inheritdoc/>
    public override int GetHashCode() => _ref switch
    {
        string s => s.GetHashCode(),
        ConcatString c => c.Flatten().GetHashCode(),
        JsBigInt b => b.Value.GetHashCode(),
        null => _bits == 0 || Number == 0 ? 0 : Number.GetHashCode(),
        _ => RuntimeHelpers.GetHashCode(_ref),
    };

    /// <inheritdoc/>
    public override string ToString() => _ref switch
    {
        null => _bits == 0 ? "undefined" : NumberConversions.ToString(Number),
        string s => s,
        JsSymbol s => s.ToString(),
        JsBigInt b => b.Value.ToString(),
        JsObject o => $"[object {o.ClassName}]",
        _ => _ref.ToString()!,
    };
}

/// <summary>A Symbol value (6.1.5).</summary>
public sealed class JsSymbol(string? description)
{
    /// <summary>The symbol's description (Symbol(description)), or null.</summary>
    public string? Description { get; } = description;
    /// <summary>Set for symbols from Symbol.for, so Symbol.keyFor can answer.</summary>
    internal string? RegistryKey { get; init; }
    /// <inheritdoc/>
    public override string ToString() => $"Symbol({Description})";
}

/// <summary>A BigInt value (6.1.6.2).</summary>
public sealed class JsBigInt(BigInteger value)
{
    /// <summary>The BigInt's value.</summary>
    public BigInteger Value { get; } = value;
    /// <inheritdoc/>
    public override string ToString() => Value.ToString();
}

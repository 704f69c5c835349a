using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace Eventide.Runtime;

/// <summary>7.1 Type Conversion and 7.2 Testing and Comparison Operations.</summary>
internal static partial class Operations
{
    /// <summary>7.1.1 ToPrimitive</summary>
    public static JsValue ToPrimitive(JsValue input, string hint = "default")
    {
        if (input.AsObject is not JsObject o) return input;
        var toPrim = GetV(input, WellKnownSymbols.ToPrimitive);
        // V8 names a non-callable @@toPrimitive by its type and value ("number 1 is not a function").
        var exoticToPrim = toPrim.IsNullish ? null : toPrim.AsFunction ?? throw JsException.TypeError($"{DefaultCallSite(toPrim)} is not a function");
        if (exoticToPrim is not null)
        {
            var result = exoticToPrim.Call(input, [hint]);
            if (result.IsObject) throw JsException.TypeError("Cannot convert object to primitive value");
            return result;
        }
        return OrdinaryToPrimitive(o, hint == "string" ? "string" : "number");
    }

    /// <summary>7.1.1.1 OrdinaryToPrimitive</summary>
    public static JsValue OrdinaryToPrimitive(JsObject o, string hint)
    {
        string first = hint == "string" ? "toString" : "valueOf";
        string second = hint == "string" ? "valueOf" : "toString";
        foreach (var name in (ReadOnlySpan<string>)[first, second])
        {
            if (o.Get(name).AsFunction is { } method)
            {
                var result = method.Call(o, []);
                if (!result.IsObject) return result;
            }
        }
        throw JsException.TypeError("Cannot convert object to primitive value");
    }

    /// <summary>7.1.2 ToBoolean</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool ToBoolean(JsValue v)
    {
        if (v.IsTrue) return true;
        if (v.IsFalse || v.IsNullish) return false;
        if (v.IsNumber) return !(v.Number == 0 || double.IsNaN(v.Number));
        return v.Ref switch
        {
            string s => s.Length > 0,
            JsBigInt b => !b.Value.IsZero,
            _ => true,
        };
    }

    /// <summary>7.1.3 ToNumeric: a Number or a BigInt.</summary>
    public static JsValue ToNumeric(JsValue v)
    {
        if (v.IsNumber || v.IsBigInt) return v;
        var prim = ToPrimitive(v, "number");
        if (prim.IsBigInt) return prim;
        return ToNumber(prim);
    }

    /// <summary>7.1.4 ToNumber</summary>
    public static double ToNumber(JsValue v)
    {
        if (v.IsNumber) return v.Number;
        switch (v.Ref)
        {
            case null: return double.NaN;
            case string s: return NumberConversions.StringToNumber(s);
            case JsSymbol: throw JsException.TypeError("Cannot convert a Symbol value to a number");
            case JsBigInt: throw JsException.TypeError("Cannot convert a BigInt value to a number");
            case JsObject: return ToNumber(ToPrimitive(v, "number"));
        }
        if (v.IsNull || v.IsFalse) return 0;
        if (v.IsTrue) return 1;
        return double.NaN;
    }

    /// <summary>7.1.5 ToIntegerOrInfinity</summary>
    public static double ToIntegerOrInfinity(JsValue v)
    {
        double n = v.IsNumber ? v.Number : ToNumber(v);
        if (double.IsNaN(n) || n == 0) return 0;
        if (double.IsInfinity(n)) return n;
        return Math.Truncate(n) + 0.0; // -0.5 truncates to -0, but the result is a mathematical integer (+0)
    }

    /// <summary>7.1.6 ToInt32</summary>
    public static int ToInt32(JsValue v) => DoubleToInt32(v.IsNumber ? v.Number : ToNumber(v));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int DoubleToInt32(double n)
    {
        if (Sse2.X64.IsSupported)
        {
            // One cvttsd2si to 64 bits: below 2^63 in magnitude the low 32 bits of the truncated integer
            // are ToInt32's answer (hashes' uint32 values included). It answers long.MinValue for NaN
            // and out of range, which the general path sorts out. C#'s (int)n saturates (a compare and
            // a select around the conversion on x64).
            long truncated = Sse2.X64.ConvertToInt64WithTruncation(Vector128.CreateScalarUnsafe(n));
            if (truncated != long.MinValue) return (int)truncated;
        }
        else if (n >= int.MinValue && n <= int.MaxValue) return (int)n;
        return DoubleToInt32Modular(n);
    }

    /// <summary>ToInt32's steps for a Number outside the fast paths' range (NaN, ±Infinity, large magnitudes).</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int DoubleToInt32Modular(double n)
    {
        if (n >= int.MinValue && n <= int.MaxValue) return (int)n;
        if (double.IsNaN(n) || double.IsInfinity(n)) return 0;
        double m = Math.Truncate(n) % 4294967296.0;
        if (m < 0) m += 4294967296.0;
        return (int)(uint)m;
    }

    /// <summary>7.1.7 ToUint32</summary>
    public static uint ToUint32(JsValue v) => (uint)ToInt32(v);

    /// <summary>7.1.9 ToUint16</summary>
    public static ushort ToUint16(JsValue v) => (ushort)ToInt32(v);

    /// <summary>7.1.17 ToString</summary>
    public static string ToString(JsValue v)
    {
        if (v.Ref is string s) return s;
        if (v.IsNumber) return NumberConversions.ToString(v.Number);
        switch (v.Ref)
        {
            case null: return "undefined";
            case JsSymbol: throw JsException.TypeError("Cannot convert a Symbol value to a string");
            case JsBigInt b: return b.Value.ToString();
            case JsObject: return ToString(ToPrimitive(v, "string"));
        }
        if (v.IsNull) return "null";
        return v.IsTrue ? "true" : "false";
    }

    /// <summary>7.1.19 ToPropertyKey</summary>
    public static PropertyKey ToPropertyKey(JsValue v)
    {
        if (v.Ref is string s) return new PropertyKey(s);
        if (v.IsNumber)
        {
            double d = v.Number;
            if (d >= 0 && d < uint.MaxValue && d == (uint)d) return new PropertyKey((uint)d);
            return new PropertyKey(NumberConversions.ToString(d));
        }
        if (v.Ref is JsSymbol sym) return new PropertyKey(sym);
        var key = ToPrimitive(v, "string");
        if (key.Ref is JsSymbol sym2) return new PropertyKey(sym2);
        return new PropertyKey(ToString(key));
    }

    /// <summary>7.1.20 ToLength</summary>
    public static long ToLength(JsValue v)
    {
        double len = ToIntegerOrInfinity(v);
        if (len <= 0) return 0;
        return (long)Math.Min(len, 9007199254740991d);
    }

    /// <summary>7.1.22 ToIndex, with the RangeError's message as V8 words it at the call site.</summary>
    public static long ToIndex(JsValue v, string message = "Invalid index")
    {
        double integer = ToIntegerOrInfinity(v);
        if (integer < 0 || integer > 9007199254740991d) throw JsException.RangeError(message);
        return (long)integer;
    }

    /// <summary>7.1.18 ToObject</summary>
    public static JsObject ToObject(Realm realm, JsValue v)
    {
        if (v.AsObject is JsObject o) return o;
        if (v.IsNullish) throw JsException.TypeError("Cannot convert undefined or null to object");
        return realm.WrapPrimitive(v);
    }

    /// <summary>7.2.3 IsCallable</summary>
    public static bool IsCallable(JsValue v) => v.AsObject is { IsCallable: true };

    /// <summary>7.2.4 IsConstructor</summary>
    public static bool IsConstructor(JsValue v) => v.AsObject is { IsConstructor: true };

    /// <summary>7.3.24 GetFunctionRealm ( obj ): throws for a revoked proxy.</summary>
    public static Realm? GetFunctionRealm(JsObject obj)
    {
        // A loop: bound functions and proxies may nest a million deep.
        while (true)
        {
            switch (obj)
            {
                case ProxyFunction pf: obj = pf.Core.TargetOrThrow("GetFunctionRealm"); break;
                case JsProxy p: obj = p.Core.TargetOrThrow("GetFunctionRealm"); break;
                case BoundFunction b: obj = b.Target; break;
                case JsFunction f: return f.Realm;
                default: return Realm.Current;
            }
        }
    }

    /// <summary>7.2.2 IsArray</summary>
    public static bool IsArray(JsValue v)
    {
        if (v.AsObject is not JsObject o) return false;
        // A loop, as proxies may nest a million deep; V8 recurses, so past its depth it is a RangeError.
        for (int depth = 0; o is IProxy proxy; depth++)
        {
            if (depth == NativeRecursion.MaxDepth) throw JsException.RangeError("Maximum call stack size exceeded");
            o = proxy.TargetOrThrow();
        }
        return o is JsArray;
    }

    /// <summary>7.2.13 IsLooselyEqual</summary>
    public static bool IsLooselyEqual(JsValue x, JsValue y)
    {
        while (true)
        {
            if (x.Type == y.Type) return JsValue.StrictEquals(x, y);
            if (x.IsNullish && y.IsNullish) return true;
            if (x.IsNullish || y.IsNullish) return false;
            if (x.IsObject && y.AsObject is null && !y.IsNullish) { x = ToPrimitive(x); continue; }
            if (y.IsObject && x.AsObject is null) { y = ToPrimitive(y); continue; }
            if (x.IsNumber && y.IsString) return x.Number == NumberConversions.StringToNumber(y.String);
            if (x.IsString && y.IsNumber) return NumberConversions.StringToNumber(x.String) == y.Number;
            if (x.IsBigInt && y.IsString)
                return TryStringToBigInt(y.String, out var b) && b == x.BigInt.Value;
            if (x.IsString && y.IsBigInt) { (x, y) = (y, x); continue; }
            if (x.IsBoolean) { x = x.IsTrue ? 1 : 0; continue; }
            if (y.IsBoolean) { y = y.IsTrue ? 1 : 0; continue; }
            if (x.IsBigInt && y.IsNumber) return BigIntEqualsNumber(x.BigInt.Value, y.Number);
            if (x.IsNumber && y.IsBigInt) return BigIntEqualsNumber(y.BigInt.Value, x.Number);
            return false;
        }
    }

    private static bool BigIntEqualsNumber(BigInteger b, double n)
    {
        if (double.IsNaN(n) || double.IsInfinity(n) || n != Math.Floor(n)) return false;
        return b == new BigInteger(n);
    }

    /// <summary>7.1.14 StringToBigInt</summary>
    public static bool TryStringToBigInt(string s, out BigInteger value)
    {
        s = NumberConversions.TrimJs(s);
        value = BigInteger.Zero;
        if (s.Length == 0) return true;
        int radix = 10, start = 0;
        if (s.Length > 2 && s[0] == '0')
        {
            radix = s[1] switch { 'x' or 'X' => 16, 'o' or 'O' => 8, 'b' or 'B' => 2, _ => 10 };
            if (radix != 10) start = 2;
        }
        bool neg = false;
        if (radix == 10 && (s[0] == '+' || s[0] == '-')) { neg = s[0] == '-'; start = 1; }
        if (start >= s.Length) return false;
        for (int i = start; i < s.Length; i++)
        {
            int d = NumberConversions.DigitValue(s[i]);
            if (d < 0 || d >= radix) return false;
            value = value * radix + d;
        }
        if (neg) value = -value;
        return true;
    }

    /// <summary>7.2.14 IsLessThan; returns null for undefined (NaN involved).</summary>
    public static bool? IsLessThan(JsValue x, JsValue y, bool leftFirst)
    {
        JsValue px, py;
        if (leftFirst) { px = ToPrimitive(x, "number"); py = ToPrimitive(y, "number"); }
        else { py = ToPrimitive(y, "number"); px = ToPrimitive(x, "number"); }
        if (px.Ref is string sx && py.Ref is string sy) return string.CompareOrdinal(sx, sy) < 0;
        if (px.IsBigInt && py.IsString)
            return TryStringToBigInt(py.String, out var by) ? px.BigInt.Value < by : null;
        if (px.IsString && py.IsBigInt)
            return TryStringToBigInt(px.String, out var bx) ? bx < py.BigInt.Value : null;
        var nx = ToNumeric(px);
        var ny = ToNumeric(py);
        if (nx.IsNumber && ny.IsNumber)
        {
            if (double.IsNaN(nx.Number) || double.IsNaN(ny.Number)) return null;
            return nx.Number < ny.Number;
        }
        if (nx.IsBigInt && ny.IsBigInt) return nx.BigInt.Value < ny.BigInt.Value;
        // Mixed BigInt / Number
        double d = nx.IsNumber ? nx.Number : ny.Number;
        if (double.IsNaN(d)) return null;
        if (double.IsInfinity(d)) return nx.IsNumber ? d < 0 : d > 0;
        var big = nx.IsBigInt ? nx.BigInt.Value : ny.BigInt.Value;
        // big < d ⇔ big < ceil(d); d < big ⇔ floor(d) < big (big is an integer).
        if (nx.IsBigInt) return big < new BigInteger(Math.Ceiling(d));
        return new BigInteger(Math.Floor(d)) < big;
    }

    /// <summary>13.5.3 The typeof Operator</summary>
    public static string TypeOf(JsValue v) => v.Ref switch
    {
        null when v.IsUndefined => "undefined",
        string => "string",
        JsSymbol => "symbol",
        JsBigInt => "bigint",
        JsObject o => o.IsCallable ? "function" : "object",
        _ when v.IsNumber => "number",
        _ when v.IsBoolean => "boolean",
        _ => "object",
    };

    /// <summary>7.3.11 GetMethod</summary>
    public static JsFunction? GetMethod(JsValue v, PropertyKey key)
    {
        var func = GetV(v, key);
        if (func.IsNullish) return null;
        if (func.AsFunction is not { } f) throw JsException.TypeError($"{ToDisplay(func)} is not a function");
        return f;
    }

    /// <summary>7.3.3 GetV: property lookup on any value (primitives use their prototype).</summary>
    public static JsValue GetV(JsValue v, PropertyKey key)
    {
        if (v.AsObject is JsObject o) return o.Get(key, v);
        if (v.IsNullish) throw JsException.TypeError($"Cannot read properties of {(v.IsNull ? "null" : "undefined")} (reading '{key}')");
        var realm = Realm.Current ?? throw new InvalidOperationException("no running realm");
        if (v.IsString && key.IsString)
        {
            if (key.Name == "length") return v.String.Length;
            if (key.IsArrayIndex) return key.Index < v.String.Length ? v.String[(int)key.Index].ToString() : JsValue.Undefined;
        }
        return realm.PrototypeForPrimitive(v).Get(key, v);
    }

    /// <summary>7.3.13 Call</summary>
    public static JsValue Call(JsValue f, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        if (f.AsFunction is not { } fn) throw JsException.TypeError($"{ToDisplay(f)} is not a function");
        return fn.Call(thisValue, args);
    }

    /// <summary>7.3.14 Construct</summary>
    public static JsValue Construct(JsValue f, ReadOnlySpan<JsValue> args, JsObject? newTarget = null)
    {
        if (f.AsFunction is not { IsConstructor: true } fn) throw JsException.TypeError($"{ToDisplay(f)} is not a constructor");
        return fn.Construct(args, newTarget ?? fn);
    }

    /// <summary>7.3.21 Invoke</summary>
    public static JsValue Invoke(JsValue v, PropertyKey key, ReadOnlySpan<JsValue> args)
    {
        var func = GetV(v, key);
        return Call(func, v, args);
    }

    /// <summary>7.3.19 LengthOfArrayLike</summary>
    public static long LengthOfArrayLike(JsObject o)
    {
        if (o is JsArray a) return a.Length;
        return ToLength(o.Get("length"));
    }

    /// <summary>V8's FixedArray::kMaxLength: a longer argument list is an invalid array length.</summary>
    internal const long MaxFixedArrayLength = 134_217_725;
    /// <summary>node's stack holds about 125,000 arguments; past this many a call fails as there (and promptly).</summary>
    internal const long MaxArgumentCount = 1 << 17;

    /// <summary>7.3.20 CreateListFromArrayLike</summary>
    public static JsValue[] CreateListFromArrayLike(JsValue obj)
    {
        if (obj.AsObject is not JsObject o) throw JsException.TypeError("CreateListFromArrayLike called on non-object");
        long len = LengthOfArrayLike(o);
        // V8 copies the list into a FixedArray, then pushes it on the stack as arguments.
        if (len > MaxFixedArrayLength) throw JsException.RangeError("Invalid array length");
        if (len > MaxArgumentCount) throw JsException.RangeError("Maximum call stack size exceeded");
        var list = new JsValue[len];
        for (long i = 0; i < len; i++) list[i] = o.Get(new PropertyKey((uint)i));
        return list;
    }

    /// <summary>7.3.22 OrdinaryHasInstance</summary>
    public static bool OrdinaryHasInstance(JsValue c, JsValue o)
    {
        if (!IsCallable(c)) return false;
        if (c.Object is BoundFunction bf)
        {
            using var depth = NativeRecursion.Enter();
            return InstanceOf(o, bf.Target);
        }
        if (o.AsObject is not JsObject obj) return false;
        var p = c.Object.Get("prototype");
        if (p.AsObject is not JsObject proto)
            throw JsException.TypeError($"Function has non-object prototype '{(p.IsSymbol ? p.Symbol.ToString() : ToString(p))}' in instanceof check");
        for (var cur = obj.GetPrototypeOf(); cur is not null; cur = cur.GetPrototypeOf())
            if (ReferenceEquals(cur, proto)) return true;
        return false;
    }

    /// <summary>13.10.2 InstanceofOperator</summary>
    public static bool InstanceOf(JsValue v, JsValue target)
    {
        if (!target.IsObject) throw JsException.TypeError("Right-hand side of 'instanceof' is not an object");
        var instOfHandler = GetMethod(target, WellKnownSymbols.HasInstance);
        if (instOfHandler is not null) return ToBoolean(instOfHandler.Call(target, [v]));
        if (!IsCallable(target)) throw JsException.TypeError("Right-hand side of 'instanceof' is not callable");
        return OrdinaryHasInstance(target, v);
    }

    /// <summary>7.3.23 SpeciesConstructor</summary>
    public static JsValue SpeciesConstructor(JsObject o, JsValue defaultConstructor)
    {
        var c = o.Get("constructor");
        if (c.IsUndefined) return defaultConstructor;
        if (!c.IsObject) throw JsException.TypeError("object.constructor is not an object");
        var s = c.Object.Get(WellKnownSymbols.Species);
        if (s.IsNullish) return defaultConstructor;
        if (IsConstructor(s)) return s;
        throw JsException.TypeError("object.constructor[Symbol.species] is not a constructor");
    }

    /// <summary>V8's BuildDefaultCallSite: how a message names a value it has no source expression for
    /// ("undefined", "object null", "number 1", "string \"s\"", "object").</summary>
    public static string DefaultCallSite(JsValue v)
    {
        string type = TypeOf(v);
        if (v.IsString) return v.String.Length <= 100 ? $"{type} \"{v.String}\"" : $"{type} \"{v.String[..100]}<...>\"";
        if (v.IsNull) return "object null";
        if (v.IsBoolean || v.IsNumber) return type + " " + ToString(v);
        return type;
    }

    /// <summary>A short rendering of a value for error messages, as V8 words them.</summary>
    public static string ToDisplay(JsValue v) => v.Ref switch
    {
        null when v.IsUndefined => "undefined",
        string s => $"\"{s}\"",
        JsSymbol s => s.ToString(),
        JsObject o => DescribeForError(o),
        _ => v.ToString(),
    };

    public static string DescribeForError(JsObject o)
    {
        if (o is JsFunction f) return $"function {f.DebugName}";
        if (o is JsArray) return "object Array";
        // Without a constructor to name it (null prototype, module namespace) V8 writes [object Tag].
        return ConstructorNameWithoutSideEffects(o) is { } name ? "#<" + name + ">" : $"[object {o.ClassName}]";
    }

    /// <summary>The "constructor" data property's function name along the prototype chain, as V8
    /// names objects in messages: getters and exotic objects are never run.</summary>
    internal static string? ConstructorNameWithoutSideEffects(JsObject o)
    {
        for (JsObject? p = o; p is not null && p.HasOrdinaryGet; p = p.GetPrototypeOf())
        {
            if (p.GetOwnDataValue("constructor") is { IsObject: true } c) return c.AsFunction?.DebugName;
        }
        return null;
    }
}

/// <summary>Implemented by Proxy exotic objects.</summary>
internal interface IProxy
{
    JsObject TargetOrThrow();

}

using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;
using Eventide.Compiling;

namespace Eventide.Runtime;

/// <summary>13.15.3 ApplyStringOrNumericBinaryOperator and the Number/BigInt operations (6.1.6).</summary>
internal static class Arithmetic
{
    /// <summary>The + operator on values that are not both numbers or both strings.</summary>
    public static JsValue Add(JsValue a, JsValue b)
    {
        var lprim = Operations.ToPrimitive(a);
        var rprim = Operations.ToPrimitive(b);
        if (lprim.IsString || rprim.IsString)
            return ConcatString.Concat(lprim.IsString ? lprim : Operations.ToString(lprim), rprim.IsString ? rprim : Operations.ToString(rprim));
        return Numeric(OpCode.Add, Operations.ToNumeric(lprim), Operations.ToNumeric(rprim));
    }

    public static JsValue Binary(OpCode op, JsValue a, JsValue b)
    {
        if (op == OpCode.Add) return Add(a, b);
        var l = Operations.ToNumeric(a);
        var r = Operations.ToNumeric(b);
        return Numeric(op, l, r);
    }

    private static JsValue Numeric(OpCode op, JsValue l, JsValue r)
    {
        if (l.IsBigInt != r.IsBigInt)
            throw JsException.TypeError("Cannot mix BigInt and other types, use explicit conversions");
        if (l.IsBigInt) return BigIntOp(op, l.BigInt.Value, r.BigInt.Value);
        double x = l.Number, y = r.Number;
        return op switch
        {
            OpCode.Add => x + y,
            OpCode.Sub => x - y,
            OpCode.Mul => x * y,
            OpCode.Div => x / y,
            OpCode.Mod => Remainder(x, y),
            OpCode.Exp => Exponentiate(x, y),
            OpCode.BitAnd => (double)(Operations.DoubleToInt32(x) & Operations.DoubleToInt32(y)),
            OpCode.BitOr => (double)(Operations.DoubleToInt32(x) | Operations.DoubleToInt32(y)),
            OpCode.BitXor => (double)(Operations.DoubleToInt32(x) ^ Operations.DoubleToInt32(y)),
            OpCode.Shl => (double)(Operations.DoubleToInt32(x) << (Operations.DoubleToInt32(y) & 31)),
            OpCode.Shr => (double)(Operations.DoubleToInt32(x) >> (Operations.DoubleToInt32(y) & 31)),
            OpCode.UShr => (double)((uint)Operations.DoubleToInt32(x) >> (Operations.DoubleToInt32(y) & 31)),
            _ => throw new InvalidOperationException(op.ToString()),
        };
    }

    /// <summary>Lt, Gt, Le, Ge, StrictEq or StrictNe on two Numbers (6.1.6.1.12 Number::lessThan, 6.1.6.1.13 Number::equal).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool NumberCompare(OpCode op, double x, double y)
    {
        return op switch
        {
            OpCode.Lt => x < y,
            OpCode.Gt => x > y,
            OpCode.Le => x <= y,
            OpCode.Ge => x >= y,
            OpCode.StrictEq => x == y,
            _ => x != y,
        };
    }

    /// <summary>6.1.6.1.6 Number::remainder (truncating, sign of the dividend).</summary>
    public static double Remainder(double n, double d)
    {
        // Positive integers (the usual i % k; 0 and -0 keep their sign below) take the integer instruction
        // instead of fmod: a leaf without spills. The 32-bit truncation answers int.MinValue for NaN and
        // out-of-range values, which the tests against 1 reject along with zero and negatives.
        int ni = Sse2.IsSupported ? Sse2.ConvertToInt32WithTruncation(Vector128.CreateScalarUnsafe(n)) : (int)n;
        int di = Sse2.IsSupported ? Sse2.ConvertToInt32WithTruncation(Vector128.CreateScalarUnsafe(d)) : (int)d;
        if (ni >= 1 && di >= 1 && ni == n && di == d) return ni % di;
        return RemainderOfDoubles(n, d);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static double RemainderOfDoubles(double n, double d)
    {
        if (double.IsNaN(n) || double.IsNaN(d) || double.IsInfinity(n) || d == 0) return double.NaN;
        if (double.IsInfinity(d) || n == 0) return n;
        return n % d; // truncating remainder; the sign (including -0) follows the dividend
    }

    /// <summary>6.1.6.1.3 Number::exponentiate</summary>
    public static double Exponentiate(double b, double e)
    {
        if (double.IsNaN(e)) return double.NaN;
        if (e == 0) return 1;
        if ((b == 1 || b == -1) && double.IsInfinity(e)) return double.NaN;
        return Math.Pow(b, e);
    }

    private static JsValue BigIntOp(OpCode op, BigInteger x, BigInteger y)
    {
        switch (op)
        {
            case OpCode.Add: BigIntSize.CheckAdd(x, y); return new JsBigInt(x + y);
            case OpCode.Sub: BigIntSize.CheckAdd(x, -y); return new JsBigInt(x - y);
            case OpCode.Mul: return new JsBigInt(BigIntSize.Multiply(x, y));
            case OpCode.Div:
                if (y.IsZero) throw JsException.RangeError("Division by zero");
                return new JsBigInt(BigInteger.Divide(x, y));
            case OpCode.Mod:
                if (y.IsZero) throw JsException.RangeError("Division by zero");
                return new JsBigInt(BigInteger.Remainder(x, y));
            case OpCode.Exp:
                if (y.Sign < 0) throw JsException.RangeError("undefined must be positive"); // V8's words
                return new JsBigInt(BigIntSize.Pow(x, y));
            case OpCode.BitAnd: return new JsBigInt(x & y);
            case OpCode.BitOr: return new JsBigInt(x | y);
            case OpCode.BitXor: return new JsBigInt(x ^ y);
            case OpCode.Shl:
                return new JsBigInt(y.Sign >= 0 ? BigIntSize.ShiftLeft(x, y) : BigIntSize.ShiftRight(x, -y));
            case OpCode.Shr:
                return new JsBigInt(y.Sign >= 0 ? BigIntSize.ShiftRight(x, y) : BigIntSize.ShiftLeft(x, -y));
            case OpCode.UShr:
                throw JsException.TypeError("BigInts have no unsigned right shift, use >> instead");
        }
        throw new InvalidOperationException(op.ToString());
    }

    public static JsValue Negate(JsValue a)
    {
        var n = Operations.ToNumeric(a);
        return n.IsBigInt ? new JsBigInt(-n.BigInt.Value) : new JsValue(-n.Number);
    }

    /// <summary>++ and -- on a value ToNumeric already converted: Number::add or BigInt::add of <paramref name="delta"/> (±1).</summary>
    public static JsValue Increment(JsValue numeric, int delta) =>
        numeric.IsNumber ? new JsValue(numeric.Number + delta) : new JsValue(new JsBigInt(numeric.BigInt.Value + delta));

    public static JsValue BitNot(JsValue a)
    {
        var n = Operations.ToNumeric(a);
        return n.IsBigInt ? new JsBigInt(-n.BigInt.Value - 1) : new JsValue(~Operations.DoubleToInt32(n.Number));
    }
}

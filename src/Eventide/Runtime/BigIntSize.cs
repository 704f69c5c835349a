using System.Numerics;

namespace Eventide.Runtime;

/// <summary>
/// V8's bound on BigInt size (BigInt::kMaxLengthBits, 2^30 bits, in 64-bit digits): an operation
/// whose result may be longer throws node's RangeError before computing it, as V8 checks the
/// result length it would allocate, so growth cannot exhaust memory or time.
/// </summary>
internal static class BigIntSize
{
    public const long MaxBits = 1L << 30;
    private const long MaxDigits = MaxBits / 64;

    public static JsException Exceeded() => JsException.RangeError("Maximum BigInt size exceeded");

    /// <summary>The number of 64-bit digits of |v|.</summary>
    private static long Digits(BigInteger v) =>
        v.IsZero ? 0 : ((long)(v.Sign < 0 ? BigInteger.Negate(v) : v).GetBitLength() + 63) / 64;

    // GetBitLength of a negative value may be one short of |v|'s; far from the bound no exact count is needed.
    private static bool Far(long bits) => bits < MaxBits - 256;

    /// <summary>x + y (or x - y with y negated): like signs need one digit more than the longer.</summary>
    public static void CheckAdd(BigInteger x, BigInteger y)
    {
        if (x.Sign == 0 || y.Sign == 0 || x.Sign != y.Sign) return;
        if (Far(Math.Max(x.GetBitLength(), y.GetBitLength()))) return;
        if (Math.Max(Digits(x), Digits(y)) + 1 > MaxDigits) throw Exceeded();
    }

    public static void CheckMultiply(BigInteger x, BigInteger y)
    {
        if (x.IsZero || y.IsZero || Far(x.GetBitLength() + y.GetBitLength())) return;
        if (Digits(x) + Digits(y) > MaxDigits) throw Exceeded();
    }

    /// <summary>x shifted left by a non-negative count.</summary>
    public static BigInteger ShiftLeft(BigInteger x, BigInteger count)
    {
        if (x.IsZero || count.IsZero) return x;
        if (count > MaxBits) throw Exceeded();
        long bits = (long)(x.Sign < 0 ? BigInteger.Negate(x) : x).GetBitLength() + (long)count;
        if ((bits + 63) / 64 > MaxDigits) throw Exceeded();
        return x << (int)count;
    }

    /// <summary>x shifted right (rounding toward -infinity) by a non-negative count, which may exceed any int.</summary>
    public static BigInteger ShiftRight(BigInteger x, BigInteger count) =>
        count > int.MaxValue ? (x.Sign < 0 ? BigInteger.MinusOne : BigInteger.Zero) : x >> (int)count;

    /// <summary>6.1.6.2.3 BigInt::exponentiate with a non-negative exponent.</summary>
    public static BigInteger Pow(BigInteger x, BigInteger y)
    {
        if (y.IsZero || x.IsOne) return BigInteger.One;
        if (x.IsZero) return BigInteger.Zero;
        if (x == BigInteger.MinusOne) return y.IsEven ? BigInteger.One : BigInteger.MinusOne;
        if (y >= MaxBits) throw Exceeded();
        // The result has about y * log2|x| bits: refuse well past the bound without computing it.
        double estimate = (double)y * BigInteger.Log(BigInteger.Abs(x), 2);
        if (estimate > MaxBits + 64) throw Exceeded();
        var result = estimate < BigIntTime.SlowBits ? BigInteger.Pow(x, (int)y) : PowBySquaring(x, (int)y);
        if (Digits(result) > MaxDigits) throw Exceeded();
        return result;
    }

    /// <summary>x * y, within the size bound and the engine's time limits.</summary>
    public static BigInteger Multiply(BigInteger x, BigInteger y)
    {
        CheckMultiply(x, y);
        return BigIntTime.Multiply(x, y);
    }

    // A result this large takes seconds: square and multiply step by step, each step within the
    // engine's limits (BigInteger.Pow could not be stopped).
    private static BigInteger PowBySquaring(BigInteger x, int y)
    {
        var result = BigInteger.One;
        while (true)
        {
            if ((y & 1) != 0) result = Multiply(result, x);
            y >>= 1;
            if (y == 0) return result;
            x = Multiply(x, x);
        }
    }
}

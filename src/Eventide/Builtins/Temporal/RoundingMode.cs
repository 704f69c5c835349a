using Eventide.Runtime;

namespace Eventide.Builtins.Temporal;

/// <summary>Table 22 rounding modes.</summary>
internal enum RoundingMode { Ceil, Floor, Expand, Trunc, HalfCeil, HalfFloor, HalfExpand, HalfTrunc, HalfEven }

/// <summary>13.x rounding of exact integers (epoch and time-duration nanoseconds) to an increment.</summary>
internal static class Rounding
{
    public static readonly string[] ModeNames =
        ["ceil", "floor", "expand", "trunc", "halfCeil", "halfFloor", "halfExpand", "halfTrunc", "halfEven"];

    private enum Unsigned { Zero, Infinity, HalfZero, HalfInfinity, HalfEven }

    // 13.27 GetUnsignedRoundingMode
    private static Unsigned ToUnsigned(RoundingMode mode, bool negative) => mode switch
    {
        RoundingMode.Ceil => negative ? Unsigned.Zero : Unsigned.Infinity,
        RoundingMode.Floor => negative ? Unsigned.Infinity : Unsigned.Zero,
        RoundingMode.Expand => Unsigned.Infinity,
        RoundingMode.Trunc => Unsigned.Zero,
        RoundingMode.HalfCeil => negative ? Unsigned.HalfZero : Unsigned.HalfInfinity,
        RoundingMode.HalfFloor => negative ? Unsigned.HalfInfinity : Unsigned.HalfZero,
        RoundingMode.HalfExpand => Unsigned.HalfInfinity,
        RoundingMode.HalfTrunc => Unsigned.HalfZero,
        _ => Unsigned.HalfEven,
    };

    // 13.30 RoundNumberToIncrement on an exact integer; returns the rounded value (a multiple of increment).
    public static Int128 RoundToIncrement(Int128 x, Int128 increment, RoundingMode mode)
    {
        var quotient = RoundQuotient(x, increment, mode);
        return quotient * increment;
    }

    /// <summary>x / divisor rounded to an integer with the mode (13.28 ApplyUnsignedRoundingMode on the exact quotient).</summary>
    public static Int128 RoundQuotient(Int128 x, Int128 divisor, RoundingMode mode)
    {
        bool negative = x < 0;
        var magnitude = negative ? -x : x;
        var lower = magnitude / divisor;
        var remainder = magnitude - lower * divisor;
        var rounded = remainder == 0 ? lower : ToUnsigned(mode, negative) switch
        {
            Unsigned.Zero => lower,
            Unsigned.Infinity => lower + 1,
            var half => Compare(remainder * 2, divisor) switch
            {
                < 0 => lower,
                > 0 => lower + 1,
                _ => half == Unsigned.HalfZero ? lower : half == Unsigned.HalfInfinity ? lower + 1 : (lower % 2 == 0 ? lower : lower + 1),
            },
        };
        return negative ? -rounded : rounded;
    }

    /// <summary>Rounds the exact rational numerator/denominator (denominator &gt; 0) to an integer with the mode.</summary>
    public static System.Numerics.BigInteger RoundRational(System.Numerics.BigInteger numerator, System.Numerics.BigInteger denominator, RoundingMode mode)
    {
        bool negative = numerator.Sign < 0;
        var magnitude = System.Numerics.BigInteger.Abs(numerator);
        var lower = System.Numerics.BigInteger.DivRem(magnitude, denominator, out var remainder);
        var rounded = remainder.IsZero ? lower : ToUnsigned(mode, negative) switch
        {
            Unsigned.Zero => lower,
            Unsigned.Infinity => lower + 1,
            var half => (remainder * 2).CompareTo(denominator) switch
            {
                < 0 => lower,
                > 0 => lower + 1,
                _ => half == Unsigned.HalfZero ? lower : half == Unsigned.HalfInfinity ? lower + 1 : (lower.IsEven ? lower : lower + 1),
            },
        };
        return negative ? -rounded : rounded;
    }

    // 13.x RoundNumberToIncrementAsIfPositive: rounds along the time line (floor-based), for epoch nanoseconds.
    public static Int128 RoundAsIfPositive(Int128 x, Int128 increment, RoundingMode mode)
    {
        var lower = x / increment;
        var remainder = x - lower * increment;
        if (remainder < 0) { lower--; remainder += increment; }
        if (remainder == 0) return lower * increment;
        bool up = ToUnsigned(mode, false) switch
        {
            Unsigned.Zero => false,
            Unsigned.Infinity => true,
            var half => Compare(remainder * 2, increment) switch
            {
                < 0 => false,
                > 0 => true,
                _ => half == Unsigned.HalfInfinity || (half == Unsigned.HalfEven && lower % 2 != 0),
            },
        };
        return (up ? lower + 1 : lower) * increment;
    }

    private static int Compare(Int128 a, Int128 b) => a < b ? -1 : a > b ? 1 : 0;

    /// <summary>The double nearest to numerator/denominator (correctly rounded, ties to even).</summary>
    public static double DivideToDouble(System.Numerics.BigInteger numerator, System.Numerics.BigInteger denominator)
    {
        if (numerator.IsZero) return 0;
        bool negative = numerator.Sign < 0;
        var n = System.Numerics.BigInteger.Abs(numerator);
        // Scale so the integer quotient has at least 66 significant bits, then round once to 53 via the sticky bit.
        long shift = 66 - ((long)n.GetBitLength() - (long)denominator.GetBitLength());
        if (shift < 0) shift = 0;
        var q = System.Numerics.BigInteger.DivRem(n << (int)shift, denominator, out var r);
        if (!r.IsZero) q = (q << 1) | 1; else q <<= 1;
        double result = ScaleDown(q, shift + 1);
        return negative ? -result : result;
    }

    /// <summary>q / 2^shift, correctly rounded (q carries a sticky low bit).</summary>
    private static double ScaleDown(System.Numerics.BigInteger q, long shift)
    {
        long bits = (long)q.GetBitLength();
        int excess = (int)Math.Max(0, bits - 53);
        var top = q >> excess;
        var dropped = q - (top << excess);
        if (excess > 0)
        {
            var half = System.Numerics.BigInteger.One << (excess - 1);
            int cmp = dropped.CompareTo(half);
            if (cmp > 0 || (cmp == 0 && !top.IsEven)) top += 1;
        }
        return Math.ScaleB((double)top, (int)(excess - shift));
    }
}

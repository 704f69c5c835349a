using System.Numerics;
using System.Text;
using Eventide.Runtime;

namespace Eventide.Builtins;

/// <summary>toFixed, toExponential and toPrecision with exact decimal rounding (ties away from zero), as V8 does.</summary>
internal static partial class NumberPrototype
{
    /// <summary>x = mantissa × 2^exponent, exactly (x finite, non-negative).</summary>
    private static (BigInteger Mantissa, int Exponent) Decompose(double x)
    {
        long bits = BitConverter.DoubleToInt64Bits(x);
        int biased = (int)((bits >> 52) & 0x7FF);
        long fraction = bits & 0xFFFFFFFFFFFFFL;
        if (biased == 0) return (fraction, -1074);
        return (fraction | (1L << 52), biased - 1075);
    }

    /// <summary>round(x × 10^k), halves rounded up (or floor), exactly.</summary>
    private static BigInteger ScaledRound(double x, int k, bool floor = false)
    {
        var (mant, exp2) = Decompose(x);
        BigInteger num = mant, den = BigInteger.One;
        if (exp2 > 0) num <<= exp2; else den <<= -exp2;
        if (k > 0) num *= BigInteger.Pow(10, k); else den *= BigInteger.Pow(10, -k);
        var q = BigInteger.DivRem(num, den, out var r);
        if (!floor && r * 2 >= den) q += 1;
        return q;
    }

    /// <summary>21.1.3.3 steps 6-12 for finite |x| &lt; 1e21.</summary>
    public static string ToFixed(double x, int f)
    {
        string sign = x < 0 ? "-" : "";
        x = Math.Abs(x);
        var m = ScaledRound(x, f).ToString();
        if (f == 0) return sign + m;
        if (m.Length <= f) m = new string('0', f + 1 - m.Length) + m;
        return sign + m[..^f] + "." + m[^f..];
    }

    /// <summary>The <paramref name="count"/> significant digits of x (x &gt; 0) and its decimal exponent e (x ≈ d.ddd × 10^e).</summary>
    private static (string Digits, int E) SignificantDigits(double x, int count)
    {
        // Exactly: 10^e ≤ x &lt; 10^(e+1).
        int e = (int)Math.Floor(Math.Log10(x));
        while (ScaledRound(x, -e, floor: true).IsZero) e--;
        while (!ScaledRound(x, -(e + 1), floor: true).IsZero) e++;
        var s = ScaledRound(x, count - 1 - e).ToString();
        if (s.Length > count) return (s[..count], e + 1); // rounded up to the next power of ten
        return (s, e);
    }

    /// <summary>21.1.3.2 toExponential; fractionDigits -1 means as many digits as needed (shortest round-trip).</summary>
    public static string ToExponential(double x, int fractionDigits)
    {
        string sign = x < 0 ? "-" : "";
        x = Math.Abs(x);
        string digits;
        int e;
        if (x == 0)
        {
            digits = new string('0', Math.Max(fractionDigits, 0) + 1);
            e = 0;
        }
        else if (fractionDigits < 0)
        {
            NumberConversions.GetShortestDigits(x, out digits, out int n);
            e = n - 1;
        }
        else (digits, e) = SignificantDigits(x, fractionDigits + 1);
        var sb = new StringBuilder(sign);
        sb.Append(digits[0]);
        if (digits.Length > 1) sb.Append('.').Append(digits, 1, digits.Length - 1);
        sb.Append('e').Append(e >= 0 ? '+' : '-').Append(Math.Abs(e));
        return sb.ToString();
    }

    /// <summary>21.1.3.5 toPrecision steps 7-13.</summary>
    public static string ToPrecision(double x, int p)
    {
        string sign = x < 0 ? "-" : "";
        x = Math.Abs(x);
        string digits;
        int e;
        if (x == 0) { digits = new string('0', p); e = 0; }
        else (digits, e) = SignificantDigits(x, p);
        if (e < -6 || e >= p)
        {
            var sb = new StringBuilder(sign).Append(digits[0]);
            if (p > 1) sb.Append('.').Append(digits, 1, p - 1);
            return sb.Append('e').Append(e >= 0 ? '+' : '-').Append(Math.Abs(e)).ToString();
        }
        if (e == p - 1) return sign + digits;
        if (e >= 0) return sign + digits[..(e + 1)] + "." + digits[(e + 1)..];
        return sign + "0." + new string('0', -(e + 1)) + digits;
    }
}

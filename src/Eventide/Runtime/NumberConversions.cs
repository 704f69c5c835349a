using System.Globalization;
using System.Text;

namespace Eventide.Runtime;

/// <summary>Number ↔ String conversions with JavaScript's exact formats.</summary>
internal static class NumberConversions
{
    private const int CachedIntegers = 4096;
    /// <summary>The strings of the integers 0..4095, each made when first needed (V8 caches number
    /// strings too): indices, counters and small keys convert without allocating. Two threads
    /// racing to fill a slot store equal strings.</summary>
    private static readonly string?[] IntegerStrings = new string?[CachedIntegers];
    private const string RadixDigits = "0123456789abcdefghijklmnopqrstuvwxyz";

    /// <summary>Whether <paramref name="value"/> is an integer of magnitude below 2^53 (-0 included),
    /// which every radix writes exactly, digit by digit.</summary>
    private static bool IsSafeInteger(double value) => value == Math.Floor(value) && Math.Abs(value) < 9007199254740992d;

    /// <summary>6.1.6.1.20 Number::toString(x, 10)</summary>
    public static string ToString(double value)
    {
        if (IsSafeInteger(value))
        {
            long integer = (long)value;
            if ((ulong)integer < CachedIntegers) return IntegerStrings[integer] ??= integer.ToString(CultureInfo.InvariantCulture);
            return integer.ToString(CultureInfo.InvariantCulture);
        }
        if (double.IsNaN(value)) return "NaN";
        if (double.IsInfinity(value)) return value > 0 ? "Infinity" : "-Infinity";
        if (value < 0) return "-" + ToString(-value);

        // Shortest round-trip digits and exponent: value = 0.d1d2...dk × 10^n
        GetShortestDigits(value, out string digits, out int n);
        int k = digits.Length;
        var sb = new StringBuilder();
        if (k <= n && n <= 21)
        {
            sb.Append(digits).Append('0', n - k);
        }
        else if (0 < n && n <= 21)
        {
            sb.Append(digits, 0, n).Append('.').Append(digits, n, k - n);
        }
        else if (-6 < n && n <= 0)
        {
            sb.Append("0.").Append('0', -n).Append(digits);
        }
        else
        {
            int e = n - 1;
            sb.Append(digits[0]);
            if (k > 1) sb.Append('.').Append(digits, 1, k - 1);
            sb.Append('e').Append(e >= 0 ? '+' : '-').Append(Math.Abs(e).ToString(CultureInfo.InvariantCulture));
        }
        return sb.ToString();
    }

    /// <summary>The shortest digit string that round-trips, and the decimal exponent n (value = 0.digits × 10^n).</summary>
    public static void GetShortestDigits(double value, out string digits, out int n)
    {
        string shortest = value.ToString("R", CultureInfo.InvariantCulture);
        // Parse the "R" form: [digits][.digits][E[+-]exp]
        int ePos = shortest.IndexOfAny(['E', 'e']);
        string mantissa = ePos >= 0 ? shortest[..ePos] : shortest;
        int exp = ePos >= 0 ? int.Parse(shortest[(ePos + 1)..], CultureInfo.InvariantCulture) : 0;
        int dot = mantissa.IndexOf('.');
        string intPart = dot >= 0 ? mantissa[..dot] : mantissa;
        string fracPart = dot >= 0 ? mantissa[(dot + 1)..] : "";
        string all = intPart + fracPart;
        int pointPos = intPart.Length + exp;
        int lead = 0;
        while (lead < all.Length - 1 && all[lead] == '0') { lead++; pointPos--; }
        all = all[lead..].TrimEnd('0');
        if (all.Length == 0) all = "0";
        digits = all;
        n = pointPos;
    }

    /// <summary>Number::toString(x, radix) for radix 2..36: V8's DoubleToRadixCString (digits up to the double's precision).</summary>
    public static string ToString(double value, int radix)
    {
        if (radix == 10) return ToString(value);
        if (IsSafeInteger(value)) return IntegerToString((long)value, radix);
        if (double.IsNaN(value)) return "NaN";
        if (double.IsInfinity(value)) return value > 0 ? "Infinity" : "-Infinity";
        const string chars = RadixDigits;
        bool negative = value < 0;
        if (negative) value = -value;
        double integer = Math.Floor(value);
        double fraction = value - integer;
        // Only compute fractional digits up to the input double's precision.
        double delta = Math.Max(0.5 * (Math.BitIncrement(value) - value), double.Epsilon);
        var frac = new StringBuilder();
        if (fraction >= delta)
        {
            do
            {
                fraction *= radix;
                delta *= radix;
                int digit = (int)fraction;
                frac.Append(chars[digit]);
                fraction -= digit;
                // Round to even.
                if ((fraction > 0.5 || (fraction == 0.5 && (digit & 1) != 0)) && fraction + delta > 1)
                {
                    // Propagate the carry back through the digits already written.
                    while (true)
                    {
                        if (frac.Length == 0) { integer += 1; break; }
                        char c = frac[^1];
                        frac.Length--;
                        int d = c > '9' ? c - 'a' + 10 : c - '0';
                        if (d + 1 < radix) { frac.Append(chars[d + 1]); break; }
                    }
                    break;
                }
            } while (fraction >= delta);
        }
        // Integer digits; those below the double's precision are zeros.
        var intDigits = new StringBuilder();
        while (integer / radix >= 9007199254740992d)
        {
            integer /= radix;
            intDigits.Append('0');
        }
        do
        {
            double remainder = integer % radix;
            intDigits.Append(chars[(int)remainder]);
            integer = (integer - remainder) / radix;
        } while (integer > 0);
        var sb = new StringBuilder();
        if (negative) sb.Append('-');
        for (int i = intDigits.Length - 1; i >= 0; i--) sb.Append(intDigits[i]);
        if (frac.Length > 0) sb.Append('.').Append(frac);
        return sb.ToString();
    }

    /// <summary>Number::toString(x, radix) of a safe integer: its digits from a stack buffer.</summary>
    private static string IntegerToString(long value, int radix)
    {
        Span<char> buffer = stackalloc char[56]; // 2^53 takes 54 binary digits, and a sign
        ulong magnitude = (ulong)Math.Abs(value);
        int pos = buffer.Length;
        do
        {
            buffer[--pos] = RadixDigits[(int)(magnitude % (uint)radix)];
            magnitude /= (uint)radix;
        } while (magnitude != 0);
        if (value < 0) buffer[--pos] = '-';
        return new string(buffer[pos..]);
    }

    internal static bool IsJsWhitespace(char c) =>
        c is ' ' or '\t' or '\n' or '\v' or '\f' or '\r' or '\u00A0' or '\u1680' or '\u2028' or '\u2029' or '\u202F' or '\u205F' or '\u3000' or '\uFEFF'
        || (c >= '\u2000' && c <= '\u200A');

    public static string TrimJs(string s)
    {
        int a = 0, b = s.Length;
        while (a < b && IsJsWhitespace(s[a])) a++;
        while (b > a && IsJsWhitespace(s[b - 1])) b--;
        return a == 0 && b == s.Length ? s : s[a..b];
    }

    /// <summary>7.1.4.1.1 StringToNumber</summary>
    public static double StringToNumber(string str)
    {
        string s = TrimJs(str);
        if (s.Length == 0) return 0;
        if (s.Length > 2 && s[0] == '0')
        {
            int radix = s[1] switch { 'x' or 'X' => 16, 'o' or 'O' => 8, 'b' or 'B' => 2, _ => 0 };
            if (radix != 0) return ParseRadixDigits(s, 2, radix);
        }
        int i = 0;
        bool neg = false;
        if (s[0] == '+' || s[0] == '-') { neg = s[0] == '-'; i = 1; }
        if (string.CompareOrdinal(s, i, "Infinity", 0, 8) == 0 && s.Length - i == 8)
            return neg ? double.NegativeInfinity : double.PositiveInfinity;
        // StrUnsignedDecimalLiteral
        int start = i, digits = 0;
        while (i < s.Length && char.IsAsciiDigit(s[i])) { i++; digits++; }
        if (i < s.Length && s[i] == '.')
        {
            i++;
            while (i < s.Length && char.IsAsciiDigit(s[i])) { i++; digits++; }
        }
        if (digits == 0) return double.NaN;
        if (i < s.Length && (s[i] == 'e' || s[i] == 'E'))
        {
            i++;
            if (i < s.Length && (s[i] == '+' || s[i] == '-')) i++;
            int ed = 0;
            while (i < s.Length && char.IsAsciiDigit(s[i])) { i++; ed++; }
            if (ed == 0) return double.NaN;
        }
        if (i != s.Length) return double.NaN;
        double v = double.Parse(s.AsSpan(start), NumberStyles.Float, CultureInfo.InvariantCulture);
        return neg ? -v : v;
    }

    private static double ParseRadixDigits(string s, int start, int radix)
    {
        double v = 0;
        for (int i = start; i < s.Length; i++)
        {
            int d = DigitValue(s[i]);
            if (d < 0 || d >= radix) return double.NaN;
            v = v * radix + d;
        }
        return v;
    }

    public static int DigitValue(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= 'a' and <= 'z' => c - 'a' + 10,
        >= 'A' and <= 'Z' => c - 'A' + 10,
        _ => -1,
    };
}

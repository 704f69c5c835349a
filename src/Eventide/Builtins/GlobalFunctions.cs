using System.Globalization;
using System.Numerics;
using System.Text;
using Eventide.Runtime;

namespace Eventide.Builtins;

/// <summary>19.2 Function Properties of the Global Object (number parsing and URI handling) and B.2.1 escape/unescape.</summary>
internal static class GlobalFunctions
{
    private const string UriReserved = ";/?:@&=+$,";
    private const string UriUnescapedMarks = "-_.!~*'()";

    public static void Setup(Realm realm)
    {
        var g = realm.GlobalObject;
        // 19.2.2 isFinite ( number ) / 19.2.3 isNaN ( number )
        realm.DefineMethod(g, "isFinite", 1, (_, args) => double.IsFinite(Operations.ToNumber(args.At(0))));
        realm.DefineMethod(g, "isNaN", 1, (_, args) => double.IsNaN(Operations.ToNumber(args.At(0))));
        // 19.2.4 parseFloat ( string ) / 19.2.5 parseInt ( string, radix )
        realm.DefineMethod(g, "parseFloat", 1, (_, args) => ParseFloat(Operations.ToString(args.At(0))));
        realm.DefineMethod(g, "parseInt", 2, (_, args) =>
        {
            var input = Operations.ToString(args.At(0));
            return ParseInt(input, Operations.ToInt32(args.At(1)));
        });
        // 19.2.6.1 decodeURI ( encodedURI ) ... 19.2.6.4 encodeURIComponent ( uriComponent )
        realm.DefineMethod(g, "decodeURI", 1, (_, args) => Decode(Operations.ToString(args.At(0)), UriReserved + "#"));
        realm.DefineMethod(g, "decodeURIComponent", 1, (_, args) => Decode(Operations.ToString(args.At(0)), ""));
        realm.DefineMethod(g, "encodeURI", 1, (_, args) => Encode(Operations.ToString(args.At(0)), UriReserved + UriUnescapedMarks + "#"));
        realm.DefineMethod(g, "encodeURIComponent", 1, (_, args) => Encode(Operations.ToString(args.At(0)), UriUnescapedMarks));
        // B.2.1.1 escape ( string ) / B.2.1.2 unescape ( string )
        realm.DefineMethod(g, "escape", 1, (_, args) => Escape(Operations.ToString(args.At(0))));
        realm.DefineMethod(g, "unescape", 1, (_, args) => Unescape(Operations.ToString(args.At(0))));
    }

    /// <summary>19.2.5 parseInt, from step 2 (R = ToInt32(radix)).</summary>
    public static double ParseInt(string input, int r)
    {
        int i = 0;
        while (i < input.Length && NumberConversions.IsJsWhitespace(input[i])) i++;
        bool negative = false;
        if (i < input.Length && (input[i] == '+' || input[i] == '-')) { negative = input[i] == '-'; i++; }
        bool stripPrefix = true;
        if (r != 0)
        {
            if (r < 2 || r > 36) return double.NaN;
            if (r != 16) stripPrefix = false;
        }
        else r = 10;
        if (stripPrefix && i + 1 < input.Length && input[i] == '0' && (input[i + 1] == 'x' || input[i + 1] == 'X'))
        {
            i += 2;
            r = 16;
        }
        int start = i;
        while (i < input.Length)
        {
            int d = NumberConversions.DigitValue(input[i]);
            if (d < 0 || d >= r) break;
            i++;
        }
        if (i == start) return double.NaN;
        double value;
        if (r == 10) value = double.Parse(input.AsSpan(start, i - start), NumberStyles.None, CultureInfo.InvariantCulture);
        else if (i - start <= 10) value = AccumulateDouble(input, start, i, r);
        else
        {
            BigInteger big = BigInteger.Zero;
            for (int k = start; k < i; k++) big = big * r + NumberConversions.DigitValue(input[k]);
            value = BigIntConstructor.ToDouble(big);
        }
        return negative ? -value : value;
    }

    private static double AccumulateDouble(string s, int start, int end, int radix)
    {
        double v = 0;
        for (int k = start; k < end; k++) v = v * radix + NumberConversions.DigitValue(s[k]);
        return v;
    }

    /// <summary>19.2.4 parseFloat: the longest prefix that is a StrDecimalLiteral.</summary>
    public static double ParseFloat(string input)
    {
        int i = 0;
        while (i < input.Length && NumberConversions.IsJsWhitespace(input[i])) i++;
        int start = i;
        bool negative = false;
        if (i < input.Length && (input[i] == '+' || input[i] == '-')) { negative = input[i] == '-'; i++; }
        if (string.CompareOrdinal(input, i, "Infinity", 0, 8) == 0)
            return negative ? double.NegativeInfinity : double.PositiveInfinity;
        int digits = 0;
        while (i < input.Length && char.IsAsciiDigit(input[i])) { i++; digits++; }
        if (i < input.Length && input[i] == '.')
        {
            int save = i;
            i++;
            int fracDigits = 0;
            while (i < input.Length && char.IsAsciiDigit(input[i])) { i++; fracDigits++; }
            if (digits == 0 && fracDigits == 0) i = save;
            digits += fracDigits;
        }
        if (digits == 0) return double.NaN;
        if (i < input.Length && (input[i] == 'e' || input[i] == 'E'))
        {
            int save = i;
            i++;
            if (i < input.Length && (input[i] == '+' || input[i] == '-')) i++;
            int expDigits = 0;
            while (i < input.Length && char.IsAsciiDigit(input[i])) { i++; expDigits++; }
            if (expDigits == 0) i = save;
        }
        var text = input.AsSpan(start, i - start);
        if (text.Length > 0 && text[^1] == '.') text = text[..^1];
        return double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
    }

    private static bool IsUnreservedAscii(char c) => char.IsAsciiLetterOrDigit(c);

    /// <summary>19.2.6.5 Encode ( string, extraUnescaped )</summary>
    private static string Encode(string s, string extraUnescaped)
    {
        var sb = new StringBuilder(s.Length);
        Span<byte> utf8 = stackalloc byte[4];
        for (int k = 0; k < s.Length; k++)
        {
            char c = s[k];
            if (c < 0x80 && (IsUnreservedAscii(c) || extraUnescaped.Contains(c))) { sb.Append(c); continue; }
            int cp = StringConstructor.CodePointAt(s, k, out int units);
            if (units == 1 && char.IsSurrogate(c)) throw new JsException(ErrorKind.URIError, "URI malformed");
            k += units - 1;
            int n = new Rune(cp).EncodeToUtf8(utf8);
            for (int b = 0; b < n; b++) sb.Append('%').Append(utf8[b].ToString("X2", CultureInfo.InvariantCulture));
        }
        return sb.ToString();
    }

    private static int HexByte(string s, int at)
    {
        if (at + 2 >= s.Length) return -1;
        if (s[at] != '%') return -1;
        int h = HexDigit(s[at + 1]), l = HexDigit(s[at + 2]);
        return h < 0 || l < 0 ? -1 : h * 16 + l;
    }

    private static int HexDigit(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= 'a' and <= 'f' => c - 'a' + 10,
        >= 'A' and <= 'F' => c - 'A' + 10,
        _ => -1,
    };

    /// <summary>19.2.6.6 Decode ( string, preserveEscapeSet )</summary>
    private static string Decode(string s, string preserveEscapeSet)
    {
        int pct = s.IndexOf('%');
        if (pct < 0) return s;
        var sb = new StringBuilder(s.Length);
        sb.Append(s, 0, pct);
        for (int k = pct; k < s.Length; k++)
        {
            char c = s[k];
            if (c != '%') { sb.Append(c); continue; }
            int start = k;
            if (k + 2 >= s.Length) throw UriError();
            int b = HexByte(s, k);
            if (b < 0) throw UriError();
            k += 2;
            if (b < 0x80)
            {
                char ch = (char)b;
                if (preserveEscapeSet.Contains(ch)) sb.Append(s, start, 3);
                else sb.Append(ch);
                continue;
            }
            int n = b >= 0xF0 && b < 0xF8 ? 4 : b >= 0xE0 && b < 0xF0 ? 3 : b >= 0xC0 && b < 0xE0 ? 2 : 0;
            if (n == 0) throw UriError();
            if (k + 3 * (n - 1) >= s.Length) throw UriError();
            int cp = b & (0xFF >> (n + 1));
            for (int j = 1; j < n; j++)
            {
                k++;
                int cont = HexByte(s, k);
                if (cont < 0 || (cont & 0xC0) != 0x80) throw UriError();
                k += 2;
                cp = (cp << 6) | (cont & 0x3F);
            }
            int min = n == 2 ? 0x80 : n == 3 ? 0x800 : 0x10000;
            if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) throw UriError();
            StringConstructor.AppendCodePoint(sb, cp);
        }
        return sb.ToString();
    }

    private static JsException UriError() => new(ErrorKind.URIError, "URI malformed");

    /// <summary>B.2.1.1 escape ( string )</summary>
    private static string Escape(string s)
    {
        const string unescaped = "@*_+-./";
        var sb = new StringBuilder(s.Length);
        foreach (char c in s)
        {
            if (c < 0x80 && (char.IsAsciiLetterOrDigit(c) || unescaped.Contains(c))) sb.Append(c);
            else if (c < 256) sb.Append('%').Append(((int)c).ToString("X2", CultureInfo.InvariantCulture));
            else sb.Append("%u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
        }
        return sb.ToString();
    }

    /// <summary>B.2.1.2 unescape ( string )</summary>
    private static string Unescape(string s)
    {
        var sb = new StringBuilder(s.Length);
        for (int k = 0; k < s.Length; k++)
        {
            char c = s[k];
            if (c == '%')
            {
                if (k + 6 <= s.Length && s[k + 1] == 'u' && TryHex(s, k + 2, 4, out int u)) { sb.Append((char)u); k += 5; continue; }
                if (k + 3 <= s.Length && TryHex(s, k + 1, 2, out int h)) { sb.Append((char)h); k += 2; continue; }
            }
            sb.Append(c);
        }
        return sb.ToString();
    }

    private static bool TryHex(string s, int at, int count, out int value)
    {
        value = 0;
        for (int i = 0; i < count; i++)
        {
            int d = HexDigit(s[at + i]);
            if (d < 0) return false;
            value = value * 16 + d;
        }
        return true;
    }
}

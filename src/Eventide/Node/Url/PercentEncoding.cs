using System.Text;

namespace Eventide.Node.Url;

/// <summary>The URL Standard's percent-encode sets (1.3) and percent-decoding.</summary>
internal enum EncodeSet : byte
{
    C0Control,
    Fragment,
    Query,
    SpecialQuery,
    Path,
    Userinfo,
    Component,
    FormUrlencoded,
}

internal static class PercentEncoding
{
    /// <summary>Whether code point c is in the percent-encode set.</summary>
    public static bool InSet(int c, EncodeSet set)
    {
        // C0 control percent-encode set: C0 controls and all code points above ~.
        if (c < 0x20 || c > 0x7E) return true;
        if (set == EncodeSet.C0Control) return false;
        if (set == EncodeSet.Fragment) return c is ' ' or '"' or '<' or '>' or '`';
        if (c is ' ' or '"' or '#' or '<' or '>') return true; // query
        if (set == EncodeSet.Query) return false;
        if (set == EncodeSet.SpecialQuery) return c == '\'';
        // Path: query and ? ` { } (node 20, like the spec before 2024, leaves ^ alone in paths).
        if (c is '?' or '`' or '{' or '}') return true;
        if (set == EncodeSet.Path) return false;
        if (c is '/' or ':' or ';' or '=' or '@' or '[' or '\\' or ']' or '^' or '|') return true; // userinfo
        if (set == EncodeSet.Userinfo) return false;
        if (c is '$' or '%' or '&' or '+' or ',') return true; // component
        if (set == EncodeSet.Component) return false;
        return c is '!' or '\'' or '(' or ')' or '~'; // application/x-www-form-urlencoded
    }

    /// <summary>UTF-8 percent-encode code point c using the set (1.3).</summary>
    public static void Append(StringBuilder sb, int c, EncodeSet set, bool spaceAsPlus = false)
    {
        if (spaceAsPlus && c == ' ') { sb.Append('+'); return; }
        if (!InSet(c, set))
        {
            if (c < 0x10000) sb.Append((char)c);
            else sb.Append(char.ConvertFromUtf32(c));
            return;
        }
        Span<byte> bytes = stackalloc byte[4];
        int n = new Rune(c).EncodeToUtf8(bytes);
        for (int i = 0; i < n; i++) AppendByte(sb, bytes[i]);
    }

    public static void AppendByte(StringBuilder sb, byte b)
    {
        sb.Append('%').Append(HexUpper[b >> 4]).Append(HexUpper[b & 15]);
    }

    private const string HexUpper = "0123456789ABCDEF";

    /// <summary>Percent-encodes a whole string (with lone surrogates as U+FFFD).</summary>
    public static string Encode(string s, EncodeSet set, bool spaceAsPlus = false)
    {
        var sb = new StringBuilder(s.Length);
        foreach (var rune in Runes(s)) Append(sb, rune, set, spaceAsPlus);
        return sb.ToString();
    }

    /// <summary>The code points of s, a lone surrogate read as U+FFFD (USVString conversion).</summary>
    public static IEnumerable<int> Runes(string s)
    {
        for (int i = 0; i < s.Length; i++)
        {
            char c = s[i];
            if (char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
            {
                yield return char.ConvertToUtf32(c, s[i + 1]);
                i++;
            }
            else yield return char.IsSurrogate(c) ? 0xFFFD : c;
        }
    }

    public static int[] CodePoints(string s) => Runes(s).ToArray();

    /// <summary>Percent-decode (1.3): %XX sequences become bytes; everything else its UTF-8.</summary>
    public static byte[] Decode(string s)
    {
        var input = Encoding.UTF8.GetBytes(ToWellFormed(s));
        var output = new List<byte>(input.Length);
        for (int i = 0; i < input.Length; i++)
        {
            byte b = input[i];
            if (b == '%' && i + 2 < input.Length && IsHex(input[i + 1]) && IsHex(input[i + 2]))
            {
                output.Add((byte)(HexValue(input[i + 1]) * 16 + HexValue(input[i + 2])));
                i += 2;
            }
            else output.Add(b);
        }
        return output.ToArray();
    }

    /// <summary>UTF-8 decode without BOM or fail: invalid sequences become U+FFFD.</summary>
    public static string DecodeToString(string s) => new UTF8Encoding(false, false).GetString(Decode(s));

    public static string ToWellFormed(string s)
    {
        for (int i = 0; i < s.Length; i++)
        {
            if (!char.IsSurrogate(s[i])) continue;
            var sb = new StringBuilder(s.Length);
            foreach (var rune in Runes(s)) sb.Append(char.ConvertFromUtf32(rune));
            return sb.ToString();
        }
        return s;
    }

    public static bool IsHex(int c) => c is >= '0' and <= '9' or >= 'a' and <= 'f' or >= 'A' and <= 'F';

    public static int HexValue(int c) => c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10;
}

using System.Globalization;
using System.Text;

namespace Eventide.Node.Url;

/// <summary>The URL Standard's hosts (3): parsing domains, IPv4 and IPv6 addresses and opaque hosts, and serializing them.</summary>
internal static class UrlHost
{
    private static readonly IdnMapping Idn = new() { AllowUnassigned = true, UseStd3AsciiRules = false };

    /// <summary>3.5 host parser: the serialized host, or null for failure.</summary>
    public static string? Parse(string input, bool isOpaque)
    {
        // 1. [IPv6]
        if (input.StartsWith('['))
        {
            if (!input.EndsWith(']')) return null;
            return ParseIPv6(input[1..^1]) is { } address ? "[" + SerializeIPv6(address) + "]" : null;
        }
        // 2. Non-special URLs: an opaque host.
        if (isOpaque) return ParseOpaqueHost(input);
        // 4-5. domain: the percent-decoded input, then domain to ASCII.
        string domain = PercentEncoding.DecodeToString(input);
        string? asciiDomain = DomainToAscii(domain, beStrict: false);
        if (asciiDomain is null) return null;
        // 6. A domain that ends in a number is an IPv4 address.
        if (EndsInANumber(asciiDomain)) return ParseIPv4(asciiDomain) is { } v4 ? SerializeIPv4(v4) : null;
        return asciiDomain;
    }

    private static bool IsForbiddenHostCodePoint(int c) =>
        c is 0 or '\t' or '\n' or '\r' or ' ' or '#' or '/' or ':' or '<' or '>' or '?' or '@' or '[' or '\\' or ']' or '^' or '|';

    private static bool IsForbiddenDomainCodePoint(int c) =>
        IsForbiddenHostCodePoint(c) || c <= 0x1F || c == '%' || c == 0x7F;

    /// <summary>3.5 opaque-host parser.</summary>
    private static string? ParseOpaqueHost(string input)
    {
        foreach (var c in PercentEncoding.Runes(input))
            if (IsForbiddenHostCodePoint(c)) return null;
        return PercentEncoding.Encode(input, EncodeSet.C0Control);
    }

    /// <summary>
    /// 3.3 domain to ASCII: UTS 46 ToASCII with CheckHyphens false and non-transitional processing.
    /// The runtime has invariant globalization, where IdnMapping only encodes Punycode, so the UTS 46
    /// mapping step is done here: ignored code points dropped, disallowed ones rejected, then NFKC
    /// and lowercasing (what the mapping table amounts to for the characters URLs meet).
    /// </summary>
    public static string? DomainToAscii(string domain, bool beStrict)
    {
        if (!Ascii.IsValid(domain) || domain.Contains("xn--", StringComparison.OrdinalIgnoreCase))
        {
            if (MapUts46(domain) is not { } mapped) return null;
            domain = mapped;
        }
        var labels = domain.Split('.');
        var result = new StringBuilder(domain.Length);
        for (int i = 0; i < labels.Length; i++)
        {
            if (i > 0) result.Append('.');
            string? ascii = LabelToAscii(labels[i]);
            if (ascii is null) return null;
            result.Append(ascii);
        }
        string value = result.ToString();
        if (value.Length == 0) return null;
        foreach (char c in value)
            if (IsForbiddenDomainCodePoint(c)) return null;
        if (beStrict && (value.Length > 253 || value.Split('.').Any(l => l.Length is 0 or > 63))) return null;
        return value;
    }

    /// <summary>UTS 46 processing step 1 (map) and 2 (normalize) for non-ASCII input; null when a code point is disallowed.</summary>
    private static string? MapUts46(string domain)
    {
        var kept = new StringBuilder(domain.Length);
        foreach (int c in PercentEncoding.Runes(domain))
        {
            if (IsIgnored(c)) continue;
            if (IsDisallowed(c)) return null;
            kept.Append(char.ConvertFromUtf32(c));
        }
        string mapped = Builtins.StringPrototype.ToLowerCase(Builtins.UnicodeNormalizer.Normalize(kept.ToString(), compatibility: true, compose: true));
        mapped = Builtins.UnicodeNormalizer.Normalize(mapped, compatibility: false, compose: true);
        // The full stops that map to '.'.
        return mapped.Replace('\u3002', '.').Replace('\uFF0E', '.').Replace('\uFF61', '.');
    }

    /// <summary>UTS 46 "ignored": default-ignorable code points the mapping table deletes.</summary>
    private static bool IsIgnored(int c) =>
        c is 0xAD or 0x34F or 0x200B or 0x2060 or 0xFEFF or (>= 0x180B and <= 0x180F) or (>= 0xFE00 and <= 0xFE0F)
            or (>= 0x1BCA0 and <= 0x1BCA3) or (>= 0xE0100 and <= 0xE01EF);

    /// <summary>UTS 46 "disallowed": controls, noncharacters, surrogates, private use and unassigned code points.</summary>
    private static bool IsDisallowed(int c)
    {
        if (c is (>= 0x80 and <= 0x9F) or 0xFFFD or (>= 0xFDD0 and <= 0xFDEF) || (c & 0xFFFE) == 0xFFFE) return true;
        var category = CharUnicodeInfo.GetUnicodeCategory(c);
        return category is UnicodeCategory.Surrogate or UnicodeCategory.PrivateUse or UnicodeCategory.OtherNotAssigned;
    }

    private static string? LabelToAscii(string label)
    {
        if (label.Length == 0) return label;
        if (Ascii.IsValid(label))
        {
            string lower = label.ToLowerInvariant();
            // An A-label must decode as Punycode to non-ASCII that encodes back to it.
            if (lower.StartsWith("xn--", StringComparison.Ordinal))
            {
                try
                {
                    string unicode = Idn.GetUnicode(lower);
                    if (Ascii.IsValid(unicode) || Idn.GetAscii(unicode) != lower) return null;
                }
                catch (ArgumentException) { return null; }
            }
            return lower;
        }
        if (!CheckJoiners(label)) return null;
        try
        {
            return Idn.GetAscii(label);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    /// <summary>
    /// UTS 46 CheckJoiners (RFC 5892 appendix A.1/A.2): ZERO WIDTH JOINER and NON-JOINER only after a
    /// virama. (The non-joiner's joining-type alternative, for Arabic-script contexts, is not modelled.)
    /// </summary>
    private static bool CheckJoiners(string label)
    {
        int previous = -1;
        foreach (int c in PercentEncoding.Runes(label))
        {
            if (c is 0x200C or 0x200D && (previous < 0 || Builtins.UnicodeNormalizer.CombiningClass(previous) != 9)) return false;
            previous = c;
        }
        return true;
    }

    /// <summary>3.3 domain to Unicode (for url.domainToUnicode).</summary>
    public static string DomainToUnicode(string domain)
    {
        var labels = domain.Split('.');
        for (int i = 0; i < labels.Length; i++)
        {
            if (!labels[i].StartsWith("xn--", StringComparison.OrdinalIgnoreCase)) { labels[i] = labels[i].ToLowerInvariant(); continue; }
            try { labels[i] = Idn.GetUnicode(labels[i].ToLowerInvariant()); }
            catch (ArgumentException) { }
        }
        return string.Join('.', labels);
    }

    /// <summary>3.5 ends in a number checker.</summary>
    private static bool EndsInANumber(string input)
    {
        var parts = input.Split('.');
        int last = parts.Length - 1;
        if (parts[last].Length == 0)
        {
            if (parts.Length == 1) return false;
            last--;
        }
        string part = parts[last];
        if (part.Length > 0 && part.All(char.IsAsciiDigit)) return true;
        return ParseIPv4Number(part) is not null;
    }

    /// <summary>3.5 IPv4 number parser: decimal, 0x hexadecimal or 0 octal; null for failure.</summary>
    private static System.Numerics.BigInteger? ParseIPv4Number(string input)
    {
        if (input.Length == 0) return null;
        int radix = 10;
        if (input.Length >= 2 && input[0] == '0' && (input[1] is 'x' or 'X')) { input = input[2..]; radix = 16; }
        else if (input.Length >= 2 && input[0] == '0') { input = input[1..]; radix = 8; }
        if (input.Length == 0) return 0;
        System.Numerics.BigInteger value = 0;
        foreach (char c in input)
        {
            int digit = radix == 16 && PercentEncoding.IsHex(c) ? PercentEncoding.HexValue(c)
                : c is >= '0' and <= '9' && c - '0' < radix ? c - '0' : -1;
            if (digit < 0) return null;
            value = value * radix + digit;
        }
        return value;
    }

    /// <summary>3.5 IPv4 parser; null for failure.</summary>
    private static uint? ParseIPv4(string input)
    {
        var parts = input.Split('.').ToList();
        if (parts[^1].Length == 0 && parts.Count > 1) parts.RemoveAt(parts.Count - 1);
        if (parts.Count > 4) return null;
        var numbers = new List<System.Numerics.BigInteger>();
        foreach (var part in parts)
        {
            if (ParseIPv4Number(part) is not { } n) return null;
            numbers.Add(n);
        }
        for (int i = 0; i < numbers.Count - 1; i++)
            if (numbers[i] > 255) return null;
        if (numbers[^1] >= System.Numerics.BigInteger.Pow(256, 5 - numbers.Count)) return null;
        var ipv4 = numbers[^1];
        for (int i = 0; i < numbers.Count - 1; i++) ipv4 += numbers[i] * System.Numerics.BigInteger.Pow(256, 3 - i);
        return (uint)ipv4;
    }

    /// <summary>3.6 IPv4 serializer.</summary>
    private static string SerializeIPv4(uint address) =>
        $"{address >> 24}.{(address >> 16) & 255}.{(address >> 8) & 255}.{address & 255}";

    /// <summary>3.5 IPv6 parser: eight pieces, or null for failure.</summary>
    private static ushort[]? ParseIPv6(string text)
    {
        var input = PercentEncoding.CodePoints(text);
        var address = new ushort[8];
        int pieceIndex = 0;
        int? compress = null;
        int pointer = 0;
        int C(int p) => p < input.Length ? input[p] : -1;
        if (C(pointer) == ':')
        {
            if (C(pointer + 1) != ':') return null;
            pointer += 2;
            compress = ++pieceIndex;
        }
        while (C(pointer) != -1)
        {
            if (pieceIndex == 8) return null;
            if (C(pointer) == ':')
            {
                if (compress is not null) return null;
                pointer++;
                compress = ++pieceIndex;
                continue;
            }
            int value = 0, length = 0;
            while (length < 4 && PercentEncoding.IsHex(C(pointer)))
            {
                value = value * 0x10 + PercentEncoding.HexValue(C(pointer));
                pointer++;
                length++;
            }
            if (C(pointer) == '.')
            {
                // An embedded IPv4 address in the last two pieces.
                if (length == 0) return null;
                pointer -= length;
                if (pieceIndex > 6) return null;
                int numbersSeen = 0;
                while (C(pointer) != -1)
                {
                    int? ipv4Piece = null;
                    if (numbersSeen > 0)
                    {
                        if (C(pointer) == '.' && numbersSeen < 4) pointer++;
                        else return null;
                    }
                    if (!char.IsAsciiDigit((char)Math.Max(0, C(pointer)))) return null;
                    while (C(pointer) is >= '0' and <= '9')
                    {
                        int number = C(pointer) - '0';
                        if (ipv4Piece is null) ipv4Piece = number;
                        else if (ipv4Piece == 0) return null;
                        else ipv4Piece = ipv4Piece * 10 + number;
                        if (ipv4Piece > 255) return null;
                        pointer++;
                    }
                    address[pieceIndex] = (ushort)(address[pieceIndex] * 0x100 + ipv4Piece!.Value);
                    numbersSeen++;
                    if (numbersSeen is 2 or 4) pieceIndex++;
                }
                if (numbersSeen != 4) return null;
                break;
            }
            if (C(pointer) == ':')
            {
                pointer++;
                if (C(pointer) == -1) return null;
            }
            else if (C(pointer) != -1) return null;
            address[pieceIndex] = (ushort)value;
            pieceIndex++;
        }
        if (compress is { } start)
        {
            int swaps = pieceIndex - start;
            pieceIndex = 7;
            while (pieceIndex != 0 && swaps > 0)
            {
                (address[pieceIndex], address[start + swaps - 1]) = (address[start + swaps - 1], address[pieceIndex]);
                pieceIndex--;
                swaps--;
            }
        }
        else if (pieceIndex != 8) return null;
        return address;
    }

    /// <summary>3.6 IPv6 serializer: the first longest run of two or more zero pieces compressed to ::.</summary>
    private static string SerializeIPv6(ushort[] address)
    {
        int compress = -1, bestLength = 1;
        for (int i = 0; i < 8;)
        {
            if (address[i] != 0) { i++; continue; }
            int j = i;
            while (j < 8 && address[j] == 0) j++;
            if (j - i > bestLength) { compress = i; bestLength = j - i; }
            i = j;
        }
        var sb = new StringBuilder();
        bool ignore0 = false;
        for (int i = 0; i < 8; i++)
        {
            if (ignore0 && address[i] == 0) continue;
            ignore0 = false;
            if (compress == i)
            {
                sb.Append(i == 0 ? "::" : ":");
                ignore0 = true;
                continue;
            }
            sb.Append(address[i].ToString("x", CultureInfo.InvariantCulture));
            if (i != 7) sb.Append(':');
        }
        return sb.ToString();
    }
}

using System.Globalization;
using System.Text;
using Eventide.Runtime;

namespace Eventide.Builtins;

/// <summary>22.1.3.28 toUpperCase / 22.1.3.26 toLowerCase: Unicode default case conversion (full mappings
/// from SpecialCasing.txt, final sigma), via .NET's simple mappings plus the table of differences.</summary>
internal static partial class StringPrototype
{
    public static string ToUpperCase(string s) => ConvertCase(s, upper: true);

    public static string ToLowerCase(string s) => ConvertCase(s, upper: false);

    private static string ConvertCase(string s, bool upper)
    {
        if (Ascii.IsValid(s)) return ConvertAsciiCase(s, upper);
        var overrides = upper ? CaseTables.Upper : CaseTables.Lower;
        var sb = new StringBuilder(s.Length);
        for (int i = 0; i < s.Length; i++)
        {
            int cp = StringConstructor.CodePointAt(s, i, out int units);
            if (units == 1 && char.IsSurrogate((char)cp)) { sb.Append((char)cp); continue; }
            if (!upper && cp == 0x3A3) sb.Append(IsFinalSigma(s, i) ? 'ς' : 'σ');
            else if (overrides.TryGetValue(cp, out var mapped)) sb.Append(mapped);
            else
            {
                var r = upper ? Rune.ToUpperInvariant(new Rune(cp)) : Rune.ToLowerInvariant(new Rune(cp));
                StringConstructor.AppendCodePoint(sb, r.Value);
            }
            i += units - 1;
        }
        return sb.ToString();
    }

    /// <summary>ConvertCase of an ASCII string: the same string when no letter changes, a cached
    /// string for one letter (a replacer's first.toUpperCase()), else a vectorised copy.</summary>
    private static string ConvertAsciiCase(string s, bool upper)
    {
        int first = upper ? s.AsSpan().IndexOfAnyInRange('a', 'z') : s.AsSpan().IndexOfAnyInRange('A', 'Z');
        if (first < 0) return s;
        if (s.Length == 1) return AsciiLetters[s[0] ^ 0x20];
        return string.Create(s.Length, (s, upper), static (span, state) =>
        {
            if (state.upper) Ascii.ToUpper(state.s, span, out _);
            else Ascii.ToLower(state.s, span, out _);
        });
    }

    /// <summary>One-character strings of the ASCII letters, by code (other entries unused).</summary>
    private static readonly string[] AsciiLetters = Enumerable.Range(0, 128).Select(c => ((char)c).ToString()).ToArray();

    /// <summary>Final_Sigma: preceded by a cased letter and not followed by one (case-ignorable code points skipped).</summary>
    private static bool IsFinalSigma(string s, int at)
    {
        bool before = false;
        for (int j = at - 1; j >= 0; j--)
        {
            if (char.IsLowSurrogate(s[j]) && j > 0 && char.IsHighSurrogate(s[j - 1])) j--;
            int cp = StringConstructor.CodePointAt(s, j, out _);
            if (IsCaseIgnorable(cp)) continue;
            before = IsCased(cp);
            break;
        }
        if (!before) return false;
        for (int j = at + 1; j < s.Length; j++)
        {
            int cp = StringConstructor.CodePointAt(s, j, out int units);
            j += units - 1;
            if (IsCaseIgnorable(cp)) continue;
            return !IsCased(cp);
        }
        return true;
    }

    private static bool IsCased(int cp)
    {
        if (cp >= 0xD800 && cp <= 0xDFFF) return false;
        var cat = CharUnicodeInfo.GetUnicodeCategory(cp);
        return cat is UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
            || Rune.ToUpperInvariant(new Rune(cp)).Value != cp || Rune.ToLowerInvariant(new Rune(cp)).Value != cp;
    }

    private static bool IsCaseIgnorable(int cp)
    {
        if (cp is 0x27 or 0x2E or 0x3A or 0x5E or 0x60 or 0xA8 or 0xAD or 0xAF or 0xB4 or 0xB7 or 0xB8 or 0x2019) return true;
        if (cp >= 0xD800 && cp <= 0xDFFF) return false;
        var cat = CharUnicodeInfo.GetUnicodeCategory(cp);
        return cat is UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark or UnicodeCategory.Format
            or UnicodeCategory.ModifierLetter or UnicodeCategory.ModifierSymbol;
    }
}

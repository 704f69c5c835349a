using System.Globalization;
using System.Text;

namespace Eventide.Runtime;

/// <summary>
/// Binary Unicode properties that the JS → .NET regex translation cannot express (it knows only
/// General_Category), rewritten as explicit code point classes before translation: the identifier
/// properties (ID_Start, ID_Continue, XID_Start, XID_Continue, derived from general categories as
/// UAX #31 defines them), White_Space, ASCII, ASCII_Hex_Digit, Any and Assigned. Code points take
/// their categories from .NET's Unicode tables, like \p{L} does.
/// </summary>
internal static class UnicodePropertyEscapes
{
    private static readonly Dictionary<string, string> Aliases = new(StringComparer.Ordinal)
    {
        ["ID_Start"] = "ID_Start", ["IDS"] = "ID_Start",
        ["ID_Continue"] = "ID_Continue", ["IDC"] = "ID_Continue",
        ["XID_Start"] = "XID_Start", ["XIDS"] = "XID_Start",
        ["XID_Continue"] = "XID_Continue", ["XIDC"] = "XID_Continue",
        ["White_Space"] = "White_Space", ["space"] = "White_Space",
        ["ASCII"] = "ASCII", ["ASCII_Hex_Digit"] = "ASCII_Hex_Digit", ["AHex"] = "ASCII_Hex_Digit",
        ["Any"] = "Any", ["Assigned"] = "Assigned",
    };

    private static readonly Dictionary<(string, bool), string> Classes = new();

    // UAX #31 and PropList.txt: the few code points the identifier properties add or remove
    // beyond the general categories they are built from.
    private static readonly int[] OtherIdStart = [0x1885, 0x1886, 0x2118, 0x212E, 0x309B, 0x309C];
    private static readonly int[] OtherIdContinue = [0xB7, 0x387, 0x1369, 0x136A, 0x136B, 0x136C, 0x136D, 0x136E, 0x136F, 0x1370, 0x1371, 0x19DA, 0x200C, 0x200D, 0x30FB, 0xFF65];
    private const int PatternSyntaxLetter = 0x2E2F; // VERTICAL TILDE: Lm but Pattern_Syntax
    private static readonly int[] NotXidContinue = [0x37A, 0x309B, 0x309C, 0xFC5E, 0xFC5F, 0xFC60, 0xFC61, 0xFC62, 0xFC63, 0xFDFA, 0xFDFB, 0xFE70, 0xFE72, 0xFE74, 0xFE76, 0xFE78, 0xFE7A, 0xFE7C, 0xFE7E];
    private static readonly int[] NotXidStartOnly = [0xE33, 0xEB3, 0xFF9E, 0xFF9F];
    private static readonly int[] WhiteSpace = [0x9, 0xA, 0xB, 0xC, 0xD, 0x20, 0x85, 0xA0, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007, 0x2008, 0x2009, 0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000];

    /// <summary>The pattern with the supported \p{…}/\P{…} escapes replaced by classes; unchanged if it has none.</summary>
    public static string Rewrite(string pattern)
    {
        if (!pattern.Contains("\\p{", StringComparison.Ordinal) && !pattern.Contains("\\P{", StringComparison.Ordinal)) return pattern;
        var sb = new StringBuilder(pattern.Length);
        bool inClass = false;
        for (int i = 0; i < pattern.Length; i++)
        {
            char c = pattern[i];
            if (c == '\\' && i + 1 < pattern.Length)
            {
                char next = pattern[i + 1];
                int close = next is 'p' or 'P' && i + 2 < pattern.Length && pattern[i + 2] == '{' ? pattern.IndexOf('}', i + 3) : -1;
                if (close > 0 && Aliases.TryGetValue(pattern[(i + 3)..close], out var property))
                {
                    string ranges = Ranges(property, negated: next == 'P');
                    // Inside a class the ranges join it (u-mode classes do not nest).
                    sb.Append(inClass ? ranges : "[" + ranges + "]");
                    i = close;
                    continue;
                }
                sb.Append(c).Append(next);
                i++;
                continue;
            }
            if (c == '[') inClass = true;
            else if (c == ']') inClass = false;
            sb.Append(c);
        }
        return sb.ToString();
    }

    private static string Ranges(string property, bool negated)
    {
        lock (Classes)
        {
            if (Classes.TryGetValue((property, negated), out var cached)) return cached;
            var sb = new StringBuilder();
            int start = -1;
            for (int cp = 0; cp <= 0x110000; cp++)
            {
                bool inSet = cp <= 0x10FFFF && Has(property, cp) != negated;
                if (inSet && start < 0) start = cp;
                else if (!inSet && start >= 0)
                {
                    sb.Append($"\\u{{{start:X}}}");
                    if (cp - 1 > start) sb.Append($"-\\u{{{cp - 1:X}}}");
                    start = -1;
                }
            }
            return Classes[(property, negated)] = sb.ToString();
        }
    }

    private static bool Has(string property, int cp)
    {
        var category = cp is >= 0xD800 and <= 0xDFFF ? UnicodeCategory.Surrogate : CharUnicodeInfo.GetUnicodeCategory(cp);
        return property switch
        {
            "ID_Start" => IdStart(cp, category),
            "ID_Continue" => IdContinue(cp, category),
            "XID_Start" => IdStart(cp, category) && Array.IndexOf(NotXidContinue, cp) < 0 && Array.IndexOf(NotXidStartOnly, cp) < 0,
            "XID_Continue" => IdContinue(cp, category) && Array.IndexOf(NotXidContinue, cp) < 0,
            "White_Space" => Array.IndexOf(WhiteSpace, cp) >= 0,
            "ASCII" => cp < 0x80,
            "ASCII_Hex_Digit" => cp is >= '0' and <= '9' or >= 'A' and <= 'F' or >= 'a' and <= 'f',
            "Assigned" => category != UnicodeCategory.OtherNotAssigned,
            _ => true, // Any
        };
    }

    private static bool IdStart(int cp, UnicodeCategory category) =>
        cp != PatternSyntaxLetter && (category is UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter
            or UnicodeCategory.TitlecaseLetter or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter
            or UnicodeCategory.LetterNumber || Array.IndexOf(OtherIdStart, cp) >= 0);

    private static bool IdContinue(int cp, UnicodeCategory category) =>
        IdStart(cp, category) || category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark
            or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.ConnectorPunctuation || Array.IndexOf(OtherIdContinue, cp) >= 0;
}

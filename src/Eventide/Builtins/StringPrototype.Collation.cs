using System.Globalization;

namespace Eventide.Builtins;

/// <summary>String.prototype.localeCompare: an approximation of ICU's root collation (what node uses
/// by default) in three levels: base characters (spaces &lt; punctuation &lt; symbols &lt; digits &lt;
/// letters, letters case-insensitive), then accents, then case (lower before upper).</summary>
internal static partial class StringPrototype
{
    private const string PunctuationOrder = "_-,;:!?.'\"()[]{}@*/\\&#%`^+<=>|~";

    private readonly record struct CollationElement(int Primary, int Secondary, int Tertiary);

    public static int LocaleCompare(string a, string b)
    {
        if (string.Equals(a, b, StringComparison.Ordinal)) return 0;
        var x = CollationElements(UnicodeNormalizer.Normalize(a, compatibility: false, compose: false));
        var y = CollationElements(UnicodeNormalizer.Normalize(b, compatibility: false, compose: false));
        for (int level = 0; level < 3; level++)
        {
            int n = Math.Min(x.Count, y.Count);
            for (int i = 0; i < n; i++)
            {
                int c = level switch
                {
                    0 => x[i].Primary.CompareTo(y[i].Primary),
                    1 => x[i].Secondary.CompareTo(y[i].Secondary),
                    _ => x[i].Tertiary.CompareTo(y[i].Tertiary),
                };
                if (c != 0) return c;
            }
            if (x.Count != y.Count) return x.Count < y.Count ? -1 : 1;
        }
        return 0;
    }

    private static List<CollationElement> CollationElements(string s)
    {
        var list = new List<CollationElement>(s.Length);
        for (int i = 0; i < s.Length; i++)
        {
            int cp = StringConstructor.CodePointAt(s, i, out int units);
            i += units - 1;
            if (UnicodeNormalizer.CombiningClass(cp) != 0 || IsNonSpacingMark(cp))
            {
                // An accent adds weight to the preceding element's secondary level.
                if (list.Count > 0)
                {
                    var last = list[^1];
                    list[^1] = last with { Secondary = last.Secondary * 64 + AccentWeight(cp) };
                }
                continue;
            }
            switch (cp)
            {
                case 'ß': Add(list, 's', 0, 2); Add(list, 's', 0, 2); continue;
                case 'æ': Add(list, 'a', 0, 2); Add(list, 'e', 0, 2); continue;
                case 'Æ': Add(list, 'a', 0, 3); Add(list, 'e', 0, 3); continue;
                case 'œ': Add(list, 'o', 0, 2); Add(list, 'e', 0, 2); continue;
                case 'Œ': Add(list, 'o', 0, 3); Add(list, 'e', 0, 3); continue;
                case 'ø': Add(list, 'o', 11, 0); continue;
                case 'Ø': Add(list, 'o', 11, 1); continue;
                case 'đ': Add(list, 'd', 11, 0); continue;
                case 'Đ': Add(list, 'd', 11, 1); continue;
                case 'ł': Add(list, 'l', 11, 0); continue;
                case 'Ł': Add(list, 'l', 11, 1); continue;
            }
            if (cp < 0xD800 || cp > 0xDFFF)
            {
                var category = CharUnicodeInfo.GetUnicodeCategory(cp);
                if (category is UnicodeCategory.Control or UnicodeCategory.Format) continue; // ignorable
            }
            list.Add(new CollationElement(PrimaryWeight(cp, out bool upper), 0, upper ? 1 : 0));
        }
        return list;
    }

    private static void Add(List<CollationElement> list, char baseLetter, int secondary, int tertiary) =>
        list.Add(new CollationElement(PrimaryWeight(baseLetter, out _), secondary, tertiary));

    private static bool IsNonSpacingMark(int cp) =>
        cp is < 0xD800 or > 0xDFFF && CharUnicodeInfo.GetUnicodeCategory(cp) is UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark;

    /// <summary>DUCET's order of the common accents (acute &lt; grave &lt; breve &lt; circumflex ...).</summary>
    private static int AccentWeight(int mark) => mark switch
    {
        0x301 => 1, 0x300 => 2, 0x306 => 3, 0x302 => 4, 0x30C => 5, 0x30A => 6, 0x308 => 7, 0x30B => 8,
        0x303 => 9, 0x307 => 10, 0x327 => 12, 0x328 => 13, 0x304 => 14,
        _ => 15 + (mark & 0x1F),
    };

    private static int PrimaryWeight(int cp, out bool upper)
    {
        upper = false;
        if (cp >= 0xD800 && cp <= 0xDFFF) return 0x500000 + cp;
        var category = CharUnicodeInfo.GetUnicodeCategory(cp);
        if (cp < 0x80)
        {
            if (NumberConversions_IsSpace(cp)) return 0x10000 + cp;
            int p = PunctuationOrder.IndexOf((char)cp);
            if (p >= 0) return 0x20000 + p;
        }
        switch (category)
        {
            case UnicodeCategory.SpaceSeparator or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator:
                return 0x10000 + cp;
            case UnicodeCategory.ConnectorPunctuation or UnicodeCategory.DashPunctuation or UnicodeCategory.OpenPunctuation
                or UnicodeCategory.ClosePunctuation or UnicodeCategory.InitialQuotePunctuation or UnicodeCategory.FinalQuotePunctuation
                or UnicodeCategory.OtherPunctuation:
                return 0x30000 + cp;
            case UnicodeCategory.MathSymbol or UnicodeCategory.ModifierSymbol or UnicodeCategory.OtherSymbol:
                return 0x100000 + cp;
            case UnicodeCategory.CurrencySymbol:
                return 0x200000 + cp;
            case UnicodeCategory.DecimalDigitNumber:
                return 0x300000 + CharUnicodeInfo.GetDecimalDigitValue(char.ConvertFromUtf32(cp), 0);
        }
        var rune = new System.Text.Rune(cp);
        int lower = System.Text.Rune.ToLowerInvariant(rune).Value;
        upper = lower != cp;
        return 0x400000 + lower;
    }

    private static bool NumberConversions_IsSpace(int cp) => cp is ' ' or '\t' or '\n' or '\v' or '\f' or '\r';
}

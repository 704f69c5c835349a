using System.Globalization;
using System.Text;
using Eventide.Runtime;

namespace Eventide.Host;

/// <summary>Primitives: strings (quote choice, escapes, long-string splitting), numbers, bigints, symbols.</summary>
internal static partial class Inspector
{
    private const int MinLineLength = 16; // kMinLineLength

    /// <summary>The escape for each code unit below 0xA0 that needs one (node's meta table).</summary>
    private static readonly string[] Meta = BuildMeta();

    private static string[] BuildMeta()
    {
        var m = new string[0xA0];
        for (int i = 0; i < m.Length; i++)
            m[i] = i < 0x20 || i >= 0x7F ? "\\x" + i.ToString("X2", CultureInfo.InvariantCulture) : "";
        m['\b'] = "\\b"; m['\t'] = "\\t"; m['\n'] = "\\n"; m['\f'] = "\\f"; m['\r'] = "\\r";
        m['\''] = "\\'"; m['\\'] = "\\\\";
        return m;
    }

    /// <summary>formatPrimitive</summary>
    internal static string FormatPrimitive(InspectContext ctx, JsValue value, bool stylize = true)
    {
        Func<string, string, string> fn = stylize ? ctx.Stylize : static (s, _) => s;
        if (value.IsString)
        {
            string str = value.String;
            string trailer = "";
            if (str.Length > ctx.Options.MaxStringLength)
            {
                double maxLength = ctx.Options.MaxStringLength;
                double remaining = str.Length - maxLength;
                // String.prototype.slice(0, max): a negative max counts from the end.
                int end = maxLength < 0 ? Math.Max(0, str.Length + (int)Math.Max(maxLength, -str.Length)) : (int)Math.Min(maxLength, str.Length);
                str = str[..end];
                trailer = $"... {remaining} more character{(remaining > 1 ? "s" : "")}";
            }
            if (ctx.Compact != InspectOptions.CompactTrue && str.Length > MinLineLength &&
                str.Length > ctx.BreakLength - ctx.IndentationLvl - 4)
            {
                // Split after each newline, each piece quoted on its own line.
                var pieces = new List<string>();
                int start = 0;
                for (int i = 0; i < str.Length; i++)
                    if (str[i] == '\n') { pieces.Add(str[start..(i + 1)]); start = i + 1; }
                if (start < str.Length || pieces.Count == 0) pieces.Add(str[start..]);
                var sep = " +\n" + new string(' ', ctx.IndentationLvl + 2);
                return string.Join(sep, pieces.Select(p => fn(StrEscape(p), "string"))) + trailer;
            }
            return fn(StrEscape(str), "string") + trailer;
        }
        if (value.IsNumber) return FormatNumber(fn, value.Number, ctx.Options.NumericSeparator);
        if (value.IsBigInt) return FormatBigInt(fn, value.BigInt, ctx.Options.NumericSeparator);
        if (value.IsBoolean) return fn(value.IsTrue ? "true" : "false", "boolean");
        if (value.IsUndefined) return fn("undefined", "undefined");
        if (value.IsNull) return fn("null", "null");
        return fn(value.Symbol.ToString(), "symbol");
    }

    /// <summary>formatNumber</summary>
    internal static string FormatNumber(Func<string, string, string> fn, double number, bool numericSeparator)
    {
        if (!numericSeparator)
        {
            if (number == 0 && double.IsNegative(number)) return fn("-0", "number");
            return fn(NumberConversions.ToString(number), "number");
        }
        string numberString = NumberConversions.ToString(number);
        if (Math.Truncate(number) == number)
        {
            if (!double.IsFinite(number) || numberString.Contains('e')) return fn(numberString, "number");
            return fn(AddNumericSeparator(numberString), "number");
        }
        if (double.IsNaN(number)) return fn(numberString, "number");
        int dot = numberString.IndexOf('.');
        return fn($"{AddNumericSeparator(numberString[..dot])}.{AddNumericSeparatorEnd(numberString[(dot + 1)..])}", "number");
    }

    internal static string FormatBigInt(Func<string, string, string> fn, JsBigInt value, bool numericSeparator)
    {
        string s = value.Value.ToString(CultureInfo.InvariantCulture);
        return fn((numericSeparator ? AddNumericSeparator(s) : s) + "n", "bigint");
    }

    /// <summary>addNumericSeparator: "_" between groups of three digits from the right.</summary>
    private static string AddNumericSeparator(string integerString)
    {
        var result = "";
        int i = integerString.Length;
        int start = integerString.StartsWith('-') ? 1 : 0;
        for (; i >= start + 4; i -= 3) result = "_" + integerString[(i - 3)..i] + result;
        return i == integerString.Length ? integerString : integerString[..i] + result;
    }

    /// <summary>addNumericSeparatorEnd: "_" between groups of three digits from the left.</summary>
    private static string AddNumericSeparatorEnd(string integerString)
    {
        var result = "";
        int i = 0;
        for (; i < integerString.Length - 3; i += 3) result += integerString[i..(i + 3)] + "_";
        return i == 0 ? integerString : result + integerString[i..];
    }

    /// <summary>
    /// strEscape: single quotes unless the string has one; then double quotes, then backticks.
    /// Control characters, C1 controls, lone surrogates, the backslash and the chosen quote are escaped.
    /// </summary>
    internal static string StrEscape(string str)
    {
        char quote = '\'';
        if (str.Contains('\''))
        {
            if (!str.Contains('"')) quote = '"';
            else if (!str.Contains('`') && !str.Contains("${")) quote = '`';
        }
        // The chosen quote is escaped only when it is the single quote (other choices never occur in str).
        return quote + StrEscapeWith(str, quote == '\'' ? '\'' : '\0') + quote;
    }

    /// <summary>The replacement node's strEscapeSequencesReplacer makes (keys, symbol descriptions): no quotes added.</summary>
    internal static string EscapeUnquoted(string str) => StrEscapeWith(str, '\'');

    private static string StrEscapeWith(string str, char quote)
    {
        StringBuilder? sb = null;
        int last = 0;
        for (int i = 0; i < str.Length; i++)
        {
            char c = str[i];
            string? escape = null;
            if ((c == quote) || c == '\\' || c < 0x20 || (c >= 0x7F && c < 0xA0)) escape = Meta[c];
            else if (char.IsSurrogate(c))
            {
                if (char.IsHighSurrogate(c) && i + 1 < str.Length && char.IsLowSurrogate(str[i + 1])) { i++; continue; }
                escape = "\\u" + ((int)c).ToString("x", CultureInfo.InvariantCulture);
            }
            if (escape is null) continue;
            sb ??= new StringBuilder(str.Length + 8);
            sb.Append(str, last, i - last).Append(escape);
            last = i + 1;
        }
        if (sb is null) return str;
        sb.Append(str, last, str.Length - last);
        return sb.ToString();
    }

    // ------------------------------------------------------------ colors ----

    private static readonly Dictionary<string, (int Open, int Close)> StyleColors = new()
    {
        ["special"] = (36, 39), ["number"] = (33, 39), ["bigint"] = (33, 39), ["boolean"] = (33, 39),
        ["undefined"] = (90, 39), ["null"] = (1, 22), ["string"] = (32, 39), ["symbol"] = (32, 39),
        ["date"] = (35, 39), ["regexp"] = (31, 39), ["module"] = (4, 24),
    };

    /// <summary>stylizeWithColor</summary>
    internal static string StylizeWithColor(string s, string style) =>
        StyleColors.TryGetValue(style, out var c) ? $"\u001b[{c.Open}m{s}\u001b[{c.Close}m" : s;

    /// <summary>Removes ANSI SGR sequences (removeColors / stripVTControlCharacters for what stylize adds).</summary>
    internal static string RemoveColors(string s)
    {
        if (!s.Contains('\u001b')) return s;
        var sb = new StringBuilder(s.Length);
        for (int i = 0; i < s.Length; i++)
        {
            if (s[i] == '\u001b' && i + 1 < s.Length && s[i + 1] == '[')
            {
                int j = i + 2;
                while (j < s.Length && (char.IsAsciiDigit(s[j]) || s[j] == ';')) j++;
                if (j < s.Length && s[j] == 'm') { i = j; continue; }
            }
            sb.Append(s[i]);
        }
        return sb.ToString();
    }

    /// <summary>getStringWidth (ICU build): columns a string takes; wide characters count two, marks and controls none.</summary>
    internal static int GetStringWidth(string str, bool removeControlChars)
    {
        if (removeControlChars) str = RemoveColors(str);
        int width = 0;
        int i = 0;
        for (; i < str.Length; i++)
        {
            char c = str[i];
            if (c >= 127) break;
            if (c >= 32) width++;
        }
        if (i == str.Length) return width;
        var rest = str[i..];
        // .NET refuses to normalize lone surrogates; ICU leaves them as they are.
        try { rest = rest.Normalize(NormalizationForm.FormC); }
        catch (ArgumentException) { }
        for (int k = 0; k < rest.Length; k++)
        {
            int code = rest[k];
            if (char.IsHighSurrogate(rest[k]) && k + 1 < rest.Length && char.IsLowSurrogate(rest[k + 1]))
                code = char.ConvertToUtf32(rest[k], rest[++k]);
            if (StringWidthTables.Contains(StringWidthTables.Wide, code)) width += 2;
            else if (!StringWidthTables.Contains(StringWidthTables.Zero, code)) width++;
        }
        return width;
    }
}

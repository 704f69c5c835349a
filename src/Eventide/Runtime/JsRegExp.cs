using System.Collections.Concurrent;
using System.Text;
using System.Text.RegularExpressions;
using Acornima;

namespace Eventide.Runtime;

/// <summary>
/// A RegExp instance (22.2.3): [[OriginalSource]], [[OriginalFlags]] and the matcher, which is the
/// JS pattern converted to a .NET <see cref="Regex"/> by Acornima. Converted patterns are cached
/// per (source, flags), so a literal in a loop compiles once.
/// </summary>
internal sealed class JsRegExp : JsObject
{
    public string Source { get; private set; } = "";
    public string Flags { get; private set; } = "";
    public Regex Regex { get; private set; } = null!;
    /// <summary>Number of JS capture groups plus one (the match itself).</summary>
    public int GroupCount { get; private set; }
    /// <summary>JS group name for each group number (null when unnamed); null when the pattern has no names.</summary>
    public string?[]? GroupNames { get; private set; }
    public bool Global, IgnoreCase, Multiline, DotAll, Unicode, UnicodeSets, Sticky, HasIndices;
    public bool FullUnicode => Unicode || UnicodeSets;

    public JsRegExp(JsObject prototype) : base(prototype)
    {
        // 22.2.3.1 RegExpAlloc step 3: lastIndex is writable, not enumerable, not configurable.
        FastSet("lastIndex", JsValue.Undefined, PropertyFlags.Writable);
    }

    internal override string ClassName => "RegExp";

    private sealed record Compiled(Regex Regex, int GroupCount, string?[]? GroupNames);

    /// <summary>Compiled patterns of one realm. Per realm, not static: a converted pattern can be
    /// megabytes (Unicode property classes), and a process-wide cache kept them alive across
    /// engines until the heap ran out (and shared mutable state between engines on other threads).</summary>
    private static Dictionary<(string, string), Compiled> CacheOf(Realm realm) =>
        (Dictionary<(string, string), Compiled>)(realm.RegExpCache ??= new Dictionary<(string, string), Compiled>());

    private const int CacheLimit = 256;

    // .NET's regex timeout is only a slice here, never an error: when it expires the engine's
    // limits are polled (a host's TimeLimit or cancellation stops the script there) and this RegExp
    // goes on with a matcher given no limit (or twice the time, when the host can stop scripts), as
    // node runs a catastrophic pattern until it finishes.
    private static readonly TimeSpan MatchSlice = TimeSpan.FromMilliseconds(500);

    /// <summary>Regex.Match, continued past the time slice as above.</summary>
    public Match Match(string input, int start)
    {
        while (true)
        {
            try { return Regex.Match(input, start); }
            catch (RegexMatchTimeoutException) { ExtendMatchTime(); }
        }
    }

    /// <summary>After a slice expired: check the engine's limits (a script out of time stops here),
    /// then give the matcher more time: twice the slice, ending no later than a call's deadline.</summary>
    public void ExtendMatchTime()
    {
        var budget = Realm.Current?.Budget;
        budget?.Check();
        var timeout = Regex.InfiniteMatchTimeout;
        if (budget is { CanBeStopped: true })
        {
            timeout = Regex.MatchTimeout * 2;
            // The engine's deadline may have just passed before its token is cancelled: at least 1 ms.
            if (budget.TimeLeft is { } left && left < timeout) timeout = TimeSpan.FromMilliseconds(Math.Max(left.TotalMilliseconds, 0) + 1);
        }
        Regex = new Regex(Regex.ToString(), Regex.Options, timeout);
    }

    /// <summary>22.2.3.3 RegExpInitialize steps 5-13 (pattern and flags already strings).</summary>
    public void Initialize(string pattern, string flags)
    {
        ParseFlags(flags);
        var cache = CacheOf(Realm.Current!);
        if (!cache.TryGetValue((pattern, flags), out var compiled))
        {
            compiled = Compile(pattern, flags);
            if (cache.Count >= CacheLimit) cache.Clear();
            cache[(pattern, flags)] = compiled;
        }
        Source = pattern;
        Flags = flags;
        Regex = compiled.Regex;
        GroupCount = compiled.GroupCount;
        GroupNames = compiled.GroupNames;
        SetOrThrow("lastIndex", 0);
    }

    private void ParseFlags(string flags)
    {
        bool d = false, g = false, i = false, m = false, s = false, u = false, v = false, y = false;
        foreach (char ch in flags)
        {
            ref bool flag = ref d;
            switch (ch)
            {
                case 'd': flag = ref d; break;
                case 'g': flag = ref g; break;
                case 'i': flag = ref i; break;
                case 'm': flag = ref m; break;
                case 's': flag = ref s; break;
                case 'u': flag = ref u; break;
                case 'v': flag = ref v; break;
                case 'y': flag = ref y; break;
                default: throw InvalidFlags(flags);
            }
            if (flag) throw InvalidFlags(flags);
            flag = true;
        }
        if (u && v) throw InvalidFlags(flags);
        (HasIndices, Global, IgnoreCase, Multiline, DotAll, Unicode, UnicodeSets, Sticky) = (d, g, i, m, s, u, v, y);
    }

    private static JsException InvalidFlags(string flags) =>
        JsException.SyntaxError($"Invalid flags supplied to RegExp constructor '{flags}'");

#pragma warning disable CS0618 // Acornima marks its JS → .NET regex conversion obsolete; it is the converter we use.
    private static Compiled Compile(string pattern, string flags)
    {
        RegExpParseResult result;
        try
        {
            // Binary properties the translation lacks become explicit classes (UnicodePropertyEscapes).
            // (The translation does not take the v flag at all, so only u patterns are rewritten.)
            string adapted = flags.Contains('u') ? UnicodePropertyEscapes.Rewrite(pattern) : pattern;
            result = Tokenizer.AdaptRegExp(adapted, flags, compiled: false, matchTimeout: MatchSlice, throwIfNotAdaptable: false,
                EcmaVersion.Latest, ExperimentalESFeatures.RegExpDuplicateNamedCapturingGroups | ExperimentalESFeatures.RegExpModifiers);
        }
        catch (ParseErrorException e)
        {
            throw JsException.SyntaxError(SyntaxMessage(pattern, flags, e.Error?.Description ?? e.Message));
        }
        if (!result.Success || result.Regex is null)
            throw JsException.SyntaxError(SyntaxMessage(pattern, flags, result.ConversionError?.Description ?? "Unsupported regular expression"));
        int count = result.ActualRegexGroupCount;
        string?[]? names = null;
        for (int n = 1; n < count; n++)
        {
            if (result.GetRegexGroupName(n) is { } name)
            {
                names ??= new string?[count];
                names[n] = name;
            }
        }
        return new Compiled(result.Regex, count, names);
    }
#pragma warning restore CS0618

    /// <summary>V8's wording: "Invalid regular expression: /(/: Unterminated group".</summary>
    private static string SyntaxMessage(string pattern, string flags, string description)
    {
        const string prefix = "Invalid regular expression: ";
        int at = description.IndexOf(prefix, StringComparison.Ordinal);
        if (at >= 0) description = description[(at + prefix.Length)..];
        int colon = description.IndexOf(": ", StringComparison.Ordinal);
        if (description.StartsWith('/') && colon > 0) description = description[(colon + 2)..];
        return $"{prefix}/{pattern}/{(flags.Contains('u') || flags.Contains('v') ? flags : "")}: {description}";
    }

    /// <summary>22.2.6.13.1 EscapeRegExpPattern: the "source" text that reparses to the same pattern.</summary>
    public static string EscapeRegExpPattern(string source)
    {
        if (source.Length == 0) return "(?:)";
        StringBuilder? sb = null;
        bool inClass = false;
        for (int i = 0; i < source.Length; i++)
        {
            char c = source[i];
            string? replacement = null;
            if (c == '\\' && i + 1 < source.Length)
            {
                sb?.Append(c).Append(source[i + 1]);
                i++;
                continue;
            }
            if (c == '[') inClass = true;
            else if (c == ']') inClass = false;
            else if (c == '/' && !inClass) replacement = "\\/";
            else if (c == '\n') replacement = "\\n";
            else if (c == '\r') replacement = "\\r";
            else if (c == '\u2028') replacement = "\\u2028";
            else if (c == '\u2029') replacement = "\\u2029";
            if (replacement is not null)
            {
                sb ??= new StringBuilder(source, 0, i, source.Length + 8);
                sb.Append(replacement);
            }
            else sb?.Append(c);
        }
        return sb?.ToString() ?? source;
    }
}

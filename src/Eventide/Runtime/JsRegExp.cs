using System.Collections.Concurrent;
using System.Text;
using System.Text.RegularExpressions;
using Acornima;
using Eventide.RegExp;

namespace Eventide.Runtime;

/// <summary>
/// A RegExp instance (22.2.3): [[OriginalSource]], [[OriginalFlags]] and the matcher. Patterns run
/// on Eventide's own engine (Eventide.RegExp) when it is chosen (see <see cref="UsesOwnEngine"/>),
/// otherwise as the .NET <see cref="System.Text.RegularExpressions.Regex"/> Acornima converts them
/// to. Compiled patterns are cached per (source, flags), so a literal in a loop compiles once.
/// A match is its captures: start and end per group (group 0 is the match), -1 when unset.
/// </summary>
internal sealed class JsRegExp : JsObject
{
    public string Source { get; private set; } = "";
    public string Flags { get; private set; } = "";
    private Compiled _compiled = null!;
    internal Regex? Regex => _compiled.Regex;
    /// <summary>Number of JS capture groups plus one (the match itself).</summary>
    public int GroupCount => _compiled.GroupCount;
    /// <summary>JS group name for each group number (null when unnamed); null when the pattern has no names.</summary>
    public string?[]? GroupNames => _compiled.GroupNames;
    public bool Global, IgnoreCase, Multiline, DotAll, Unicode, UnicodeSets, Sticky, HasIndices;
    public bool FullUnicode => Unicode || UnicodeSets;

    public JsRegExp(JsObject prototype) : base(prototype)
    {
        // 22.2.3.1 RegExpAlloc step 3: lastIndex is writable, not enumerable, not configurable.
        FastSet("lastIndex", JsValue.Undefined, PropertyFlags.Writable);
    }

    internal override string ClassName => "RegExp";

    /// <summary>One compiled pattern: either engine's matcher (the own engine's runs one match at a time per realm).</summary>
    private sealed class Compiled(Regex? regex, RegexMatcher? matcher, int groupCount, string?[]? groupNames)
    {
        public Regex? Regex = regex;
        public readonly RegexMatcher? Matcher = matcher;
        public readonly int GroupCount = groupCount;
        public readonly string?[]? GroupNames = groupNames;
    }

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

    /// <summary>The captures of the first match at or after <paramref name="start"/> (only at it when
    /// <paramref name="sticky"/>), or null.</summary>
    public int[]? Exec(string input, int start, bool sticky)
    {
        var captures = new int[GroupCount * 2];
        if (_compiled.Matcher is { } matcher) return matcher.Exec(input, start, sticky, captures) ? captures : null;
        System.Text.RegularExpressions.Match m;
        while (true)
        {
            try { m = _compiled.Regex!.Match(input, start); break; }
            catch (RegexMatchTimeoutException) { ExtendMatchTime(); }
        }
        if (!m.Success || (sticky && m.Index != start)) return null;
        for (int i = 0; i < GroupCount; i++)
        {
            var g = m.Groups[i];
            captures[2 * i] = g.Success ? g.Index : -1;
            captures[2 * i + 1] = g.Success ? g.Index + g.Length : -1;
        }
        return captures;
    }

    /// <summary>After a slice expired: check the engine's limits (a script out of time stops here),
    /// then give the matcher more time: twice the slice, ending no later than a call's deadline.</summary>
    private void ExtendMatchTime()
    {
        var budget = Realm.Current?.Budget;
        budget?.Check();
        var regex = _compiled.Regex!;
        var timeout = Regex.InfiniteMatchTimeout;
        if (budget is { CanBeStopped: true })
        {
            timeout = regex.MatchTimeout * 2;
            // The engine's deadline may have just passed before its token is cancelled: at least 1 ms.
            if (budget.TimeLeft is { } left && left < timeout) timeout = TimeSpan.FromMilliseconds(Math.Max(left.TotalMilliseconds, 0) + 1);
        }
        _compiled.Regex = new Regex(regex.ToString(), regex.Options, timeout);
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
        _compiled = compiled;
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
    /// <summary>Whether a pattern runs on the own engine: for now the ones the .NET conversion cannot
    /// express: the v flag, Unicode property escapes (the .NET tables are another Unicode version and
    /// lack Script and most binary properties) and modifiers; anything Acornima rejects or cannot
    /// convert is tried on it as well.</summary>
    private static bool UsesOwnEngine(string pattern, string flags) =>
        flags.Contains('v')
        || (flags.Contains('u') && (pattern.Contains("\\p{", StringComparison.Ordinal) || pattern.Contains("\\P{", StringComparison.Ordinal)))
        || pattern.Contains("(?i", StringComparison.Ordinal) || pattern.Contains("(?m", StringComparison.Ordinal)
        || pattern.Contains("(?s", StringComparison.Ordinal) || pattern.Contains("(?-", StringComparison.Ordinal);

    private static Compiled CompileOwn(string pattern, string flags)
    {
        ParsedPattern parsed;
        try { parsed = RegexParser.Parse(pattern, flags); }
        catch (RegExpSyntaxException e) { throw JsException.SyntaxError($"Invalid regular expression: /{pattern}/{flags}: {e.Message}"); }
        var program = RegexCompiler.Compile(parsed, flags.Contains('u') || flags.Contains('v'));
        return new Compiled(null, new RegexMatcher(program, PollLimits), parsed.GroupCount, parsed.GroupNames);
    }

    /// <summary>The matcher's periodic look at the engine's limits (a catastrophic pattern stops at the time limit).</summary>
    private static void PollLimits() => Realm.Current?.Budget.Check();

    private static Compiled Compile(string pattern, string flags)
    {
        if (UsesOwnEngine(pattern, flags)) return CompileOwn(pattern, flags);
        RegExpParseResult result;
        try
        {
            result = Tokenizer.AdaptRegExp(pattern, flags, compiled: false, matchTimeout: MatchSlice, throwIfNotAdaptable: false,
                EcmaVersion.Latest, ExperimentalESFeatures.RegExpDuplicateNamedCapturingGroups | ExperimentalESFeatures.RegExpModifiers);
        }
        catch (ParseErrorException)
        {
            return CompileOwn(pattern, flags);
        }
        if (!result.Success || result.Regex is null) return CompileOwn(pattern, flags);
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
        return new Compiled(result.Regex, null, count, names);
    }
#pragma warning restore CS0618

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

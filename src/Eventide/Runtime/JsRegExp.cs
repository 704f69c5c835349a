using System.Text;
using Eventide.RegExp;

namespace Eventide.Runtime;

/// <summary>
/// A RegExp instance (22.2.3): [[OriginalSource]], [[OriginalFlags]] and the matcher. Every pattern
/// runs on Eventide's own engine (Eventide.RegExp): spec-exact for every flag (captures in a
/// quantified group reset per iteration) and stopped by the engine's time limit and cancellation.
/// Compiled patterns are cached per (source, flags), so a literal in a loop compiles once.
/// A match is its captures: start and end per group (group 0 is the match), -1 when unset.
/// </summary>
internal sealed class JsRegExp : JsObject
{
    public string Source { get; private set; } = "";
    public string Flags { get; private set; } = "";
    private Compiled _compiled = null!;
    /// <summary>Number of JS capture groups plus one (the match itself).</summary>
    public int GroupCount => _compiled.GroupCount;
    /// <summary>JS group name for each group number (null when unnamed); null when the pattern has no names.</summary>
    public string?[]? GroupNames => _compiled.GroupNames;
    public bool Global, IgnoreCase, Multiline, DotAll, Unicode, UnicodeSets, Sticky, HasIndices;
    public bool FullUnicode => Unicode || UnicodeSets;

    /// <summary>What the original RegExp.prototype.flags getter returns for this RegExp (22.2.6.4).</summary>
    public string CanonicalFlags { get; private set; } = "";

    public JsRegExp(JsObject prototype) : base(prototype)
    {
        // 22.2.3.1 RegExpAlloc step 3: lastIndex is writable, not enumerable, not configurable.
        FastSet(LastIndexKey, JsValue.Undefined, PropertyFlags.Writable);
    }

    private static readonly PropertyKey LastIndexKey = "lastIndex";

    /// <summary>Get(R, "lastIndex"): its own data property (non-configurable, so never an accessor
    /// nor deleted), read from slot 0 where the constructor put it.</summary>
    public JsValue LastIndex => Shape.KeyAt(0).Equals(LastIndexKey) ? Slots[0] : Get(LastIndexKey);

    /// <summary>Set(R, "lastIndex", value, true) on a writable lastIndex in slot 0; false when the
    /// caller must take the general path (read-only lastIndex: the TypeError).</summary>
    public bool TrySetLastIndex(JsValue value)
    {
        if (!Shape.KeyAt(0).Equals(LastIndexKey) || (Shape.FlagsAt(0) & PropertyFlags.Writable) == 0) return false;
        Slots[0] = value;
        return true;
    }

    internal override string ClassName => "RegExp";

    /// <summary>One compiled pattern: its matcher (which runs one match at a time, in its realm's thread).</summary>
    private sealed class Compiled(RegexMatcher matcher, int groupCount, string?[]? groupNames)
    {
        public readonly RegexMatcher Matcher = matcher;
        public readonly int GroupCount = groupCount;
        public readonly string?[]? GroupNames = groupNames;
    }

    /// <summary>Compiled patterns of one realm. Per realm, not static: a matcher has mutable state
    /// (its backtrack stack), and a process-wide cache would share it between engines on other threads.</summary>
    private static Dictionary<(string, string), Compiled> CacheOf(Realm realm) =>
        (Dictionary<(string, string), Compiled>)(realm.RegExpCache ??= new Dictionary<(string, string), Compiled>());

    private const int CacheLimit = 256;

    /// <summary>The captures of the first match at or after <paramref name="start"/> (only at it when
    /// <paramref name="sticky"/>), or null.</summary>
    public int[]? Exec(string input, int start, bool sticky)
    {
        var captures = NewCaptures();
        return _compiled.Matcher.Exec(input, start, sticky, captures) ? captures : null;
    }

    /// <summary>Exec into a caller's buffer (<see cref="NewCaptures"/>), which a failed match leaves as it was.</summary>
    public bool Exec(string input, int start, bool sticky, int[] captures) => _compiled.Matcher.Exec(input, start, sticky, captures);

    /// <summary>A captures buffer for this pattern: start and end per group.</summary>
    public int[] NewCaptures() => new int[GroupCount * 2];

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
        Span<char> canonical = stackalloc char[8];
        int n = 0;
        foreach (var (ch, set) in (ReadOnlySpan<(char, bool)>)[('d', d), ('g', g), ('i', i), ('m', m), ('s', s), ('u', u), ('v', v), ('y', y)])
            if (set) canonical[n++] = ch;
        CanonicalFlags = n == flags.Length && canonical[..n].SequenceEqual(flags) ? flags : new string(canonical[..n]);
    }

    private static JsException InvalidFlags(string flags) =>
        JsException.SyntaxError($"Invalid flags supplied to RegExp constructor '{flags}'");

    /// <summary>22.2.3.3 RegExpInitialize step 10 (the pattern parsed with the flags), compiled: a
    /// syntax error reads as V8's ("Invalid regular expression: /(/: Unterminated group").</summary>
    private static Compiled Compile(string pattern, string flags)
    {
        ParsedPattern parsed;
        try { parsed = RegexParser.Parse(pattern, flags); }
        catch (RegExpSyntaxException e) { throw JsException.SyntaxError($"Invalid regular expression: /{pattern}/{flags}: {e.Message}"); }
        var program = RegexCompiler.Compile(parsed, flags.Contains('u') || flags.Contains('v'));
        return new Compiled(new RegexMatcher(program, PollLimits), parsed.GroupCount, parsed.GroupNames);
    }

    /// <summary>The matcher's periodic look at the engine's limits (a catastrophic pattern stops at the time limit).</summary>
    private static void PollLimits() => Realm.Current?.Budget.Check();

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

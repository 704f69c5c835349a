using System.Buffers;

namespace Eventide.RegExp;

/// <summary>
/// Where a match can start, found before running the matcher: a pattern anchored by a non-multiline
/// ^ starts only at 0; a literal prefix is searched with IndexOf; otherwise the set of characters a
/// match can begin with is searched with SearchValues (vectorised), so the matcher runs only at
/// positions that can succeed.
/// </summary>
internal sealed class RegexPrefilter
{
    /// <summary>Largest set searched with SearchValues (or whose complement is, with IndexOfAnyExcept).</summary>
    private const int SearchValuesLimit = 512;

    public readonly bool AnchoredAtStart;
    private readonly string? _prefix;
    private readonly StringComparison _prefixComparison;
    private readonly SearchValues<char>? _first;
    private readonly bool _firstExcept;
    /// <summary>How far into every match the searched set stands (a rarer set at a fixed distance, non-unicode only).</summary>
    private readonly int _offset;
    private readonly bool _unicode;

    private RegexPrefilter(bool anchored, (string, StringComparison)? prefix, SearchValues<char>? first, bool firstExcept, int offset, bool unicode)
    {
        _offset = offset;
        AnchoredAtStart = anchored;
        if (prefix is var (text, comparison)) (_prefix, _prefixComparison) = (text, comparison);
        _first = first;
        _firstExcept = firstExcept;
        _unicode = unicode;
    }

    /// <summary>The prefilter of a pattern, or null when it can start anywhere (it can match empty, starts with a lookaround...).</summary>
    public static RegexPrefilter? Of(RegexNode root, bool unicode)
    {
        bool anchored = IsAnchored(root);
        var prefix = LiteralPrefix(root, unicode);
        SearchValues<char>? first = null;
        bool except = false;
        int offset = 0;
        if (prefix is null && FirstSet(root, unicode, forFollow: false) is { Nullable: false } f)
        {
            var set = f.Set;
            if (!unicode && RarestFixedSet(root, BmpCount(set)) is var (rarest, at)) (set, offset) = (rarest, at);
            (first, except) = SearchValuesOf(set, unicode);
            if (first is null) offset = 0;
        }
        return anchored || prefix is not null || first is not null ? new RegexPrefilter(anchored, prefix, first, except, offset, unicode) : null;
    }

    /// <summary>The first position at or after <paramref name="from"/> where a match may start, or -1.</summary>
    public int Next(string input, int from)
    {
        if (AnchoredAtStart) return from == 0 ? 0 : -1;
        if (from > input.Length) return -1;
        while (true)
        {
            int at;
            if (_prefix is not null) at = input.IndexOf(_prefix, from, _prefixComparison);
            else if (_first is not null)
            {
                if (from + _offset >= input.Length) return -1;
                var rest = input.AsSpan(from + _offset);
                at = _firstExcept ? rest.IndexOfAnyExcept(_first) : rest.IndexOfAny(_first);
                if (at >= 0) at += from;
            }
            else return from;
            // In unicode mode the matcher steps over code points: never start inside a surrogate pair.
            if (at > from && _unicode && char.IsLowSurrogate(input[at]) && char.IsHighSurrogate(input[at - 1])) { from = at + 1; continue; }
            return at;
        }
    }

    /// <summary>Among the single characters at fixed distances from the start of every match (non-unicode:
    /// one code unit each), the one with the fewest members when it has fewer than <paramref name="firstCount"/>,
    /// e.g. the '-' of (\d{4})-(\d{2}).</summary>
    private static (CharSet, int)? RarestFixedSet(RegexNode root, int firstCount)
    {
        const int MaxDistance = 16;
        (CharSet, int)? best = null;
        int bestCount = firstCount, distance = 0;
        Walk(root);
        return best;

        // Visits the fixed-width prefix; false where it ends.
        bool Walk(RegexNode node)
        {
            switch (node)
            {
                case AssertionNode: return true;
                case GroupNode g: return Walk(g.Body);
                case SequenceNode seq:
                    foreach (var item in seq.Items) if (!Walk(item)) return false;
                    return true;
                case RepeatNode rep when rep.Min >= 1 && IsSingleCharacter(rep.Body):
                    for (int i = 0; i < rep.Min; i++) if (!Walk(rep.Body)) return false;
                    return rep.Min == rep.Max;
                case CharNode or DotNode or ClassNode when IsSingleCharacter(node):
                {
                    if (distance >= MaxDistance || FirstSet(node, unicode: false, forFollow: false) is not { } f) return false;
                    int count = BmpCount(f.Set);
                    if (count < bestCount) (best, bestCount) = ((f.Set, distance), count);
                    distance++;
                    return true;
                }
                default: return false;
            }
        }
    }

    private static bool IsSingleCharacter(RegexNode node) => node is CharNode or DotNode or ClassNode { Strings: null or { Count: 0 } };

    /// <summary>The members of a set that are code units.</summary>
    private static int BmpCount(CharSet set)
    {
        int n = 0;
        for (int i = 0; i < set.RangeCount && set.RangeStart(i) <= 0xFFFF; i++) n += Math.Min(set.RangeEnd(i), 0xFFFF) - set.RangeStart(i) + 1;
        return n;
    }

    private static bool IsAnchored(RegexNode node) => node switch
    {
        AssertionNode { Kind: AssertionKind.LineStart, Multiline: false } => true,
        SequenceNode seq => seq.Items.Count > 0 && IsAnchored(seq.Items[0]),
        GroupNode g => IsAnchored(g.Body),
        AlternationNode alt => alt.Alternatives.TrueForAll(IsAnchored),
        _ => false,
    };

    /// <summary>The code units every match begins with (two at least), or null; compared ignoring ASCII
    /// case when a character is case-insensitive and all its equivalents are ASCII (OrdinalIgnoreCase
    /// finds every such match, and its extra candidates fail in the matcher).</summary>
    private static (string, StringComparison)? LiteralPrefix(RegexNode root, bool unicode)
    {
        var sb = new System.Text.StringBuilder();
        bool ignoreCase = false;
        Collect(root);
        return sb.Length >= 2 ? (sb.ToString(), ignoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal) : null;

        bool Collect(RegexNode node)
        {
            switch (node)
            {
                case CharNode { IgnoreCase: false } ch when ch.Char <= 0xFFFF && !(unicode && ch.Char is >= 0xD800 and <= 0xDFFF):
                    sb.Append((char)ch.Char);
                    return true;
                case CharNode { IgnoreCase: true, Char: < 128 } ch when CaseFolding.EquivalentsOf(ch.Char, unicode) is var e && e.RangeEnd(e.RangeCount - 1) < 128:
                    sb.Append((char)ch.Char);
                    ignoreCase = true;
                    return true;
                case SequenceNode seq:
                    foreach (var item in seq.Items) if (!Collect(item)) return false;
                    return true;
                case GroupNode g: return Collect(g.Body);
                default: return false;
            }
        }
    }

    /// <summary>The characters a match of <paramref name="node"/> can begin with, and whether it can match empty
    /// (then what follows it can begin the match too); null when unknown. Assertions consume nothing, so
    /// they are empty when looking for a match's start; when asking what may follow a star that gives
    /// characters back (<paramref name="forFollow"/>) only a non-multiline $ is known: it fails before
    /// the end, where a star that gave back a character stands.</summary>
    internal static (CharSet Set, bool Nullable)? FirstSet(RegexNode node, bool unicode, bool forFollow)
    {
        switch (node)
        {
            case EmptyNode: return (CharSet.Empty, true);
            case AssertionNode a when forFollow: return a is { Kind: AssertionKind.LineEnd, Multiline: false } ? (CharSet.Empty, false) : null;
            case AssertionNode: return (CharSet.Empty, true);
            case CharNode ch: return (ch.IgnoreCase ? CaseFolding.EquivalentsOf(ch.Char, unicode) : CharSet.Of(ch.Char), false);
            case ClassNode { Strings.Count: > 0 }: return null;
            case ClassNode cls:
            {
                var set = cls.IgnoreCase ? CaseFolding.Close(cls.Set, unicode) : cls.Set;
                return (cls.Negate ? set.Complement() : set, false);
            }
            case DotNode dot: return (dot.DotAll ? CharSet.All : LineTerminators.Complement(), false);
            case GroupNode g: return FirstSet(g.Body, unicode, forFollow);
            case RepeatNode rep:
            {
                if (rep.Max == 0) return (CharSet.Empty, true);
                if (FirstSet(rep.Body, unicode, forFollow) is not { } body) return null;
                return (body.Set, body.Nullable || rep.Min == 0);
            }
            case SequenceNode seq:
            {
                var set = CharSet.Empty;
                foreach (var item in seq.Items)
                {
                    if (FirstSet(item, unicode, forFollow) is not { } f) return null;
                    set = set.Union(f.Set);
                    if (!f.Nullable) return (set, false);
                }
                return (set, true);
            }
            case AlternationNode alt:
            {
                var set = CharSet.Empty;
                bool nullable = false;
                foreach (var item in alt.Alternatives)
                {
                    if (FirstSet(item, unicode, forFollow) is not { } f) return null;
                    set = set.Union(f.Set);
                    nullable |= f.Nullable;
                }
                return (set, nullable);
            }
            default: return null; // lookarounds, back references
        }
    }

    internal static readonly CharSet LineTerminators = CharSet.FromCodePoints(['\n', '\r', 0x2028, 0x2029]);

    /// <summary>The code units that can begin a match of a set (every high surrogate too when it has
    /// supplementary members in unicode mode), as SearchValues to find, or their complement's to skip.</summary>
    private static (SearchValues<char>?, bool Except) SearchValuesOf(CharSet set, bool unicode)
    {
        var units = new List<char>();
        var outside = new List<char>();
        bool astral = false;
        for (int i = 0; i < set.RangeCount; i++) if (set.RangeEnd(i) > 0xFFFF) astral = true;
        var bmp = unicode && astral ? set.Union(CharSet.Range(0xD800, 0xDBFF)) : set;
        int next = 0;
        for (int i = 0; i < bmp.RangeCount && bmp.RangeStart(i) <= 0xFFFF; i++)
        {
            int from = bmp.RangeStart(i), to = Math.Min(bmp.RangeEnd(i), 0xFFFF);
            for (int c = next; c < from && outside.Count <= SearchValuesLimit; c++) outside.Add((char)c);
            for (int c = from; c <= to && units.Count <= SearchValuesLimit; c++) units.Add((char)c);
            next = to + 1;
        }
        for (int c = next; c <= 0xFFFF && outside.Count <= SearchValuesLimit; c++) outside.Add((char)c);
        if (units.Count <= SearchValuesLimit) return (SearchValues.Create([.. units]), false);
        if (outside.Count <= SearchValuesLimit) return (SearchValues.Create([.. outside]), true);
        return (null, false);
    }
}

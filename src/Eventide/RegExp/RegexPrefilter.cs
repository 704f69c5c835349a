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
    /// <summary>An ASCII ignore-case prefix, searched vectorised (string.IndexOf's ignore-case search is not).</summary>
    private readonly SearchValues<string>? _prefixIgnoreCase;
    private readonly SearchValues<char>? _first;
    private readonly bool _firstExcept;
    /// <summary>How far into every match the searched set stands (a rarer set at a fixed distance, non-unicode only).</summary>
    private readonly int _offset;
    private readonly bool _unicode;
    /// <summary>The single characters at fixed distances from every match's start, checked at a candidate before the matcher runs.</summary>
    private (int Offset, SearchValues<char> Set)[] _fixed = [];
    /// <summary>A pattern that begins with a run of one set and then a character outside it, as (\w+)=: the run's set and least length, and the stop's set.</summary>
    private (SearchValues<char> Run, int Min, SearchValues<char> Stop)? _runThenStop;

    private RegexPrefilter(bool anchored, (string, StringComparison)? prefix, SearchValues<char>? first, bool firstExcept, int offset, bool unicode)
    {
        _offset = offset;
        AnchoredAtStart = anchored;
        if (prefix is var (text, comparison))
        {
            (_prefix, _prefixComparison) = (text, comparison);
            if (comparison == StringComparison.OrdinalIgnoreCase) _prefixIgnoreCase = SearchValues.Create([text], comparison);
        }
        _first = first;
        _firstExcept = firstExcept;
        _unicode = unicode;
    }

    /// <summary>The prefilter of a pattern, or null when it can start anywhere (it can match empty, starts with a lookaround...).</summary>
    public static RegexPrefilter? Of(RegexNode root, bool unicode)
    {
        // Next() looks no further than the first of these that applies: an anchor, a literal prefix,
        // a run then its stop, the first (or rarest fixed) set; only that one is built.
        bool anchored = IsAnchored(root);
        var prefix = anchored ? null : LiteralPrefix(root, unicode);
        var runThenStop = !anchored && prefix is null && !unicode ? RunThenStop(root) : null;
        SearchValues<char>? first = null;
        bool except = false;
        int offset = 0;
        if (!anchored && prefix is null && runThenStop is null && FirstSet(root, unicode, forFollow: false) is { Nullable: false } f)
        {
            var set = f.Set;
            if (!unicode && RarestFixedSet(root, BmpCount(set)) is var (rarest, at)) (set, offset) = (rarest, at);
            (first, except) = SearchValuesOf(set, unicode);
            if (first is null) offset = 0;
        }
        if (!anchored && prefix is null && first is null && runThenStop is null) return null;
        return new RegexPrefilter(anchored, prefix, first, except, offset, unicode)
        {
            // The searched set itself needs no second look.
            _fixed = first is not null && !except && !unicode ? FixedSets(root, skip: offset) : [],
            _runThenStop = runThenStop,
        };
    }

    /// <summary>The first position at or after <paramref name="from"/> where a match may start, or -1.</summary>
    public int Next(string input, int from)
    {
        if (AnchoredAtStart) return from == 0 ? 0 : -1;
        if (from > input.Length) return -1;
        if (_runThenStop is { } rts) return NextRunThenStop(input, from, rts);
        while (true)
        {
            int at;
            if (_prefixIgnoreCase is not null)
            {
                at = input.AsSpan(from).IndexOfAny(_prefixIgnoreCase);
                if (at >= 0) at += from;
            }
            else if (_prefix is not null) at = input.IndexOf(_prefix, from, _prefixComparison);
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
            if (at >= 0 && !FixedSetsHold(input, at, out bool fits))
            {
                if (!fits) return -1;
                from = at + 1;
                continue;
            }
            return at;
        }
    }

    /// <summary>Whether the fixed-distance characters of a match starting at <paramref name="at"/> are there;
    /// <paramref name="fits"/> is false when the input ends first (then no later start fits either).</summary>
    private bool FixedSetsHold(string input, int at, out bool fits)
    {
        fits = true;
        foreach (var (offset, set) in _fixed)
        {
            if (at + offset >= input.Length) { fits = false; return false; }
            if (!set.Contains(input[at + offset])) return false;
        }
        return true;
    }

    /// <summary>
    /// For a pattern S{min,}c… with c outside S: a match's run of S ends at the first character that is
    /// not in S, which must be c. So the next c at or past from+min, walked back over S, gives the only
    /// start that can succeed before it (the run's first character); a run too short moves past that c.
    /// </summary>
    private static int NextRunThenStop(string input, int from, (SearchValues<char> Run, int Min, SearchValues<char> Stop) rts)
    {
        while (true)
        {
            if (from + rts.Min >= input.Length) return -1;
            int stop = input.AsSpan(from + rts.Min).IndexOfAny(rts.Stop);
            if (stop < 0) return -1;
            stop += from + rts.Min;
            int start = stop;
            while (start > from && rts.Run.Contains(input[start - 1])) start--;
            if (stop - start >= rts.Min) return start;
            from = stop + 1;
        }
    }

    /// <summary>Every single character at a fixed distance from the start of a match (non-unicode) but the searched one at <paramref name="skip"/>, as sets to check.</summary>
    private static (int, SearchValues<char>)[] FixedSets(RegexNode root, int skip)
    {
        var sets = new List<(int, SearchValues<char>)>();
        WalkFixedPrefix(root, (set, distance) =>
        {
            if (distance != skip && SearchValuesOf(set, unicode: false) is ({ } values, false)) sets.Add((distance, values));
        });
        return [.. sets];
    }

    /// <summary>The leading run and the stop after it of S{min,}c… (see <see cref="NextRunThenStop"/>), or null.</summary>
    private static (SearchValues<char>, int, SearchValues<char>)? RunThenStop(RegexNode root)
    {
        var items = new List<RegexNode>();
        Flatten(root, items);
        if (items.Count < 2 || items[0] is not RepeatNode { Min: >= 1 } run || !IsSingleCharacter(run.Body)) return null;
        if (!IsSingleCharacter(items[1])) return null;
        if (FirstSet(run.Body, unicode: false, forFollow: false) is not { } runSet || FirstSet(items[1], unicode: false, forFollow: false) is not { } stopSet) return null;
        if (!runSet.Set.Intersect(stopSet.Set).IsEmpty) return null;
        if (SearchValuesOf(runSet.Set, unicode: false) is not ({ } runValues, false) || SearchValuesOf(stopSet.Set, unicode: false) is not ({ } stopValues, false)) return null;
        return (runValues, run.Min, stopValues);

        // The pattern's leading items, looking through capture groups and nested sequences.
        static void Flatten(RegexNode node, List<RegexNode> into)
        {
            switch (node)
            {
                case GroupNode g: Flatten(g.Body, into); break;
                case SequenceNode seq: foreach (var item in seq.Items) Flatten(item, into); break;
                default: into.Add(node); break;
            }
        }
    }

    /// <summary>Among the single characters at fixed distances from the start of every match (non-unicode:
    /// one code unit each), the one with the fewest members when it has fewer than <paramref name="firstCount"/>,
    /// e.g. the '-' of (\d{4})-(\d{2}).</summary>
    private static (CharSet, int)? RarestFixedSet(RegexNode root, int firstCount)
    {
        (CharSet, int)? best = null;
        int bestCount = firstCount;
        WalkFixedPrefix(root, (set, distance) =>
        {
            int count = BmpCount(set);
            if (count < bestCount) (best, bestCount) = ((set, distance), count);
        });
        return best;
    }

    /// <summary>Visits the single characters of the fixed-width prefix every match begins with (up to 16), with their distances from the start.</summary>
    private static void WalkFixedPrefix(RegexNode root, Action<CharSet, int> visit)
    {
        const int MaxDistance = 16;
        int distance = 0;
        Walk(root);

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
                    visit(f.Set, distance);
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

namespace Eventide.RegExp;

/// <summary>Bytecode instructions of a compiled pattern (operands follow the opcode in the int stream).</summary>
internal enum RegexOp
{
    Match,            // success: the match ends here
    LookEnd,          // success of a lookaround body
    Char,             // c, back
    Set,              // set index, negate, back
    Any,              // dotAll, back
    Split,            // first, second: try first, backtrack to second
    Jump,             // target
    GroupOpen,        // group
    GroupClose,       // group
    ClearGroups,      // first, count
    LineStart,        // multiline
    LineEnd,          // multiline
    WordBoundary,     // negate, unicodeIgnoreCase
    BackReference,    // ignoreCase, back, count, groups…
    Lookaround,       // negate, end
    RepeatInit,       // loop
    RepeatHead,       // loop, min, max, greedy, exit, body
    RepeatBody,       // loop
    RepeatTail,       // loop, min, head
    StarSet,          // set index, negate, min, max, possessive (dot: -1 dotAll) — greedy, forward, one character per iteration
}

/// <summary>A compiled pattern: bytecode, its character sets and register layout.</summary>
internal sealed class RegexProgram(int[] code, CharSet[] sets, int groupCount, int registerCount, bool unicode, string? literal, RegexPrefilter? prefilter, int leadingStar)
{
    public readonly int[] Code = code;
    public readonly CharSet[] Sets = sets;
    public readonly int GroupCount = groupCount;
    /// <summary>Captures (2 per group), then each group's open position, then 2 per loop (count, start position).</summary>
    public readonly int RegisterCount = registerCount;
    public readonly bool Unicode = unicode;
    /// <summary>The whole pattern when it is a plain string of BMP characters (searched with IndexOf).</summary>
    public readonly string? Literal = literal;
    /// <summary>Finds the positions where a match can start, or null when it can start anywhere.</summary>
    public readonly RegexPrefilter? Prefilter = prefilter;
    /// <summary>The pc of a possessive, unbounded star every match begins with (only group opens before it),
    /// in a pattern without back references, or -1: when a try fails, no start inside its run can succeed
    /// (the star would end at the same place, and what follows sees the same state), so the next try starts after it.</summary>
    public readonly int LeadingStar = leadingStar;
}

/// <summary>Compiles a parsed pattern (RegexNode tree) to <see cref="RegexProgram"/> bytecode.</summary>
internal sealed class RegexCompiler
{
    private readonly List<int> _code = [];
    private readonly List<CharSet> _sets = [];
    private readonly bool _unicode;
    private readonly int _groupCount;
    private int _loops;
    private int _leadingStar = -1;
    private bool _hasBackReference;

    private RegexCompiler(bool unicode, int groupCount) { _unicode = unicode; _groupCount = groupCount; }

    public static RegexProgram Compile(ParsedPattern pattern, bool unicode)
    {
        var c = new RegexCompiler(unicode, pattern.GroupCount);
        c.Emit(pattern.Root, back: false, follow: CharSet.Empty);
        c.Op(RegexOp.Match);
        return new RegexProgram([.. c._code], [.. c._sets], pattern.GroupCount, pattern.GroupCount * 3 + c._loops * 2, unicode,
            LiteralOf(pattern.Root, unicode), RegexPrefilter.Of(pattern.Root, unicode), c._hasBackReference ? -1 : c._leadingStar);
    }

    private void Op(RegexOp op, params ReadOnlySpan<int> operands)
    {
        _code.Add((int)op);
        foreach (int x in operands) _code.Add(x);
    }

    private int Here => _code.Count;

    private int AddSet(CharSet set)
    {
        _sets.Add(set);
        return _sets.Count - 1;
    }

    private CharSet ClassSet(ClassNode node) => node.IgnoreCase ? CaseFolding.Close(node.Set, _unicode) : node.Set;

    /// <summary>Emits a node; <paramref name="follow"/> is the set of characters the rest of the match
    /// after it can begin with when that rest cannot match empty (the end of the pattern: empty), null
    /// when unknown: a star over a set disjoint from it never needs to give characters back.</summary>
    private void Emit(RegexNode node, bool back, CharSet? follow = null)
    {
        switch (node)
        {
            case EmptyNode: break;
            case CharNode ch:
                if (ch.IgnoreCase && CaseFolding.EquivalentsOf(ch.Char, _unicode) is { Single: < 0 } equivalents) Op(RegexOp.Set, AddSet(equivalents), 0, back ? 1 : 0);
                else Op(RegexOp.Char, ch.Char, back ? 1 : 0);
                break;
            case DotNode dot: Op(RegexOp.Any, dot.DotAll ? 1 : 0, back ? 1 : 0); break;
            case ClassNode cls when cls.Strings is { Count: > 0 }: EmitClassWithStrings(cls, back); break;
            case ClassNode cls: Op(RegexOp.Set, AddSet(ClassSet(cls)), cls.Negate ? 1 : 0, back ? 1 : 0); break;
            case SequenceNode seq:
                if (back) for (int i = seq.Items.Count - 1; i >= 0; i--) Emit(seq.Items[i], back);
                else for (int i = 0; i < seq.Items.Count; i++) Emit(seq.Items[i], back, seq.Items[i] is RepeatNode or GroupNode or AlternationNode ? FollowOf(seq.Items, i + 1, follow) : null);
                break;
            case AlternationNode alt: EmitAlternation(alt.Alternatives, back, follow); break;
            case GroupNode group:
                Op(RegexOp.GroupOpen, group.Index);
                Emit(group.Body, back, follow);
                Op(RegexOp.GroupClose, group.Index);
                break;
            case AssertionNode a:
                switch (a.Kind)
                {
                    case AssertionKind.LineStart: Op(RegexOp.LineStart, a.Multiline ? 1 : 0); break;
                    case AssertionKind.LineEnd: Op(RegexOp.LineEnd, a.Multiline ? 1 : 0); break;
                    default: Op(RegexOp.WordBoundary, a.Kind == AssertionKind.NotWordBoundary ? 1 : 0, a.UnicodeIgnoreCase ? 1 : 0); break;
                }
                break;
            case BackReferenceNode r:
                _hasBackReference = true;
                _code.Add((int)RegexOp.BackReference);
                _code.Add(r.IgnoreCase ? 1 : 0);
                _code.Add(back ? 1 : 0);
                _code.Add(r.Groups.Length);
                _code.AddRange(r.Groups);
                break;
            case LookaroundNode look:
                int at = Here;
                Op(RegexOp.Lookaround, look.Negate ? 1 : 0, 0);
                Emit(look.Body, look.Behind);
                Op(RegexOp.LookEnd);
                _code[at + 2] = Here;
                break;
            case RepeatNode rep: EmitRepeat(rep, back, follow); break;
            default: throw new InvalidOperationException(node.GetType().Name);
        }
    }

    private void EmitAlternation(List<RegexNode> alternatives, bool back, CharSet? follow = null)
    {
        var jumps = new List<int>();
        for (int i = 0; i < alternatives.Count; i++)
        {
            if (i < alternatives.Count - 1)
            {
                int split = Here;
                Op(RegexOp.Split, split + 3, 0);
                Emit(alternatives[i], back, follow);
                jumps.Add(Here);
                Op(RegexOp.Jump, 0);
                _code[split + 2] = Here;
            }
            else Emit(alternatives[i], back, follow);
        }
        foreach (int j in jumps) _code[j + 1] = Here;
    }

    /// <summary>A v-flag class with strings: the longest strings first, then the single characters, then the empty string.</summary>
    private void EmitClassWithStrings(ClassNode cls, bool back)
    {
        var alternatives = new List<RegexNode>();
        foreach (var s in cls.Strings!.Where(s => s.Length > 0).OrderByDescending(CodePointCount))
        {
            var chars = new List<RegexNode>();
            for (int i = 0; i < s.Length; i++)
            {
                int c = char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]) ? char.ConvertToUtf32(s[i], s[++i]) : s[i];
                chars.Add(new CharNode(c, cls.IgnoreCase));
            }
            alternatives.Add(new SequenceNode(chars));
        }
        if (!cls.Set.IsEmpty) alternatives.Add(new ClassNode(cls.Set, false, cls.IgnoreCase));
        if (cls.Strings!.Contains("")) alternatives.Add(EmptyNode.Instance);
        EmitAlternation(alternatives, back);
    }

    private static int CodePointCount(string s)
    {
        int n = 0;
        for (int i = 0; i < s.Length; i++, n++) if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1])) i++;
        return n;
    }

    private void EmitRepeat(RepeatNode rep, bool back, CharSet? follow)
    {
        if (rep.Max == 0) return;
        if (rep.Min == 1 && rep.Max == 1) { Emit(rep.Body, back, follow); return; }
        if (!back && rep.Greedy && rep.GroupCount == 0)
        {
            switch (rep.Body)
            {
                case ClassNode { Strings: null or { Count: 0 } } cls:
                {
                    var set = ClassSet(cls);
                    NoteLeadingStar(rep, Possessive(cls.Negate ? set.Complement() : set, follow));
                    Op(RegexOp.StarSet, AddSet(set), cls.Negate ? 1 : 0, rep.Min, rep.Max, Possessive(cls.Negate ? set.Complement() : set, follow));
                    return;
                }
                case CharNode ch:
                {
                    var set = ch.IgnoreCase ? CaseFolding.EquivalentsOf(ch.Char, _unicode) : CharSet.Of(ch.Char);
                    NoteLeadingStar(rep, Possessive(set, follow));
                    Op(RegexOp.StarSet, AddSet(set), 0, rep.Min, rep.Max, Possessive(set, follow));
                    return;
                }
                case DotNode dot:
                    Op(RegexOp.StarSet, -1, dot.DotAll ? 1 : 0, rep.Min, rep.Max, Possessive(dot.DotAll ? CharSet.All : RegexPrefilter.LineTerminators.Complement(), follow));
                    return;
            }
        }
        int loop = _groupCount * 3 + 2 * _loops++;
        Op(RegexOp.RepeatInit, loop);
        int head = Here;
        Op(RegexOp.RepeatHead, loop, rep.Min, rep.Max, rep.Greedy ? 1 : 0, 0, head + 7);
        Op(RegexOp.RepeatBody, loop);
        if (rep.GroupCount > 0) Op(RegexOp.ClearGroups, rep.FirstGroup, rep.GroupCount);
        Emit(rep.Body, back);
        Op(RegexOp.RepeatTail, loop, rep.Min, head);
        _code[head + 5] = Here;
    }

    /// <summary>What can follow items[from..] (then <paramref name="outer"/>): see <see cref="Emit"/>.</summary>
    private CharSet? FollowOf(List<RegexNode> items, int from, CharSet? outer)
    {
        var set = CharSet.Empty;
        for (int i = from; i < items.Count; i++)
        {
            if (RegexPrefilter.FirstSet(items[i], _unicode, forFollow: true) is not { } first) return null;
            set = set.Union(first.Set);
            if (!first.Nullable) return set;
        }
        return outer?.Union(set);
    }

    /// <summary>Records the star about to be emitted as <see cref="RegexProgram.LeadingStar"/> when it qualifies.</summary>
    private void NoteLeadingStar(RepeatNode rep, int possessive)
    {
        if (possessive == 0 || rep.Max != int.MaxValue) return;
        for (int pc = 0; pc < Here; pc += 2) if (_code[pc] != (int)RegexOp.GroupOpen) return;
        _leadingStar = Here;
    }

    /// <summary>1 when a greedy star over <paramref name="set"/> never has to give back characters: what
    /// follows cannot begin with any of them (so it fails wherever the star could stop earlier).</summary>
    private static int Possessive(CharSet set, CharSet? follow) => follow is not null && set.Intersect(follow).IsEmpty ? 1 : 0;

    private static string? LiteralOf(RegexNode root, bool unicode)
    {
        IEnumerable<RegexNode> items = root is SequenceNode seq ? seq.Items : [root];
        var sb = new System.Text.StringBuilder();
        foreach (var item in items)
        {
            if (item is not CharNode { IgnoreCase: false } ch || ch.Char > 0xFFFF || (unicode && ch.Char is >= 0xD800 and <= 0xDFFF)) return null;
            sb.Append((char)ch.Char);
        }
        return sb.Length > 0 ? sb.ToString() : null;
    }
}

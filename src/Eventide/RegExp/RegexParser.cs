namespace Eventide.RegExp;

/// <summary>The parsed pattern: its tree, capture count (group 0 included) and group names.</summary>
internal sealed record ParsedPattern(RegexNode Root, int GroupCount, string?[]? GroupNames);

/// <summary>
/// 22.2.1 Patterns: a recursive-descent parser for the pattern grammar, unicode mode (u, v) or not
/// (with the Annex B.1.2 extensions), raising V8's SyntaxError messages.
/// </summary>
internal sealed partial class RegexParser
{
    private readonly string _p;
    private int _pos;
    private readonly bool _unicode, _unicodeSets;
    private bool _ignoreCase, _multiline, _dotAll;
    private readonly bool _namedGroups;
    private readonly int _totalGroups;
    private int _groupCount = 1;
    private readonly List<string?> _names = [null];
    private readonly List<BackReferenceNode> _namedReferences = [];
    /// <summary>The names declared on the path to the current alternative (a duplicate is an error only there).</summary>
    private HashSet<string> _visibleNames = new(StringComparer.Ordinal);

    private RegexParser(string pattern, string flags)
    {
        _p = pattern;
        _unicodeSets = flags.Contains('v');
        _unicode = _unicodeSets || flags.Contains('u');
        _ignoreCase = flags.Contains('i');
        _multiline = flags.Contains('m');
        _dotAll = flags.Contains('s');
        (_totalGroups, _namedGroups) = CountGroups(pattern, _unicodeSets);
    }

    public static ParsedPattern Parse(string pattern, string flags)
    {
        var parser = new RegexParser(pattern, flags);
        var root = parser.ParseDisjunction();
        if (parser._pos < pattern.Length) throw new RegExpSyntaxException(pattern[parser._pos] == ')' ? "Unmatched ')'" : "Unexpected character");
        parser.ResolveNamedReferences();
        bool named = parser._names.Exists(n => n is not null);
        return new ParsedPattern(root, parser._groupCount, named ? [.. parser._names] : null);
    }

    private static RegExpSyntaxException Error(string message) => new(message);

    private bool AtEnd => _pos >= _p.Length;
    private char Peek => _p[_pos];
    private bool LookingAt(string s) => string.CompareOrdinal(_p, _pos, s, 0, s.Length) == 0;

    /// <summary>Capturing groups before parsing (a \N decides between back reference and octal on it) and whether any is named.</summary>
    private static (int, bool) CountGroups(string p, bool nestedClasses)
    {
        int count = 0, classDepth = 0;
        bool named = false;
        for (int i = 0; i < p.Length; i++)
        {
            char c = p[i];
            if (c == '\\') { i++; continue; }
            if (c == '[') { if (classDepth == 0 || nestedClasses) classDepth++; continue; }
            if (c == ']') { if (classDepth > 0) classDepth--; continue; }
            if (classDepth > 0 || c != '(') continue;
            if (i + 1 < p.Length && p[i + 1] == '?')
            {
                if (i + 2 < p.Length && p[i + 2] == '<' && i + 3 < p.Length && p[i + 3] is not ('=' or '!')) { count++; named = true; }
            }
            else count++;
        }
        return (count, named);
    }

    // Disjunction :: Alternative | Alternative '|' Disjunction
    private RegexNode ParseDisjunction()
    {
        var outer = _visibleNames;
        var union = new HashSet<string>(outer, StringComparer.Ordinal);
        List<RegexNode>? alternatives = null;
        while (true)
        {
            _visibleNames = new HashSet<string>(outer, StringComparer.Ordinal);
            var alternative = ParseAlternative();
            union.UnionWith(_visibleNames);
            if (AtEnd || Peek != '|')
            {
                _visibleNames = union;
                if (alternatives is null) return alternative;
                alternatives.Add(alternative);
                return new AlternationNode(alternatives);
            }
            (alternatives ??= []).Add(alternative);
            _pos++;
        }
    }

    private RegexNode ParseAlternative()
    {
        var items = new List<RegexNode>();
        while (!AtEnd && Peek != '|' && Peek != ')')
        {
            var term = ParseTerm();
            if (term is not EmptyNode) items.Add(term);
        }
        return items.Count switch { 0 => EmptyNode.Instance, 1 => items[0], _ => new SequenceNode(items) };
    }

    private RegexNode ParseTerm()
    {
        int groupsBefore = _groupCount;
        char c = Peek;
        RegexNode atom;
        bool quantifiable = true;
        switch (c)
        {
            case '^': _pos++; return new AssertionNode(AssertionKind.LineStart, _multiline, false);
            case '$': _pos++; return new AssertionNode(AssertionKind.LineEnd, _multiline, false);
            case '\\' when _pos + 1 < _p.Length && _p[_pos + 1] is 'b' or 'B':
                _pos += 2;
                return new AssertionNode(_p[_pos - 1] == 'b' ? AssertionKind.WordBoundary : AssertionKind.NotWordBoundary, false, _unicode && _ignoreCase);
            case '(':
                atom = ParseGroup(out quantifiable);
                break;
            case '.': _pos++; atom = new DotNode(_dotAll); break;
            case '[': atom = ParseClass(); break;
            case '\\': atom = ParseAtomEscape(); break;
            case '*' or '+' or '?': throw Error("Nothing to repeat");
            case '{':
                if (TryParseBraces(out _, out _)) throw Error("Nothing to repeat");
                if (_unicode) throw Error("Lone quantifier brackets");
                _pos++;
                atom = Literal('{');
                break;
            case '}' or ']':
                if (_unicode) throw Error("Lone quantifier brackets");
                _pos++;
                atom = Literal(c);
                break;
            default:
                atom = Literal(ReadSourceCharacter());
                break;
        }
        return ParseQuantifier(atom, quantifiable, groupsBefore);
    }

    private CharNode Literal(int c) => new(c, _ignoreCase);

    /// <summary>One source character: a code point in unicode mode (a surrogate pair is one), else a code unit.</summary>
    private int ReadSourceCharacter()
    {
        char c = _p[_pos++];
        if (_unicode && char.IsHighSurrogate(c) && !AtEnd && char.IsLowSurrogate(Peek)) return char.ConvertToUtf32(c, _p[_pos++]);
        return c;
    }

    private RegexNode ParseQuantifier(RegexNode atom, bool quantifiable, int groupsBefore)
    {
        if (AtEnd) return atom;
        int min, max;
        int start = _pos;
        switch (Peek)
        {
            case '*': min = 0; max = int.MaxValue; _pos++; break;
            case '+': min = 1; max = int.MaxValue; _pos++; break;
            case '?': min = 0; max = 1; _pos++; break;
            case '{':
                if (!TryParseBraces(out min, out max))
                {
                    if (_unicode) throw Error("Incomplete quantifier");
                    return atom;
                }
                break;
            default: return atom;
        }
        if (!quantifiable) throw Error("Invalid quantifier");
        if (min > max) { _pos = start; throw Error("numbers out of order in {} quantifier"); }
        bool greedy = true;
        if (!AtEnd && Peek == '?') { greedy = false; _pos++; }
        if (atom is EmptyNode) return atom;
        return new RepeatNode(atom, min, max, greedy, groupsBefore, _groupCount - groupsBefore);
    }

    /// <summary>{n}, {n,} or {n,m} at the position (consumed when it is one); numbers beyond int saturate.</summary>
    private bool TryParseBraces(out int min, out int max)
    {
        min = max = 0;
        int i = _pos + 1;
        if (!TryReadNumber(ref i, out min)) return false;
        max = min;
        if (i < _p.Length && _p[i] == ',')
        {
            i++;
            max = int.MaxValue;
            if (i < _p.Length && char.IsAsciiDigit(_p[i])) TryReadNumber(ref i, out max);
        }
        if (i >= _p.Length || _p[i] != '}') return false;
        _pos = i + 1;
        return true;
    }

    private bool TryReadNumber(ref int i, out int value)
    {
        value = 0;
        int start = i;
        long v = 0;
        while (i < _p.Length && char.IsAsciiDigit(_p[i])) { v = Math.Min(v * 10 + (_p[i] - '0'), int.MaxValue); i++; }
        value = (int)v;
        return i > start;
    }

    private RegexNode ParseGroup(out bool quantifiable)
    {
        quantifiable = true;
        _pos++;
        RegexNode node;
        if (!AtEnd && Peek == '?')
        {
            _pos++;
            if (AtEnd) throw Error("Invalid group");
            char k = Peek;
            if (k is '=' or '!')
            {
                _pos++;
                node = new LookaroundNode(false, k == '!', ParseDisjunction());
                quantifiable = !_unicode;
            }
            else if (k == '<' && _pos + 1 < _p.Length && _p[_pos + 1] is '=' or '!')
            {
                bool negate = _p[_pos + 1] == '!';
                _pos += 2;
                node = new LookaroundNode(true, negate, ParseDisjunction());
                quantifiable = false;
            }
            else if (k == ':') { _pos++; node = ParseDisjunction(); }
            else if (k == '<')
            {
                _pos++;
                string name = ParseGroupName();
                if (!_visibleNames.Add(name)) throw Error("Duplicate capture group name");
                int index = _groupCount++;
                _names.Add(name);
                node = new GroupNode(index, ParseDisjunction());
            }
            else node = ParseModifiers();
        }
        else
        {
            int index = _groupCount++;
            _names.Add(null);
            node = new GroupNode(index, ParseDisjunction());
        }
        if (AtEnd || Peek != ')') throw Error("Unterminated group");
        _pos++;
        return node;
    }

    /// <summary>(?ims-ims: … ): the flags apply inside the group only.</summary>
    private RegexNode ParseModifiers()
    {
        bool add = true, any = false, dash = false;
        var seen = new HashSet<char>();
        bool? i = null, m = null, s = null;
        while (!AtEnd && Peek != ':')
        {
            char f = _p[_pos++];
            if (f == '-' && !dash) { dash = true; add = false; continue; }
            if (f is not ('i' or 'm' or 's') || !seen.Add(f)) throw Error("Invalid group");
            any = true;
            if (f == 'i') i = add; else if (f == 'm') m = add; else s = add;
        }
        if (AtEnd || (!any)) throw Error("Invalid group");
        _pos++;
        var saved = (_ignoreCase, _multiline, _dotAll);
        _ignoreCase = i ?? _ignoreCase;
        _multiline = m ?? _multiline;
        _dotAll = s ?? _dotAll;
        var body = ParseDisjunction();
        (_ignoreCase, _multiline, _dotAll) = saved;
        return body;
    }

    /// <summary>GroupName :: '&lt;' RegExpIdentifierName '&gt;' (the '&lt;' already read).</summary>
    private string ParseGroupName()
    {
        var sb = new System.Text.StringBuilder();
        while (true)
        {
            if (AtEnd) throw Error("Invalid capture group name");
            if (Peek == '>') { _pos++; break; }
            int c;
            if (Peek == '\\')
            {
                _pos++;
                if (AtEnd || Peek != 'u' || !TryParseUnicodeEscape(forceBraces: true, out c)) throw Error("Invalid capture group name");
            }
            else
            {
                char u = _p[_pos++];
                c = u;
                if (char.IsHighSurrogate(u) && !AtEnd && char.IsLowSurrogate(Peek)) c = char.ConvertToUtf32(u, _p[_pos++]);
            }
            bool ok = sb.Length == 0 ? IsIdentifierStart(c) : IsIdentifierPart(c);
            if (!ok) throw Error("Invalid capture group name");
            sb.Append(FromCodePoint(c));
        }
        if (sb.Length == 0) throw Error("Invalid capture group name");
        return sb.ToString();
    }

    private static bool IsIdentifierStart(int c) =>
        c is '$' or '_' || (c is >= 0 and <= CharSet.MaxCodePoint && !(c is >= 0xD800 and <= 0xDFFF) && UnicodeTables.Lookup("ID_Start", null)!.Contains(c));

    private static bool IsIdentifierPart(int c) =>
        c is '$' or 0x200C or 0x200D || (c is >= 0 and <= CharSet.MaxCodePoint && !(c is >= 0xD800 and <= 0xDFFF) && UnicodeTables.Lookup("ID_Continue", null)!.Contains(c));

    private void ResolveNamedReferences()
    {
        foreach (var reference in _namedReferences)
        {
            var groups = new List<int>();
            for (int g = 1; g < _names.Count; g++) if (_names[g] == reference.Name) groups.Add(g);
            if (groups.Count == 0) throw Error("Invalid named capture referenced");
            reference.Groups = [.. groups];
        }
    }
}

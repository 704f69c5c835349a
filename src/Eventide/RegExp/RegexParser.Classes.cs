namespace Eventide.RegExp;

/// <summary>What a class or class operand matches: characters, and in v mode strings of other lengths.</summary>
internal readonly record struct ClassValue(CharSet Set, HashSet<string>? Strings = null, bool MayContainStrings = false)
{
    public static readonly ClassValue Empty = new(CharSet.Empty);
}

internal sealed partial class RegexParser
{
    // CharacterClass :: '[' '^'? ClassContents ']'
    private RegexNode ParseClass()
    {
        _pos++;
        bool negate = !AtEnd && Peek == '^';
        if (negate) _pos++;
        if (_unicodeSets)
        {
            var value = ParseClassSetExpression();
            if (negate && value.MayContainStrings) throw Error("Negated character class may contain strings");
            return new ClassNode(negate ? Complement(value.Set) : value.Set, false, _ignoreCase, value.Strings);
        }
        var ranges = new List<(int, int)>();
        while (true)
        {
            if (AtEnd) throw Error("Unterminated character class");
            if (Peek == ']') { _pos++; break; }
            var (a, aSet) = ParseClassAtom();
            if (!AtEnd && Peek == '-' && _pos + 1 < _p.Length && _p[_pos + 1] != ']')
            {
                _pos++;
                var (b, bSet) = ParseClassAtom();
                if (aSet is not null || bSet is not null)
                {
                    if (_unicode) throw Error("Invalid character class");
                    AddAtom(ranges, a, aSet);
                    ranges.Add(('-', '-'));
                    AddAtom(ranges, b, bSet);
                }
                else if (a > b) throw Error("Range out of order in character class");
                else ranges.Add((a, b));
            }
            else AddAtom(ranges, a, aSet);
        }
        return new ClassNode(CharSet.FromRanges(ranges), negate, _ignoreCase);
    }

    private static void AddAtom(List<(int, int)> ranges, int c, CharSet? set)
    {
        if (set is null) ranges.Add((c, c));
        else ranges.AddRange(set.ToList());
    }

    /// <summary>ClassAtom: a character, or (for a class escape) a set.</summary>
    private (int, CharSet?) ParseClassAtom()
    {
        if (Peek != '\\') return (ReadSourceCharacter(), null);
        _pos++;
        if (AtEnd) throw Error("\\ at end of pattern");
        char c = Peek;
        switch (c)
        {
            case 'b': _pos++; return (8, null);
            case '-' when _unicode: _pos++; return ('-', null);
            case >= '0' and <= '9':
                if (_unicode)
                {
                    if (c == '0' && (_pos + 1 >= _p.Length || !char.IsAsciiDigit(_p[_pos + 1]))) { _pos++; return (0, null); }
                    throw Error("Invalid class escape");
                }
                if (c >= '8') { _pos++; return (c, null); }
                return (ParseLegacyOctal(), null);
        }
        if (TryParseClassEscape(inClass: true) is { } value) return (-1, value.Set);
        return (ParseCharacterEscape(inClass: true), null);
    }

    // ClassSetExpression (v mode) :: ClassUnion | ClassIntersection | ClassSubtraction, up to and including ']'
    private ClassValue ParseClassSetExpression()
    {
        if (AtEnd) throw Error("Unterminated character class");
        if (Peek == ']') { _pos++; return ClassValue.Empty; }
        var acc = ParseClassSetOperand(allowRange: true, out bool wasRange);
        if (LookingAt("&&") || LookingAt("--"))
        {
            if (wasRange) throw Error("Invalid set operation in character class");
            string op = _p.Substring(_pos, 2);
            while (LookingAt(op))
            {
                _pos += 2;
                if (op == "&&" && LookingAt("&")) throw Error("Invalid character in character class");
                var operand = ParseClassSetOperand(allowRange: false, out _);
                acc = op == "&&" ? Intersect(acc, operand) : Subtract(acc, operand);
            }
            if (AtEnd) throw Error("Unterminated character class");
            if (Peek != ']') throw Error("Invalid set operation in character class");
            _pos++;
            return acc;
        }
        while (true)
        {
            if (AtEnd) throw Error("Unterminated character class");
            if (Peek == ']') { _pos++; return acc; }
            if (LookingAt("&&") || LookingAt("--")) throw Error("Invalid set operation in character class");
            acc = Union(acc, ParseClassSetOperand(allowRange: true, out _));
        }
    }

    private static ClassValue Union(ClassValue a, ClassValue b)
    {
        HashSet<string>? strings = a.Strings;
        if (b.Strings is not null) { strings = strings is null ? new(b.Strings, StringComparer.Ordinal) : new(strings, StringComparer.Ordinal); strings.UnionWith(b.Strings); }
        return new ClassValue(a.Set.Union(b.Set), strings, a.MayContainStrings || b.MayContainStrings);
    }

    private static ClassValue Intersect(ClassValue a, ClassValue b)
    {
        HashSet<string>? strings = null;
        if (a.Strings is not null && b.Strings is not null) { strings = new(a.Strings, StringComparer.Ordinal); strings.IntersectWith(b.Strings); }
        return new ClassValue(a.Set.Intersect(b.Set), strings, a.MayContainStrings && b.MayContainStrings);
    }

    private static ClassValue Subtract(ClassValue a, ClassValue b)
    {
        HashSet<string>? strings = null;
        if (a.Strings is not null) { strings = new(a.Strings, StringComparer.Ordinal); if (b.Strings is not null) strings.ExceptWith(b.Strings); }
        return new ClassValue(a.Set.Subtract(b.Set), strings, a.MayContainStrings);
    }

    /// <summary>A ClassSetOperand (nested class, \q{…}, class escape or character), or in a union a ClassSetRange.</summary>
    private ClassValue ParseClassSetOperand(bool allowRange, out bool wasRange)
    {
        wasRange = false;
        if (AtEnd) throw Error("Unterminated character class");
        if (Peek == '[')
        {
            _pos++;
            bool negate = !AtEnd && Peek == '^';
            if (negate) _pos++;
            var inner = ParseClassSetExpression();
            if (!negate) return inner;
            if (inner.MayContainStrings) throw Error("Negated character class may contain strings");
            return new ClassValue(Complement(inner.Set));
        }
        if (Peek == '\\' && _pos + 1 < _p.Length)
        {
            char e = _p[_pos + 1];
            if (e == 'q')
            {
                _pos += 2;
                return ParseClassStringDisjunction();
            }
            _pos++;
            if (TryParseClassEscape(inClass: true) is { } value) return value;
            _pos--;
        }
        int c = ParseClassSetCharacter();
        if (allowRange && LookingAt("-") && !LookingAt("--"))
        {
            _pos++;
            int to = ParseClassSetCharacter();
            if (c > to) throw Error("Range out of order in character class");
            wasRange = true;
            return new ClassValue(FoldIfIgnoreCase(CharSet.Range(c, to)));
        }
        return new ClassValue(FoldIfIgnoreCase(CharSet.Of(c)));
    }

    private CharSet FoldIfIgnoreCase(CharSet set) => _ignoreCase ? CaseFolding.Fold(set) : set;

    /// <summary>ClassSetCharacter: a character that is not syntax, or an escape.</summary>
    private int ParseClassSetCharacter()
    {
        if (AtEnd) throw Error("Unterminated character class");
        char c = Peek;
        if (c == '\\')
        {
            _pos++;
            if (AtEnd) throw Error("\\ at end of pattern");
            char e = Peek;
            if (e == 'b') { _pos++; return 8; }
            if (e is '&' or '-' or '!' or '#' or '%' or ',' or ':' or ';' or '<' or '=' or '>' or '@' or '`' or '~') { _pos++; return e; }
            if (e == '0' && (_pos + 1 >= _p.Length || !char.IsAsciiDigit(_p[_pos + 1]))) { _pos++; return 0; }
            return ParseCharacterEscape(inClass: true);
        }
        if (c is '(' or ')' or '[' or ']' or '{' or '}' or '/' or '-' or '|') throw Error(c == ']' ? "Invalid character in character class" : "Invalid character in character class");
        if (_pos + 1 < _p.Length && _p[_pos + 1] == c && "&!#$%*+,.:;<=>?@^`~".Contains(c))
            throw Error("Invalid set operation in character class");
        return ReadSourceCharacter();
    }

    /// <summary>\q{abc|d|}: the strings of a class (the "\q" already read).</summary>
    private ClassValue ParseClassStringDisjunction()
    {
        if (AtEnd || Peek != '{') throw Error("Invalid escape");
        _pos++;
        var singles = new List<(int, int)>();
        HashSet<string>? strings = null;
        bool mayContainStrings = false;
        var current = new System.Text.StringBuilder();
        int length = 0;
        while (true)
        {
            if (AtEnd) throw Error("Unterminated character class");
            char c = Peek;
            if (c is '}' or '|')
            {
                _pos++;
                if (length == 1) { int single = CodePointOf(current.ToString()); singles.Add((single, single)); }
                else
                {
                    (strings ??= new HashSet<string>(StringComparer.Ordinal)).Add(_ignoreCase ? FoldString(current.ToString()) : current.ToString());
                    mayContainStrings = true;
                }
                current.Clear();
                length = 0;
                if (c == '}') break;
                continue;
            }
            current.Append(FromCodePoint(ParseClassSetCharacter()));
            length++;
        }
        return new ClassValue(FoldIfIgnoreCase(CharSet.FromRanges(singles)), strings, mayContainStrings);
    }

    private static int CodePointOf(string s)
    {
        int i = 0;
        return CodePointAt(s, ref i);
    }

    /// <summary>The string of one code point (a lone surrogate stays one code unit).</summary>
    private static string FromCodePoint(int c) => c is >= 0xD800 and <= 0xDFFF ? ((char)c).ToString() : char.ConvertFromUtf32(c);
}

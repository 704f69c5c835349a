namespace Eventide.RegExp;

internal sealed partial class RegexParser
{
    private static readonly CharSet Digits = CharSet.Range('0', '9');
    private static readonly CharSet WordChars = CharSet.FromRanges([('0', '9'), ('A', 'Z'), ('_', '_'), ('a', 'z')]);
    /// <summary>\w under u/v + i: also ſ and the Kelvin sign, which fold into it.</summary>
    private static readonly CharSet UnicodeIgnoreCaseWordChars = WordChars.Union(CharSet.FromCodePoints([0x17F, 0x212A]));
    private static readonly CharSet Spaces = CharSet.FromRanges([(9, 0xD), (0x20, 0x20), (0xA0, 0xA0), (0x1680, 0x1680), (0x2000, 0x200A),
        (0x2028, 0x2029), (0x202F, 0x202F), (0x205F, 0x205F), (0x3000, 0x3000), (0xFEFF, 0xFEFF)]);

    public static bool IsWordChar(int c, bool unicodeIgnoreCase) => (unicodeIgnoreCase ? UnicodeIgnoreCaseWordChars : WordChars).Contains(c);

    // AtomEscape :: DecimalEscape | CharacterClassEscape | CharacterEscape | 'k' GroupName (the '\' is next)
    private RegexNode ParseAtomEscape()
    {
        _pos++;
        if (AtEnd) throw Error("\\ at end of pattern");
        char c = Peek;
        if (c is >= '1' and <= '9')
        {
            int save = _pos;
            TryReadNumber(ref _pos, out int n);
            if (n <= _totalGroups) return new BackReferenceNode([n], _ignoreCase);
            if (_unicode) throw Error("Invalid escape");
            _pos = save;
            if (c >= '8') { _pos++; return Literal(c); }
            return Literal(ParseLegacyOctal());
        }
        if (c == '0')
        {
            if (_pos + 1 < _p.Length && char.IsAsciiDigit(_p[_pos + 1]))
            {
                if (_unicode) throw Error("Invalid decimal escape");
                return Literal(ParseLegacyOctal());
            }
            _pos++;
            return Literal(0);
        }
        if (c == 'k')
        {
            _pos++;
            if (!_unicode && !_namedGroups) return Literal('k');
            if (AtEnd || Peek != '<') throw Error("Invalid named reference");
            _pos++;
            var reference = new BackReferenceNode([], _ignoreCase, ParseGroupName());
            _namedReferences.Add(reference);
            return reference;
        }
        if (TryParseClassEscape(inClass: false) is { } value) return ClassOf(value, negate: false);
        return Literal(ParseCharacterEscape(inClass: false));
    }

    private ClassNode ClassOf(ClassValue value, bool negate) => new(value.Set, negate, _ignoreCase, value.Strings);

    /// <summary>Annex B LegacyOctalEscapeSequence at the position (a digit 0-7).</summary>
    private int ParseLegacyOctal()
    {
        int first = _p[_pos++] - '0';
        int value = first;
        if (!AtEnd && Peek is >= '0' and <= '7')
        {
            value = value * 8 + (_p[_pos++] - '0');
            if (first <= 3 && !AtEnd && Peek is >= '0' and <= '7') value = value * 8 + (_p[_pos++] - '0');
        }
        return value;
    }

    /// <summary>\d \D \s \S \w \W, and \p{…} \P{…} in unicode mode, at the position after '\'; null when it is none.</summary>
    private ClassValue? TryParseClassEscape(bool inClass)
    {
        char c = Peek;
        CharSet? set = c switch
        {
            'd' or 'D' => Digits,
            's' or 'S' => Spaces,
            'w' or 'W' => _unicode && _ignoreCase ? UnicodeIgnoreCaseWordChars : WordChars,
            _ => null,
        };
        if (set is not null)
        {
            _pos++;
            bool negated = char.IsAsciiLetterUpper(c);
            if (_unicodeSets && _ignoreCase) set = CaseFolding.Fold(set);
            return new ClassValue(negated ? Complement(set) : set);
        }
        if (c is not ('p' or 'P') || !_unicode) return null;
        _pos++;
        return ParsePropertyEscape(negated: c == 'P', inClass);
    }

    /// <summary>The complement, within the characters that are their own case folding under v + i (22.2.2.9 CharacterComplement).</summary>
    private CharSet Complement(CharSet set) => _unicodeSets && _ignoreCase ? CaseFolding.CanonicalUniverse().Subtract(set) : set.Complement();

    private ClassValue ParsePropertyEscape(bool negated, bool inClass)
    {
        string message = inClass ? "Invalid property name in character class" : "Invalid property name";
        if (AtEnd || Peek != '{') throw Error(message);
        int close = _p.IndexOf('}', _pos);
        if (close < 0) throw Error(message);
        string body = _p[(_pos + 1)..close];
        _pos = close + 1;
        int eq = body.IndexOf('=');
        string name = eq < 0 ? body : body[..eq];
        string? value = eq < 0 ? null : body[(eq + 1)..];
        if (!IsPropertyText(name) || (value is not null && !IsPropertyText(value))) throw Error(message);
        if (UnicodeTables.Lookup(name, value) is { } set)
        {
            if (_unicodeSets && _ignoreCase) set = CaseFolding.Fold(set);
            return new ClassValue(negated ? Complement(set) : set);
        }
        if (_unicodeSets && !negated && value is null && UnicodeTables.LookupStrings(name) is var (characters, sequences))
        {
            var strings = new HashSet<string>(StringComparer.Ordinal);
            foreach (var s in sequences) strings.Add(_ignoreCase ? FoldString(s) : s);
            return new ClassValue(_ignoreCase ? CaseFolding.Fold(characters) : characters, strings, MayContainStrings: true);
        }
        throw Error(message);
    }

    private static bool IsPropertyText(string s) => s.Length > 0 && s.All(ch => char.IsAsciiLetterOrDigit(ch) || ch == '_');

    /// <summary>A string with every code point replaced by its simple case folding (v + i string sets).</summary>
    private static string FoldString(string s)
    {
        var sb = new System.Text.StringBuilder(s.Length);
        for (int i = 0; i < s.Length; i++)
        {
            int c = CodePointAt(s, ref i);
            sb.Append(FromCodePoint(CaseFolding.Canonicalize(c, unicode: true)));
        }
        return sb.ToString();
    }

    /// <summary>CharacterEscape at the position after '\' (\f \n \r \t \v \cX \0 \xHH \uHHHH \u{…} or an identity escape).</summary>
    private int ParseCharacterEscape(bool inClass)
    {
        char c = _p[_pos];
        switch (c)
        {
            case 'f': _pos++; return 0xC;
            case 'n': _pos++; return 0xA;
            case 'r': _pos++; return 0xD;
            case 't': _pos++; return 0x9;
            case 'v': _pos++; return 0xB;
            case 'c':
                if (_pos + 1 < _p.Length && (char.IsAsciiLetter(_p[_pos + 1]) || (!_unicode && inClass && (char.IsAsciiDigit(_p[_pos + 1]) || _p[_pos + 1] == '_'))))
                {
                    _pos += 2;
                    return _p[_pos - 1] % 32;
                }
                if (_unicode) throw Error("Invalid Unicode escape");
                return '\\'; // Annex B: the backslash is itself; 'c' is read next
            case 'x':
                _pos++;
                if (_pos + 1 < _p.Length && char.IsAsciiHexDigit(_p[_pos]) && char.IsAsciiHexDigit(_p[_pos + 1]))
                {
                    _pos += 2;
                    return Convert.ToInt32(_p.Substring(_pos - 2, 2), 16);
                }
                if (_unicode) throw Error("Invalid escape");
                return 'x';
            case 'u':
                if (TryParseUnicodeEscape(forceBraces: false, out int cp)) return cp;
                if (_unicode) throw Error("Invalid Unicode escape");
                _pos++;
                return 'u';
        }
        if (_unicode)
        {
            if (c is '^' or '$' or '\\' or '.' or '*' or '+' or '?' or '(' or ')' or '[' or ']' or '{' or '}' or '|' or '/' || (c == '-' && inClass))
            {
                _pos++;
                return c;
            }
            throw Error("Invalid escape");
        }
        if (c == 'k' && _namedGroups) throw Error("Invalid escape");
        return ReadSourceCharacter();
    }

    /// <summary>RegExpUnicodeEscapeSequence at 'u': \uHHHH, a surrogate pair of them (unicode mode), or \u{…}
    /// (unicode mode, or in group names); the position is unchanged when there is none.</summary>
    private bool TryParseUnicodeEscape(bool forceBraces, out int value)
    {
        int save = _pos;
        value = 0;
        _pos++;
        bool unicode = _unicode || forceBraces;
        if (unicode && !AtEnd && Peek == '{')
        {
            int i = _pos + 1;
            long v = 0;
            while (i < _p.Length && char.IsAsciiHexDigit(_p[i])) { v = Math.Min(v * 16 + Convert.ToInt32(_p[i].ToString(), 16), 0x110000); i++; }
            if (i == _pos + 1 || i >= _p.Length || _p[i] != '}' || v > CharSet.MaxCodePoint)
            {
                if (_unicode) throw Error("Invalid Unicode escape");
                _pos = save;
                return false;
            }
            value = (int)v;
            _pos = i + 1;
            return true;
        }
        if (!TryReadHex4(_pos, out value)) { _pos = save; return false; }
        _pos += 4;
        if (unicode && char.IsHighSurrogate((char)value) && LookingAt("\\u") && TryReadHex4(_pos + 2, out int low) && char.IsLowSurrogate((char)low))
        {
            value = char.ConvertToUtf32((char)value, (char)low);
            _pos += 6;
        }
        return true;
    }

    private bool TryReadHex4(int at, out int value)
    {
        value = 0;
        if (at + 4 > _p.Length) return false;
        for (int i = at; i < at + 4; i++)
        {
            if (!char.IsAsciiHexDigit(_p[i])) return false;
            value = value * 16 + Convert.ToInt32(_p[i].ToString(), 16);
        }
        return true;
    }

    /// <summary>The code point at s[i] (a surrogate pair is one; i moves to its second half), or the lone code unit.</summary>
    private static int CodePointAt(string s, ref int i)
    {
        char c = s[i];
        if (char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1])) return char.ConvertToUtf32(c, s[++i]);
        return c;
    }
}

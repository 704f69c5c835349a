namespace Eventide.RegExp;

/// <summary>
/// Runs a <see cref="RegexProgram"/>: a backtracking interpreter whose choice points and register
/// undo records live on an explicit stack (never the .NET stack, so a long input or deep pattern
/// cannot overflow it; only lookaround bodies nest a call). Every 65,536 backtracks it calls the
/// poll callback, which lets the engine's time limit and cancellation stop a catastrophic match.
/// </summary>
internal sealed class RegexMatcher
{
    private const int Restore = 0, Branch = 1, Star = 2;
    private const int PollInterval = 1 << 16;

    private readonly RegexProgram _program;
    private readonly int[] _code;
    private readonly bool _unicode;
    private readonly Action? _poll;
    private string _input = "";
    private int[] _regs;
    private int[] _stack = new int[64];
    private int _sp;
    private int _pollCountdown = PollInterval;
    /// <summary>Where the program's leading star ended in the current try (see <see cref="RegexProgram.LeadingStar"/>).</summary>
    private int _leadingRunEnd;

    public RegexMatcher(RegexProgram program, Action? poll)
    {
        _program = program;
        _code = program.Code;
        _unicode = program.Unicode;
        _poll = poll;
        _regs = new int[program.RegisterCount];
    }

    /// <summary>Finds the first match at or after <paramref name="start"/> (only at it when sticky); the
    /// captures go to <paramref name="captures"/> (start, end per group; -1 when unset).</summary>
    public bool Exec(string input, int start, bool sticky, int[] captures)
    {
        _input = input;
        try
        {
            if (_program.Literal is { } literal && !sticky)
            {
                int at = input.IndexOf(literal, start, StringComparison.Ordinal);
                if (at < 0) return false;
                Array.Fill(captures, -1);
                captures[0] = at;
                captures[1] = at + literal.Length;
                return true;
            }
            var prefilter = _program.Prefilter;
            int captureRegs = _program.GroupCount * 2;
            for (int s = start; s <= input.Length;)
            {
                if (!sticky && prefilter is not null && (s = prefilter.Next(input, s)) < 0) return false;
                if (--_pollCountdown == 0) Poll();
                Array.Fill(_regs, -1, 0, captureRegs);
                _sp = 0;
                _leadingRunEnd = -1;
                int end = Run(0, s, 0);
                if (end >= 0)
                {
                    Array.Copy(_regs, captures, captureRegs);
                    captures[0] = s;
                    captures[1] = end;
                    return true;
                }
                if (sticky) return false;
                s += _unicode && s + 1 < input.Length && char.IsHighSurrogate(input[s]) && char.IsLowSurrogate(input[s + 1]) ? 2 : 1;
                if (_leadingRunEnd > s) s = _leadingRunEnd;
            }
            return false;
        }
        finally
        {
            _input = "";
        }
    }

    private void Poll()
    {
        _pollCountdown = PollInterval;
        _poll?.Invoke();
    }

    private void Push(int kind, int a, int b, int c = 0)
    {
        if (_sp + 4 > _stack.Length) Array.Resize(ref _stack, _stack.Length * 2);
        _stack[_sp] = kind;
        _stack[_sp + 1] = a;
        _stack[_sp + 2] = b;
        _stack[_sp + 3] = c;
        _sp += 4;
    }

    private void Set(int reg, int value)
    {
        Push(Restore, reg, _regs[reg]);
        _regs[reg] = value;
    }

    /// <summary>The character at pos going forward (or before pos going back) and its width; false at the edge.</summary>
    private bool Read(int pos, bool back, out int c, out int width)
    {
        string s = _input;
        if (back)
        {
            if (pos <= 0) { c = width = 0; return false; }
            c = s[pos - 1];
            width = 1;
            if (_unicode && char.IsLowSurrogate((char)c) && pos >= 2 && char.IsHighSurrogate(s[pos - 2])) { c = char.ConvertToUtf32(s[pos - 2], (char)c); width = 2; }
            return true;
        }
        if (pos >= s.Length) { c = width = 0; return false; }
        c = s[pos];
        width = 1;
        if (_unicode && char.IsHighSurrogate((char)c) && pos + 1 < s.Length && char.IsLowSurrogate(s[pos + 1])) { c = char.ConvertToUtf32((char)c, s[pos + 1]); width = 2; }
        return true;
    }

    private static bool IsLineTerminator(int c) => c is '\n' or '\r' or 0x2028 or 0x2029;

    private bool IsWordAt(int pos, bool unicodeIgnoreCase) =>
        pos >= 0 && pos < _input.Length && RegexParser.IsWordChar(_input[pos], unicodeIgnoreCase);

    /// <summary>Runs from pc at pos until Match or LookEnd (returns the position) or until every choice
    /// above <paramref name="baseSp"/> failed (returns -1, the stack unwound to it).</summary>
    private int Run(int pc, int pos, int baseSp)
    {
        int[] code = _code;
        CharSet[] sets = _program.Sets;
        string s = _input;
        while (true)
        {
            switch ((RegexOp)code[pc])
            {
                case RegexOp.Match:
                case RegexOp.LookEnd:
                    return pos;
                case RegexOp.Char:
                {
                    bool back = code[pc + 2] != 0;
                    if (!back && !_unicode)
                    {
                        if (pos < s.Length && s[pos] == code[pc + 1]) { pos++; pc += 3; continue; }
                        goto Fail;
                    }
                    if (!Read(pos, back, out int c, out int w) || c != code[pc + 1]) goto Fail;
                    pos += back ? -w : w;
                    pc += 3;
                    continue;
                }
                case RegexOp.Set:
                {
                    bool back = code[pc + 3] != 0;
                    if (!back && !_unicode)
                    {
                        if (pos < s.Length && sets[code[pc + 1]].Contains(s[pos]) != (code[pc + 2] != 0)) { pos++; pc += 4; continue; }
                        goto Fail;
                    }
                    if (!Read(pos, back, out int c, out int w) || sets[code[pc + 1]].Contains(c) == (code[pc + 2] != 0)) goto Fail;
                    pos += back ? -w : w;
                    pc += 4;
                    continue;
                }
                case RegexOp.Any:
                {
                    bool back = code[pc + 2] != 0;
                    if (!Read(pos, back, out int c, out int w) || (code[pc + 1] == 0 && IsLineTerminator(c))) goto Fail;
                    pos += back ? -w : w;
                    pc += 3;
                    continue;
                }
                case RegexOp.Split:
                    Push(Branch, code[pc + 2], pos);
                    pc = code[pc + 1];
                    continue;
                case RegexOp.Jump:
                    pc = code[pc + 1];
                    continue;
                case RegexOp.GroupOpen:
                    Set(_program.GroupCount * 2 + code[pc + 1], pos);
                    pc += 2;
                    continue;
                case RegexOp.GroupClose:
                {
                    int g = code[pc + 1];
                    int open = _regs[_program.GroupCount * 2 + g];
                    Set(2 * g, Math.Min(open, pos));
                    Set(2 * g + 1, Math.Max(open, pos));
                    pc += 2;
                    continue;
                }
                case RegexOp.ClearGroups:
                    for (int g = code[pc + 1], end = g + code[pc + 2]; g < end; g++)
                    {
                        if (_regs[2 * g] >= 0) Set(2 * g, -1);
                        if (_regs[2 * g + 1] >= 0) Set(2 * g + 1, -1);
                    }
                    pc += 3;
                    continue;
                case RegexOp.LineStart:
                    if (pos == 0 || (code[pc + 1] != 0 && IsLineTerminator(s[pos - 1]))) { pc += 2; continue; }
                    goto Fail;
                case RegexOp.LineEnd:
                    if (pos == s.Length || (code[pc + 1] != 0 && IsLineTerminator(s[pos]))) { pc += 2; continue; }
                    goto Fail;
                case RegexOp.WordBoundary:
                {
                    bool uic = code[pc + 2] != 0;
                    bool boundary = IsWordAt(pos - 1, uic) != IsWordAt(pos, uic);
                    if (boundary == (code[pc + 1] != 0)) goto Fail;
                    pc += 3;
                    continue;
                }
                case RegexOp.BackReference:
                {
                    int next = BackReference(pc, pos);
                    if (next < 0) goto Fail;
                    pos = next;
                    pc += 4 + code[pc + 3];
                    continue;
                }
                case RegexOp.Lookaround:
                {
                    bool negate = code[pc + 1] != 0;
                    int mark = _sp;
                    int r = Run(pc + 3, pos, mark);
                    if (negate)
                    {
                        if (r >= 0) { Unwind(mark); goto Fail; }
                    }
                    else
                    {
                        if (r < 0) goto Fail;
                        DropChoices(mark);
                    }
                    pc = code[pc + 2];
                    continue;
                }
                case RegexOp.RepeatInit:
                    Set(code[pc + 1], 0);
                    pc += 2;
                    continue;
                case RegexOp.RepeatHead:
                {
                    int count = _regs[code[pc + 1]];
                    int exit = code[pc + 5], body = code[pc + 6];
                    if (count < code[pc + 2]) pc = body;
                    else if (count >= code[pc + 3]) pc = exit;
                    else if (code[pc + 4] != 0) { Push(Branch, exit, pos); pc = body; }
                    else { Push(Branch, body, pos); pc = exit; }
                    continue;
                }
                case RegexOp.RepeatBody:
                    Set(code[pc + 1] + 1, pos);
                    pc += 2;
                    continue;
                case RegexOp.RepeatTail:
                {
                    int loop = code[pc + 1];
                    int count = _regs[loop];
                    if (pos == _regs[loop + 1] && count >= code[pc + 2]) goto Fail;
                    Set(loop, count + 1);
                    pc = code[pc + 3];
                    continue;
                }
                case RegexOp.StarSet:
                {
                    int min = code[pc + 3], max = code[pc + 4];
                    int from = pos;
                    pos = code[pc + 1] >= 0 ? ScanSet(sets[code[pc + 1]], code[pc + 2] != 0, pos, max) : ScanDot(code[pc + 2] != 0, pos, max);
                    if (pc == _program.LeadingStar) _leadingRunEnd = pos;
                    int minPos = min == 0 ? from : MinPosition(from, pos, min);
                    if (minPos < 0) goto Fail;
                    if (pos > minPos && code[pc + 5] == 0) Push(Star, pc + 6, pos, minPos);
                    pc += 6;
                    continue;
                }
                default:
                    throw new InvalidOperationException("bad regex opcode");
            }
        Fail:
            while (true)
            {
                if (_sp <= baseSp) return -1;
                if (--_pollCountdown == 0) Poll();
                _sp -= 4;
                int kind = _stack[_sp];
                if (kind == Restore) { _regs[_stack[_sp + 1]] = _stack[_sp + 2]; continue; }
                if (kind == Branch) { pc = _stack[_sp + 1]; pos = _stack[_sp + 2]; break; }
                // Star: give back one character.
                pc = _stack[_sp + 1];
                pos = _stack[_sp + 2];
                int minPos2 = _stack[_sp + 3];
                pos -= _unicode && pos - 2 >= minPos2 && char.IsLowSurrogate(s[pos - 1]) && char.IsHighSurrogate(s[pos - 2]) ? 2 : 1;
                if (pos > minPos2) { _stack[_sp + 2] = pos; _sp += 4; }
                break;
            }
        }
    }

    /// <summary>StarSet's greedy run: the position after at most <paramref name="max"/> characters in (or, negated, out of) the set.</summary>
    private int ScanSet(CharSet set, bool negate, int pos, int max)
    {
        string s = _input;
        if (!_unicode)
        {
            int limit = max >= s.Length - pos ? s.Length : pos + max;
            while (pos < limit && set.Contains(s[pos]) != negate) pos++;
            return pos;
        }
        for (int n = 0; n < max && Read(pos, false, out int c, out int w) && set.Contains(c) != negate; n++) pos += w;
        return pos;
    }

    /// <summary>StarSet over . : the position after at most <paramref name="max"/> characters (line terminators only with dotAll).</summary>
    private int ScanDot(bool dotAll, int pos, int max)
    {
        string s = _input;
        if (!_unicode)
        {
            int limit = max >= s.Length - pos ? s.Length : pos + max;
            if (dotAll) return limit;
            int stop = s.AsSpan(pos, limit - pos).IndexOfAny(LineTerminatorChars);
            return stop < 0 ? limit : pos + stop;
        }
        for (int n = 0; n < max && Read(pos, false, out int c, out int w) && (dotAll || !IsLineTerminator(c)); n++) pos += w;
        return pos;
    }

    private static readonly System.Buffers.SearchValues<char> LineTerminatorChars = System.Buffers.SearchValues.Create("\n\r\u2028\u2029");

    /// <summary>The position after the first <paramref name="min"/> characters of a StarSet run from
    /// <paramref name="from"/> to <paramref name="end"/>, or -1 when the run is shorter.</summary>
    private int MinPosition(int from, int end, int min)
    {
        if (!_unicode) return end - from >= min ? from + min : -1;
        int pos = from;
        for (int n = 0; n < min; n++)
        {
            if (pos >= end) return -1;
            pos += pos + 1 < end && char.IsHighSurrogate(_input[pos]) && char.IsLowSurrogate(_input[pos + 1]) ? 2 : 1;
        }
        return pos;
    }

    /// <summary>After a failed negative lookaround body matched: undo its register writes.</summary>
    private void Unwind(int mark)
    {
        while (_sp > mark)
        {
            _sp -= 4;
            if (_stack[_sp] == Restore) _regs[_stack[_sp + 1]] = _stack[_sp + 2];
        }
    }

    /// <summary>After a positive lookaround matched: no backtracking into it (its choices go), but its
    /// register writes stay undoable by the choices before it.</summary>
    private void DropChoices(int mark)
    {
        int write = mark;
        for (int read = mark; read < _sp; read += 4)
        {
            if (_stack[read] != Restore) continue;
            if (write != read) Array.Copy(_stack, read, _stack, write, 4);
            write += 4;
        }
        _sp = write;
    }

    /// <summary>\N or \k&lt;name&gt; at pos: the position after the repeated text, or -1.</summary>
    private int BackReference(int pc, int pos)
    {
        bool ignoreCase = _code[pc + 1] != 0, back = _code[pc + 2] != 0;
        int start = -1, end = -1;
        for (int i = 0; i < _code[pc + 3]; i++)
        {
            int g = _code[pc + 4 + i];
            if (_regs[2 * g] >= 0 && _regs[2 * g + 1] >= 0) { start = _regs[2 * g]; end = _regs[2 * g + 1]; break; }
        }
        if (start < 0) return pos;
        int len = end - start;
        int from = back ? pos - len : pos;
        if (from < 0 || from + len > _input.Length) return -1;
        string s = _input;
        if (!ignoreCase) return string.CompareOrdinal(s, start, s, from, len) == 0 ? (back ? from : pos + len) : -1;
        for (int i = 0; i < len;)
        {
            Read(start + i, false, out int a, out int w);
            Read(from + i, false, out int b, out int w2);
            if (w != w2 || CaseFolding.Canonicalize(a, _unicode) != CaseFolding.Canonicalize(b, _unicode)) return -1;
            i += w;
        }
        return back ? from : pos + len;
    }
}

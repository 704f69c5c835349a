using Eventide.Runtime;

namespace Eventide.Compiling;

/// <summary>A forward or backward jump target inside one function's code.</summary>
internal sealed class Label
{
    public int Position = -1;
    public readonly List<int> Patches = new();
}

/// <summary>Accumulates one function's bytecode, constants, handlers and source positions.</summary>
internal sealed class BytecodeBuilder
{
    private readonly List<int> _code = new(64);
    private readonly List<object> _constants = new();
    private readonly Dictionary<object, int> _constantIndex = new();
    private readonly List<HandlerEntry> _handlers = new();
    private readonly List<int> _positions = new();
    private readonly List<int> _calleeStarts = new();
    private readonly List<(int Pc, ErrorSubject Subject)> _errorSubjects = new();
    private int _lastPosition = -1;
    private int _stack, _maxStack;
    public int CacheCount;
    private int _keyedCacheCount;

    /// <summary>The next instruction's pc. Reading it (for a handler range or a patch) keeps the next
    /// instruction from being fused into the previous one, as does binding a label here.</summary>
    public int Position { get { _fuseBarrier = _code.Count; return _code.Count; } }

    // Peephole state: where the last instruction starts, and the pc no fusion may cross.
    private int _lastOpStart = -1, _fuseBarrier = -1;
    /// <summary>The starts of the two instructions before the last one (-1 when unknown).</summary>
    private int _opStart2 = -1, _opStart3 = -1;
    public int StackDepth { get => _stack; set { _stack = value; if (_stack > _maxStack) _maxStack = _stack; } }

    /// <summary>Records that the instructions from here on come from <paramref name="sourceOffset"/>.</summary>
    public void MarkPosition(int sourceOffset)
    {
        if (sourceOffset == _lastPosition) return;
        if (_positions.Count >= 2 && _positions[^2] == _code.Count)
        {
            _positions[^1] = sourceOffset;
        }
        else
        {
            _positions.Add(_code.Count);
            _positions.Add(sourceOffset);
        }
        _lastPosition = sourceOffset;
    }

    /// <summary>Records where the callee of the call emitted next starts, when its position is elsewhere (o.m()).</summary>
    public void MarkCalleeStart(int sourceOffset)
    {
        _calleeStarts.Add(_code.Count);
        _calleeStarts.Add(sourceOffset);
    }

    /// <summary>Records what the errors of the instruction emitted next name its operand by.</summary>
    public void MarkErrorSubject(ErrorSubject subject) => _errorSubjects.Add((_code.Count, subject));

    /// <summary>Suspension points (yield/await): pc of the instruction and the source offset it came from.</summary>
    public readonly List<(int Pc, int SourceOffset, OpCode Op)> SuspendPoints = new();

    // Every Emit adjusts the tracked stack depth by the instruction's effect when it continues at
    // the next instruction, as OpCodeTable gives it; after an instruction that does not continue
    // (a jump, return, throw) the compiler sets the depth of the code that follows.

    public void Emit(OpCode op) => Append(op);

    public void Emit(OpCode op, int a)
    {
        // LoadLocal a; LoadLocal b → LoadLocal2 a b: one dispatch for the most common pair.
        if (op == OpCode.LoadLocal && _lastOpStart >= 0 && _lastOpStart == _code.Count - 2
            && _code[_lastOpStart] == (int)OpCode.LoadLocal && _fuseBarrier != _code.Count)
        {
            _code[_lastOpStart] = (int)OpCode.LoadLocal2;
            _code.Add(a);
            _lastOpStart = -1;
            StackDepth = _stack + 1;
            return;
        }
        if (op == OpCode.StoreLocal && TryFuseIncLocal(a)) return;
        Append(op, a);
    }

    /// <summary>
    /// LoadLocal r; ToNumeric; Inc (or Dec); StoreLocal r → IncLocal r ±1: x++ whose value is unused (a for
    /// loop's update, a statement), one dispatch instead of four. Only when nothing refers to a pc inside the
    /// four (a label, a handler, a source position, an error subject or a callee start).
    /// </summary>
    private bool TryFuseIncLocal(int r)
    {
        int load = _code.Count - 4;
        if (_opStart3 != load || _opStart2 != load + 2 || _lastOpStart != load + 3) return false;
        if (_code[load] != (int)OpCode.LoadLocal || _code[load + 1] != r || _code[load + 2] != (int)OpCode.ToNumeric) return false;
        int update = _code[load + 3];
        if (update != (int)OpCode.Inc && update != (int)OpCode.Dec) return false;
        if (_fuseBarrier > load || (_positions.Count >= 2 && _positions[^2] > load)
            || (_errorSubjects.Count > 0 && _errorSubjects[^1].Pc > load) || (_calleeStarts.Count >= 2 && _calleeStarts[^2] > load))
            return false;
        _code.RemoveRange(load, 4);
        Append(OpCode.IncLocal, r, update == (int)OpCode.Inc ? 1 : -1);
        _opStart2 = _opStart3 = -1; // they named the removed instructions
        StackDepth = _stack - 1; // without the LoadLocal's value, which the StoreLocal would have taken
        return true;
    }

    public void Emit(OpCode op, int a, int b) => Append(op, a, b);

    public void Emit(OpCode op, int a, int b, int c) => Append(op, a, b, c);

    /// <summary>Emits a jump-like instruction whose first operand is <paramref name="target"/>
    /// (Jump flag) or a pc resumed later (LoadLabel); more operands may follow.</summary>
    public void EmitJump(OpCode op, Label target, params ReadOnlySpan<int> more)
    {
        int start = _code.Count;
        _code.Add((int)op);
        if (target.Position >= 0) _code.Add(target.Position);
        else
        {
            target.Patches.Add(_code.Count);
            _code.Add(-1);
        }
        foreach (var x in more) _code.Add(x);
        Appended(start);
    }

    private void Append(OpCode op, params ReadOnlySpan<int> operands)
    {
        int start = _code.Count;
        _code.Add((int)op);
        foreach (var x in operands) _code.Add(x);
        Appended(start);
    }

    private void Appended(int start)
    {
        var op = (OpCode)_code[start];
        ref readonly var info = ref OpCodeTable.Get(op);
        if (_code.Count - start != 1 + info.Operands)
            throw new InvalidOperationException($"{op} takes {info.Operands} operands, emitted with {_code.Count - start - 1}");
        (_opStart3, _opStart2, _lastOpStart) = (_opStart2, _lastOpStart, start);
        if (info.Suspends) SuspendPoints.Add((start, _lastPosition, op));
        int pops = info.Pops + (info.PopsOperand >= 0 ? _code[start + 1 + info.PopsOperand] : 0);
        StackDepth = _stack - pops + info.Pushes;
    }

    public void Bind(Label label)
    {
        label.Position = _code.Count;
        _fuseBarrier = _code.Count;
        foreach (var p in label.Patches) _code[p] = label.Position;
        label.Patches.Clear();
    }

    public int NewCache() => CacheCount++;

    /// <summary>A cache for an obj[key] site (<see cref="Vm.KeyedSiteCache"/>).</summary>
    public int NewKeyedCache() => _keyedCacheCount++;

    public int Constant(object value)
    {
        if (_constantIndex.TryGetValue(value, out int i)) return i;
        i = _constants.Count;
        _constants.Add(value);
        _constantIndex[value] = i;
        return i;
    }

    /// <summary>A constant that is never shared with an equal one (templates, sites).</summary>
    public int UniqueConstant(object value)
    {
        _constants.Add(value);
        return _constants.Count - 1;
    }

    public int Name(string name) => Constant(new PropertyKey(name));

    /// <summary>obj.name: GetNamed, or GetLength for "length" (the dispatch loop answers a string's, an array's
    /// and a typed array's length there before any property lookup).</summary>
    public void EmitGetNamed(string name, int cache) => Emit(name == "length" ? OpCode.GetLength : OpCode.GetNamed, Name(name), cache);

    public void AddHandler(HandlerEntry entry) => _handlers.Add(entry);

    public void Finish(FunctionTemplate t)
    {
        t.SetCode(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_code));
        t.Constants = _constants.ToArray();
        // Inner try blocks are added after outer ones are opened; search order must find the innermost first.
        t.Handlers = _handlers.OrderBy(h => h.TryEnd - h.TryStart).ToArray();
        t.MaxStack = _maxStack; // exact: a suspended generator or async function keeps its registers
        t.CacheCount = CacheCount;
        t.Caches = new Vm.PropertyCache[CacheCount];
        t.KeyedCaches = _keyedCacheCount == 0 ? [] : new Vm.KeyedSiteCache[_keyedCacheCount];
        t.PositionTable = _positions.ToArray();
        t.CalleeStarts = _calleeStarts.ToArray();
        t.ErrorSubjects = _errorSubjects.ToArray();
        t.HasFinally = _handlers.Any(h => h.Kind == HandlerKind.Finally);
        t.SuspendPoints = SuspendPoints.ToArray();
        t.HasYieldDelegate = SuspendPoints.Exists(p => p.Op == OpCode.YieldDelegate);
        BytecodeVerifier.CheckControlTargets(t);
    }
}

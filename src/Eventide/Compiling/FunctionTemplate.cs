using System.Runtime.CompilerServices;
using Eventide.Runtime;

namespace Eventide.Compiling;

internal enum FunctionKind : byte
{
    Normal, Arrow, Method, Getter, Setter, ClassConstructor, DerivedConstructor,
    Generator, Async, AsyncArrow, AsyncGenerator, Script, ClassFieldInit,
}

internal enum HandlerKind : byte { Catch, Finally }

/// <summary>One exception-handler table entry: a protected pc range and where control goes.</summary>
internal readonly record struct HandlerEntry(int TryStart, int TryEnd, int HandlerPc, HandlerKind Kind, int StackDepth, int ContextDepth, int KindReg, int ValueReg);

/// <summary>Completion kinds recorded in a finally block's kind register.</summary>
internal static class CompletionKind
{
    public const int Normal = 0, Throw = 1, Return = 2, Jump = 3;
}

/// <summary>The source a template was compiled from (for errors, stack traces and toString).</summary>
internal sealed class SourceText(string path, string text)
{
    public string Path { get; } = path;
    public string Text { get; } = text;
    /// <summary>For eval code and the Function constructor's, where it was made as V8's stack lines show it:
    /// "eval at f (file.js:2:23)" (the caller's name and place, or its own origin when it is eval code too).</summary>
    public string? EvalOrigin { get; init; }
    /// <summary>The source of a function made by the Function constructor (V8 names its frames "eval").</summary>
    public bool FromFunctionConstructor { get; init; }
    private int[]? _lineStarts;

    public (int Line, int Column) LineColumn(int offset)
    {
        _lineStarts ??= ComputeLineStarts(Text);
        int idx = Array.BinarySearch(_lineStarts, offset);
        if (idx < 0) idx = ~idx - 1;
        return (idx + 1, offset - _lineStarts[idx] + 1);
    }

    public string LineText(int line)
    {
        _lineStarts ??= ComputeLineStarts(Text);
        int start = _lineStarts[line - 1];
        int end = line < _lineStarts.Length ? _lineStarts[line] : Text.Length;
        return Text[start..end].TrimEnd('\n', '\r');
    }

    private static int[] ComputeLineStarts(string text)
    {
        var starts = new List<int> { 0 };
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c == '\n' || c == '\u2028' || c == '\u2029' || (c == '\r' && (i + 1 >= text.Length || text[i + 1] != '\n')))
                starts.Add(i + 1);
        }
        return starts.ToArray();
    }
}

/// <summary>
/// One compiled function: its bytecode, constants, handler table and the facts the VM needs
/// to build a frame for it. Immutable after compilation and shared by all closures.
/// </summary>
internal sealed class FunctionTemplate
{
    public string Name = "";
    public FunctionKind Kind;
    public bool Strict;
    /// <summary>The bytecode: <see cref="CodeLength"/> ints of instructions, then <see cref="LookAheadPadding"/>
    /// ReturnUndefined opcodes. The dispatch loop reads code without bounds checks: every pc it runs is an
    /// instruction (the builder checks every jump, label and handler target), and the padding keeps its
    /// look-ahead reads of the instructions after one inside the array (control that fell off the end would return).</summary>
    public int[] Code = PaddedCode([]);
    /// <summary>The number of ints of instructions in <see cref="Code"/> (the padding follows).</summary>
    public int CodeLength;
    /// <summary>How far past an instruction the dispatch loop's look-ahead may read.</summary>
    internal const int LookAheadPadding = 8;

    /// <summary>Sets <see cref="Code"/> to <paramref name="instructions"/> followed by the look-ahead padding.</summary>
    internal void SetCode(ReadOnlySpan<int> instructions)
    {
        Code = PaddedCode(instructions);
        CodeLength = instructions.Length;
    }

    private static int[] PaddedCode(ReadOnlySpan<int> instructions)
    {
        var code = new int[instructions.Length + LookAheadPadding];
        instructions.CopyTo(code);
        code.AsSpan(instructions.Length).Fill((int)OpCode.ReturnUndefined);
        return code;
    }
    public object[] Constants = [];
    public HandlerEntry[] Handlers = [];
    /// <summary>Registers: locals and temporaries; the operand stack follows them.</summary>
    public int LocalCount;
    public int MaxStack;
    /// <summary>Formal parameters copied straight into registers 0..n-1 at entry.</summary>
    public int DirectParamCount;
    /// <summary>The function's "length" property.</summary>
    public int Length;
    /// <summary>Slots of the function-level context (0: no context is created).</summary>
    public int ContextSlots;
    /// <summary>Register → context slot copies done at entry for captured simple parameters.</summary>
    public (int Register, int Slot)[] CapturedParams = [];
    public bool NeedsArgumentsArray;
    /// <summary>Sloppy functions with simple parameters: context slot of each parameter, aliased by arguments[i].</summary>
    public int[]? MappedParameterSlots;
    /// <summary>Defaults, destructuring or a rest parameter: its arguments object is unmapped (10.2.11 step 22).</summary>
    public bool HasNonSimpleParameterList;
    public bool IsClassConstructor => Kind is FunctionKind.ClassConstructor or FunctionKind.DerivedConstructor;
    // Inlined by request: native AOT left it a call on every JS→JS call (EnterCall, BindThis).
    public bool IsArrowLike { [MethodImpl(MethodImplOptions.AggressiveInlining)] get => Kind is FunctionKind.Arrow or FunctionKind.AsyncArrow; }
    public bool HasFinally;
    /// <summary>Inline caches, one per property access site.</summary>
    public int CacheCount;
    /// <summary>The inline caches themselves (created with the template; one engine uses a template).</summary>
    public Vm.PropertyCache[] Caches = [];
    /// <summary>The obj[key] sites' caches (GetKeyed, GetKeyedKeep), as <see cref="Caches"/>.</summary>
    public Vm.KeyedSiteCache[] KeyedCaches = [];
    /// <summary>Pairs (pc, source offset) sorted by pc, for error positions.</summary>
    public int[] PositionTable = [];
    /// <summary>(pc, source offset) of the callee of member calls, whose own position is the property name.</summary>
    public int[] CalleeStarts = [];
    /// <summary>Iteration and destructuring instructions with the expression their errors name.</summary>
    public (int Pc, ErrorSubject Subject)[] ErrorSubjects = [];
    public SourceText Source = null!;
    public int SourceStart, SourceEnd;
    /// <summary>Class field initialiser (a method run on each new instance), for class constructors.</summary>
    public bool HasInstanceFields;
    /// <summary>Where the function can suspend (generators, async): pc, source offset, instruction.</summary>
    public (int Pc, int SourceOffset, OpCode Op)[] SuspendPoints = [];
    /// <summary>The body contains yield*: resumptions may need the delegation driver.</summary>
    public bool HasYieldDelegate;
    /// <summary>The shape closures of this template end up with (set by the first closure; one
    /// reference, so a template shared between threads never pairs a root with another's shape).</summary>
    internal ClosureLayout? Closures;
    /// <summary>The own property values (length, name) that closures without a prototype object share
    /// until one of them changes its properties (see ScriptFunction: copied on the first write).</summary>
    internal JsValue[]? SharedSlots;
    /// <summary>Slack tracking: how many slots instances made with a closure of this template as
    /// new.target end up with (the most seen over the first constructions), so later ones are
    /// allocated at that size; and how many constructions have been looked at.</summary>
    internal int InstanceSlots, InstanceSamples;
    /// <summary>Declared names and where they live ("register" or "context"), for explain.</summary>
    public List<(string Name, string Storage)> Variables = new();

    /// <summary>The function node wraps a CommonJS file in (shown as "Object.&lt;anonymous&gt;" in stacks).</summary>
    public bool IsModuleWrapper;
    /// <summary>The top level of eval code (direct or indirect).</summary>
    public bool IsEvalCode;
    /// <summary>The code of an ES module (stack frames show its location only, as V8's do).</summary>
    public bool IsModule;

    public bool IsGenerator => Kind is FunctionKind.Generator or FunctionKind.AsyncGenerator;
    public bool IsAsync => Kind is FunctionKind.Async or FunctionKind.AsyncArrow or FunctionKind.AsyncGenerator;

    /// <summary>Source offset of the instruction at or before <paramref name="pc"/>.</summary>
    public int OffsetAt(int pc)
    {
        int best = SourceStart;
        for (int i = 0; i + 1 < PositionTable.Length; i += 2)
        {
            if (PositionTable[i] > pc) break;
            best = PositionTable[i + 1];
        }
        return best;
    }

    /// <summary>Where the callee of the call instruction at <paramref name="pc"/> starts in the source.</summary>
    public int CalleeStartAt(int pc)
    {
        for (int i = 0; i + 1 < CalleeStarts.Length; i += 2)
            if (CalleeStarts[i] == pc) return CalleeStarts[i + 1];
        return OffsetAt(pc);
    }

    /// <summary>The error subject recorded for the instruction at <paramref name="pc"/>, if any.</summary>
    public ErrorSubject? ErrorSubjectAt(int pc)
    {
        foreach (var (at, subject) in ErrorSubjects)
            if (at == pc) return subject;
        return null;
    }

    public override string ToString() => $"FunctionTemplate({Name}, {Kind})";
}

/// <summary>What a script must declare globally before it runs (16.1.7 GlobalDeclarationInstantiation).</summary>
internal sealed class GlobalDeclarations
{
    public string[] VarNames = [];
    public string[] LexicalNames = [];
    public bool[] LexicalIsConst = [];
    /// <summary>Function declarations: name and template, instantiated before the body runs.</summary>
    public (string Name, FunctionTemplate Template)[] Functions = [];
}

/// <summary>A template literal call site: cooked and raw strings (13.2.8.4 GetTemplateObject).</summary>
internal sealed class TemplateSite(string?[] cooked, string[] raw)
{
    public string?[] Cooked { get; } = cooked;
    public string[] Raw { get; } = raw;
}

/// <summary>A class body compiled: constructor template plus the element definitions.</summary>
internal sealed class ClassTemplate
{
    public string Name = "";
    public FunctionTemplate Constructor = null!;
    public bool HasHeritage;
}

/// <summary>Closures whose [[Prototype]]'s empty shape is <paramref name="Root"/> end up with <paramref name="Shape"/>.
/// <paramref name="DefaultRealm"/>: the realm whose default function prototype for the template's kind has that root,
/// when it was laid out with that prototype (a closure made there can take the layout without looking it up).</summary>
internal sealed record ClosureLayout(Runtime.Shape Root, Runtime.Shape Shape, Runtime.Realm? DefaultRealm);

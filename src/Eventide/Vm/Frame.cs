using System.Runtime.CompilerServices;
using Eventide.Builtins;
using Eventide.Compiling;
using Eventide.Host;
using Eventide.Runtime;

namespace Eventide.Vm;

/// <summary>
/// One activation of a script function, on the heap. The registers hold locals and the operand
/// stack; a generator or async function suspends by keeping its frame (Pc is its state). An
/// async function's frame is also the reaction its awaits register on the awaited promise, and
/// the job that resumes it: an awaiting async function is its frame, registers and promise.
/// </summary>
internal sealed class Frame : ReactionJob
{
    public FunctionTemplate Template = null!;
    public ScriptFunction? Function;
    public Realm Realm = null!;
    public JsValue[] Regs = null!;
    public int Sp;
    public int Pc;
    public JsValue This;
    public Context? Ctx;
    /// <summary>The scopes pushed since the frame began (their nesting in the source bounds it: the parser's depth limit comes first).</summary>
    public ushort CtxDepth;
    /// <summary>While the frame calls a builtin: where the call sits on its stack, for stack traces (see Interpreter.NativeCalls); 0 otherwise.
    /// 16 bits, beside the byte fields: an int would make every frame 8 bytes larger (a suspended generator's too).</summary>
    public ushort NativeCall;
    /// <summary>The frame below this one (its caller, or the frame that was running when a builtin re-entered).</summary>
    public Frame? Parent;
    /// <summary>The owner alone, or a <see cref="FrameExtras"/> holding it and the fields few frames set:
    /// a suspended generator or async function keeps its frame for long, so the frame stays small.</summary>
    private object? _side;

    /// <summary>The generator or async function state that owns this frame, if any.</summary>
    public object? Owner
    {
        // Inlined by request: native AOT left it a call on every recycled frame.
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => _side is FrameExtras x ? x.Owner : _side;
        set { if (_side is FrameExtras x) x.Owner = value; else _side = value; }
    }

    private FrameExtras Extras => _side as FrameExtras ?? (FrameExtras)(_side = new FrameExtras { Owner = _side });

    /// <summary>A derived constructor's this binding while it is still unbound, shared with the arrows made before super() (they see it once bound).</summary>
    public ThisBindingCell? PendingThis
    {
        get => (_side as FrameExtras)?.PendingThis;
        set { if (value is not null || _side is FrameExtras) Extras.PendingThis = value; }
    }

    /// <summary>An arrow's call receiver (its This is lexical): stack traces name it as V8 does.</summary>
    public JsValue ArrowReceiver
    {
        get => _side is FrameExtras x ? x.ArrowReceiver : JsValue.Undefined;
        set { if (!value.IsUndefined || _side is FrameExtras) Extras.ArrowReceiver = value; }
    }

    /// <summary>new.target: the constructor when called by new, else null (undefined).</summary>
    public JsObject? NewTarget
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)] // an arrow's creation reads it (LexicalNewTarget)
        get => (_side as FrameExtras)?.NewTarget;
        set { if (value is not null || _side is FrameExtras) Extras.NewTarget = value; }
    }

    public JsValue NewTargetValue { [MethodImpl(MethodImplOptions.AggressiveInlining)] get => NewTarget is { } nt ? nt : JsValue.Undefined; }

    /// <summary>The arguments as passed (kept for arguments objects, rest and complex parameters).</summary>
    public JsValue[]? Args
    {
        get => (_side as FrameExtras)?.Args;
        set { if (value is not null || _side is FrameExtras) Extras.Args = value; }
    }

    /// <summary>Drops an extras record that holds nothing but the owner (a pooled frame's, now owned for long).</summary>
    public void TrimExtras()
    {
        if (_side is FrameExtras { PendingThis: null, NewTarget: null, Args: null } x && x.ArrowReceiver.IsUndefined) _side = x.Owner;
    }

    /// <summary>For a plain call's frame that has returned and is no one's (not a generator's or an async
    /// function's): true, and the frame emptied as <see cref="ResetForPool"/> does, for the next call at its
    /// depth (the stack slot it ran in still holds it). A pooled frame has no flags (ResetForPool), so it is
    /// never also taken from a slot. Every JS→JS call asks.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool TryResetAfterReturn()
    {
        if ((_flags & (FrameFlags.Completed | FrameFlags.Suspended)) != FrameFlags.Completed) return false;
        // Most frames have no side record: no owner, nothing to empty (one test instead of three).
        if (_side is { } side)
        {
            if (side is not FrameExtras x || x.Owner is not null) return false;
            x.Empty();
        }
        ResetForNextCall();
        return true;
    }

    /// <summary>Clears what a finished plain call set (its owner is null and it is not suspended): the frame goes back
    /// to the pool, or runs the next call at its depth. Its function, scope, this and caller stay until the next call
    /// or <see cref="ForgetLastCall"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)] // inside RentFrame, on every call
    public void ResetForPool()
    {
        // The extras record (arguments, new.target, pending this, arrow receiver) is kept for the
        // next call, emptied: constructs and arrow calls would otherwise allocate one each time.
        if (_side is FrameExtras x) x.Empty();
        ResetForNextCall();
    }

    /// <summary>Drops the references a pooled frame keeps from its last call (see <see cref="Interpreter.ReleasePooledFrames"/>).</summary>
    public void ForgetLastCall()
    {
        Function = null;
        Ctx = null;
        Parent = null;
        This = default;
    }

    /// <summary>Clears a finished plain call's progress, keeping its function, scope and this for the
    /// next call of the same function (<see cref="RepeatedCall"/>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void ResetForNextCall()
    {
        CtxDepth = 0;
        Pc = 0;
        _flags = 0;
    }

    /// <summary>A generator frame resumed inside its caller's loop, and how it hands back its result.</summary>
    public InlineResume Resumed;
    private byte _suspendedAt;
    private FrameFlags _flags;

    /// <summary>Return pushes the result onto Parent's stack and continues there (a JS→JS call in one loop).</summary>
    public bool ReturnToParent { get => Has(FrameFlags.ReturnToParent); set => Set(FrameFlags.ReturnToParent, value); }
    public bool IsConstruct { get => Has(FrameFlags.IsConstruct); set => Set(FrameFlags.IsConstruct, value); }
    /// <summary>Set by Yield/Await: the frame stopped at a suspension point instead of returning.</summary>
    public bool Suspended { get => Has(FrameFlags.Suspended); set => Set(FrameFlags.Suspended, value); }
    public bool Completed { get => Has(FrameFlags.Completed); set => Set(FrameFlags.Completed, value); }
    /// <summary>Suspended inside yield*: the iterator record is on top of the stack and resumptions go to it.</summary>
    public bool Delegating { get => Has(FrameFlags.Delegating); set => Set(FrameFlags.Delegating, value); }
    /// <summary>An awaiting async function's frame was settled by fulfilment (else by rejection).</summary>
    private bool AwaitFulfilled { get => Has(FrameFlags.AwaitFulfilled); set => Set(FrameFlags.AwaitFulfilled, value); }
    /// <summary>[[GeneratorState]] of the generator owning this frame (the generator reads it here while it has a frame).</summary>
    public GeneratorState GeneratorState;
    /// <summary>The instruction the frame last suspended at (Yield, Await, YieldDelegate, ...).</summary>
    public OpCode SuspendedAt { get => (OpCode)_suspendedAt; set => _suspendedAt = (byte)value; }

    // The flags share one byte: a suspended generator or async function keeps its frame for long.
    private bool Has(FrameFlags flag) => (_flags & flag) != 0;
    private void Set(FrameFlags flag, bool on) => _flags = on ? _flags | flag : _flags & ~flag;

    [Flags]
    private enum FrameFlags : byte { ReturnToParent = 1, IsConstruct = 2, Suspended = 4, Completed = 8, Delegating = 16, AwaitFulfilled = 32 }

    public int StackBase => Template.LocalCount;

    // ------------------------------------------- an async function's await ----

    /// <summary>27.7.5.3 Await steps 3-5, queued: the settled value waits in the register the awaited operand left free.</summary>
    internal override Job AsJob(bool fulfilled, JsValue argument)
    {
        AwaitFulfilled = fulfilled;
        Regs[Sp] = argument;
        return this;
    }

    /// <summary>Resumes the frame with the settled value (normal) or reason (throw).</summary>
    internal override void Run()
    {
        var argument = Regs[Sp];
        Regs[Sp] = default;
        Realm.Engine.Interpreter.AsyncFunctionContinue(this, AwaitFulfilled ? ResumeKind.Next : ResumeKind.Throw, argument);
    }

    internal override string Describe() =>
        $"await resumes async function {FunctionName} at line {Line}{(AwaitFulfilled ? "" : " by throwing")} {Outcome(AwaitFulfilled)}";

    internal override JsValue[] PassedValues() => [Regs[Sp]];

    /// <summary>The function's name for the timeline, "name()" or "(anonymous)".</summary>
    internal string FunctionName => Template.Name.Length > 0 ? Template.Name + "()" : "(anonymous)";

    /// <summary>The line the frame stopped at.</summary>
    internal int Line => Template.Source is { } src ? src.LineColumn(Template.OffsetAt(Math.Max(0, Pc - 1))).Line : 0;

    /// <summary>The fields of a frame that few frames set (see <see cref="_side"/>).</summary>
    private sealed class FrameExtras
    {
        public object? Owner;
        public ThisBindingCell? PendingThis;
        public JsValue ArrowReceiver;
        public JsObject? NewTarget;
        public JsValue[]? Args;

        /// <summary>Empties the record for the frame's next call (kept: constructs and arrow calls would otherwise allocate one each time).</summary>
        public void Empty()
        {
            PendingThis = null;
            ArrowReceiver = default;
            NewTarget = null;
            Args = null;
        }
    }
}

/// <summary>How a generator frame resumed inside the caller's dispatch loop (or a builtin's callback run there) gives its yield or return back.</summary>
internal enum InlineResume : byte
{
    None,
    /// <summary>for-of's IteratorStep: the value replaces the iterator record, or the loop exits.</summary>
    ForOf,
    /// <summary>A call of %GeneratorPrototype%.next: an iterator result object is pushed.</summary>
    NextCall,
    /// <summary>Not a generator: a callback of a builtin's element loop (forEach, map, ...), whose
    /// return goes to the loop (its Owner), see Interpreter.CallbackReturned.</summary>
    Callback,
    /// <summary>Not a generator: the handler of a promise reaction job run as the entry frame of a dispatch
    /// loop (its Owner the reaction), whose return settles the reaction's capability and may start the next
    /// job in the same frame, see Interpreter.ReactionJobReturned.</summary>
    Job,
}

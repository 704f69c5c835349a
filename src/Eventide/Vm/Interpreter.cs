using System.Diagnostics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Eventide.Compiling;
using Eventide.Host;
using Eventide.Runtime;

namespace Eventide.Vm;

/// <summary>
/// Inline cache for one property access site: the receiver shape seen last and the slot it maps to,
/// either on the receiver itself or (Holder set) on its direct prototype, whose shape must also
/// be unchanged; named gets keep further shapes and deeper holders in <see cref="More"/>. Shapes in
/// dictionary mode are never cached (they change in place).
/// </summary>
internal struct PropertyCache
{
    public Shape? Shape;
    public JsObject? Holder;
    public Shape? HolderShape;
    public int Slot;
    /// <summary>Global-name sites: the Realm.GlobalVersion the entry is valid for, and the lexical binding if any.</summary>
    public int Version;
    public GlobalBinding? Binding;
    /// <summary>Adding writes: the shape after the add, and the prototype chain's shapes when cached.</summary>
    public Shape? NewShape;
    public Shape[]? Chain;
    /// <summary>Named-get sites: the shapes seen before this one, and holders the loop cannot check (see <see cref="PolymorphicCache"/>).</summary>
    public PolymorphicCache? More;
}

/// <summary>
/// The bytecode interpreter. JS→JS calls push a heap frame and continue in the same loop (no
/// .NET recursion); builtins that call back into JS re-enter <see cref="Execute"/>.
/// </summary>
internal sealed partial class Interpreter
{
    private readonly Engine _engine;
    private int _depth;
    /// <summary>
    /// The running frames by depth: <c>_stack[_depth]</c> is the current one, <c>_stack[0]</c> stays null.
    /// A frame is stored only when its depth's slot holds another: a pooled frame is usually rented
    /// again at the depth it last ran at (recursion, a loop's callee, a builtin's callback), so push
    /// and pop mostly cost no write barrier. Slots above the depth keep finished frames until
    /// overwritten or until the engine goes idle (<see cref="ReleasePooledFrames"/>).
    /// </summary>
    private Frame?[] _stack = new Frame?[64];
    /// <summary>EngineOptions.MaxCallDepth, lowered inside a call with its own limit (see <see cref="PushLimits"/>).</summary>
    private int _maxDepth;
    private readonly ExecutionBudget _budget;
    /// <summary>The limits scripts run under; builtins tick it in their long loops (<see cref="Realm.Budget"/>).</summary>
    internal ExecutionBudget Budget => _budget;
    internal CancellationToken Cancellation => _budget.EngineToken;

    public Interpreter(Engine engine, CancellationToken cancellation)
    {
        _engine = engine;
        _maxDepth = engine.Options.MaxCallDepth;
        _budget = new ExecutionBudget(cancellation, engine.Options.TimeLimit, engine.Options.MemoryLimit, engine.Options.Fuel);
        _fastLoop = engine.Options.FastLoop;
    }

    private readonly bool _fastLoop;

    /// <summary>Stops the script when the host cancels it (EngineOptions.CancellationToken/TimeLimit),
    /// a limit runs out (fuel, a call's time) or the heap outgrows the memory limit; ticked on calls
    /// and loop back edges. The exceptions are not JS exceptions, so no JS catch/finally can
    /// intercept them.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal void PollCancellation() => _budget.Tick();

    /// <summary>Where the most recent throw happened (template and pc), for node's uncaught-error header.</summary>
    public (FunctionTemplate Template, int Pc)? LastThrowSite { get; private set; }

    private void RecordThrowSite(Frame f, int pc) => LastThrowSite = (f.Template, pc);

    /// <summary>The innermost running frame (for stack traces).</summary>
    public Frame? CurrentFrame => _stack[_depth];
    public int Depth => _depth;

    // ---------------------------------------------------------- frame setup ----

    /// <remarks><paramref name="owned"/>: The frame will outlive the call (a generator's or async function's):
    /// its registers are sized exactly, since it may stay suspended for long.</remarks>
    private Frame NewFrame(ScriptFunction? fn, FunctionTemplate t, Realm realm, Context? ctx, JsValue thisValue, ReadOnlySpan<JsValue> args, JsValue newTarget, bool owned = false)
    {
        var f = RentFrame(fn, t, realm, ctx, owned);
        if (newTarget.AsObject is { } nt) f.NewTarget = nt; // a pooled frame's is null
        PassArguments(f, t, args);
        BindFrameThis(f, fn, t, realm, thisValue);
        if (owned) f.TrimExtras();
        return f;
    }

    /// <summary>A frame to run <paramref name="t"/> in, from the pool when one is free, with an empty
    /// operand stack; <see cref="PassArguments"/> then sets its locals.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)] // one call fewer on every JS→JS call
    private Frame RentFrame(ScriptFunction? fn, FunctionTemplate t, Realm realm, Context? ctx, bool owned)
    {
        CheckCallDepth();
        PollCancellation();
        int size = t.LocalCount + t.MaxStack;
        Frame f;
        // The frame of the last call at this depth stays in the stack's slot when it returns (a
        // return does not pool it): a loop's callee and recursion run in it again, without a pool.
        int next = _depth + 1;
        var stack = _stack;
        // Unchecked: next is inside the stack.
        if ((uint)next < (uint)stack.Length && Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(stack), next) is { } last && last.TryResetAfterReturn())
            f = last;
        else if (_poolCount == 0) return NewRentedFrame(fn, t, realm, ctx, size);
        // The pool's slot keeps the frame: when it comes back to the same slot, no write barrier.
        else f = _framePool[--_poolCount];
        ReuseFrame(f, fn, t, realm, ctx, size, owned);
        return f;
    }

    /// <summary>An emptied frame made ready to run <paramref name="t"/>: <paramref name="size"/> registers (its locals
    /// and stack) at least, its function, realm and scope, an empty operand stack (<see cref="PassArguments"/> then
    /// sets its locals).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)] // inside RentFrame, on every call
    private static void ReuseFrame(Frame f, ScriptFunction? fn, FunctionTemplate t, Realm realm, Context? ctx, int size, bool owned = false)
    {
        if (f.Regs.Length < size || (owned && f.Regs.Length != size)) f.Regs = new JsValue[size];
        // A generator or async function keeps its frame for long: none of the last call's values stay reachable from it.
        else if (owned) f.Regs.AsSpan().Clear();
        // A pooled frame usually ran the same function last (recursion, a loop's callee): a compare
        // is cheaper than the write barrier of storing the same reference again.
        if (!ReferenceEquals(f.Template, t)) f.Template = t;
        if (!ReferenceEquals(f.Function, fn)) f.Function = fn;
        if (!ReferenceEquals(f.Realm, realm)) f.Realm = realm;
        if (!ReferenceEquals(f.Ctx, ctx)) f.Ctx = ctx;
        f.Sp = t.LocalCount;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static Frame NewRentedFrame(ScriptFunction? fn, FunctionTemplate t, Realm realm, Context? ctx, int size) =>
        new() { Regs = new JsValue[size], AsyncContext = null, Template = t, Function = fn, Realm = realm, Ctx = ctx, Sp = t.LocalCount };

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void CheckCallDepth()
    {
        if (_depth >= _maxDepth) throw new JsException(ErrorKind.RangeError, "Maximum call stack size exceeded");
    }

    /// <summary>The arguments go to registers 0..n-1 (a loop: most calls pass one to three); the rest only to an arguments array.
    /// The locals after them (missing parameters, vars) become undefined: a reused frame's registers hold what its last call left.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void PassArguments(Frame f, FunctionTemplate t, ReadOnlySpan<JsValue> args)
    {
        var regs = f.Regs;
        int n = Math.Min(args.Length, t.DirectParamCount);
        // Unchecked: a frame's registers hold its locals and stack (RentFrame), its parameters are locals.
        Debug.Assert(t.DirectParamCount <= t.LocalCount && t.LocalCount <= regs.Length);
        ref var dst = ref MemoryMarshal.GetArrayDataReference(regs);
        ref var src = ref MemoryMarshal.GetReference(args);
        for (int i = 0; i < n; i++) JsValue.Store(ref Unsafe.Add(ref dst, i), Unsafe.Add(ref src, i)); // numbers without the barrier
        ClearLocalsFrom(f, t, n);
        if (t.NeedsArgumentsArray) f.Args = args.ToArray();
    }

    /// <summary>The locals from <paramref name="n"/> on (missing parameters, vars) become undefined: a reused
    /// frame's registers hold what its last call left.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void ClearLocalsFrom(Frame f, FunctionTemplate t, int n)
    {
        // Most functions have no local besides their parameters (fib, callbacks): nothing to clear.
        // Unchecked: a frame's registers hold its locals (RentFrame).
        if (n < t.LocalCount) MemoryMarshal.CreateSpan(ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(f.Regs), n), t.LocalCount - n).Clear();
    }

    /// <summary>The frame's this (10.2.1.2 OrdinaryCallBindThis); strict functions take the receiver as it is.
    /// BindThis's common cases are repeated here on purpose: calling BindThis (and the template's
    /// IsArrowLike twice) on every call measured 4% slower on fib.js under AOT.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void BindFrameThis(Frame f, ScriptFunction? fn, FunctionTemplate t, Realm realm, JsValue thisValue)
    {
        var kind = t.Kind;
        if (kind is FunctionKind.Arrow or FunctionKind.AsyncArrow)
        {
            // BindThis's arrow case, inlined: an arrow's this is lexical.
            JsValue.StoreIfChanged(ref f.This, fn!.ArrowThis);
            // A rented frame's is undefined already (new, or emptied by ResetForPool): callbacks and
            // plain calls pass undefined, and skip the setter.
            if (!thisValue.IsUndefined) f.ArrowReceiver = thisValue;
        }
        else if (t.Strict || kind == FunctionKind.Script) JsValue.StoreIfChanged(ref f.This, thisValue);
        else if (thisValue.IsNullish) JsValue.StoreIfChanged(ref f.This, realm.GlobalThisValue);
        else JsValue.StoreIfChanged(ref f.This, thisValue.IsObject ? thisValue : BindThis(fn, t, realm, thisValue));
    }

    // Frames of finished plain calls are reused: nothing keeps a reference to them once they
    // return (generators and async functions own their frames and are never recycled). A return
    // leaves its frame in its stack slot for the next call at that depth (RentFrame); the pool
    // holds the frames given back otherwise (a RepeatedCall's kept frame).
    // A pooled frame's registers keep what its last call left (clearing them on every return cost
    // fib 3%): PassArguments sets every local of the next call, and its operand stack is written before it is read.
    private Frame[] _framePool = new Frame[64];
    private int _poolCount;

    /// <summary>
    /// Pooled frames keep what their last call bound (function, scope, this, caller): the next call
    /// of the same function, the usual case, compares instead of storing through a write barrier.
    /// When the engine goes idle (the event loop about to wait, the host's call returning) they let
    /// go, so that a finished call's objects do not stay reachable from the pool.
    /// </summary>
    internal void ReleasePooledFrames()
    {
        for (int i = 0; i < _poolCount; i++)
        {
            var f = _framePool[i];
            f.ForgetLastCall();
            f.Regs.AsSpan().Clear();
        }
        // Rented frames (a generator's keeps its own) and finished ones above the running depth.
        _framePool.AsSpan(_poolCount).Clear();
        _stack.AsSpan(_depth + 1).Clear();
    }

    /// <summary>A finished frame back to the pool (a <see cref="RepeatedCall"/>'s release); frames with an owner or suspended are kept out.</summary>
    internal void RecycleFrame(Frame f)
    {
        if (f.Owner is not null || f.Suspended || _poolCount == _framePool.Length) return;
        f.ResetForPool();
        ref var slot = ref _framePool[_poolCount++];
        if (!ReferenceEquals(slot, f)) slot = f;
    }

    /// <summary>A completed frame called from script returns: it is popped (its stack slot keeps it for the next call at this depth), and its caller continues (in its own realm).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private Frame ReturnToCaller(Frame f, int sp)
    {
        var parent = f.Parent!;
        PopFrame(f);
        f.Sp = sp;
        if (!ReferenceEquals(parent.Realm, f.Realm)) Realm.Current = parent.Realm;
        // Not pooled: it stays in its stack slot for the next call at this depth (see RentFrame).
        return parent;
    }

    /// <summary>A frame just pushed by a call inside the dispatch loop runs in its function's realm: the current
    /// realm is its caller's until then (the loop keeps no realm of its own, one register fewer).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void EnterRealmOf(Frame f)
    {
        var realm = f.Realm;
        if (!ReferenceEquals(realm, f.Parent!.Realm)) Realm.Current = realm;
    }

    /// <summary>10.2.1.2 OrdinaryCallBindThis (arrows take their lexical this).</summary>
    private static JsValue BindThis(ScriptFunction? fn, FunctionTemplate t, Realm realm, JsValue thisValue)
    {
        if (t.IsArrowLike) return fn!.ArrowThis;
        if (t.Strict || t.Kind == FunctionKind.Script) return thisValue;
        if (thisValue.IsNullish) return realm.GlobalThisValue;
        if (!thisValue.IsObject) return Operations.ToObject(realm, thisValue);
        return thisValue;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)] // every call's entry
    private void PushFrame(Frame f)
    {
        var stack = _stack;
        int depth = _depth + 1;
        if ((uint)depth >= (uint)stack.Length) stack = GrowStack();
        // Unchecked below: depth is in the array, and depth - 1 (the running frame's) too.
        ref var slot = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(stack), depth);
        var parent = Unsafe.Add(ref slot, -1);
        if (!ReferenceEquals(f.Parent, parent)) f.Parent = parent;
        if (!ReferenceEquals(slot, f)) slot = f;
        _depth = depth;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private Frame?[] GrowStack()
    {
        Array.Resize(ref _stack, _stack.Length * 2);
        return _stack;
    }

    /// <summary>The frames are popped in the order they were pushed: f is the current frame and its Parent the one below.</summary>
    private void PopFrame(Frame f)
    {
        Debug.Assert(ReferenceEquals(_stack[_depth], f) && ReferenceEquals(_stack[_depth - 1], f.Parent));
        _depth--;
    }

    // ----------------------------------------------------------- entry points ----

    /// <summary>Runs a compiled script in a realm and returns its completion value.</summary>
    public JsValue RunScript(FunctionTemplate script, Realm realm)
    {
        var f = NewFrame(null, script, realm, null, realm.GlobalObject, [], JsValue.Undefined);
        return RunFrame(f);
    }

    /// <summary>[[Call]] of a script function from .NET code (builtins, host).</summary>
    public JsValue CallFunction(ScriptFunction fn, JsValue thisArg, ReadOnlySpan<JsValue> args)
    {
        var t = fn.Template;
        if (!IsPlainCall(t))
        {
            // 10.2.1 [[Call]] step 2: the TypeError is made in the callee's context, of its realm.
            if (t.IsClassConstructor)
                throw new JsException(ErrorKind.TypeError, string.IsNullOrEmpty(t.Name)
                    ? "Class constructors cannot be invoked without 'new'"
                    : $"Class constructor {t.Name} cannot be invoked without 'new'") { ErrorRealm = fn.Realm };
            if (t.IsGenerator || t.IsAsync) return CallSpecialFunction(fn, thisArg, args);
        }
        var f = NewFrame(fn, t, fn.Realm, fn.Ctx, thisArg, args, t.IsArrowLike ? fn.LexicalNewTarget : JsValue.Undefined);
        return RunFrame(f);
    }

    /// <summary>[[Construct]] of a script function from .NET code.</summary>
    public JsValue ConstructFunction(ScriptFunction fn, ReadOnlySpan<JsValue> args, JsObject newTarget)
    {
        var f = NewConstructFrame(fn, args, newTarget);
        return RunFrame(f);
    }

    private Frame NewConstructFrame(ScriptFunction fn, ReadOnlySpan<JsValue> args, JsObject newTarget)
    {
        var t = fn.Template;
        JsValue thisValue = JsValue.Hole;
        if (!fn.IsDerived) thisValue = OrdinaryCreateFromConstructor(fn, newTarget);
        var f = RentFrame(fn, t, fn.Realm, fn.Ctx, owned: false);
        f.NewTarget = newTarget;
        PassArguments(f, t, args);
        f.This = thisValue;
        f.IsConstruct = true;
        if (!fn.IsDerived && (fn.Fields is not null || fn.PrivateMethods is not null))
        {
            PushFrame(f); // so errors in initialisers have this frame on the stack
            try { InitializeInstanceElements(thisValue.Object, fn); }
            finally { PopFrame(f); }
        }
        return f;
    }

    /// <summary>
    /// A JS→JS call inside the dispatch loop with the receiver at <paramref name="src"/>[thisIndex] and
    /// <paramref name="argc"/> arguments after it (the caller's stack): the callee's frame, pushed.
    /// Only references and integers are passed, so the loop's call needs no struct copies.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private Frame EnterCall(ScriptFunction sf, JsValue[] src, int thisIndex, int argc)
    {
        // Unchecked: the receiver and arguments are the caller's topmost stack values, inside its registers.
        Debug.Assert(thisIndex >= 0 && argc >= 0 && thisIndex + 1 + argc <= src.Length);
        ref var receiver = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(src), thisIndex);
        return EnterPlainCall(sf, receiver, MemoryMarshal.CreateReadOnlySpan(ref Unsafe.Add(ref receiver, 1), argc));
    }

    /// <summary>A JS→JS call inside the dispatch loop: the callee's frame, pushed, returning to the caller's.</summary>
    // Not inlined, like the other frame entries: the dispatch loop is near the JIT's inlining budget,
    // and past it small helpers such as JsValue's constructors stop being inlined there.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private Frame EnterCall(ScriptFunction sf, JsValue thisArg, ReadOnlySpan<JsValue> args) => EnterPlainCall(sf, thisArg, args);

    /// <summary>Both EnterCalls' body: <see cref="NewFrame"/>'s steps for a plain call, with an arrow's new.target taken only when it has one.
    /// A builtin's driven callback (<see cref="StartDrivenCallbacks"/>) enters the same way, without returning to its parent.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private Frame EnterPlainCall(ScriptFunction sf, in JsValue thisArg, ReadOnlySpan<JsValue> args, bool returnToParent = true)
    {
        var t = sf.Template;
        var realm = sf.Realm;
        var f = RentFrame(sf, t, realm, sf.Ctx, owned: false);
        if (t.IsArrowLike && sf.ArrowNewTarget is { } nt) f.NewTarget = nt;
        PassArguments(f, t, args);
        BindFrameThis(f, sf, t, realm, thisArg);
        if (returnToParent) f.ReturnToParent = true;
        PushFrame(f);
        EnterRealmOf(f);
        return f;
    }

    /// <summary>new F(...) of a script function inside the dispatch loop.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private Frame EnterConstruct(ScriptFunction sf, ReadOnlySpan<JsValue> args)
    {
        var frame = NewConstructFrame(sf, args, sf);
        frame.ReturnToParent = true;
        PushFrame(frame);
        EnterRealmOf(frame);
        return frame;
    }

    /// <summary>10.1.14 GetPrototypeFromConstructor</summary>
    public static JsObject GetPrototypeFromConstructor(JsObject constructor, JsObject intrinsicDefault)
    {
        var proto = constructor.Get("prototype");
        if (proto.AsObject is JsObject p) return p;
        // The default comes from the constructor's realm (GetFunctionRealm throws for revoked proxies).
        var realm = Operations.GetFunctionRealm(constructor);
        return realm is null ? intrinsicDefault : Realm.IntrinsicCounterpart(realm, intrinsicDefault);
    }

    /// <summary>Runs a fresh frame on top of the current stack until it returns.</summary>
    private JsValue RunFrame(Frame f)
    {
        StackGuard.EnsureSufficientExecutionStack();
        var savedDepth = _depth;
        PushFrame(f);
        var savedRealm = Realm.Enter(f.Realm);
        try
        {
            // A completed frame stays in its stack slot for the next run or call at this depth (see RentFrame).
            return Execute(f);
        }
        finally
        {
            Realm.Restore(savedRealm);
            RestoreStack(savedDepth);
        }
    }

    /// <summary>
    /// A limit's exception (cancellation, fuel, memory) leaves frames without popping them, as no
    /// JS handler may run: the stack is cut back to where the run began, so the engine can run
    /// again. Returns and JS throws have already popped to there.
    /// </summary>
    private void RestoreStack(int depth)
    {
        ForgetNativeCallsAbove(depth);
        _depth = depth;
    }

    /// <summary>Resumes a suspended frame (generators, async functions) with a completion.</summary>
    public JsValue Resume(Frame f, ResumeKind kind, JsValue value)
    {
        StackGuard.EnsureSufficientExecutionStack();
        var savedDepth = _depth;
        PushFrame(f);
        f.Suspended = false;
        var savedRealm = Realm.Enter(f.Realm);
        try
        {
            switch (kind)
            {
                case ResumeKind.Start:
                    break;
                case ResumeKind.Next:
                    f.Regs[f.Sp++] = value;
                    break;
                case ResumeKind.Throw:
                    if (!HandleThrow(ref f, f, value, out _))
                        throw new JsException(value);
                    break;
                case ResumeKind.Return:
                    if (!HandleReturn(ref f, f, value)) return value;
                    break;
            }
            return Execute(f);
        }
        finally
        {
            Realm.Restore(savedRealm);
            RestoreStack(savedDepth);
        }
    }

    // -------------------------------------------------------------- unwinding ----

    /// <summary>Finds the handler for a throw at f.Pc; pops frames up to <paramref name="entry"/>. False when the throw leaves entry.</summary>
    private bool HandleThrow(ref Frame f, Frame entry, JsValue value, out bool _)
    {
        _ = false;
        while (true)
        {
            f.NativeCall = 0; // the builtin call the throw came out of, if any, has ended
            if (!f.Completed && FindHandler(f, f.Pc, false, out var h))
            {
                EnterHandler(f, h, CompletionKind.Throw, value);
                return true;
            }
            if (f == entry)
            {
                f.Completed = true;
                PopFrame(f);
                return false;
            }
            var parent = f.Parent!;
            PopFrame(f);
            if (f.Resumed != InlineResume.None) AbandonResumedFrame(f);
            f = parent;
        }
    }

    /// <summary>generator.return(): runs the finally blocks around f.Pc. False when the frame has completed.</summary>
    private bool HandleReturn(ref Frame f, Frame entry, JsValue value)
    {
        if (FindHandler(f, f.Pc, true, out var h))
        {
            EnterHandler(f, h, CompletionKind.Return, value);
            return true;
        }
        f.Completed = true;
        PopFrame(f);
        return false;
    }

    private static bool FindHandler(Frame f, int pc, bool finallyOnly, out HandlerEntry handler)
    {
        var handlers = f.Template.Handlers;
        // Pc points past the faulting instruction's opcode; handlers are sorted innermost first.
        for (int i = 0; i < handlers.Length; i++)
        {
            var h = handlers[i];
            if (pc > h.TryStart && pc <= h.TryEnd && (!finallyOnly || h.Kind == HandlerKind.Finally))
            {
                handler = h;
                return true;
            }
        }
        handler = default;
        return false;
    }

    private static void EnterHandler(Frame f, in HandlerEntry h, int completionKind, JsValue value)
    {
        while (f.CtxDepth > h.ContextDepth)
        {
            f.Ctx = f.Ctx!.Parent;
            f.CtxDepth--;
        }
        f.Sp = f.StackBase + h.StackDepth;
        if (h.Kind == HandlerKind.Catch)
        {
            f.Regs[f.Sp++] = value;
        }
        else
        {
            f.Regs[h.KindReg] = completionKind;
            f.Regs[h.ValueReg] = value;
        }
        f.Pc = h.HandlerPc;
    }

    /// <summary>Creates the error object for a .NET-side throw in the realm of the running frame.</summary>
    private static JsValue ErrorValue(Frame f, JsException ex) => ex.GetValue(f.Realm);
}

/// <summary>How a suspended frame continues: from the start, or with a normal, throw or return completion.</summary>
internal enum ResumeKind { Start, Next, Throw, Return }

using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Eventide.Compiling;
using Eventide.Runtime;

namespace Eventide.Vm;

/// <summary>
/// A function a builtin calls over and over with the same this: forEach's callback, sort's
/// comparator, a Map's forEach. A plain script function's calls skip what every call from .NET
/// repeats: its kind, its realm and its this binding are settled once, the .NET stack is checked
/// once, and its frame is kept from one call to the next instead of going back to the pool.
/// Keep it in a local (it is a mutable struct) and call <see cref="Release"/> when done; a builtin
/// that throws midway just leaves the kept frame to the GC.
/// </summary>
internal struct RepeatedCall
{
    private readonly JsFunction _function;
    private readonly JsValue _thisArg;
    /// <summary>Set when the function is a plain script function: its calls run through <see cref="Interpreter.CallRepeated"/>.</summary>
    private readonly Interpreter? _interpreter;
    /// <summary>The frame's this is the same on every call (not a fresh wrapper of a primitive, not a derived constructor's pending this).</summary>
    internal readonly bool ThisIsStable;
    /// <summary>The function's realm is already the current one: no switch around each call.</summary>
    internal readonly bool SameRealm;
    /// <summary>The frame of the calls, kept from one to the next with its registers as the last call left them;
    /// null before the first call and after a throw.</summary>
    internal Frame? KeptFrame;

    public RepeatedCall(JsFunction function, JsValue thisArg)
    {
        _function = function;
        _thisArg = thisArg;
        if (function is ScriptFunction sf && Interpreter.IsPlainCall(sf.Template))
        {
            _interpreter = sf.Realm.Engine.Interpreter;
            SameRealm = ReferenceEquals(Realm.Current, sf.Realm);
            ThisIsStable = IsThisStable(sf, thisArg);
        }
    }

    /// <summary>Every call of <paramref name="sf"/> with <paramref name="thisArg"/> binds the same this: not a fresh
    /// wrapper of a primitive, not a derived constructor's pending this (an arrow's lexical cell).</summary>
    internal static bool IsThisStable(ScriptFunction sf, JsValue thisArg) => sf.Template.IsArrowLike
        ? sf.LexicalThisCell is null
        : sf.Template.Strict || thisArg.IsNullish || thisArg.IsObject;

    /// <summary>False for <c>default(RepeatedCall)</c>: no function to call (an optional mapper left out).</summary>
    public readonly bool HasFunction => _function is not null;

    /// <summary>Call(function, thisArg, args).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public JsValue Call(ReadOnlySpan<JsValue> args) =>
        _interpreter is null ? _function.Call(_thisArg, args) : _interpreter.CallRepeated(ref this, (ScriptFunction)_function, _thisArg, args);

    /// <summary>Call(function, thisArg, « value, index, o »): the callback of forEach, map, filter and the like.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public JsValue CallWithElement(in JsValue value, long index, JsObject o)
    {
        ref var r0 = ref KeptParameters(3, out int n);
        if (n < 0) return Call([value, index, o]);
        WriteElementArguments(ref r0, n, value, index, o);
        return CallWithParametersSet(n);
    }

    /// <summary>The first <paramref name="n"/> of « value, index, o » into the parameters from <paramref name="r0"/>
    /// (a kept or driven callback frame's): numbers without the write barrier, and o, usually still there
    /// from the last call, only when it changed.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static void WriteElementArguments(ref JsValue r0, int n, in JsValue value, long index, in JsValue o)
    {
        if (n > 0) JsValue.Store(ref r0, value);
        if (n > 1) JsValue.StoreNumber(ref Unsafe.Add(ref r0, 1), index);
        if (n > 2) JsValue.StoreIfChanged(ref Unsafe.Add(ref r0, 2), o);
    }

    /// <summary>Call(function, thisArg, « x, y »): a comparator.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public JsValue CallWithPair(in JsValue x, in JsValue y)
    {
        ref var r0 = ref KeptParameters(2, out int n);
        if (n < 0) return Call([x, y]);
        if (n > 0) JsValue.Store(ref r0, x);
        if (n > 1) JsValue.Store(ref Unsafe.Add(ref r0, 1), y);
        return CallWithParametersSet(n);
    }

    /// <summary>After the first call, a function without an arguments object takes its arguments straight in its
    /// kept frame's parameters, without a list of them: their registers, and how many of the
    /// <paramref name="count"/> arguments to write there (-1 when they go through <see cref="Call"/>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private readonly ref JsValue KeptParameters(int count, out int n)
    {
        if (KeptFrame is { } f && _interpreter is not null && !f.Template.NeedsArgumentsArray)
        {
            // Unchecked by the callers: the parameters are locals, inside the frame's registers (RentFrame).
            n = Math.Min(count, f.Template.DirectParamCount);
            return ref MemoryMarshal.GetArrayDataReference(f.Regs);
        }
        n = -1;
        return ref Unsafe.NullRef<JsValue>();
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private JsValue CallWithParametersSet(int n) => _interpreter!.CallRepeated(ref this, (ScriptFunction)_function, _thisArg, [], n);

    /// <summary>Gives the kept frame back to the interpreter's pool.</summary>
    public void Release()
    {
        if (KeptFrame is { } f) _interpreter!.RecycleFrame(f);
        KeptFrame = null;
    }
}

internal sealed partial class Interpreter
{
    /// <summary>One call of a <see cref="RepeatedCall"/>'s plain script function: what
    /// <see cref="CallFunction"/> and <see cref="RunFrame"/> do, minus what the first call settled.
    /// A nonzero <c>passed</c> says how many of the kept frame's parameters the caller has set already
    /// (<see cref="RepeatedCall.CallWithElement"/>; args is then empty).</summary>
    internal JsValue CallRepeated(ref RepeatedCall call, ScriptFunction fn, JsValue thisArg, ReadOnlySpan<JsValue> args, int passed = 0)
    {
        var f = call.KeptFrame;
        if (f is null) f = FirstRepeatedFrame(ref call, fn, thisArg, args);
        else
        {
            var t = fn.Template;
            CheckCallDepth();
            PrepareNextCall(f, fn, t);
            if (passed == 0) PassArguments(f, t, args);
            else ClearLocalsFrom(f, t, passed);
            if (!call.ThisIsStable) BindFrameThis(f, fn, t, fn.Realm, thisArg);
        }
        var savedDepth = _depth;
        PushFrame(f);
        JsValue result;
        try
        {
            // A normal return pops the frame (Return at the entry frame).
            result = call.SameRealm ? Execute(f) : ExecuteInRealm(f);
        }
        catch
        {
            // The throw unwound the frame (and a later call at its depth may run in it): the next call rents another.
            call.KeptFrame = null;
            RestoreStack(savedDepth);
            throw;
        }
        f.ResetForNextCall(); // the next call's PassArguments sets its locals
        return result;
    }

    /// <summary>What running a kept frame's function again shares with a call: the call's fuel (a limit
    /// stops a script at the same point whether its callback was kept by a builtin or driven by the
    /// dispatch loop), the function's own scope back (the last call may have pushed one), an empty
    /// operand stack. The caller then passes the arguments.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void PrepareNextCall(Frame f, ScriptFunction fn, FunctionTemplate t)
    {
        PollCancellation();
        if (!ReferenceEquals(f.Ctx, fn.Ctx)) f.Ctx = fn.Ctx;
        f.Sp = t.LocalCount;
    }

    /// <summary>The first call's frame, kept by the <see cref="RepeatedCall"/> until <see cref="RepeatedCall.Release"/>.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private Frame FirstRepeatedFrame(ref RepeatedCall call, ScriptFunction fn, JsValue thisArg, ReadOnlySpan<JsValue> args)
    {
        // Every call starts from the builtin's own depth on the .NET stack: checked once.
        StackGuard.EnsureSufficientExecutionStack();
        var t = fn.Template;
        var f = NewFrame(fn, t, fn.Realm, fn.Ctx, thisArg, args, t.IsArrowLike ? fn.LexicalNewTarget : JsValue.Undefined);
        call.KeptFrame = f;
        return f;
    }

    /// <summary>Runs a function of another realm (a callback passed across realms) in its own realm.</summary>
    private JsValue ExecuteInRealm(Frame f)
    {
        var saved = Realm.Enter(f.Realm);
        try { return Execute(f); }
        finally { Realm.Restore(saved); }
    }
}

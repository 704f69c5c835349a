using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Eventide.Builtins;
using Eventide.Runtime;

namespace Eventide.Vm;

/// <summary>
/// The callbacks of a builtin's element loop (forEach, map, filter, some, every, the find family,
/// reduce) called from the dispatch loop run as frames of that loop: the builtin's call starts its
/// <see cref="ElementCallbackLoop"/> and pushes the callback's frame; the frame's return hands its
/// result to the loop, which runs the same frame again for the next element, or pops it and gives
/// the caller the builtin's result. No .NET call and no nested dispatch loop per element (a
/// <see cref="RepeatedCall"/>'s entry, Execute and the loop's entry and exit). The frame is called as
/// the builtin calls it from .NET: the same this, arguments and checks, and no caller (ReturnToParent unset).
/// </summary>
internal sealed partial class Interpreter
{
    /// <summary>The builtin's call with its loop started, its callee, this and arguments popped from
    /// <paramref name="caller"/>'s stack: the callback's first frame, pushed; or null when the loop has
    /// run here (no element, or a callback the loop does not run as a frame) and its result is pushed.</summary>
    private Frame? StartDrivenCallbacks(Frame caller, ElementCallbackLoop loop)
    {
        if (loop.Callback is not ScriptFunction sf || !IsPlainCall(sf.Template) || sf.Template.NeedsArgumentsArray
            || !ReferenceEquals(sf.Realm, caller.Realm))
        {
            caller.Regs[caller.Sp++] = loop.Run();
            return null;
        }
        if (!loop.MoveNext())
        {
            caller.Regs[caller.Sp++] = loop.Result;
            return null;
        }
        // Entered as a call with no arguments (every local cleared), which the loop then writes into the parameters.
        var f = EnterPlainCall(sf, loop.ThisArg, [], returnToParent: false);
        loop.ParameterCount = Math.Min(loop.ArgumentCount, sf.Template.DirectParamCount);
        loop.WriteArguments(ref MemoryMarshal.GetArrayDataReference(f.Regs), loop.ParameterCount);
        loop.ThisIsStable = RepeatedCall.IsThisStable(sf, loop.ThisArg);
        f.Resumed = InlineResume.Callback;
        f.Owner = loop;
        return f;
    }

    /// <summary>The callback's frame has returned <paramref name="result"/>: the frame to continue in, the same
    /// one run again for the next element, or the caller with the builtin's result pushed.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)] // into LeaveResumedFrame, once per element
    private Frame CallbackReturned(Frame f, JsValue result)
    {
        // The frame's owner is its loop (StartDrivenCallbacks).
        var loop = Unsafe.As<ElementCallbackLoop>(f.Owner!);
        var caller = f.Parent!;
        // What the loop's steps throw (a getter, map's CreateDataProperty, a limit) is the builtin call's,
        // thrown at the caller's Call instruction, not inside the callback's handlers: the frame is popped first.
        PopFrame(f);
        _opStart = caller.Pc - 2;
        if (loop.Accept(result) && loop.MoveNext())
        {
            // The next element's call runs in the same frame, from the start, as CallRepeated's next call does.
            var sf = f.Function!;
            var t = f.Template;
            f.ResetForNextCall();
            PrepareNextCall(f, sf, t);
            PassDrivenArguments(f, t, loop);
            if (!loop.ThisIsStable) BindFrameThis(f, sf, t, f.Realm, loop.ThisArg);
            // Pushed again: a getter the loop called may have run a frame in its stack slot.
            PushFrame(f);
            return f;
        }
        f.Resumed = InlineResume.None;
        f.Owner = null;
        f.Completed = true;
        caller.NativeCall = 0; // the builtin's call has returned (noted by CallNative)
        caller.Regs[caller.Sp++] = loop.Result;
        return caller;
    }

    /// <summary>PassArguments for a loop's call: its arguments straight into the frame's parameters.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void PassDrivenArguments(Frame f, Compiling.FunctionTemplate t, ElementCallbackLoop loop)
    {
        int n = loop.ParameterCount;
        // Unchecked: the parameters are locals, inside the frame's registers (RentFrame).
        loop.WriteArguments(ref MemoryMarshal.GetArrayDataReference(f.Regs), n);
        ClearLocalsFrom(f, t, n);
    }
}

using Eventide.Builtins;
using Eventide.Runtime;

namespace Eventide.Vm;

/// <summary>How a builtin's callee, receiver and arguments sit on its caller's stack while it runs.</summary>
internal enum NativeCallShape
{
    /// <summary>Call: callee, this, arguments.</summary>
    Call,
    /// <summary>CallSpread: callee, this, an array of the arguments.</summary>
    CallSpread,
    /// <summary>New and NewSpread: callee, then the arguments or their array.</summary>
    Construct,
}

/// <summary>
/// The builtins script frames are calling, for stack traces: V8 shows a builtin's frame between the
/// frame that called it and the callbacks it calls ("at Array.forEach (&lt;anonymous&gt;)", "at new
/// Promise (&lt;anonymous&gt;)") and on top of the errors it throws ("at JSON.parse"). A frame notes where
/// the builtin it calls sits on its stack (<see cref="Frame.NativeCall"/>, an integer: no write barrier on
/// every builtin call) and clears it when the builtin returns; a throw clears the note of every frame it
/// leaves and of the frame whose handler takes it, a limit's stop those of the frames it abandons.
/// </summary>
internal sealed partial class Interpreter
{
    /// <summary>The note of a builtin call at <paramref name="calleeIndex"/> of the caller's stack (none past
    /// 16,000 registers, which no frame has in practice: the builtin's line is then left out).</summary>
    private static ushort NativeCallAt(int calleeIndex, NativeCallShape shape) =>
        calleeIndex < MaxNotedCallee ? (ushort)(calleeIndex * 4 + (int)shape + 1) : (ushort)0;

    private const int MaxNotedCallee = (ushort.MaxValue - 4) / 4;

    /// <summary>Where the builtin a frame's note names sits on its stack (see <see cref="NativeCallAt"/>).</summary>
    private static int NotedCallee(Frame f) => (f.NativeCall - 1) >> 2;

    private static NativeCallShape NotedShape(Frame f) => (NativeCallShape)((f.NativeCall - 1) & 3);

    /// <summary>
    /// The call sites of the stack, innermost first: each frame's (with the frame), with the builtin it
    /// is calling before it, and a generator's resumption ("at g.next") after a generator's frame.
    /// </summary>
    internal IEnumerable<(CallSite Site, Frame? Frame)> CallSites()
    {
        for (var f = CurrentFrame; f is not null; f = f.Parent)
        {
            if (f.NativeCall != 0 && NativeSite(f) is { } native) yield return (native, null);
            yield return (new CallSite(f), f);
            // A generator resumed by next() inside the loop (for-of, a call of the intrinsic next) has no note.
            if (f.Owner is GeneratorObject generator && !ResumedByNotedCall(f.Parent, generator))
                yield return (CallSite.ForNative(f.Realm.GeneratorNext!, generator, construct: false, f.Realm), null);
        }
    }

    /// <summary>The builtin a frame is calling, from its note: a forwarding builtin (call, apply,
    /// Reflect.apply) stands for the builtin it calls; null when that is not a builtin.</summary>
    private static CallSite? NativeSite(Frame f)
    {
        var regs = f.Regs;
        int i = NotedCallee(f);
        var shape = NotedShape(f);
        if (regs[i].RawRef is not NativeFunction native) return null;
        if (shape == NativeCallShape.Construct) return CallSite.ForNative(native, JsValue.Undefined, construct: true, f.Realm);
        var receiver = regs[i + 1];
        if (native.ForwardsCalls)
        {
            if (shape != NativeCallShape.Call) return null;
            int argc = f.Sp - i - 2;
            bool reflect = ReferenceEquals(native, f.Realm.ReflectApply);
            var target = reflect ? (argc > 0 ? regs[i + 2] : JsValue.Undefined) : receiver;
            int thisAt = reflect ? 1 : 0;
            if (target.RawRef is not NativeFunction forwarded) return null;
            native = forwarded;
            receiver = argc > thisAt ? regs[i + 2 + thisAt] : JsValue.Undefined;
        }
        return CallSite.ForNative(native, receiver, construct: false, f.Realm);
    }

    /// <summary>The caller resumed the generator by a builtin call it noted (next, return or throw of it).</summary>
    private static bool ResumedByNotedCall(Frame? caller, GeneratorObject generator) =>
        caller is { NativeCall: not 0 } && NotedShape(caller) != NativeCallShape.Construct
        && ReferenceEquals(caller.Regs[NotedCallee(caller) + 1].RawRef, generator);

    /// <summary>A limit's stop abandons the frames above <paramref name="depth"/> where they stand: their notes end with them.</summary>
    private void ForgetNativeCallsAbove(int depth)
    {
        for (int d = depth + 1; d <= _depth; d++) if (_stack[d] is { } f) f.NativeCall = 0;
    }
}

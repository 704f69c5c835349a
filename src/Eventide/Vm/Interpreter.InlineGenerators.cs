using System.Diagnostics;
using System.Runtime.CompilerServices;
using Eventide.Builtins;
using Eventide.Compiling;
using Eventide.Runtime;

namespace Eventide.Vm;

/// <summary>
/// Generators resumed inside the caller's dispatch loop. for-of over a generator and calls of the
/// intrinsic next() push the generator's frame like a call; its yield pops back to the caller with
/// the value, its return completes it. This is 27.5.3.3 GeneratorResume and 27.5.3.7
/// GeneratorYield without re-entering the interpreter from .NET for every value. Anything this
/// path does not cover (yield*, throw/return resumptions, a running or finished generator) takes
/// the general path, <see cref="GeneratorResumeCore"/>.
/// </summary>
internal sealed partial class Interpreter
{
    /// <summary>Pushes g's frame on top of the caller, ready to run; null when the general path must run.</summary>
    private Frame? TryResumeInline(GeneratorObject g, InlineResume mode, JsValue value)
    {
        // 27.5.3.2 GeneratorValidate: an executing or completed generator goes the general way.
        var state = g.State;
        if (state is not (GeneratorState.SuspendedStart or GeneratorState.SuspendedYield)) return null;
        var frame = g.Frame!;
        if (frame.Template.HasYieldDelegate || _depth >= _maxDepth) return null;
        // 27.5.3.3 GeneratorResume steps 5-9: the state becomes executing and the context resumes
        // with value as the result of its yield (a start ignores it).
        g.State = GeneratorState.Executing;
        frame.Suspended = false;
        frame.Resumed = mode;
        PushFrame(frame);
        if (state == GeneratorState.SuspendedYield) frame.Regs[frame.Sp++] = value;
        return frame;
    }

    /// <summary>
    /// 27.5.3.7 GeneratorYield (done false) or the generator body's return (done true) for a frame
    /// resumed inline: hands the caller its result and returns the caller to continue.
    /// </summary>
    // Not inlined: the dispatch loop's Return calls it, and every temporary an inlined body adds
    // there counts against the JIT's budget of locals (see LoopRare).
    [MethodImpl(MethodImplOptions.NoInlining)]
    private Frame LeaveInlineGenerator(Frame frame, JsValue value, bool done)
    {
        var g = (GeneratorObject)frame.Owner!;
        var caller = frame.Parent!;
        var mode = frame.Resumed;
        frame.Resumed = InlineResume.None;
        PopFrame(frame);
        if (done)
        {
            g.Complete();
            frame.Completed = true;
        }
        else
        {
            g.State = GeneratorState.SuspendedYield;
            frame.Suspended = true;
            frame.SuspendedAt = OpCode.Yield;
        }
        if (mode == InlineResume.ForOf)
        {
            // IteratorStep: the record on the caller's stack becomes the value, or the loop ends.
            var record = (IteratorRecord)caller.Regs[caller.Sp - 1].Ref!;
            if (done)
            {
                caller.Sp--;
                caller.Pc = caller.Template.Code[caller.Pc - 1];
            }
            else
            {
                record.Done = false;
                // for (const x of gen()): the value goes straight to its local, as an array's element does.
                var code = caller.Template.Code;
                if (code[caller.Pc] == (int)OpCode.StoreLocal)
                {
                    caller.Regs[code[caller.Pc + 1]] = value;
                    caller.Sp--;
                    caller.Pc += 2;
                }
                else caller.Regs[caller.Sp - 1] = value;
            }
        }
        else caller.Regs[caller.Sp++] = CreateIterResult(caller.Realm, value, done);
        if (!ReferenceEquals(frame.Realm, caller.Realm)) Realm.Current = caller.Realm;
        return caller;
    }

    /// <summary>The return of a frame resumed inline: a generator's (done), a builtin's callback's (<see cref="CallbackReturned"/>)
    /// or a reaction job's handler's (<see cref="ReactionJobReturned"/>: null when the entry frame's run ends).</summary>
    // Not inlined: see LeaveInlineGenerator.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private Frame? LeaveResumedFrame(Frame frame, JsValue value) => frame.Resumed switch
    {
        InlineResume.Callback => CallbackReturned(frame, value),
        InlineResume.Job => ReactionJobReturned(frame, value),
        _ => LeaveInlineGenerator(frame, value, done: true),
    };

    /// <summary>A throw leaves an inline-resumed generator's frame: the generator is completed (27.5.3.3 step 10).
    /// A builtin's callback's frame just lets go of its loop (the throw leaves the builtin's call too).</summary>
    private static void AbandonResumedFrame(Frame frame)
    {
        var mode = frame.Resumed;
        // A reaction job's frame is its run's entry frame: a throw leaves it to RunReactionJobs.
        Debug.Assert(mode != InlineResume.Job);
        frame.Resumed = InlineResume.None;
        if (mode == InlineResume.Callback)
        {
            frame.Owner = null;
            return;
        }
        frame.Completed = true;
        ((GeneratorObject)frame.Owner!).Complete();
    }
}

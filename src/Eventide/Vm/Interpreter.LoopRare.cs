using Eventide.Builtins;
using System.Runtime.CompilerServices;
using Eventide.Compiling;
using Eventide.Runtime;

namespace Eventide.Vm;

internal sealed partial class Interpreter
{
    /// <summary>
    /// The fast loop's cases for instructions that run less often than the loop's own: generators
    /// resumed and left in the loop, builtin and forwarded calls, suspensions, stack shuffles. They live
    /// here, out of <see cref="Loop"/>, because every entry into the loop (each callback from a
    /// builtin, each promise job) zeroes the GC-tracked temporaries of all the loop's cases: with
    /// these inside, that was 2 KB per entry under native AOT, without them 0.5 KB (forEach, map and
    /// sort callbacks 13-21% faster; for-of over a generator, which comes here twice per value, 13%
    /// slower). Everything not handled here goes to <see cref="Step"/>.
    /// Same contract as Step: the instruction at f.Pc; true when the entry frame returned or suspended.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private bool LoopRare(ref Frame f, Frame entry, ref int opStart, out JsValue result)
    {
        var code = f.Template.Code;
        var regs = f.Regs;
        int pc = f.Pc;
        int sp = f.Sp;
        var realm = f.Realm;
        result = default;
        switch ((OpCode)code[pc])
        {
            case OpCode.Rot4: Rotate4(regs, sp); f.Pc = pc + 1; return false;
            case OpCode.Rot3:
                {
                    var c = regs[sp - 1];
                    regs[sp - 1] = regs[sp - 2];
                    regs[sp - 2] = regs[sp - 3];
                    regs[sp - 3] = c;
                    f.Pc = pc + 1;
                    return false;
                }
            case OpCode.Swap: (regs[sp - 1], regs[sp - 2]) = (regs[sp - 2], regs[sp - 1]); f.Pc = pc + 1; return false;
            case OpCode.GetKeyedKeep:
                {
                    // obj key → value obj
                    var obj = regs[sp - 2];
                    if (!obj.IsObject) break;
                    f.Pc = pc + 1;
                    regs[sp - 2] = GetKeyed(realm, obj, regs[sp - 1]);
                    regs[sp - 1] = obj;
                    return false;
                }
            case OpCode.Call:
                {
                    int argc = code[pc + 1];
                    int fnIndex = sp - argc - 2;
                    if (regs[fnIndex].Ref is not NativeFunction native) break;
                    if (ReferenceEquals(native, realm.GeneratorNext) && regs[fnIndex + 1].Ref is GeneratorObject gen)
                    {
                        // generator.next(v) with the intrinsic next: resume the generator in the fast loop.
                        f.Pc = pc + 2;
                        f.Sp = fnIndex;
                        if (TryResumeInline(gen, InlineResume.NextCall, argc > 0 ? regs[fnIndex + 2] : JsValue.Undefined) is { } gf)
                        {
                            EnterLoopFrame(ref f, gf, realm);
                            return false;
                        }
                    }
                    // f.call(t, ...), f.apply(t, array), Reflect.apply(f, t, array) of a script function:
                    // f runs as a frame of the fast loop, as if called directly (no nested loop).
                    if (ForwardedCall(realm, native, regs, fnIndex, argc, out var target, out var forwardedThis, out var forwardedArgs))
                    {
                        f.Pc = pc + 2;
                        f.Sp = fnIndex;
                        EnterLoopFrame(ref f, EnterCall(target, forwardedThis, forwardedArgs), realm);
                        return false;
                    }
                    // A builtin: called directly, its result replaces callee, this and arguments.
                    f.Pc = pc + 2;
                    f.Sp = sp;
                    var value = native.Call(regs[fnIndex + 1], new ReadOnlySpan<JsValue>(regs, fnIndex + 2, argc));
                    regs[fnIndex] = value;
                    f.Sp = fnIndex + 1;
                    return false;
                }
            case OpCode.IteratorStep:
                {
                    // for-of over a generator with the intrinsic next: resume it in the fast loop.
                    if (regs[sp - 1].Ref is not IteratorRecord { Generator: { } gen } rec) break;
                    f.Pc = pc + 2;
                    if (TryResumeInline(gen, InlineResume.ForOf, JsValue.Undefined) is not { } gf)
                    {
                        f.Pc = pc;
                        break;
                    }
                    rec.Done = true; // a throw from the generator leaves the iterator done, not closed
                    EnterLoopFrame(ref f, gf, realm);
                    return false;
                }
            case OpCode.Await:
            case OpCode.AsyncGeneratorYield:
                // Suspend the entry frame; its driver takes it from here (Step: other frames).
                if (f != entry) break;
                result = SuspendEntry(f, pc + 1, sp, (OpCode)code[pc]);
                return true;
            case OpCode.Yield:
                {
                    if (f.Resumed == InlineResume.None)
                    {
                        if (f != entry) break;
                        result = SuspendEntry(f, pc + 1, sp, OpCode.Yield);
                        return true;
                    }
                    // A generator resumed in the fast loop gives its value to the for-of or next() that resumed it.
                    var v = regs[sp - 1];
                    f.Pc = pc + 1;
                    f.Sp = sp - 1;
                    f = LeaveInlineGenerator(f, v, done: false);
                    return false;
                }
        }
        return Step(ref f, entry, ref opStart, out result);
    }

    /// <summary>Makes <paramref name="next"/> the fast loop's frame, switching the current realm when it has another.</summary>
    private static void EnterLoopFrame(ref Frame f, Frame next, Realm realm)
    {
        f = next;
        if (!ReferenceEquals(realm, next.Realm)) Realm.Current = next.Realm;
    }
}

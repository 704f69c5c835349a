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
    /// these inside, that was 2 KB per entry under native AOT; without them 488 bytes, and a few
    /// hundred at most since JsValue.StoreNumber (forEach, map and sort callbacks 13-24% faster;
    /// for-of over a generator, which comes here twice per value, about 7% slower). Everything not
    /// handled here goes to <see cref="Step"/>.
    /// Same contract as Step: the instruction at f.Pc (<paramref name="op"/>); true when the entry
    /// frame returned or suspended.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private bool LoopRare(ref Frame f, in Frame entry, ref int opStart, OpCode op, out JsValue result)
    {
        // A thin dispatcher (few locals, a small prolog, the opcode from the loop): for-of over a
        // generator comes here twice per value. Each case's work is in a method of its own.
        result = default;
        var frame = f;
        switch (op)
        {
            case OpCode.Yield:
                // A generator resumed in the fast loop gives its value to the for-of or next() that resumed it.
                if (frame.Resumed != InlineResume.None)
                {
                    f = YieldInline(frame);
                    return false;
                }
                goto case OpCode.Await;
            case OpCode.Await:
            case OpCode.AsyncGeneratorYield:
                // Suspend the entry frame; its driver takes it from here (Step: other frames).
                if (frame != entry) break;
                result = SuspendEntry(frame, frame.Pc + 1, frame.Sp, op);
                return true;
            case OpCode.IteratorStep:
                if (ResumeForOf(frame) is { } resumed)
                {
                    EnterLoopFrame(ref f, resumed, frame.Realm);
                    return false;
                }
                break;
            case OpCode.Call:
                if (CallNative(ref f)) return false;
                break;
            case OpCode.Rot3:
            case OpCode.Rot4:
            case OpCode.Swap:
            case OpCode.GetKeyedKeep:
                if (ShuffleOrGetKeyedKeep(frame, op)) return false;
                break;
            case OpCode.Neg:
            case OpCode.BitNot:
                if (NegateOrBitNotNumber(frame, op)) return false;
                break;
            case OpCode.LoadArg:
            case OpCode.LoadRestArgs:
                LoadArgument(frame, op);
                return false;
            case OpCode.GetIterator:
                if (GetArrayIterator(frame)) return false;
                break;
            case OpCode.AsyncIteratorNext:
                AsyncIteratorNext(frame);
                return false;
            case OpCode.AsyncIteratorComplete:
                if (CompleteAsyncIteration(frame)) return false;
                break;
            case OpCode.GetNamed:
            case OpCode.GetLength:
            case OpCode.GetNamedKeep:
                GetNamedAt(frame, op);
                return false;
            case OpCode.PushContext:
            case OpCode.PopContext:
            case OpCode.CloneContext:
                ChangeContext(frame, op);
                return false;
            case OpCode.EndFinally:
                if (EndFinallyWithoutUnwinding(frame)) return false;
                break;
            case OpCode.RequireObjectCoercible:
                if (frame.Regs[frame.Sp - 1].IsNullish) break;
                frame.Pc++;
                return false;
        }
        return Step(ref f, entry, ref opStart, out result);
    }

    /// <summary>LoadArg i or LoadRestArgs i of a function with non-simple parameters, which keeps its arguments as
    /// passed (f.Args): the argument, or the arguments from i on as an array (emit(name, ...args) on every call).</summary>
    private static void LoadArgument(Frame frame, OpCode op)
    {
        int i = frame.Template.Code[frame.Pc + 1];
        var args = frame.Args!;
        frame.Regs[frame.Sp++] = op == OpCode.LoadArg ? args.At(i) : RestArguments(frame.Realm, args, i);
        frame.Pc += 2;
    }

    /// <summary>GetIterator of an array with default iteration (for-of over an array): its record in place of it.</summary>
    private static bool GetArrayIterator(Frame frame)
    {
        ref var top = ref frame.Regs[frame.Sp - 1];
        if (IteratorRecord.ForArray(frame.Realm, top) is not { } record) return false;
        top = JsValue.FromInternal(record);
        frame.Pc++;
        return true;
    }

    /// <summary>GetNamed, GetLength (obj → value) and GetNamedKeep (obj → value obj) key cache at f.Pc, past the
    /// loop's check of the site's first entry: the site's further entries, then the full lookup that fills
    /// them; a primitive's property from its prototype. Step runs them here too.</summary>
    private static void GetNamedAt(Frame frame, OpCode op)
    {
        var template = frame.Template;
        int pc = frame.Pc;
        var key = (PropertyKey)template.Constants[template.Code[pc + 1]];
        ref var cache = ref template.Caches[template.Code[pc + 2]];
        var regs = frame.Regs;
        int sp = frame.Sp;
        var obj = regs[sp - 1];
        frame.Pc = pc + 3; // a getter's caller frame shows this access
        if (op != OpCode.GetNamedKeep)
        {
            regs[sp - 1] = obj.Ref is JsObject o ? GetNamedCached(o, key, obj, ref cache) : GetOnPrimitive(frame.Realm, obj, key);
            return;
        }
        regs[sp - 1] = obj.Ref is JsObject r ? GetNamedCached(r, key, obj, ref cache) : GetOnPrimitiveAndCache(frame.Realm, obj, key, ref cache);
        regs[sp] = obj;
        frame.Sp = sp + 1;
    }

    /// <summary>PushContext n (a scope of n slots inside the frame's), PopContext, CloneContext (a loop
    /// iteration's own copy of its bindings): at each iteration of a loop whose body makes closures. Step runs them here too.</summary>
    private static void ChangeContext(Frame frame, OpCode op)
    {
        switch (op)
        {
            case OpCode.PushContext:
                frame.Ctx = new Context(frame.Ctx, frame.Template.Code[frame.Pc + 1]);
                frame.CtxDepth++;
                frame.Pc += 2;
                return;
            case OpCode.PopContext:
                frame.Ctx = frame.Ctx!.Parent;
                frame.CtxDepth--;
                break;
            default:
                frame.Ctx = frame.Ctx!.Clone();
                break;
        }
        frame.Pc++;
    }

    /// <summary>EndFinally kindReg valueReg after a finally block entered normally or by a jump (break,
    /// continue): on to the next instruction or the jump's target. False for a throw or a return, which
    /// go on unwinding (Step).</summary>
    private static bool EndFinallyWithoutUnwinding(Frame frame)
    {
        var code = frame.Template.Code;
        int pc = frame.Pc;
        int target = EndFinallyTarget(frame.Regs, code[pc + 1], code[pc + 2], pc + 3);
        if (target < 0) return false;
        frame.Pc = target;
        return true;
    }

    /// <summary>Where EndFinally goes on when its completion is normal (<paramref name="next"/>) or a jump (the
    /// jump's target); -1 for a throw or a return.</summary>
    private static int EndFinallyTarget(JsValue[] regs, int kindReg, int valueReg, int next) => (int)regs[kindReg].Number switch
    {
        CompletionKind.Normal => next,
        CompletionKind.Jump => (int)regs[valueReg].Number,
        _ => -1,
    };

    /// <summary>The arguments from <paramref name="from"/> on, as a new array (a rest parameter's value).</summary>
    private static JsValue RestArguments(Realm realm, JsValue[] args, int from) =>
        from < args.Length ? realm.NewArray(args.AsSpan(from)) : realm.NewArray();

    /// <summary>Yield in a generator resumed in the fast loop: its caller, with the value.</summary>
    private Frame YieldInline(Frame frame)
    {
        var v = frame.Regs[--frame.Sp];
        frame.Pc++;
        return LeaveInlineGenerator(frame, v, done: false);
    }

    /// <summary>IteratorStep of a for-of over a generator with the intrinsic next: the generator's frame, resumed
    /// to run in the fast loop, or null for the general path.</summary>
    private Frame? ResumeForOf(Frame frame)
    {
        if (frame.Regs[frame.Sp - 1].RawRef is not IteratorRecord { Generator: { } gen } rec) return null;
        frame.Pc += 2;
        if (TryResumeInline(gen, InlineResume.ForOf, JsValue.Undefined) is not { } resumed)
        {
            frame.Pc -= 2;
            return null;
        }
        rec.Done = true; // a throw from the generator leaves the iterator done, not closed
        return resumed;
    }

    /// <summary>Call of a builtin: generator.next(v) and f.call/f.apply/Reflect.apply of a script function
    /// continue in the fast loop (f becomes the callee's frame); other builtins, and script functions the
    /// loop does not enter (async, generator), are called directly.</summary>
    private bool CallNative(ref Frame f)
    {
        var frame = f;
        var regs = frame.Regs;
        int pc = frame.Pc, sp = frame.Sp;
        var realm = frame.Realm;
        int argc = frame.Template.Code[pc + 1];
        int fnIndex = sp - argc - 2;
        if (regs[fnIndex].RawRef is not NativeFunction native)
        {
            // An async or generator function (or a class constructor, which throws): its [[Call]], as Step calls it.
            if (regs[fnIndex].RawRef is not ScriptFunction script) return false;
            frame.Pc = pc + 2;
            frame.Sp = sp;
            var started = script.Call(regs[fnIndex + 1], new ReadOnlySpan<JsValue>(regs, fnIndex + 2, argc));
            regs[fnIndex] = started;
            frame.Sp = fnIndex + 1;
            if (!ReferenceEquals(Realm.Current, realm)) Realm.Current = realm;
            return true;
        }
        if (ReferenceEquals(native, realm.GeneratorNext) && regs[fnIndex + 1].RawRef is GeneratorObject gen)
        {
            // generator.next(v) with the intrinsic next: resume the generator in the fast loop.
            frame.Pc = pc + 2;
            frame.Sp = fnIndex;
            if (TryResumeInline(gen, InlineResume.NextCall, argc > 0 ? regs[fnIndex + 2] : JsValue.Undefined) is { } resumed)
            {
                EnterLoopFrame(ref f, resumed, realm);
                return true;
            }
        }
        if (native.StartsCallbackLoop is { } startLoop)
        {
            // forEach, map, ...: the loop is started here and its callbacks run as frames of this loop.
            frame.Pc = pc + 2;
            frame.Sp = sp;
            // The note stays while the builtin's callbacks run (CallbackReturned clears it).
            frame.NativeCall = NativeCallAt(fnIndex, NativeCallShape.Call);
            var loop = startLoop(regs[fnIndex + 1], new ReadOnlySpan<JsValue>(regs, fnIndex + 2, argc));
            frame.Sp = fnIndex;
            if (StartDrivenCallbacks(frame, loop) is { } callback) f = callback;
            else frame.NativeCall = 0;
            return true;
        }
        if (native.ForwardsCalls)
        {
            // f.call(t, ...), f.apply(t, array), Reflect.apply(f, t, array) of a script function:
            // f runs as a frame of the fast loop, as if called directly (no nested loop).
            if (ForwardedCall(realm, native, regs, fnIndex, argc, out var target, out var forwardedThis, out var forwardedArgs))
            {
                frame.Pc = pc + 2;
                frame.Sp = fnIndex;
                EnterLoopFrame(ref f, EnterCall(target, forwardedThis, forwardedArgs), realm);
                return true;
            }
            if (CallsNonCallableThrough(native, regs, fnIndex, argc)) throw NotCallable(frame, pc, regs[fnIndex + 1]);
        }
        // `p.then(f, r);` and `p.catch(r);`: then() without the promise it returns, which nothing can reach (ThenAsStatement).
        if ((ReferenceEquals(native, realm.PromiseThen) || ReferenceEquals(native, realm.PromiseCatch))
            && frame.Template.Code[pc + 2] == (int)OpCode.Pop && ThenResultDropped(realm, native, regs, fnIndex, argc))
        {
            frame.Pc = pc + 3;
            frame.Sp = fnIndex;
            return true;
        }
        // A builtin: called directly, its result replaces callee, this and arguments.
        frame.Pc = pc + 2;
        frame.Sp = sp;
        frame.NativeCall = NativeCallAt(fnIndex, NativeCallShape.Call);
        var value = native.Call(regs[fnIndex + 1], new ReadOnlySpan<JsValue>(regs, fnIndex + 2, argc));
        frame.NativeCall = 0;
        regs[fnIndex] = value;
        frame.Sp = fnIndex + 1;
        return true;
    }

    /// <summary>then() or catch() called as a statement, with the promise it returns left unmade; false for the call as usual.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)] // a call fewer on co-runner's every step
    private static bool ThenResultDropped(Realm realm, NativeFunction native, JsValue[] regs, int fnIndex, int argc)
    {
        var first = argc > 0 ? regs[fnIndex + 2] : JsValue.Undefined;
        return ReferenceEquals(native, realm.PromiseCatch)
            ? PromiseOperations.CatchAsStatement(realm, regs[fnIndex + 1], first)
            : PromiseOperations.ThenAsStatement(realm, regs[fnIndex + 1], first, argc > 1 ? regs[fnIndex + 3] : JsValue.Undefined);
    }

    /// <summary>Rot3, Rot4, Swap, and GetKeyedKeep on an object (obj key → value obj); false for the general path.</summary>
    private static bool ShuffleOrGetKeyedKeep(Frame frame, OpCode op)
    {
        var regs = frame.Regs;
        int sp = frame.Sp;
        switch (op)
        {
            case OpCode.Rot4: Rotate4(regs, sp); break;
            case OpCode.Rot3: Rotate3(regs, sp); break;
            case OpCode.Swap: (regs[sp - 1], regs[sp - 2]) = (regs[sp - 2], regs[sp - 1]); break;
            default:
                {
                    var obj = regs[sp - 2];
                    if (!obj.IsObject) return false;
                    frame.Pc += 2;
                    var key = regs[sp - 1];
                    // handlers[i](...): GetKeyed's dense-array case without the call.
                    if (obj.RawRef is not JsArray array || !key.IsNumber || !array.TryGetDense(key.Number, out var value))
                        value = GetKeyedOnObject(frame, obj, key);
                    regs[sp - 2] = value;
                    regs[sp - 1] = obj;
                    return true;
                }
        }
        frame.Pc++;
        return true;
    }

    /// <summary>for await's AsyncIteratorNext (iter → iter result) from the instruction's start: calls next.
    /// Step runs it too; from LoopRare it skips the general step's set-up.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)] // LoopRare stays a thin dispatcher (see its comment)
    private static void AsyncIteratorNext(Frame frame)
    {
        var regs = frame.Regs;
        int sp = frame.Sp;
        var rec = (IteratorRecord)regs[sp - 1].Ref!;
        frame.Pc++;
        rec.Done = true; // an error before the result is unpacked leaves the iterator unclosed
        regs[sp - 1] = Operations.Call(rec.NextMethod, rec.Iterator, []);
    }

    /// <summary>for await's AsyncIteratorComplete on an async generator's own { value, done } (its shape
    /// says both are data slots); false for the general path (Step), which reads any other result.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static bool CompleteAsyncIteration(Frame frame)
    {
        var regs = frame.Regs;
        int sp = frame.Sp;
        if (regs[sp - 1].Ref is not JsObject result || !ReferenceEquals(result.Shape, frame.Realm.IterResultShape)) return false;
        int pc = frame.Pc;
        if (Operations.ToBoolean(result.Slots[IterResultDoneSlot]))
        {
            frame.Sp = sp - 2;
            frame.Pc = frame.Template.Code[pc + 1];
            return true;
        }
        var rec = (IteratorRecord)regs[sp - 2].Ref!;
        regs[sp - 2] = result.Slots[IterResultValueSlot];
        rec.Done = false;
        frame.Sp = sp - 1;
        frame.Pc = pc + 2;
        return true;
    }

    /// <summary>Neg and BitNot of a Number (-x, ~x); false for the general path (BigInts, conversions).</summary>
    private static bool NegateOrBitNotNumber(Frame frame, OpCode op)
    {
        ref var slot = ref frame.Regs[frame.Sp - 1];
        if (!slot.IsNumber) return false;
        JsValue.StoreNumber(ref slot, op == OpCode.Neg ? -slot.Number : ~Operations.DoubleToInt32(slot.Number));
        frame.Pc++;
        return true;
    }

    /// <summary>Makes <paramref name="next"/> the fast loop's frame, switching the current realm when it has another.</summary>
    private static void EnterLoopFrame(ref Frame f, Frame next, Realm realm)
    {
        f = next;
        if (!ReferenceEquals(realm, next.Realm)) Realm.Current = next.Realm;
    }
}

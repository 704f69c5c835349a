using Eventide.Builtins;
using System.Diagnostics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Eventide.Compiling;
using Eventide.Runtime;

namespace Eventide.Vm;

internal sealed partial class Interpreter
{
    /// <summary>
    /// Runs <paramref name="entry"/> (already pushed) until it returns or suspends. Calls between
    /// script functions stay inside this loop; throws unwind through the handler tables.
    /// </summary>
    /// <remarks>The frame that was running when a helper threw is <see cref="CurrentFrame"/>: every frame the
    /// loop enters is pushed and every frame it leaves popped (nested runs restore it in their finally
    /// blocks), so Loop keeps its frame in a local rather than writing through a reference.</remarks>
    private JsValue Execute(Frame entry)
    {
        // A nested run (a builtin's callback) leaves the instruction its caller's run is at as it found it.
        int outerOpStart = _opStart;
        Exception caught;
        try
        {
            var result = RunFrom(entry, entry);
            _opStart = outerOpStart;
            return result;
        }
        // A limit or the host's cancellation ends the run: no script handler sees it, and it passes
        // every nested run without being caught and raised again (_opStart is left: the next run sets it).
        catch (Exception ex) when (ex is not OperationCanceledException and not UncatchableException)
        {
            caught = ex;
        }
        // Handled once the catch block has ended: see ExecuteAfterThrow. (This method stays small:
        // every callback from a builtin and every promise job enters it.)
        return ExecuteAfterThrow(entry, caught, outerOpStart);
    }

    /// <summary>Runs the dispatch loop from <paramref name="f"/>'s pc until <paramref name="entry"/> returns or suspends.</summary>
    private JsValue RunFrom(Frame f, Frame entry)
    {
        _opStart = f.Pc;
        return _fastLoop ? Loop(f, entry) : StepLoop(f, entry);
    }

    /// <summary>
    /// A throw out of the dispatch loop: the frames up to <paramref name="entry"/> are searched for a
    /// handler and the loop runs on from it; a throw that leaves the entry frame is raised to the caller.
    /// Everything here runs outside the catch block that caught the throw: a throw inside a catch block
    /// runs on top of the stack the first throw still occupies, so recursion through builtins would
    /// grow the .NET stack at every level while unwinding and overflow it.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private JsValue ExecuteAfterThrow(Frame entry, Exception caught, int outerOpStart)
    {
        try
        {
            while (true)
            {
                JsValue thrown;
                // Already unwound out of the entry frame inside the loop: just propagate.
                if (caught is FrameExitException exit) thrown = exit.Value;
                else
                {
                    var f = CurrentFrame!;
                    f.Pc = _opStart + 1;
                    if (caught is JsException js)
                    {
                        if (!js.ThrowSiteRecorded) RecordThrowSite(f, _opStart);
                        thrown = ErrorValue(f, js);
                    }
                    else if (caught is InsufficientExecutionStackException)
                        thrown = f.Realm.CreateError(ErrorKind.RangeError, "Maximum call stack size exceeded");
                    else // a bug in the engine must not take the host down: surface it as a JS error
                        thrown = f.Realm.CreateError(ErrorKind.Error, $"Internal error: {caught.GetType().Name}: {caught.Message}");
                    if (HandleThrow(ref f, entry, thrown, out _))
                    {
                        try { return RunFrom(f, entry); }
                        catch (Exception ex) when (ex is not OperationCanceledException and not UncatchableException) { caught = ex; }
                        continue;
                    }
                }
                throw _engine.HostExceptionFor(thrown, throwSiteRecorded: true);
            }
        }
        finally
        {
            _opStart = outerOpStart;
        }
    }

    /// <summary>The start of the instruction the running dispatch loop is at (for a throw's handler and
    /// position): a field rather than Loop's local, so that the loop's registers go to pc, sp and its arrays.</summary>
    private int _opStart;

    /// <summary>
    /// The dispatch loop. It handles the common, non-throwing cases of the hot instructions inline
    /// and hands every other instruction (or case) to <see cref="LoopRare"/>, which has the fast
    /// paths of the less frequent ones and otherwise calls <see cref="Step"/>, the full semantics.
    /// Keeping this method small lets the JIT keep pc, sp and the arrays in registers, and keeps
    /// down the stack it zeroes on every entry (each callback from a builtin, each promise job):
    /// a case added here can cost every entry more than it saves (measure; see LoopRare).
    /// </summary>
    // Fully optimised from the first call: a script's top level runs in one long call of this
    // method, which tiered compilation would otherwise leave to less efficient OSR code.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private JsValue Loop(Frame f, Frame entry)
    {
        // The bytecode, read as CodeAt(ref code, i) (see CodeAt): a reference to its first instruction rather
        // than the array, whose every read would test it for null first (once per dispatch).
        ref int code = ref MemoryMarshal.GetArrayDataReference(f.Template.Code);
        // The registers, read and written without bounds checks as Unsafe.Add(ref r0, i): register operands
        // are locals and the operand stack stays between the locals and LocalCount + MaxStack, which
        // BytecodeVerifier proves of every function the test suites compile (test262 included), and every
        // frame has at least that many registers (RentFrame). Written out at each use rather than as a
        // helper: 127 inlined calls pushed the loop past the JIT's inlining budget (BranchOnResult and
        // NumberCompare became calls); the intrinsics cost it nothing. There is no array local beside it:
        // both live took a callee-saved register and sp went to the stack.
        ref JsValue r0 = ref MemoryMarshal.GetArrayDataReference(f.Regs);
        nint pc = f.Pc;
        // The operand stack pointer: a reference to the topmost value (register Frame.Sp - 1), so that the top
        // values are top and Unsafe.Add(ref top, -1), an addressing mode, rather than an index's arithmetic.
        // Not the next free register: that is one past the array's end when the stack is full, and the GC
        // would take such a reference for one into the next object. Register -1 of a function without locals
        // is the array's own header, inside it.
        ref JsValue top = ref Unsafe.Add(ref r0, f.Sp - 1);
        // The pending operator of a fused operand instruction (see numberOperand).
        double fusedRight = 0;
        nint fusedOpPc = 0;

        while (true)
        {
            _opStart = (int)pc;
            switch ((OpCode)CodeAt(ref code, pc))
            {
                case OpCode.LoadUndefined: top = ref Unsafe.Add(ref top, 1); JsValue.StoreUndefined(ref top); pc++; break;
                case OpCode.LoadNull: top = ref Unsafe.Add(ref top, 1); top = JsValue.Null; pc++; break;
                case OpCode.LoadTrue: top = ref Unsafe.Add(ref top, 1); top = JsValue.True; pc++; break;
                case OpCode.LoadFalse: top = ref Unsafe.Add(ref top, 1); top = JsValue.False; pc++; break;
                case OpCode.LoadHole: top = ref Unsafe.Add(ref top, 1); top = JsValue.Hole; pc++; break;
                case OpCode.LoadInt:
                    // n - 1, i < 10, x % 2, ...: the small integer and the operator after it run as
                    // one dispatch when the other operand (below on the stack) is a number.
                    if (IsNumberOperandFusable((OpCode)CodeAt(ref code, pc + 2)) && top.IsNumber)
                    {
                        fusedRight = CodeAt(ref code, pc + 1);
                        fusedOpPc = pc + 2;
                        goto numberOperand;
                    }
                    top = ref Unsafe.Add(ref top, 1); JsValue.StoreNumber(ref top, CodeAt(ref code, pc + 1));
                    pc += 2;
                    break;
                case OpCode.LoadConst:
                    {
                        var v = (JsValue)f.Template.Constants[CodeAt(ref code, pc + 1)];
                        if (v.IsNumber && IsNumberOperandFusable((OpCode)CodeAt(ref code, pc + 2)) && top.IsNumber)
                        {
                            fusedRight = v.Number;
                            fusedOpPc = pc + 2;
                            goto numberOperand;
                        }
                        top = ref Unsafe.Add(ref top, 1); JsValue.StoreSkippingSameRef(ref top, v);
                        pc += 2;
                        break;
                    }
                case OpCode.Pop: top = ref Unsafe.Add(ref top, -1); pc++; break;
                case OpCode.Dup: Unsafe.Add(ref top, 1) = top; top = ref Unsafe.Add(ref top, 1); pc++; break;
                case OpCode.ReferenceKey:
                    {
                        // A key that is already a property key; Step converts the others (and throws for a nullish base).
                        var k = top;
                        if (Unsafe.Add(ref top, -1).IsNullish || !(k.IsNumber || k.IsString || k.IsSymbol)) goto default;
                        pc++;
                        // a[i]++, t[i] += x: the Dup2 and GetKeyed after it as one dispatch, for a Number key
                        // on a typed array (TypedArrayGetElement: no user code) or an array's dense element.
                        if (CodeAt(ref code, pc) == (int)OpCode.Dup2 && CodeAt(ref code, pc + 1) == (int)OpCode.GetKeyed && k.IsNumber)
                        {
                            var target = Unsafe.Add(ref top, -1).Ref;
                            if (target is JsTypedArray typed)
                            {
                                if (!typed.TryReadNumberInto(k.Number, ref Unsafe.Add(ref top, 1))) JsValue.Store(ref Unsafe.Add(ref top, 1), typed.GetByNumberKeySlow(k.Number));
                            }
                            else if (target is JsArray arr && arr.TryGetDense(k.Number, out var element)) JsValue.Store(ref Unsafe.Add(ref top, 1), element);
                            else break;
                            top = ref Unsafe.Add(ref top, 1);
                            pc += 3; // Dup2, GetKeyed and its cache
                        }
                        break;
                    }
                case OpCode.LoadLocal:
                    {
                        // a + b, i * n, x < y: a local and the operator after it, as LoadInt's integer.
                        var v = Unsafe.Add(ref r0, CodeAt(ref code, pc + 1));
                        if (v.IsNumber)
                        {
                            var next = (OpCode)CodeAt(ref code, pc + 2);
                            if (IsNumberOperandFusable(next) && top.IsNumber)
                            {
                                fusedRight = v.Number;
                                fusedOpPc = pc + 2;
                                goto numberOperand;
                            }
                            // y + 5, i < 10: the local, an integer and their operator.
                            if (next == OpCode.LoadInt && IsNumberOperandFusable((OpCode)CodeAt(ref code, pc + 4)))
                            {
                                top = ref Unsafe.Add(ref top, 1); JsValue.StoreNumberOf(ref top, v); // no write barrier
                                fusedRight = CodeAt(ref code, pc + 3);
                                fusedOpPc = pc + 4;
                                goto numberOperand;
                            }
                        }
                        // for (const x of a): each iteration steps the iterator record in its local.
                        if (CodeAt(ref code, pc + 2) == (int)OpCode.IteratorStep)
                        {
                            // An array's element goes straight to x's local, and the record is never pushed (its
                            // slot would alternate between it and the element before: a write barrier each time).
                            if (v.RawRef is IteratorRecord { IsArrayFastPath: true } rec && CodeAt(ref code, pc + 4) == (int)OpCode.StoreLocal)
                            {
                                f.Pc = (int)(pc + 4);
                                f.Sp = StackDepth(ref r0, ref top);
                                pc = rec.StepArrayInto(ref Unsafe.Add(ref r0, CodeAt(ref code, pc + 5))) ? pc + 6 : CodeAt(ref code, pc + 3);
                                break;
                            }
                            top = ref Unsafe.Add(ref top, 1); JsValue.StoreSkippingSameRef(ref top, v);
                            pc += 2;
                            _opStart = (int)pc;
                            goto case OpCode.IteratorStep;
                        }
                        // o.x, o.m(): straight to the property access, without a dispatch.
                        if (IsNamedGet(CodeAt(ref code, pc + 2)))
                        {
                            // A plain object's own property: its value takes the register without o stored there
                            // first (a write barrier whenever the register held a number), as LoadThis does;
                            // `s + o.x` goes straight to the operator.
                            if (CodeAt(ref code, pc + 2) == (int)OpCode.GetNamed && v.RawRef is { } self && self.GetType() == typeof(JsObject))
                            {
                                ref var ownCache = ref f.Template.Caches[CodeAt(ref code, pc + 4)];
                                if (ReferenceEquals(Unsafe.As<JsObject>(self).Shape, ownCache.Shape) && ownCache.Holder is null)
                                {
                                    ref var own = ref Unsafe.As<JsObject>(self).Slots[ownCache.Slot];
                                    if (own.IsNumber && IsNumberOperandFusable((OpCode)CodeAt(ref code, pc + 5)) && top.IsNumber)
                                    {
                                        fusedRight = own.Number;
                                        fusedOpPc = pc + 5;
                                        goto numberOperand;
                                    }
                                    top = ref Unsafe.Add(ref top, 1); JsValue.Store(ref top, own);
                                    pc += 5;
                                    break;
                                }
                            }
                            top = ref Unsafe.Add(ref top, 1); JsValue.StoreSkippingSameRef(ref top, v);
                            pc += 2;
                            _opStart = (int)pc;
                            if (CodeAt(ref code, pc) == (int)OpCode.GetNamed) goto case OpCode.GetNamed;
                            goto case OpCode.GetLength;
                        }
                        top = ref Unsafe.Add(ref top, 1); JsValue.StoreSkippingSameRef(ref top, v);
                        pc += 2;
                        if (CodeAt(ref code, pc) == (int)OpCode.GetNamedKeep) { _opStart = (int)pc; goto case OpCode.GetNamedKeep; }
                        // f(x) of a local function: its undefined receiver comes along.
                        if (CodeAt(ref code, pc) == (int)OpCode.LoadUndefined) { top = ref Unsafe.Add(ref top, 1); JsValue.StoreUndefined(ref top); pc++; }
                        break;
                    }
                case OpCode.LoadLocal2:
                    {
                        // By reference: copies of the two values would be spilled to the frame and read back.
                        ref var a = ref Unsafe.Add(ref r0, CodeAt(ref code, pc + 1));
                        ref var b = ref Unsafe.Add(ref r0, CodeAt(ref code, pc + 2));
                        top = ref Unsafe.Add(ref top, 1);
                        if (a.IsNumber && b.IsNumber)
                        {
                            JsValue.StoreNumberOf(ref top, a);
                            var next = (OpCode)CodeAt(ref code, pc + 3);
                            // i < n, x ^ y: both operands of the next operator are locals.
                            if (IsNumberOperandFusable(next))
                            {
                                fusedRight = b.Number;
                                fusedOpPc = pc + 3;
                                goto numberOperand;
                            }
                            // x ^ (x << 13): the second local, an integer and their operator.
                            if (next == OpCode.LoadInt && IsNumberOperandFusable((OpCode)CodeAt(ref code, pc + 5)))
                            {
                                top = ref Unsafe.Add(ref top, 1); JsValue.StoreNumberOf(ref top, b);
                                fusedRight = CodeAt(ref code, pc + 4);
                                fusedOpPc = pc + 5;
                                goto numberOperand;
                            }
                            top = ref Unsafe.Add(ref top, 1); JsValue.StoreNumberOf(ref top, b);
                            pc += 3;
                            break;
                        }
                        // i < a.length: the length goes straight into the comparison, a never onto the stack
                        // (whose slot would otherwise alternate between it and numbers: a write barrier each time).
                        if (a.IsNumber && CodeAt(ref code, pc + 3) == (int)OpCode.GetLength
                            && IsNumberOperandFusable((OpCode)CodeAt(ref code, pc + 6)) && TryOwnLength(f.Realm, b.RawRef, out double bLength))
                        {
                            JsValue.StoreNumberOf(ref top, a);
                            fusedRight = bLength;
                            fusedOpPc = pc + 6;
                            goto numberOperand;
                        }
                        JsValue.StoreSkippingSameRef(ref top, a); // the same reference as before (a loop's array): no write barrier
                        top = ref Unsafe.Add(ref top, 1); JsValue.StoreSkippingSameRef(ref top, b);
                        pc += 3;
                        // i < a.length, o.a = o.b: straight to the property read of the second local.
                        if (IsNamedGet(CodeAt(ref code, pc)))
                        {
                            _opStart = (int)pc;
                            if (CodeAt(ref code, pc) == (int)OpCode.GetNamed) goto case OpCode.GetNamed;
                            goto case OpCode.GetLength;
                        }
                        break;
                    }
                case OpCode.StoreLocal: JsValue.Store(ref Unsafe.Add(ref r0, CodeAt(ref code, pc + 1)), top); top = ref Unsafe.Add(ref top, -1); pc += 2; break;
                case OpCode.LoadLocalChecked:
                    {
                        var v = Unsafe.Add(ref r0, CodeAt(ref code, pc + 1));
                        if (v.IsHole) goto default;
                        top = ref Unsafe.Add(ref top, 1); top = v;
                        pc += 3;
                        break;
                    }
                case OpCode.CheckLocalInit:
                    if (Unsafe.Add(ref r0, CodeAt(ref code, pc + 1)).IsHole) goto default;
                    pc += 3;
                    break;
                case OpCode.LoadCtx:
                    {
                        int depth = CodeAt(ref code, pc + 1);
                        var c = f.Ctx!;
                        while (depth-- > 0) c = c.Parent!;
                        var v = c.Slots[CodeAt(ref code, pc + 2)];
                        if (v.IsNumber)
                        {
                            if (IsNumberOperandFusable((OpCode)CodeAt(ref code, pc + 3)) && top.IsNumber)
                            {
                                fusedRight = v.Number;
                                fusedOpPc = pc + 3;
                                goto numberOperand;
                            }
                            // i + 1, n < 10 of a captured variable: the variable, an integer and their operator.
                            if (CodeAt(ref code, pc + 3) == (int)OpCode.LoadInt && IsNumberOperandFusable((OpCode)CodeAt(ref code, pc + 5)))
                            {
                                top = ref Unsafe.Add(ref top, 1); JsValue.StoreNumberOf(ref top, v); // no write barrier
                                fusedRight = CodeAt(ref code, pc + 4);
                                fusedOpPc = pc + 5;
                                goto numberOperand;
                            }
                        }
                        top = ref Unsafe.Add(ref top, 1); top = v;
                        pc += 3;
                        // f(x) of a function in a scope: its undefined receiver comes along.
                        if (CodeAt(ref code, pc) == (int)OpCode.LoadUndefined) { top = ref Unsafe.Add(ref top, 1); JsValue.StoreUndefined(ref top); pc++; }
                        break;
                    }
                case OpCode.StoreCtx:
                    {
                        int depth = CodeAt(ref code, pc + 1);
                        var c = f.Ctx!;
                        while (depth-- > 0) c = c.Parent!;
                        c.Slots[CodeAt(ref code, pc + 2)] = top; top = ref Unsafe.Add(ref top, -1);
                        pc += 3;
                        break;
                    }
                case OpCode.LoadThis:
                    {
                        var th = f.This;
                        if (th.IsHole) goto default;
                        pc++;
                        // this.x of a plain object's own property: its value takes the register without this
                        // stored there first (a write barrier whenever the register held another reference).
                        // Not before an operator: GetNamed runs `n < this.length` as one step.
                        if (CodeAt(ref code, pc) == (int)OpCode.GetNamed && th.RawRef is { } self && self.GetType() == typeof(JsObject)
                            && !IsNumberOperandFusable((OpCode)CodeAt(ref code, pc + 3)))
                        {
                            ref var thisCache = ref f.Template.Caches[CodeAt(ref code, pc + 2)];
                            if (ReferenceEquals(Unsafe.As<JsObject>(self).Shape, thisCache.Shape) && thisCache.Holder is null)
                            {
                                top = ref Unsafe.Add(ref top, 1); JsValue.Store(ref top, Unsafe.As<JsObject>(self).Slots[thisCache.Slot]);
                                pc += 3;
                                break;
                            }
                        }
                        top = ref Unsafe.Add(ref top, 1); JsValue.StoreSkippingSameRef(ref top, th);
                        // this.x, this.m(): straight to the property access, without a dispatch.
                        if (IsNamedGet(CodeAt(ref code, pc)))
                        {
                            _opStart = (int)pc;
                            if (CodeAt(ref code, pc) == (int)OpCode.GetNamed) goto case OpCode.GetNamed;
                            goto case OpCode.GetLength;
                        }
                        if (CodeAt(ref code, pc) == (int)OpCode.GetNamedKeep) { _opStart = (int)pc; goto case OpCode.GetNamedKeep; }
                        break;
                    }
                case OpCode.LoadGlobal:
                    {
                        ref var cache = ref f.Template.Caches[CodeAt(ref code, pc + 2)];
                        if (cache.Version != f.Realm.GlobalVersion) goto default;
                        if (cache.Binding is { } gb)
                        {
                            if (gb.Value.IsHole) goto default;
                            Unsafe.Add(ref top, 1) = gb.Value;
                        }
                        else Unsafe.Add(ref top, 1) = f.Realm.GlobalObject.Slots[cache.Slot];
                        top = ref Unsafe.Add(ref top, 1);
                        pc += 3;
                        break;
                    }
                case OpCode.GetLength:
                    {
                        if (!TryOwnLength(f.Realm, top.RawRef, out double length)) goto case OpCode.GetNamed;
                        // i < a.length: the length and the operator after it (the loop test of most for loops).
                        if (IsNumberOperandFusable((OpCode)CodeAt(ref code, pc + 3)) && Unsafe.Add(ref top, -1).IsNumber)
                        {
                            top = ref Unsafe.Add(ref top, -1);
                            fusedRight = length;
                            fusedOpPc = pc + 3;
                            goto numberOperand;
                        }
                        JsValue.StoreNumber(ref top, length);
                        pc += 3;
                        break;
                    }
                case OpCode.GetNamed:
                    {
                        ref var cache = ref f.Template.Caches[CodeAt(ref code, pc + 2)];
                        if (top.AsObject is not { } o || !ReferenceEquals(o.Shape, cache.Shape)) goto default;
                        JsValue value;
                        if (cache.Holder is null) value = o.Slots[cache.Slot];
                        else if (ReferenceEquals(cache.Holder.Shape, cache.HolderShape)) value = cache.Holder.Slots[cache.Slot];
                        else goto default;
                        // a.x + b.x, this.n < limit: a Number property and the operator after it.
                        if (value.IsNumber && IsNumberOperandFusable((OpCode)CodeAt(ref code, pc + 3)) && Unsafe.Add(ref top, -1).IsNumber)
                        {
                            top = ref Unsafe.Add(ref top, -1);
                            fusedRight = value.Number;
                            fusedOpPc = pc + 3;
                            goto numberOperand;
                        }
                        JsValue.Store(ref top, value);
                        pc += 3;
                        break;
                    }
                case OpCode.GetNamedKeep:
                    {
                        // obj → fn obj
                        ref var cache = ref f.Template.Caches[CodeAt(ref code, pc + 2)];
                        var obj = top;
                        if (obj.AsObject is not { } o || !ReferenceEquals(o.Shape, cache.Shape))
                        {
                            // s.method: the site's cache holds String.prototype's slot (see GetOnPrimitiveAndCache).
                            if (obj.IsString && ReferenceEquals(cache.Holder, f.Realm.StringPrototype) && ReferenceEquals(cache.Holder.Shape, cache.HolderShape))
                                top = cache.Holder.Slots[cache.Slot];
                            // g.next(), an inherited method past the direct prototype, a second shape: the site's further entries.
                            else if (!ReadFurtherEntry(ref top, ref cache)) goto default;
                            top = ref Unsafe.Add(ref top, 1); JsValue.StoreSkippingSameRef(ref top, obj);
                            pc += 3;
                            break;
                        }
                        if (cache.Holder is null) JsValue.StoreSkippingSameRef(ref top, o.Slots[cache.Slot]);
                        else if (ReferenceEquals(cache.Holder.Shape, cache.HolderShape)) JsValue.StoreSkippingSameRef(ref top, cache.Holder.Slots[cache.Slot]);
                        else goto default;
                        top = ref Unsafe.Add(ref top, 1); JsValue.StoreSkippingSameRef(ref top, obj);
                        pc += 3;
                        break;
                    }
                case OpCode.SetNamed:
                    {
                        ref var cache = ref f.Template.Caches[CodeAt(ref code, pc + 2)];
                        if (Unsafe.Add(ref top, -1).AsObject is not { } o || !ReferenceEquals(o.Shape, cache.Shape) || cache.Holder is not null) goto default;
                        var value = top;
                        if (cache.NewShape is null) JsValue.Store(ref o.Slots[cache.Slot], value);
                        else if (ChainUnchanged(o, cache.Chain!)) o.AddSlotWithShape(cache.NewShape, value); // a cached add
                        else goto default;
                        // `o.x = v;` as a statement: its Pop comes next, so take both at once.
                        if (CodeAt(ref code, pc + 3) == (int)OpCode.Pop) { top = ref Unsafe.Add(ref top, -2); pc += 4; break; }
                        top = ref Unsafe.Add(ref top, -1);
                        top = value;
                        pc += 3;
                        break;
                    }
                case OpCode.GetKeyed:
                    {
                        var k = top;
                        var target = Unsafe.Add(ref top, -1);
                        if (target.RawRef is JsArray arr && k.IsNumber)
                        {
                            if (arr.TryGetDense(k.Number, out var v))
                            {
                                top = ref Unsafe.Add(ref top, -1); JsValue.Store(ref top, v); // a number without the barrier
                                pc += 2;
                                break;
                            }
                        }
                        else if (target.RawRef is JsTypedArray typed && k.IsNumber)
                        {
                            // A numeric key on a typed array is TypedArrayGetElement whatever the number (no user code runs).
                            top = ref Unsafe.Add(ref top, -1);
                            if (!typed.TryReadNumberInto(k.Number, ref top)) JsValue.Store(ref top, typed.GetByNumberKeySlow(k.Number));
                            pc += 2;
                            break;
                        }
                        if (!target.IsObject) goto default;
                        // Named keys and the rest of GetKeyed's cases, without leaving the loop
                        // (f.Pc past the instruction: a getter's caller frame shows this access).
                        f.Pc = (int)(pc + 2);
                        f.Sp = StackDepth(ref r0, ref top);
                        var value = GetKeyedOnObject(f, target, k);
                        top = ref Unsafe.Add(ref top, -1); top = value;
                        pc += 2;
                        break;
                    }
                case OpCode.SetKeyed:
                    {
                        if (!TrySetElementInPlace(Unsafe.Add(ref top, -2).RawRef, ref Unsafe.Add(ref top, -1), ref top)) goto default;
                        // `o[k] = v;` as a statement: its Pop comes next, so take both at once.
                        if (CodeAt(ref code, pc + 1) == (int)OpCode.Pop) { top = ref Unsafe.Add(ref top, -3); pc += 2; break; }
                        Unsafe.Add(ref top, -2) = top;
                        top = ref Unsafe.Add(ref top, -2);
                        pc++;
                        break;
                    }
                case OpCode.SetKeyedLocals:
                    {
                        if (!TrySetElementInPlace(Unsafe.Add(ref r0, CodeAt(ref code, pc + 1)).RawRef, ref Unsafe.Add(ref r0, CodeAt(ref code, pc + 2)), ref top)) goto default;
                        pc += 3;
                        if (CodeAt(ref code, pc) == (int)OpCode.Pop) { top = ref Unsafe.Add(ref top, -1); pc++; }
                        break;
                    }
                case OpCode.Add:
                    {
                        ref var b = ref top;
                        ref var a = ref Unsafe.Add(ref top, -1);
                        if (a.IsNumber && b.IsNumber) JsValue.StoreNumber(ref a, a.Number + b.Number);
                        else if (a.IsString && b.IsString) Unsafe.Add(ref top, -1) = ConcatString.Concat(a, b);
                        else goto default;
                        top = ref Unsafe.Add(ref top, -1);
                        pc++;
                        break;
                    }
                case OpCode.Sub:
                    {
                        ref var b = ref top;
                        ref var a = ref Unsafe.Add(ref top, -1);
                        if (!a.IsNumber || !b.IsNumber) goto default;
                        JsValue.StoreNumber(ref a, a.Number - b.Number);
                        top = ref Unsafe.Add(ref top, -1);
                        pc++;
                        break;
                    }
                case OpCode.Mul:
                    {
                        ref var b = ref top;
                        ref var a = ref Unsafe.Add(ref top, -1);
                        if (!a.IsNumber || !b.IsNumber) goto default;
                        JsValue.StoreNumber(ref a, a.Number * b.Number);
                        top = ref Unsafe.Add(ref top, -1);
                        pc++;
                        break;
                    }
                case OpCode.Div:
                    {
                        ref var b = ref top;
                        ref var a = ref Unsafe.Add(ref top, -1);
                        if (!a.IsNumber || !b.IsNumber) goto default;
                        JsValue.StoreNumber(ref a, a.Number / b.Number);
                        top = ref Unsafe.Add(ref top, -1);
                        pc++;
                        break;
                    }
                case OpCode.Mod:
                    {
                        ref var b = ref top;
                        ref var a = ref Unsafe.Add(ref top, -1);
                        if (!a.IsNumber || !b.IsNumber) goto default;
                        JsValue.StoreNumber(ref a, Arithmetic.Remainder(a.Number, b.Number));
                        top = ref Unsafe.Add(ref top, -1);
                        pc++;
                        break;
                    }
                case OpCode.BitAnd:
                case OpCode.BitOr:
                case OpCode.BitXor:
                case OpCode.Shl:
                case OpCode.Shr:
                case OpCode.UShr:
                    {
                        // Two Numbers: the operator as a fused operand's (numberOperand), whose StoreLocal comes along.
                        if (!Unsafe.Add(ref top, -1).IsNumber || !top.IsNumber) goto default;
                        fusedRight = top.Number;
                        fusedOpPc = pc;
                        top = ref Unsafe.Add(ref top, -1);
                        goto numberOperand;
                    }
                case OpCode.Lt:
                case OpCode.Gt:
                case OpCode.Le:
                case OpCode.Ge:
                case OpCode.StrictEq:
                case OpCode.StrictNe:
                    {
                        ref var b = ref top;
                        ref var a = ref Unsafe.Add(ref top, -1);
                        var op = (OpCode)CodeAt(ref code, pc);
                        bool r;
                        if (op is OpCode.StrictEq or OpCode.StrictNe) r = JsValue.StrictEquals(a, b) == (op == OpCode.StrictEq);
                        else if (!a.IsNumber || !b.IsNumber) goto default;
                        else r = Arithmetic.NumberCompare(op, a.Number, b.Number);
                        nint next = BranchOnResult(ref code, pc, r);
                        if (next >= 0)
                        {
                            top = ref Unsafe.Add(ref top, -2);
                            if (next <= _opStart) PollCancellation();
                            pc = next;
                            break;
                        }
                        top = ref Unsafe.Add(ref top, -1); top = JsValue.FromBool(r);
                        pc++;
                        break;
                    }
                case OpCode.Not:
                    top = JsValue.FromBool(!Operations.ToBoolean(top));
                    pc++;
                    break;
                case OpCode.Inc:
                    if (!top.IsNumber) goto default;
                    JsValue.StoreNumber(ref top, top.Number + 1);
                    pc++;
                    break;
                case OpCode.Dec:
                    if (!top.IsNumber) goto default;
                    JsValue.StoreNumber(ref top, top.Number - 1);
                    pc++;
                    break;
                case OpCode.ToNumeric:
                    {
                        var v = top;
                        if (!v.IsNumber) goto default;
                        // x++ as a statement (ToNumeric Inc StoreLocal): one dispatch for the three.
                        int next = CodeAt(ref code, pc + 1);
                        if (next != (int)OpCode.Inc && next != (int)OpCode.Dec) { pc++; break; }
                        double updated = next == (int)OpCode.Inc ? v.Number + 1 : v.Number - 1;
                        if (CodeAt(ref code, pc + 2) == (int)OpCode.StoreLocal)
                        {
                            JsValue.StoreNumber(ref Unsafe.Add(ref r0, CodeAt(ref code, pc + 3)), updated);
                            top = ref Unsafe.Add(ref top, -1);
                            pc += 4;
                            break;
                        }
                        JsValue.StoreNumber(ref top, updated);
                        pc += 2;
                        break;
                    }
                case OpCode.IncLocal:
                    {
                        // i++ as a statement (BytecodeBuilder.TryFuseIncLocal) on a Number; Step converts the rest.
                        ref var v = ref Unsafe.Add(ref r0, CodeAt(ref code, pc + 1));
                        if (!v.IsNumber) goto default;
                        JsValue.StoreNumber(ref v, v.Number + CodeAt(ref code, pc + 2));
                        pc += 3;
                        break;
                    }
                case OpCode.Jump:
                    pc = CodeAt(ref code, pc + 1);
                    if (pc <= _opStart) PollCancellation(); // loop back edge: the host may stop the script
                    // A for-of's back edge: straight to the step of its iterator's local, without a dispatch.
                    if (CodeAt(ref code, pc) == (int)OpCode.LoadLocal) { _opStart = (int)pc; goto case OpCode.LoadLocal; }
                    break;
                case OpCode.JumpIfFalse:
                    {
                        var v = top; top = ref Unsafe.Add(ref top, -1);
                        pc = v.IsFalse || (!v.IsTrue && !Operations.ToBoolean(v)) ? CodeAt(ref code, pc + 1) : pc + 2;
                        if (pc <= _opStart) PollCancellation();
                        break;
                    }
                case OpCode.JumpIfTrue:
                    {
                        var v = top; top = ref Unsafe.Add(ref top, -1);
                        pc = v.IsTrue || (!v.IsFalse && Operations.ToBoolean(v)) ? CodeAt(ref code, pc + 1) : pc + 2;
                        if (pc <= _opStart) PollCancellation();
                        break;
                    }
                case OpCode.JumpIfFalseKeep:
                    if (!Operations.ToBoolean(top)) pc = CodeAt(ref code, pc + 1); else { pc += 2; top = ref Unsafe.Add(ref top, -1); }
                    break;
                case OpCode.JumpIfTrueKeep:
                    if (Operations.ToBoolean(top)) pc = CodeAt(ref code, pc + 1); else { pc += 2; top = ref Unsafe.Add(ref top, -1); }
                    break;
                case OpCode.JumpIfNotUndefined:
                    pc = !top.IsUndefined ? CodeAt(ref code, pc + 1) : pc + 2;
                    break;
                case OpCode.JumpIfNullish:
                    pc = top.IsNullish ? CodeAt(ref code, pc + 1) : pc + 2;
                    break;
                case OpCode.JumpIfNotNullishKeep:
                    if (!top.IsNullish) pc = CodeAt(ref code, pc + 1); else { pc += 2; top = ref Unsafe.Add(ref top, -1); }
                    break;
                case OpCode.Dup2: Unsafe.Add(ref top, 1) = Unsafe.Add(ref top, -1); Unsafe.Add(ref top, 2) = top; top = ref Unsafe.Add(ref top, 2); pc++; break;
                case OpCode.CheckCtxInit:
                    {
                        int depth = CodeAt(ref code, pc + 1);
                        var c = f.Ctx!;
                        while (depth-- > 0) c = c.Parent!;
                        if (c.Slots[CodeAt(ref code, pc + 2)].IsHole) goto default;
                        pc += 4;
                        break;
                    }
                case OpCode.LoadCtxChecked:
                    {
                        int depth = CodeAt(ref code, pc + 1);
                        var c = f.Ctx!;
                        while (depth-- > 0) c = c.Parent!;
                        var v = c.Slots[CodeAt(ref code, pc + 2)];
                        if (v.IsHole) goto default;
                        if (v.IsNumber && IsNumberOperandFusable((OpCode)CodeAt(ref code, pc + 4)) && top.IsNumber)
                        {
                            fusedRight = v.Number;
                            fusedOpPc = pc + 4;
                            goto numberOperand;
                        }
                        top = ref Unsafe.Add(ref top, 1); top = v;
                        pc += 4;
                        break;
                    }
                case OpCode.NewObject:
                    // An object literal, with room for the properties it defines.
                    top = ref Unsafe.Add(ref top, 1); top = new JsObject(f.Realm.ObjectPrototype, CodeAt(ref code, pc + 1));
                    pc += 2;
                    break;
                case OpCode.DefineNamedField:
                    {
                        // An object literal's next property, added along the transition cached for this site.
                        ref var cache = ref f.Template.Caches[CodeAt(ref code, pc + 2)];
                        if (Unsafe.Add(ref top, -1).AsObject is not { } o || !ReferenceEquals(o.Shape, cache.Shape) || o.GetType() != typeof(JsObject)) goto default;
                        o.AddSlotWithShape(cache.NewShape!, top); top = ref Unsafe.Add(ref top, -1);
                        pc += 3;
                        break;
                    }
                case OpCode.MakeClosure:
                    f.Pc = (int)pc;
                    f.Sp = StackDepth(ref r0, ref top);
                    top = ref Unsafe.Add(ref top, 1); top = MakeClosure(f, (Compiling.FunctionTemplate)f.Template.Constants[CodeAt(ref code, pc + 1)]);
                    pc += 2;
                    break;
                case OpCode.New:
                    {
                        int argc = CodeAt(ref code, pc + 1);
                        int fnIndex = StackDepth(ref r0, ref top) - argc - 1;
                        if (Unsafe.Add(ref r0, fnIndex).RawRef is not ScriptFunction sf || !sf.IsConstructor) goto default;
                        f.Pc = (int)(pc + 2);
                        f.Sp = fnIndex;
                        f = EnterConstruct(sf, MemoryMarshal.CreateReadOnlySpan(ref Unsafe.Add(ref r0, fnIndex + 1), argc));
                        code = ref MemoryMarshal.GetArrayDataReference(f.Template.Code); r0 = ref MemoryMarshal.GetArrayDataReference(f.Regs); pc = f.Pc; top = ref Unsafe.Add(ref r0, f.Sp - 1);
                        break;
                    }
                case OpCode.SpreadArgs:
                    {
                        // See Step: a packed array with default iteration is its own argument list.
                        if (top.RawRef is not JsArray spread || !IteratorRecord.IteratesAsPacked(f.Realm, spread)) goto default;
                        pc++;
                        // f(...args): straight to the call, whose arguments array is known to be packed.
                        if (CodeAt(ref code, pc) == (int)OpCode.CallSpread) { _opStart = (int)pc; goto callSpreadPacked; }
                        break;
                    }
                case OpCode.CallSpread:
                    if (top.RawRef is not JsArray { IsPacked: true }) goto default;
                callSpreadPacked:
                    {
                        if (Unsafe.Add(ref top, -2).RawRef is not ScriptFunction sf || !IsPlainCall(sf.Template)) goto default;
                        f.Pc = (int)(pc + 1);
                        f.Sp = StackDepth(ref r0, ref top) - 3;
                        f = EnterCall(sf, Unsafe.Add(ref top, -1), Unsafe.As<JsArray>(top.RawRef!).PackedItems);
                        code = ref MemoryMarshal.GetArrayDataReference(f.Template.Code); r0 = ref MemoryMarshal.GetArrayDataReference(f.Regs); pc = f.Pc; top = ref Unsafe.Add(ref r0, f.Sp - 1);
                        break;
                    }
                case OpCode.Call:
                    {
                        int argc = CodeAt(ref code, pc + 1);
                        int fnIndex = StackDepth(ref r0, ref top) - argc - 2;
                        // Builtins, generator.next and f.call/apply: LoopRare.
                        if (Unsafe.Add(ref r0, fnIndex).RawRef is not ScriptFunction sf || !IsPlainCall(sf.Template)) goto default;
                        f.Pc = (int)(pc + 2);
                        f.Sp = fnIndex;
                        f = EnterCall(sf, f.Regs, fnIndex + 1, argc);
                        code = ref MemoryMarshal.GetArrayDataReference(f.Template.Code); r0 = ref MemoryMarshal.GetArrayDataReference(f.Regs); pc = f.Pc; top = ref Unsafe.Add(ref r0, f.Sp - 1);
                        break;
                    }
                case OpCode.ReturnUndefined:
                    top = ref Unsafe.Add(ref top, 1); JsValue.StoreUndefined(ref top); // no write barrier (a copy of the static would store its null through one)
                    goto case OpCode.Return;
                case OpCode.Return:
                    {
                        if (f.Resumed != InlineResume.None)
                        {
                            var rv = top; top = ref Unsafe.Add(ref top, -1);
                            f.Sp = StackDepth(ref r0, ref top);
                            // A reaction job's handler (the entry frame) with no job after it to run in its frame: the run ends.
                            if (LeaveResumedFrame(f, rv) is not { } next) return JsValue.Undefined;
                            f = next;
                            code = ref MemoryMarshal.GetArrayDataReference(f.Template.Code); r0 = ref MemoryMarshal.GetArrayDataReference(f.Regs); pc = f.Pc; top = ref Unsafe.Add(ref r0, f.Sp - 1);
                            break;
                        }
                        if (f == entry)
                        {
                            // The entry frame of a call from .NET (a builtin's callback): Step's
                            // steps for a plain function, without entering Step.
                            if (f.IsConstruct) goto returnInStep;
                            var result = top; top = ref Unsafe.Add(ref top, -1);
                            f.Completed = true;
                            f.Sp = StackDepth(ref r0, ref top);
                            PopFrame(f);
                            return result;
                        }
                        var v = top;
                        if (f.IsConstruct)
                        {
                            // 10.2.2 [[Construct]] steps 10-12; derived constructors need the full checks.
                            if (v.IsObject) { }
                            else if (f.Function is { IsDerived: false }) v = ConstructedThis(f);
                            else goto returnInStep;
                        }
                        top = ref Unsafe.Add(ref top, -1);
                        f.Completed = true;
                        f = ReturnToCaller(f, StackDepth(ref r0, ref top));
                        code = ref MemoryMarshal.GetArrayDataReference(f.Template.Code); r0 = ref MemoryMarshal.GetArrayDataReference(f.Regs); pc = f.Pc; top = ref Unsafe.Add(ref r0, f.Sp - 1);
                        // `f(x);` as a statement: its Pop comes next, so the value is never pushed.
                        if (CodeAt(ref code, pc) == (int)OpCode.Pop) { pc++; break; }
                        top = ref Unsafe.Add(ref top, 1); JsValue.Store(ref top, v);
                        break;
                    returnInStep:
                        // Step runs the instruction again: ReturnUndefined must not push twice (frames have no slack).
                        if ((OpCode)CodeAt(ref code, _opStart) == OpCode.ReturnUndefined) top = ref Unsafe.Add(ref top, -1);
                        goto default;
                    }
                case OpCode.IteratorStep:
                    {
                        // An array with default iteration; a generator resumes in LoopRare.
                        if (top.RawRef is not IteratorRecord { IsArrayFastPath: true } rec) goto default;
                        f.Pc = (int)(pc + 2);
                        f.Sp = StackDepth(ref r0, ref top);
                        // for (const x of a): the element goes straight to its local; else it replaces the record's copy.
                        bool toLocal = CodeAt(ref code, pc + 2) == (int)OpCode.StoreLocal;
                        if (!rec.StepArrayInto(ref toLocal ? ref Unsafe.Add(ref r0, CodeAt(ref code, pc + 3)) : ref top)) { top = ref Unsafe.Add(ref top, -1); pc = CodeAt(ref code, pc + 1); break; }
                        if (toLocal) { top = ref Unsafe.Add(ref top, -1); pc += 4; }
                        else pc += 2;
                        break;
                    }
                // Labels of LoopRare's instructions between the loop's own: the compiler makes the
                // switch one jump table when its cases are dense (two compares fewer on every dispatch).
                case OpCode.Throw:
                case OpCode.ThrowError:
                case OpCode.EndFinally:
                case OpCode.Debugger:
                case OpCode.CallEvalSpread:
                case OpCode.NewSpread:
                case OpCode.SuperCall:
                case OpCode.SuperCallSpread:
                case OpCode.CallEval:
                case OpCode.NewArray:
                case OpCode.ArrayPush:
                case OpCode.ArrayPushHole:
                case OpCode.ArraySpread:
                case OpCode.DefineField:
                case OpCode.DefineMethod:
                case OpCode.CopyDataProperties:
                case OpCode.CopyDataPropertiesExcluding:
                case OpCode.SetProtoLiteral:
                case OpCode.MakeClass:
                case OpCode.NewPrivateName:
                case OpCode.AddField:
                case OpCode.RunStaticInitializers:
                case OpCode.SetFunctionName:
                case OpCode.GetTemplateObject:
                case OpCode.NewRegExp:
                case OpCode.GetIterator:
                case OpCode.GetAsyncIterator:
                default:
                    {
                        // Everything else, and the uncommon cases of the instructions above.
                        f.Pc = (int)pc;
                        f.Sp = StackDepth(ref r0, ref top);
                        // entry by reference: the loop only compares it at a return and passes it here, and as
                        // a value it held one of the loop's callee-saved registers for the whole run (-2 to -4%).
                        if (LoopRare(ref f, in entry, ref _opStart, (OpCode)CodeAt(ref code, pc), out var result)) return result;
                        code = ref MemoryMarshal.GetArrayDataReference(f.Template.Code); r0 = ref MemoryMarshal.GetArrayDataReference(f.Regs); pc = f.Pc; top = ref Unsafe.Add(ref r0, f.Sp - 1);
                        break;
                    }
            }
            continue;

        numberOperand:
            {
                // The operator at fusedOpPc with two Numbers: regs[sp - 1] and fusedRight (an operand
                // instruction's value that was not pushed). See IsNumberOperandFusable.
                double x = top.Number, k = fusedRight;
                var op = (OpCode)CodeAt(ref code, fusedOpPc);
                double r;
                switch (op)
                {
                    case OpCode.Add: r = x + k; break;
                    case OpCode.Sub: r = x - k; break;
                    case OpCode.Mul: r = x * k; break;
                    case OpCode.Div: r = x / k; break;
                    case OpCode.Mod: r = Arithmetic.Remainder(x, k); break;
                    case OpCode.BitAnd: r = Operations.DoubleToInt32(x) & Operations.DoubleToInt32(k); goto bitwiseResult;
                    case OpCode.BitOr: r = Operations.DoubleToInt32(x) | Operations.DoubleToInt32(k); goto bitwiseResult;
                    case OpCode.BitXor: r = Operations.DoubleToInt32(x) ^ Operations.DoubleToInt32(k); goto bitwiseResult;
                    case OpCode.Shl: r = Operations.DoubleToInt32(x) << (Operations.DoubleToInt32(k) & 31); goto bitwiseResult;
                    case OpCode.Shr: r = Operations.DoubleToInt32(x) >> (Operations.DoubleToInt32(k) & 31); goto bitwiseResult;
                    case OpCode.UShr: r = (uint)Operations.DoubleToInt32(x) >> (Operations.DoubleToInt32(k) & 31); goto bitwiseResult;
                    default:
                        {
                            bool result = Arithmetic.NumberCompare(op, x, k);
                            nint target = BranchOnResult(ref code, fusedOpPc, result);
                            if (target >= 0)
                            {
                                top = ref Unsafe.Add(ref top, -1);
                                if (target <= fusedOpPc) PollCancellation(); // a back edge
                                pc = target;
                                continue;
                            }
                            top = JsValue.FromBool(result);
                            pc = fusedOpPc + 1;
                            continue;
                        }
                }
            numberResult:
                pc = fusedOpPc + 1;
                // `x = x + 1;`: the StoreLocal after the operator takes the result.
                if (CodeAt(ref code, pc) == (int)OpCode.StoreLocal)
                {
                    JsValue.StoreNumber(ref Unsafe.Add(ref r0, CodeAt(ref code, pc + 1)), r);
                    top = ref Unsafe.Add(ref top, -1);
                    pc += 2;
                    continue;
                }
                JsValue.StoreNumber(ref top, r);
                continue;
            bitwiseResult:
                // x ^ (x << 13): the next operator takes the result as its right operand, with the Number below it
                // (a binary operator next means the stack holds one), without a push or dispatch. Only after bitwise
                // operators: the test after every arithmetic one cost fib and objects more than it saved.
                if (IsNumberOperandFusable((OpCode)CodeAt(ref code, fusedOpPc + 1)) && Unsafe.Add(ref top, -1).IsNumber)
                {
                    top = ref Unsafe.Add(ref top, -1);
                    fusedRight = r;
                    fusedOpPc++;
                    goto numberOperand;
                }
                goto numberResult;
            }
        }
    }

    /// <summary>A named get on the object in <paramref name="slot"/> through its site's further entries
    /// (<see cref="PolymorphicCache"/>, which <see cref="GetNamedCached"/> checks too), replacing it with the value;
    /// false, and the slot untouched, when none matches. Out of line, and given the slot rather than a copy of the
    /// receiver: the dispatch loop's frame and registers stay as they are on its usual paths.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static bool ReadFurtherEntry(ref JsValue slot, ref PropertyCache cache)
    {
        if (cache.More is not { } more || slot.RawRef is not JsObject { CachesNamedProperties: true } o || !more.TryGet(o, out var value)) return false;
        JsValue.Store(ref slot, value);
        return true;
    }

    /// <summary>The operand stack's depth as a register index (Frame.Sp): one past <paramref name="top"/>, the topmost value.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int StackDepth(ref JsValue r0, ref JsValue top) =>
        (int)(Unsafe.ByteOffset(ref r0, ref top) / Unsafe.SizeOf<JsValue>()) + 1;

    /// <summary>
    /// code[i] without the bounds check (3 instructions on every read, 7% of every program's): i is
    /// an instruction or operand of the template (its control targets are checked when it is built,
    /// BytecodeVerifier.CheckControlTargets) or a look-ahead read a few ints past one, which the code's
    /// padding keeps inside the array (<see cref="FunctionTemplate.LookAheadPadding"/>).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int CodeAt(ref int code, nint i) => Unsafe.Add(ref code, i);

    /// <summary>The dispatch loop with the fast loop off (EngineOptions.FastLoop): every instruction
    /// takes the general path, so running a program both ways checks that the two agree.</summary>
    private JsValue StepLoop(Frame f, Frame entry)
    {
        while (true)
        {
            _opStart = f.Pc;
            if (Step(ref f, entry, ref _opStart, out var result)) return result;
        }
    }

    /// <summary>
    /// A comparison followed by a conditional jump runs as one dispatch: the pc the jump goes to
    /// with <paramref name="result"/>, or -1 when the next instruction is not a conditional jump.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static nint BranchOnResult(ref int code, nint pc, bool result)
    {
        int next = CodeAt(ref code, pc + 1);
        if (next == (int)OpCode.JumpIfTrue) return result ? CodeAt(ref code, pc + 2) : pc + 3;
        if (next == (int)OpCode.JumpIfFalse) return result ? pc + 3 : CodeAt(ref code, pc + 2);
        return -1;
    }

    /// <summary>The operators an operand instruction (LoadInt, LoadLocal, LoadLocal2) runs with its Number
    /// when the next instruction is one of them and the other operand is a Number too: Add to Ge, except
    /// Exp and the loose Eq/Ne.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsNumberOperandFusable(OpCode op) =>
        (uint)(op - OpCode.Add) <= OpCode.Ge - OpCode.Add && (NumberOperandFusableMask & (1u << (op - OpCode.Add))) != 0;

    /// <summary>Bit i: OpCode.Add + i is number-operand fusable (one test instead of a range and three compares).</summary>
    private const uint NumberOperandFusableMask =
        ((1u << (OpCode.Ge - OpCode.Add + 1)) - 1) & ~(1u << (OpCode.Exp - OpCode.Add)) & ~(1u << (OpCode.Eq - OpCode.Add)) & ~(1u << (OpCode.Ne - OpCode.Add));

    /// <summary>
    /// A call of the intrinsic Function.prototype.call or apply, or Reflect.apply, whose target is a
    /// plain script function and whose argument list needs no user code to read (call's own
    /// arguments, a packed array, or none): the target, receiver and arguments it would call with.
    /// </summary>
    private static bool ForwardedCall(Realm realm, NativeFunction native, JsValue[] regs, int fnIndex, int argc,
        out ScriptFunction target, out JsValue thisArg, out ReadOnlySpan<JsValue> args)
    {
        target = null!;
        thisArg = default;
        args = default;
        JsValue callee, list;
        if (ReferenceEquals(native, realm.FunctionCall))
        {
            if (regs[fnIndex + 1].RawRef is not ScriptFunction sf || !IsPlainCall(sf.Template)) return false;
            target = sf;
            thisArg = argc > 0 ? regs[fnIndex + 2] : JsValue.Undefined;
            args = argc > 1 ? new ReadOnlySpan<JsValue>(regs, fnIndex + 3, argc - 1) : default;
            return true;
        }
        if (ReferenceEquals(native, realm.FunctionApply))
        {
            callee = regs[fnIndex + 1];
            thisArg = argc > 0 ? regs[fnIndex + 2] : JsValue.Undefined;
            list = argc > 1 ? regs[fnIndex + 3] : JsValue.Undefined;
            if (list.IsNullish) list = JsValue.Undefined;
        }
        else if (ReferenceEquals(native, realm.ReflectApply) && argc >= 3)
        {
            callee = regs[fnIndex + 2];
            thisArg = regs[fnIndex + 3];
            list = regs[fnIndex + 4];
        }
        else return false;
        if (callee.RawRef is not ScriptFunction target2 || !IsPlainCall(target2.Template)) return false;
        if (list.RawRef is JsArray array && array.IsPacked) args = array.DenseItems;
        else if (!list.IsUndefined || ReferenceEquals(native, realm.ReflectApply)) return false;
        target = target2;
        return true;
    }

    /// <summary>Rot3: a b c → c a b (the top value goes under the two below it).</summary>
    private static void Rotate3(JsValue[] regs, int sp)
    {
        var c = regs[sp - 1];
        regs[sp - 1] = regs[sp - 2];
        regs[sp - 2] = regs[sp - 3];
        regs[sp - 3] = c;
    }

    /// <summary>Rot4: a b c d → d a b c (the top value goes under the three below it).</summary>
    private static void Rotate4(JsValue[] regs, int sp)
    {
        var d = regs[sp - 1];
        regs[sp - 1] = regs[sp - 2];
        regs[sp - 2] = regs[sp - 3];
        regs[sp - 3] = regs[sp - 4];
        regs[sp - 4] = d;
    }

    /// <summary>GetNamed or GetLength: adjacent opcodes, so that a look-ahead for either costs one compare when it is neither.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsNamedGet(int op) => (uint)(op - (int)OpCode.GetNamed) <= OpCode.GetLength - OpCode.GetNamed;

    /// <summary>SetKeyed's usual cases, which run no user code: a Number into a typed array
    /// (TypedArraySetElement converts it without observable steps), a dense array element.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool TrySetElementInPlace(object? target, ref JsValue k, ref JsValue value)
    {
        if (target is JsTypedArray typed && k.IsNumber && value.IsNumber && typed.StoresNumbersInPlace)
        {
            typed.SetNumberByNumberKey(k.Number, value.Number);
            return true;
        }
        return target is JsArray arr && k.IsNumber && arr.TrySetDense(k.Number, value);
    }

    /// <summary>s.length, array.length and ta.length read as GetNamed would: always the own length, never in a
    /// shape (a linked string's without flattening it; a typed array's while nothing shadows the intrinsic getter).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool TryOwnLength(Realm realm, object? receiver, out double length)
    {
        if (receiver is JsArray array) { length = array.Length; return true; }
        if (receiver is JsTypedArray typed && realm.HasIntrinsicLength(typed)) { length = typed.Length; return true; }
        if (receiver is string str) { length = str.Length; return true; }
        if (receiver is ConcatString linked) { length = linked.Length; return true; }
        length = 0;
        return false;
    }

    internal static bool IsPlainCall(FunctionTemplate t) =>
        t.Kind is FunctionKind.Normal or FunctionKind.Arrow or FunctionKind.Method or FunctionKind.Getter or FunctionKind.Setter;

    private static JsException TdzError(object nameConst) =>
        new(ErrorKind.ReferenceError, $"Cannot access '{(PropertyKey)nameConst}' before initialization");
}

/// <summary>A throw that has already unwound past the entry frame inside the loop.</summary>
internal sealed class FrameExitException(JsValue value) : Exception
{
    public JsValue Value { get; } = value;
}

/// <summary>Returned by Execute when the entry frame suspended (yield/await) instead of returning.</summary>
internal sealed class SuspendMarker
{
    public static readonly SuspendMarker Instance = new();
}

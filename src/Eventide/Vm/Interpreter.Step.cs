using System.Runtime.CompilerServices;
using Eventide.Compiling;
using Eventide.Runtime;

namespace Eventide.Vm;

internal sealed partial class Interpreter
{
    /// <summary>
    /// Executes the one instruction at f.Pc with its complete semantics (the fast loop handles the
    /// common cases itself and comes here for everything else). Returns true when the entry frame
    /// returned or suspended, with <paramref name="stepResult"/> set. The instructions are split
    /// into a few methods by kind: one method for all of them had a 4 KB stack frame of GC-tracked
    /// locals that the runtime zeroes on every entry, which cost more than most instructions.
    /// </summary>
    private bool Step(ref Frame f, Frame entry, ref int opStart, out JsValue stepResult)
    {
        switch (StepGroups[f.Template.Code[f.Pc]])
        {
            case 1: return StepNamesAndProperties(ref f, entry, ref opStart, out stepResult);
            case 2: return StepOperatorsAndControl(ref f, entry, ref opStart, out stepResult);
            case 3: return StepCallsAndLiterals(ref f, entry, ref opStart, out stepResult);
            case 4: return StepIterationAndSuspension(ref f, entry, ref opStart, out stepResult);
            default: throw new InvalidOperationException($"Unknown opcode {(OpCode)f.Template.Code[f.Pc]} at {f.Pc}");
        }
    }

    /// <summary>Which Step method implements each opcode (from <see cref="OpCodeTable"/>), indexed by the raw opcode.</summary>
    private static readonly byte[] StepGroups = BuildStepGroups();

    private static byte[] BuildStepGroups()
    {
        var groups = new byte[256];
        foreach (var op in Enum.GetValues<OpCode>()) groups[(int)op] = (byte)OpCodeTable.Get(op).Group;
        return groups;
    }

    /// <summary>Step for stack, variables, properties.</summary>
    private bool StepNamesAndProperties(ref Frame f, Frame entry, ref int opStart, out JsValue stepResult)
    {
        var t = f.Template;
        var code = t.Code;
        var regs = f.Regs;
        var consts = t.Constants;
        int pc = f.Pc;
        int sp = f.Sp;
        var realm = f.Realm;

        {
            opStart = pc;
            switch ((OpCode)code[pc++])
            {
                case OpCode.Debugger:
                    break;
                case OpCode.LoadUndefined: regs[sp++] = JsValue.Undefined; break;
                case OpCode.LoadNull: regs[sp++] = JsValue.Null; break;
                case OpCode.LoadTrue: regs[sp++] = JsValue.True; break;
                case OpCode.LoadFalse: regs[sp++] = JsValue.False; break;
                case OpCode.LoadInt:
                case OpCode.LoadLabel:
                    regs[sp++] = new JsValue((double)code[pc++]);
                    break;
                case OpCode.LoadConst: regs[sp++] = (JsValue)consts[code[pc++]]; break;
                case OpCode.LoadHole: regs[sp++] = JsValue.Hole; break;
                case OpCode.LoadThis:
                    {
                        var th = BoundThis(f);
                        if (th.IsHole) throw new JsException(ErrorKind.ReferenceError, "Must call super constructor in derived class before accessing 'this' or returning from derived constructor");
                        regs[sp++] = th;
                        break;
                    }
                case OpCode.LoadNewTarget: regs[sp++] = f.NewTargetValue; break;
                case OpCode.LoadFunction: regs[sp++] = f.Function is null ? JsValue.Undefined : f.Function; break;
                case OpCode.Pop: sp--; break;
                case OpCode.Dup: regs[sp] = regs[sp - 1]; sp++; break;
                case OpCode.Dup2: regs[sp] = regs[sp - 2]; regs[sp + 1] = regs[sp - 1]; sp += 2; break;
                case OpCode.Swap: (regs[sp - 1], regs[sp - 2]) = (regs[sp - 2], regs[sp - 1]); break;
                case OpCode.Rot3: Rotate3(regs, sp); break;
                case OpCode.Rot4: Rotate4(regs, sp); break;
                case OpCode.Dup3:
                    regs[sp] = regs[sp - 3]; regs[sp + 1] = regs[sp - 2]; regs[sp + 2] = regs[sp - 1];
                    sp += 3;
                    break;
                case OpCode.Rot5:
                    {
                        var e = regs[sp - 1];
                        Array.Copy(regs, sp - 5, regs, sp - 4, 4);
                        regs[sp - 5] = e;
                        break;
                    }

                // ------------------------------------------------------ variables
                case OpCode.LoadLocal: regs[sp++] = regs[code[pc++]]; break;
                case OpCode.LoadLocal2:
                    regs[sp++] = regs[code[pc++]];
                    regs[sp++] = regs[code[pc++]];
                    break;
                case OpCode.StoreLocal: regs[code[pc++]] = regs[--sp]; break;
                case OpCode.LoadLocalChecked:
                    {
                        var v = regs[code[pc++]];
                        int nameK = code[pc++];
                        if (v.IsHole) throw TdzError(consts[nameK]);
                        regs[sp++] = v;
                        break;
                    }
                case OpCode.CheckLocalInit:
                    {
                        var v = regs[code[pc++]];
                        int nameK = code[pc++];
                        if (v.IsHole) throw TdzError(consts[nameK]);
                        break;
                    }
                case OpCode.LoadCtx:
                    {
                        int depth = code[pc++];
                        var c = f.Ctx!;
                        while (depth-- > 0) c = c.Parent!;
                        regs[sp++] = c.Slots[code[pc++]];
                        break;
                    }
                case OpCode.StoreCtx:
                    {
                        int depth = code[pc++];
                        var c = f.Ctx!;
                        while (depth-- > 0) c = c.Parent!;
                        c.Slots[code[pc++]] = regs[--sp];
                        break;
                    }
                case OpCode.LoadCtxChecked:
                case OpCode.CheckCtxInit:
                    {
                        bool load = (OpCode)code[opStart] == OpCode.LoadCtxChecked;
                        int depth = code[pc++];
                        var c = f.Ctx!;
                        while (depth-- > 0) c = c.Parent!;
                        var v = c.Slots[code[pc++]];
                        int nameK = code[pc++];
                        if (v.IsHole) throw TdzError(consts[nameK]);
                        if (load) regs[sp++] = v;
                        break;
                    }
                case OpCode.PushContext:
                case OpCode.PopContext:
                case OpCode.CloneContext:
                    f.Pc = opStart;
                    ChangeContext(f, (OpCode)code[opStart]);
                    pc = f.Pc;
                    break;
                case OpCode.LoadGlobal:
                case OpCode.LoadGlobalOrUndefined:
                    {
                        int keyK = code[pc++];
                        ref var cache = ref t.Caches[code[pc++]];
                        if (cache.Version == realm.GlobalVersion)
                        {
                            if (cache.Binding is { } gb)
                            {
                                if (gb.Value.IsHole) throw TdzError(consts[keyK]);
                                regs[sp++] = gb.Value;
                            }
                            else regs[sp++] = realm.GlobalObject.Slots[cache.Slot];
                            break;
                        }
                        regs[sp++] = LoadGlobal(realm, (PropertyKey)consts[keyK], (OpCode)code[opStart] == OpCode.LoadGlobal, ref cache);
                        break;
                    }
                case OpCode.StoreGlobal:
                    {
                        var key = (PropertyKey)consts[code[pc++]];
                        bool strict = code[pc++] != 0;
                        StoreGlobal(realm, key, regs[--sp], strict);
                        break;
                    }
                case OpCode.InitGlobalLexical:
                    {
                        var key = (PropertyKey)consts[code[pc++]];
                        realm.GlobalLexicals[key.Name].Value = regs[--sp];
                        break;
                    }
                case OpCode.DeclareGlobals:
                    GlobalDeclarationInstantiation(realm, (GlobalDeclarations)consts[code[pc++]]);
                    break;
                case OpCode.ThrowConstAssign:
                    pc++;
                    throw new JsException(ErrorKind.TypeError, "Assignment to constant variable.");
                case OpCode.LoadArg:
                    {
                        regs[sp++] = f.Args!.At(code[pc++]);
                        break;
                    }
                case OpCode.LoadRestArgs:
                    {
                        regs[sp++] = RestArguments(realm, f.Args!, code[pc++]);
                        break;
                    }
                case OpCode.LoadImport:
                    regs[sp++] = ((Modules.ImportEntry)consts[code[pc++]]).Read();
                    break;
                case OpCode.LoadImportMeta:
                    regs[sp++] = ((Modules.ModuleSite)consts[code[pc++]]).Module!.GetImportMeta();
                    break;
                case OpCode.CreateArguments:
                    regs[sp++] = CreateArgumentsObject(f);
                    break;

                // ----------------------------------------------------- properties
                case OpCode.GetNamed:
                case OpCode.GetLength:
                case OpCode.GetNamedKeep:
                    f.Pc = opStart;
                    f.Sp = sp;
                    GetNamedAt(f, (OpCode)code[opStart]);
                    pc = f.Pc;
                    sp = f.Sp;
                    break;
                case OpCode.SetNamed:
                    {
                        int keyK = code[pc++];
                        ref var cache = ref t.Caches[code[pc++]];
                        var value = regs[--sp];
                        var obj = regs[sp - 1];
                        if (obj.Ref is JsObject o && ReferenceEquals(o.Shape, cache.Shape) && cache.Holder is null)
                        {
                            if (cache.NewShape is null) o.Slots[cache.Slot] = value;
                            else if (ChainUnchanged(o, cache.Chain!)) o.AddSlotWithShape(cache.NewShape, value);
                            else SetNamedAndCache(o, (PropertyKey)consts[keyK], value, t.Strict, ref cache);
                        }
                        else if (obj.Ref is JsObject o2)
                            SetNamedAndCache(o2, (PropertyKey)consts[keyK], value, t.Strict, ref cache);
                        else
                            SetProperty(obj, (PropertyKey)consts[keyK], value, t.Strict, realm);
                        regs[sp - 1] = value;
                        break;
                    }
                case OpCode.GetKeyed:
                    {
                        ref var site = ref t.KeyedCaches[code[pc++]];
                        var keyVal = regs[--sp];
                        var obj = regs[sp - 1];
                        f.Pc = pc; // a getter's caller frame shows this access
                        regs[sp - 1] = GetKeyed(realm, obj, keyVal, ref site);
                        break;
                    }
                case OpCode.GetKeyedKeep:
                    {
                        // obj key → fn obj
                        ref var site = ref t.KeyedCaches[code[pc++]];
                        var keyVal = regs[sp - 1];
                        var obj = regs[sp - 2];
                        f.Pc = pc; // a getter's caller frame shows this access
                        regs[sp - 2] = GetKeyed(realm, obj, keyVal, ref site);
                        regs[sp - 1] = obj;
                        break;
                    }
                case OpCode.SetKeyed:
                    {
                        var value = regs[--sp];
                        var keyVal = regs[--sp];
                        PutKeyed(regs[sp - 1], keyVal, value, t.Strict, realm);
                        regs[sp - 1] = value;
                        break;
                    }
                case OpCode.SetKeyedLocals:
                    {
                        var obj = regs[code[pc++]];
                        var keyVal = regs[code[pc++]];
                        PutKeyed(obj, keyVal, regs[sp - 1], t.Strict, realm);
                        break;
                    }
                case OpCode.DeleteNamed:
                    {
                        var key = (PropertyKey)consts[code[pc++]];
                        bool strict = code[pc++] != 0;
                        regs[sp - 1] = DeleteProperty(realm, regs[sp - 1], key, strict);
                        break;
                    }
                case OpCode.DeleteKeyed:
                    {
                        bool strict = code[pc++] == 1;
                        var keyVal = regs[--sp];
                        regs[sp - 1] = DeleteProperty(realm, regs[sp - 1], Operations.ToPropertyKey(keyVal), strict);
                        break;
                    }
                case OpCode.DeleteGlobal:
                    {
                        // delete of an unqualified name (global lexicals are not deletable)
                        var name = (PropertyKey)consts[code[pc++]];
                        regs[sp++] = realm.GlobalLexicals.ContainsKey(name.Name)
                            ? JsValue.False
                            : DeleteProperty(realm, realm.GlobalObject, name, false);
                        break;
                    }
                case OpCode.GetSuperNamed:
                    {
                        var key = (PropertyKey)consts[code[pc++]];
                        regs[sp - 1] = SuperGet(f, key, regs[sp - 1]);
                        break;
                    }
                case OpCode.GetSuperKeyed:
                    {
                        var superBase = regs[--sp];
                        var keyVal = regs[--sp];
                        regs[sp - 1] = SuperGet(superBase, Operations.ToPropertyKey(keyVal), regs[sp - 1]);
                        break;
                    }
                case OpCode.LoadSuperBase:
                    regs[sp++] = GetSuperBase(f) is { } superProto ? superProto : JsValue.Null;
                    break;
                case OpCode.SetSuperNamed:
                    {
                        var key = (PropertyKey)consts[code[pc++]];
                        var value = regs[--sp];
                        SuperSet(f, key, regs[sp - 1], value);
                        regs[sp - 1] = value;
                        break;
                    }
                case OpCode.SetSuperKeyed:
                    {
                        var value = regs[--sp];
                        var superBase = regs[--sp];
                        var keyVal = regs[--sp];
                        SuperSet(f, superBase, Operations.ToPropertyKey(keyVal), regs[sp - 1], value);
                        regs[sp - 1] = value;
                        break;
                    }
                case OpCode.GetPrivate:
                    {
                        var name = (PrivateName)regs[--sp].Ref!;
                        regs[sp - 1] = PrivateGet(regs[sp - 1], name);
                        break;
                    }
                case OpCode.SetPrivate:
                    {
                        var name = (PrivateName)regs[--sp].Ref!;
                        var value = regs[--sp];
                        PrivateSet(regs[sp - 1], name, value);
                        regs[sp - 1] = value;
                        break;
                    }
                case OpCode.HasPrivate:
                    {
                        var name = (PrivateName)regs[--sp].Ref!;
                        var obj = regs[sp - 1];
                        if (obj.AsObject is not JsObject po) throw new JsException(ErrorKind.TypeError, "Cannot use 'in' operator to search for a private field in a non-object");
                        regs[sp - 1] = JsValue.FromBool(po.PrivateElements?.ContainsKey(name) == true);
                        break;
                    }
                case OpCode.ToPropertyKey:
                    {
                        var v = regs[sp - 1];
                        if (!v.IsString && !v.IsSymbol && !(v.IsNumber))
                            regs[sp - 1] = Operations.ToPropertyKey(v).ToJsValue();
                        break;
                    }
                case OpCode.ToObject:
                    regs[sp - 1] = Operations.ToObject(realm, regs[sp - 1]);
                    break;
                case OpCode.WithHas:
                    {
                        var key = (PropertyKey)consts[code[pc++]];
                        regs[sp] = JsValue.FromBool(WithHasBinding(regs[sp - 1].Object, key));
                        sp++;
                        break;
                    }
                case OpCode.EvalVarHas:
                    {
                        var key = (PropertyKey)consts[code[pc++]];
                        regs[sp] = JsValue.FromBool(regs[sp - 1].Ref is JsObject vars && vars.HasOwnProperty(key));
                        sp++;
                        break;
                    }
                case OpCode.DeclareEvalVar:
                    regs[sp - 1] = DeclareEvalVar(regs[sp - 1], (PropertyKey)consts[code[pc++]]);
                    break;
                case OpCode.DeclareEvalGlobals:
                    EvalGlobalDeclarationInstantiation(realm, (EvalGlobalDeclarations)consts[code[pc++]]);
                    break;
                case OpCode.WithGetBinding:
                    {
                        var key = (PropertyKey)consts[code[pc++]];
                        bool strict = code[pc++] != 0;
                        f.Pc = pc;
                        regs[sp - 1] = WithGetBindingValue(regs[sp - 1].Object, key, strict);
                        break;
                    }
                case OpCode.WithSetBinding:
                    {
                        var key = (PropertyKey)consts[code[pc++]];
                        bool strict = code[pc++] != 0;
                        var value = regs[--sp];
                        f.Pc = pc;
                        WithSetMutableBinding(regs[sp - 1].Object, key, value, strict);
                        regs[sp - 1] = value;
                        break;
                    }
                case OpCode.ReferenceKey:
                    {
                        var obj = regs[sp - 2];
                        if (obj.IsNullish) throw new JsException(ErrorKind.TypeError, NullishAccessMessage("read", obj, regs[sp - 1]));
                        var v = regs[sp - 1];
                        if (!v.IsString && !v.IsSymbol && !v.IsNumber) regs[sp - 1] = Operations.ToPropertyKey(v).ToJsValue();
                        break;
                    }
                case OpCode.RequireObjectCoercible:
                    {
                        var v = regs[sp - 1];
                        if (v.IsNullish) throw CannotDestructure(v, f.Template.ErrorSubjectAt(opStart));
                        break;
                    }

                default:
                    throw new InvalidOperationException($"Unknown opcode {(OpCode)code[opStart]} at {opStart}");
            }
        }
        f.Pc = pc;
        f.Sp = sp;
        stepResult = default;
        return false;
    }

    /// <summary>Step for operators, control.</summary>
    private bool StepOperatorsAndControl(ref Frame f, Frame entry, ref int opStart, out JsValue stepResult)
    {
        var t = f.Template;
        var code = t.Code;
        var regs = f.Regs;
        var consts = t.Constants;
        int pc = f.Pc;
        int sp = f.Sp;
        var realm = f.Realm;

        {
            opStart = pc;
            // An operator's valueOf, toString or @@hasInstance sees this frame at the operator
            // (its Pc - 1 inside the instruction, as during a call), not at the one before it.
            f.Pc = pc + 1;
            switch ((OpCode)code[pc++])
            {
                // ------------------------------------------------------ operators
                case OpCode.Add:
                    {
                        var b = regs[--sp];
                        var a = regs[sp - 1];
                        regs[sp - 1] = a.IsNumber && b.IsNumber ? new JsValue(a.Number + b.Number)
                            : a.IsString && b.IsString ? ConcatString.Concat(a, b)
                            : Arithmetic.Add(a, b);
                        break;
                    }
                case OpCode.Sub:
                    {
                        var b = regs[--sp];
                        var a = regs[sp - 1];
                        regs[sp - 1] = a.IsNumber && b.IsNumber ? new JsValue(a.Number - b.Number) : Arithmetic.Binary(OpCode.Sub, a, b);
                        break;
                    }
                case OpCode.Mul:
                    {
                        var b = regs[--sp];
                        var a = regs[sp - 1];
                        regs[sp - 1] = a.IsNumber && b.IsNumber ? new JsValue(a.Number * b.Number) : Arithmetic.Binary(OpCode.Mul, a, b);
                        break;
                    }
                case OpCode.Div:
                    {
                        var b = regs[--sp];
                        var a = regs[sp - 1];
                        regs[sp - 1] = a.IsNumber && b.IsNumber ? new JsValue(a.Number / b.Number) : Arithmetic.Binary(OpCode.Div, a, b);
                        break;
                    }
                case OpCode.Mod: case OpCode.Exp:
                case OpCode.BitAnd: case OpCode.BitOr: case OpCode.BitXor:
                case OpCode.Shl: case OpCode.Shr: case OpCode.UShr:
                    {
                        var b = regs[--sp];
                        var a = regs[sp - 1];
                        regs[sp - 1] = Arithmetic.Binary((OpCode)code[opStart], a, b);
                        break;
                    }
                case OpCode.Eq:
                    {
                        var b = regs[--sp];
                        regs[sp - 1] = JsValue.FromBool(Operations.IsLooselyEqual(regs[sp - 1], b));
                        break;
                    }
                case OpCode.Ne:
                    {
                        var b = regs[--sp];
                        regs[sp - 1] = JsValue.FromBool(!Operations.IsLooselyEqual(regs[sp - 1], b));
                        break;
                    }
                case OpCode.StrictEq:
                    {
                        var b = regs[--sp];
                        regs[sp - 1] = JsValue.FromBool(JsValue.StrictEquals(regs[sp - 1], b));
                        break;
                    }
                case OpCode.StrictNe:
                    {
                        var b = regs[--sp];
                        regs[sp - 1] = JsValue.FromBool(!JsValue.StrictEquals(regs[sp - 1], b));
                        break;
                    }
                case OpCode.Lt:
                    {
                        var b = regs[--sp];
                        var a = regs[sp - 1];
                        regs[sp - 1] = a.IsNumber && b.IsNumber ? JsValue.FromBool(a.Number < b.Number) : JsValue.FromBool(Operations.IsLessThan(a, b, true) == true);
                        break;
                    }
                case OpCode.Gt:
                    {
                        var b = regs[--sp];
                        var a = regs[sp - 1];
                        regs[sp - 1] = a.IsNumber && b.IsNumber ? JsValue.FromBool(a.Number > b.Number) : JsValue.FromBool(Operations.IsLessThan(b, a, false) == true);
                        break;
                    }
                case OpCode.Le:
                    {
                        var b = regs[--sp];
                        var a = regs[sp - 1];
                        regs[sp - 1] = a.IsNumber && b.IsNumber ? JsValue.FromBool(a.Number <= b.Number) : JsValue.FromBool(Operations.IsLessThan(b, a, false) == false);
                        break;
                    }
                case OpCode.Ge:
                    {
                        var b = regs[--sp];
                        var a = regs[sp - 1];
                        regs[sp - 1] = a.IsNumber && b.IsNumber ? JsValue.FromBool(a.Number >= b.Number) : JsValue.FromBool(Operations.IsLessThan(a, b, true) == false);
                        break;
                    }
                case OpCode.InstanceOf:
                    {
                        var b = regs[--sp];
                        regs[sp - 1] = JsValue.FromBool(Operations.InstanceOf(regs[sp - 1], b));
                        break;
                    }
                case OpCode.In:
                    {
                        var b = regs[--sp];
                        if (b.AsObject is not JsObject target)
                            throw new JsException(ErrorKind.TypeError, $"Cannot use 'in' operator to search for '{InOperand(regs[sp - 1])}' in {InOperand(b)}");
                        regs[sp - 1] = JsValue.FromBool(target.HasProperty(Operations.ToPropertyKey(regs[sp - 1])));
                        break;
                    }
                case OpCode.Neg:
                    {
                        var a = regs[sp - 1];
                        regs[sp - 1] = a.IsNumber ? new JsValue(-a.Number) : Arithmetic.Negate(a);
                        break;
                    }
                case OpCode.Plus:
                    regs[sp - 1] = new JsValue(Operations.ToNumber(regs[sp - 1]));
                    break;
                case OpCode.Not:
                    regs[sp - 1] = JsValue.FromBool(!Operations.ToBoolean(regs[sp - 1]));
                    break;
                case OpCode.BitNot:
                    regs[sp - 1] = Arithmetic.BitNot(regs[sp - 1]);
                    break;
                case OpCode.TypeOf:
                    regs[sp - 1] = Operations.TypeOf(regs[sp - 1]);
                    break;
                case OpCode.Inc:
                    regs[sp - 1] = Arithmetic.Increment(regs[sp - 1], 1);
                    break;
                case OpCode.Dec:
                    regs[sp - 1] = Arithmetic.Increment(regs[sp - 1], -1);
                    break;
                case OpCode.ToNumeric:
                    if (!regs[sp - 1].IsNumber) regs[sp - 1] = Operations.ToNumeric(regs[sp - 1]);
                    break;
                case OpCode.IncLocal:
                    {
                        // LoadLocal r, ToNumeric, Inc or Dec, StoreLocal r (BytecodeBuilder fuses them).
                        int r = code[pc++], delta = code[pc++];
                        regs[r] = Arithmetic.Increment(regs[r].IsNumber ? regs[r] : Operations.ToNumeric(regs[r]), delta);
                        break;
                    }
                case OpCode.ToStringOp:
                    if (!regs[sp - 1].IsString) regs[sp - 1] = Operations.ToString(regs[sp - 1]);
                    break;

                // -------------------------------------------------------- control
                case OpCode.Jump:
                    pc = code[pc];
                    if (pc <= opStart) PollCancellation(); // loop back edge
                    break;
                case OpCode.JumpIfFalse:
                    {
                        var v = regs[--sp];
                        if (v.IsFalse || (!v.IsTrue && !Operations.ToBoolean(v))) { pc = code[pc]; if (pc <= opStart) PollCancellation(); }
                        else pc++;
                        break;
                    }
                case OpCode.JumpIfTrue:
                    {
                        var v = regs[--sp];
                        if (v.IsTrue || (!v.IsFalse && Operations.ToBoolean(v))) { pc = code[pc]; if (pc <= opStart) PollCancellation(); }
                        else pc++;
                        break;
                    }
                case OpCode.JumpIfFalseKeep:
                    if (!Operations.ToBoolean(regs[sp - 1])) pc = code[pc]; else { pc++; sp--; }
                    break;
                case OpCode.JumpIfTrueKeep:
                    if (Operations.ToBoolean(regs[sp - 1])) pc = code[pc]; else { pc++; sp--; }
                    break;
                case OpCode.JumpIfNotNullishKeep:
                    if (!regs[sp - 1].IsNullish) pc = code[pc]; else { pc++; sp--; }
                    break;
                case OpCode.JumpIfNullish:
                    if (regs[sp - 1].IsNullish) pc = code[pc]; else pc++;
                    break;
                case OpCode.JumpIfNotUndefined:
                    if (!regs[sp - 1].IsUndefined) pc = code[pc]; else pc++;
                    break;
                case OpCode.Throw:
                    {
                        var v = regs[--sp];
                        f.Pc = pc;
                        f.Sp = sp;
                        RecordThrowSite(f, opStart);
                        if (!HandleThrow(ref f, entry, v, out _)) throw new FrameExitException(v);
                        t = f.Template; code = t.Code; regs = f.Regs; consts = t.Constants; pc = f.Pc; sp = f.Sp; realm = f.Realm;
                        break;
                    }
                case OpCode.ThrowError:
                    {
                        var kind = (ErrorKind)code[pc++];
                        var msg = (JsValue)consts[code[pc++]];
                        throw new JsException(kind, msg.String);
                    }
                case OpCode.EndFinally:
                    {
                        int kindReg = code[pc++];
                        int valueReg = code[pc++];
                        int target = EndFinallyTarget(regs, kindReg, valueReg, pc);
                        if (target >= 0) { pc = target; break; }
                        var kind = (int)regs[kindReg].Number;
                        var value = regs[valueReg];
                        f.Pc = opStart + 1;
                        f.Sp = sp;
                        if (kind == CompletionKind.Throw)
                        {
                            if (!HandleThrow(ref f, entry, value, out _)) throw new FrameExitException(value);
                        }
                        else
                        {
                            // Return (from generator.return): continue to outer finally blocks or return.
                            if (FindHandler(f, f.Pc, true, out var h)) EnterHandler(f, h, CompletionKind.Return, value);
                            else
                            {
                                regs[sp++] = value;
                                goto case OpCode.Return;
                            }
                        }
                        t = f.Template; code = t.Code; regs = f.Regs; consts = t.Constants; pc = f.Pc; sp = f.Sp; realm = f.Realm;
                        break;
                    }
                case OpCode.ReturnUndefined:
                    regs[sp++] = JsValue.Undefined;
                    goto case OpCode.Return;
                case OpCode.Return:
                    {
                        var v = regs[--sp];
                        if (f.Resumed != InlineResume.None)
                        {
                            f.Sp = sp;
                            // A reaction job's handler with no job after it to run in its frame: the entry's run ends.
                            if (LeaveResumedFrame(f, v) is not { } next)
                            {
                                stepResult = JsValue.Undefined;
                                return true;
                            }
                            f = next;
                            t = f.Template; code = t.Code; regs = f.Regs; consts = t.Constants; pc = f.Pc; sp = f.Sp; realm = f.Realm;
                            break;
                        }
                        // Completed first: a TypeError from the construct checks is thrown by
                        // [[Construct]] after the body has returned, past the body's own handlers.
                        f.Completed = true;
                        if (f.IsConstruct) v = ConstructResult(f, v);
                        if (f == entry)
                        {
                            f.Sp = sp;
                            PopFrame(f);
                            stepResult = v;
                            return true;
                        }
                        f = ReturnToCaller(f, sp);
                        t = f.Template; code = t.Code; regs = f.Regs; consts = t.Constants; pc = f.Pc; sp = f.Sp; realm = f.Realm;
                        Realm.Current = realm;
                        regs[sp++] = v;
                        break;
                    }

                default:
                    throw new InvalidOperationException($"Unknown opcode {(OpCode)code[opStart]} at {opStart}");
            }
        }
        f.Pc = pc;
        f.Sp = sp;
        stepResult = default;
        return false;
    }

    /// <summary>Step for calls, literals.</summary>
    private bool StepCallsAndLiterals(ref Frame f, Frame entry, ref int opStart, out JsValue stepResult)
    {
        var t = f.Template;
        var code = t.Code;
        var regs = f.Regs;
        var consts = t.Constants;
        int pc = f.Pc;
        int sp = f.Sp;
        var realm = f.Realm;

        {
            opStart = pc;
            switch ((OpCode)code[pc++])
            {
                // ----------------------------------------------------------- calls
                case OpCode.Call:
                case OpCode.CallEval:
                    {
                        int argc = code[pc++];
                        int evalScopeK = (OpCode)code[opStart] == OpCode.CallEval ? code[pc++] : -1;
                        int fnIndex = sp - argc - 2;
                        var callee = regs[fnIndex];
                        if (callee.RawRef is ScriptFunction sf && IsPlainCall(sf.Template))
                        {
                            f.Pc = pc;
                            f.Sp = fnIndex;
                            f = EnterCall(sf, regs, fnIndex + 1, argc);
                            t = f.Template; code = t.Code; regs = f.Regs; consts = t.Constants; pc = f.Pc; sp = f.Sp; realm = f.Realm;
                            Realm.Current = realm;
                            break;
                        }
                        if (callee.Ref is not JsFunction fo) throw NotCallable(f, opStart, callee);
                        // Function.prototype.call.bind(3)(): V8 names the call site's callee there too.
                        if (CallsNonCallableThrough(fo, regs, fnIndex, argc)
                            || (fo is BoundFunction && ReachesNonCallable(fo, regs[fnIndex + 1], new ReadOnlySpan<JsValue>(regs, fnIndex + 2, argc))))
                            throw NotCallable(f, opStart, regs[fnIndex + 1]);
                        f.Pc = pc;
                        f.Sp = sp;
                        JsValue result;
                        if (evalScopeK >= 0 && ReferenceEquals(fo, realm.Eval))
                            result = PerformDirectEvalAt(f, argc > 0 ? regs[fnIndex + 2] : JsValue.Undefined, (Scope)consts[evalScopeK]);
                        else
                        {
                            f.NativeCall = NativeCallAt(fnIndex, NativeCallShape.Call);
                            result = fo.Call(regs[fnIndex + 1], new ReadOnlySpan<JsValue>(regs, fnIndex + 2, argc));
                            f.NativeCall = 0;
                        }
                        sp = fnIndex;
                        regs[sp++] = result;
                        Realm.Current = realm;
                        break;
                    }
                case OpCode.SpreadArgs:
                    {
                        // The call that follows copies the elements before anything else runs, so a packed
                        // array whose iteration is unobservable can stand for its own spread.
                        var iterable = regs[sp - 1];
                        if (iterable.RawRef is JsArray a && IteratorRecord.IteratesAsPacked(realm, a)) break;
                        f.Pc = pc; f.Sp = sp;
                        var gathered = new JsArray(realm.ArrayPrototype, 0);
                        SpreadInto(gathered, iterable, realm, f.Template.ErrorSubjectAt(opStart));
                        regs[sp - 1] = gathered;
                        break;
                    }
                case OpCode.CallSpread:
                    {
                        var argsArr = (JsArray)regs[--sp].Object;
                        var thisV = regs[--sp];
                        var callee = regs[--sp];
                        if (callee.RawRef is ScriptFunction sf && IsPlainCall(sf.Template))
                        {
                            // Like Call: the callee's frame runs in this loop.
                            f.Pc = pc;
                            f.Sp = sp;
                            f = EnterCall(sf, thisV, argsArr.IsPacked ? argsArr.DenseItems : ArrayToArgs(argsArr));
                            t = f.Template; code = t.Code; regs = f.Regs; consts = t.Constants; pc = f.Pc; sp = f.Sp; realm = f.Realm;
                            Realm.Current = realm;
                            break;
                        }
                        if (callee.Ref is not JsFunction fo) throw NotCallable(f, opStart, callee);
                        f.Pc = pc; f.Sp = sp;
                        // Popped, but still in place above sp while the builtin runs.
                        f.NativeCall = NativeCallAt(sp, NativeCallShape.CallSpread);
                        var result = fo.Call(thisV, ArrayToArgs(argsArr));
                        f.NativeCall = 0;
                        regs[sp++] = result;
                        Realm.Current = realm;
                        break;
                    }
                case OpCode.CallEvalSpread:
                    {
                        // eval(...args): a direct eval of the first argument when eval is %eval%.
                        var evalScope = (Scope)consts[code[pc++]];
                        var args = ArrayToArgs((JsArray)regs[--sp].Object);
                        var thisV = regs[--sp];
                        var callee = regs[--sp];
                        if (callee.Ref is not JsFunction fo) throw NotCallable(f, opStart, callee);
                        f.Pc = pc; f.Sp = sp;
                        regs[sp++] = ReferenceEquals(fo, realm.Eval)
                            ? PerformDirectEvalAt(f, args.Length > 0 ? args[0] : JsValue.Undefined, evalScope)
                            : fo.Call(thisV, args);
                        Realm.Current = realm;
                        break;
                    }
                case OpCode.New:
                    {
                        int argc = code[pc++];
                        int fnIndex = sp - argc - 1;
                        var callee = regs[fnIndex];
                        if (callee.Ref is not JsFunction { IsConstructor: true } ctor) throw NotConstructor(f, opStart, callee);
                        f.Pc = pc;
                        f.Sp = sp;
                        if (ctor is ScriptFunction sf)
                        {
                            f.Sp = fnIndex;
                            f = EnterConstruct(sf, new ReadOnlySpan<JsValue>(regs, fnIndex + 1, argc));
                            t = f.Template; code = t.Code; regs = f.Regs; consts = t.Constants; pc = f.Pc; sp = f.Sp; realm = f.Realm;
                            Realm.Current = realm;
                            break;
                        }
                        f.NativeCall = NativeCallAt(fnIndex, NativeCallShape.Construct);
                        var result = ctor.Construct(new ReadOnlySpan<JsValue>(regs, fnIndex + 1, argc), ctor);
                        f.NativeCall = 0;
                        sp = fnIndex;
                        regs[sp++] = result;
                        Realm.Current = realm;
                        break;
                    }
                case OpCode.NewSpread:
                    {
                        var argsArr = (JsArray)regs[--sp].Object;
                        var callee = regs[--sp];
                        if (callee.Ref is not JsFunction { IsConstructor: true } ctor) throw NotConstructor(f, opStart, callee);
                        f.Pc = pc; f.Sp = sp;
                        f.NativeCall = NativeCallAt(sp, NativeCallShape.Construct);
                        var result = ctor.Construct(ArrayToArgs(argsArr), ctor);
                        f.NativeCall = 0;
                        regs[sp++] = result;
                        Realm.Current = realm;
                        break;
                    }
                case OpCode.SuperCall:
                    {
                        int argc = code[pc++];
                        f.Pc = pc; f.Sp = sp;
                        var result = SuperCall(f, new ReadOnlySpan<JsValue>(regs, sp - argc, argc));
                        sp -= argc;
                        regs[sp++] = result;
                        Realm.Current = realm;
                        break;
                    }
                case OpCode.SuperCallSpread:
                    {
                        var argsArr = (JsArray)regs[--sp].Object;
                        f.Pc = pc; f.Sp = sp;
                        regs[sp++] = SuperCall(f, ArrayToArgs(argsArr));
                        Realm.Current = realm;
                        break;
                    }

                // -------------------------------------------------------- literals
                case OpCode.DynamicImport:
                    {
                        var referrer = ImportReferrer(f, ((JsValue)consts[code[pc++]]).String);
                        var phase = (ImportPhase)code[pc++];
                        f.Pc = pc; f.Sp = sp;
                        var options = regs[--sp];
                        regs[sp - 1] = _engine.ImportDynamically(realm, referrer, regs[sp - 1], options, phase);
                        break;
                    }
                case OpCode.NewObject:
                    regs[sp++] = new JsObject(realm.ObjectPrototype, code[pc++]);
                    break;
                case OpCode.NewArray:
                    regs[sp++] = new JsArray(realm.ArrayPrototype, code[pc++]);
                    break;
                case OpCode.ArrayPush:
                    {
                        var v = regs[--sp];
                        ((JsArray)regs[sp - 1].Object).Push(v);
                        break;
                    }
                case OpCode.ArrayPushHole:
                    {
                        var arr = (JsArray)regs[sp - 1].Object;
                        arr.SetLength(arr.Length + 1);
                        break;
                    }
                case OpCode.ArraySpread:
                    {
                        var iterable = regs[--sp];
                        f.Pc = pc; f.Sp = sp;
                        SpreadInto((JsArray)regs[sp - 1].Object, iterable, realm, f.Template.ErrorSubjectAt(opStart));
                        break;
                    }
                case OpCode.DefineField:
                    {
                        var v = regs[--sp];
                        var key = Operations.ToPropertyKey(regs[--sp]);
                        regs[sp - 1].Object.CreateDataPropertyOrThrow(key, v);
                        break;
                    }
                case OpCode.DefineNamedField:
                    {
                        var key = (PropertyKey)consts[code[pc++]];
                        ref var cache = ref t.Caches[code[pc++]];
                        var v = regs[--sp];
                        var target = regs[sp - 1].Object;
                        var before = target.Shape;
                        target.CreateDataPropertyOrThrow(key, v);
                        // A plain object gaining the key through a shared transition: later literals
                        // built the same way take the same step without a lookup (see the fast loop).
                        if (target.GetType() == typeof(JsObject) && !before.IsDictionary && !target.Shape.IsDictionary && target.Shape.Count == before.Count + 1)
                        {
                            cache.Shape = before;
                            cache.NewShape = target.Shape;
                        }
                        break;
                    }
                case OpCode.DefineMethod:
                    {
                        int kind = code[pc++];
                        bool enumerable = code[pc++] != 0;
                        var fn = (JsFunction)regs[--sp].Object;
                        var key = Operations.ToPropertyKey(regs[--sp]);
                        DefineMethod(regs[sp - 1].Object, key, fn, kind, enumerable);
                        break;
                    }
                case OpCode.SetFunctionName:
                    {
                        int prefixK = code[pc++];
                        var fn = regs[sp - 1].Object as JsFunction;
                        var key = Operations.ToPropertyKey(regs[sp - 2]);
                        fn?.SetFunctionName(key, prefixK >= 0 ? ((JsValue)consts[prefixK]).String : null);
                        break;
                    }
                case OpCode.CopyDataProperties:
                    {
                        var source = regs[--sp];
                        f.Pc = pc; f.Sp = sp;
                        CopyDataProperties(realm, regs[sp - 1].Object, source, ReadOnlySpan<JsValue>.Empty);
                        break;
                    }
                case OpCode.CopyDataPropertiesExcluding:
                    {
                        int n = code[pc++];
                        var excluded = new ReadOnlySpan<JsValue>(regs, sp - n, n).ToArray();
                        sp -= n;
                        var source = regs[--sp];
                        f.Pc = pc; f.Sp = sp;
                        CopyDataProperties(realm, regs[sp - 1].Object, source, excluded);
                        break;
                    }
                case OpCode.SetProtoLiteral:
                    {
                        var proto = regs[--sp];
                        if (proto.IsObject || proto.IsNull) regs[sp - 1].Object.SetPrototypeOf(proto.AsObject);
                        break;
                    }
                case OpCode.MakeClosure:
                    regs[sp++] = MakeClosure(f, (FunctionTemplate)consts[code[pc++]]);
                    break;
                case OpCode.MakeClass:
                    {
                        var ct = (ClassTemplate)consts[code[pc++]];
                        bool hasHeritage = code[pc++] != 0;
                        var heritage = hasHeritage ? regs[--sp] : JsValue.Undefined;
                        f.Pc = pc; f.Sp = sp;
                        var (ctor, proto) = MakeClass(f, ct, hasHeritage, heritage);
                        regs[sp++] = ctor;
                        regs[sp++] = proto;
                        break;
                    }
                case OpCode.NewPrivateName:
                    regs[sp++] = JsValue.FromInternal(new PrivateName(((JsValue)consts[code[pc++]]).String));
                    break;
                case OpCode.AddField:
                    {
                        int kind = code[pc++];
                        var init = regs[--sp];
                        var key = regs[--sp];
                        var F = (ScriptFunction)regs[sp - 2].Object;
                        AddClassElement(F, regs[sp - 1].Object, key, init.AsObject as JsFunction, kind);
                        break;
                    }
                case OpCode.DefinePrivateMethod:
                    {
                        int kind = code[pc++];
                        bool isStatic = code[pc++] != 0;
                        var name = (PrivateName)regs[--sp].Ref!;
                        var fn = (ScriptFunction)regs[--sp].Object;
                        DefinePrivateMethod(regs[sp - 1].Object, name, fn, kind, isStatic);
                        break;
                    }
                case OpCode.RunStaticInitializers:
                    f.Pc = pc; f.Sp = sp;
                    RunStaticInitializers((ScriptFunction)regs[sp - 1].Object);
                    break;
                case OpCode.GetTemplateObject:
                    regs[sp++] = GetTemplateObject(realm, (TemplateSite)consts[code[pc++]]);
                    break;
                case OpCode.NewRegExp:
                    {
                        var pattern = ((JsValue)consts[code[pc++]]).String;
                        var flags = ((JsValue)consts[code[pc++]]).String;
                        regs[sp++] = realm.CreateRegExp(pattern, flags);
                        break;
                    }

                default:
                    throw new InvalidOperationException($"Unknown opcode {(OpCode)code[opStart]} at {opStart}");
            }
        }
        f.Pc = pc;
        f.Sp = sp;
        stepResult = default;
        return false;
    }

    /// <summary>Step for iteration, generators and async.</summary>
    private bool StepIterationAndSuspension(ref Frame f, Frame entry, ref int opStart, out JsValue stepResult)
    {
        var t = f.Template;
        var code = t.Code;
        var regs = f.Regs;
        var consts = t.Constants;
        int pc = f.Pc;
        int sp = f.Sp;
        var realm = f.Realm;

        {
            opStart = pc;
            switch ((OpCode)code[pc++])
            {
                // ------------------------------------------------------- iteration
                case OpCode.GetIterator:
                    f.Pc = pc; f.Sp = sp;
                    regs[sp - 1] = JsValue.FromInternal(IteratorRecord.GetIterator(realm, regs[sp - 1], f.Template.ErrorSubjectAt(opStart)));
                    break;
                case OpCode.GetAsyncIterator:
                    f.Pc = pc; f.Sp = sp;
                    regs[sp - 1] = JsValue.FromInternal(GetAsyncIterator(realm, regs[sp - 1]));
                    break;
                case OpCode.IteratorStep:
                    {
                        var rec = (IteratorRecord)regs[sp - 1].Ref!;
                        f.Pc = pc + 1; f.Sp = sp;
                        if (rec.Step(out var value)) { regs[sp - 1] = value; pc++; }
                        else { sp--; pc = code[pc]; }
                        break;
                    }
                case OpCode.IteratorValueOrUndefined:
                    {
                        var rec = (IteratorRecord)regs[sp - 1].Ref!;
                        f.Pc = pc; f.Sp = sp;
                        regs[sp - 1] = rec.Done ? JsValue.Undefined : rec.Step(out var value) ? value : JsValue.Undefined;
                        break;
                    }
                case OpCode.IteratorRestToArray:
                    {
                        var rec = (IteratorRecord)regs[sp - 1].Ref!;
                        f.Pc = pc; f.Sp = sp;
                        var arr = realm.NewArray();
                        while (!rec.Done && rec.Step(out var value)) arr.Push(value);
                        regs[sp - 1] = arr;
                        break;
                    }
                case OpCode.IteratorCloseIfNotDone:
                    {
                        int kind = (int)regs[code[pc++]].Number;
                        var rec = regs[code[pc++]].Ref as IteratorRecord;
                        f.Pc = pc; f.Sp = sp;
                        if (rec is not null && !rec.Done)
                        {
                            if (kind == CompletionKind.Throw) rec.CloseQuietly();
                            else rec.Close();
                        }
                        break;
                    }
                case OpCode.AsyncIteratorNext:
                    // The helper LoopRare runs too (from the instruction's start, leaving pc past it).
                    f.Pc = opStart; f.Sp = sp;
                    AsyncIteratorNext(f);
                    pc = f.Pc;
                    break;
                case OpCode.AsyncIteratorComplete:
                    {
                        // An async generator's own { value, done }: LoopRare's helper reads its slots.
                        f.Pc = opStart; f.Sp = sp;
                        if (CompleteAsyncIteration(f)) { pc = f.Pc; sp = f.Sp; break; }
                        var rec = (IteratorRecord)regs[sp - 2].Ref!;
                        var result = regs[sp - 1];
                        f.Pc = pc + 1;
                        if (result.AsObject is not JsObject resultObject)
                            throw new JsException(ErrorKind.TypeError, $"Iterator result {Operations.ToDisplay(result)} is not an object");
                        if (IteratorComplete(realm, resultObject)) { sp -= 2; pc = code[pc]; break; }
                        regs[sp - 2] = IteratorValue(realm, resultObject);
                        sp--;
                        rec.Done = false;
                        pc++;
                        break;
                    }
                case OpCode.AsyncIteratorCloseCall:
                    {
                        int target = code[pc];
                        bool forThrow = (int)regs[code[pc + 1]].Number == CompletionKind.Throw;
                        var rec = regs[code[pc + 2]].Ref as IteratorRecord;
                        pc += 3;
                        f.Pc = pc; f.Sp = sp;
                        if (rec is null || rec.Done) { pc = target; break; }
                        rec.Done = true;
                        try
                        {
                            // 7.4.13 AsyncIteratorClose steps 4-5: GetMethod(iterator, "return"), Call(return, iterator).
                            var returnMethod = Operations.GetMethod(rec.Iterator, "return");
                            if (returnMethod is null) { pc = target; break; }
                            regs[sp++] = returnMethod.Call(rec.Iterator, []);
                        }
                        catch (JsException) when (forThrow)
                        {
                            pc = target; // 6. If completion is a throw completion, return ? completion.
                        }
                        break;
                    }
                case OpCode.AsyncIteratorCloseCheck:
                    {
                        bool forThrow = (int)regs[code[pc++]].Number == CompletionKind.Throw;
                        var result = regs[--sp];
                        f.Pc = pc; f.Sp = sp;
                        // 8. If innerResult.[[Value]] is not an Object, throw a TypeError exception.
                        if (!forThrow && !result.IsObject) throw new JsException(ErrorKind.TypeError, $"Iterator result {Operations.ToDisplay(result)} is not an object");
                        break;
                    }
                case OpCode.AsyncIteratorCloseRethrow:
                    {
                        bool forThrow = (int)regs[code[pc++]].Number == CompletionKind.Throw;
                        var error = regs[--sp];
                        f.Pc = pc; f.Sp = sp;
                        if (!forThrow) throw new JsException(error);
                        break;
                    }
                // ------------------------------------- explicit resource management
                case OpCode.NewDisposeCapability:
                    regs[sp++] = JsValue.FromInternal(new Builtins.DisposeCapability());
                    break;
                case OpCode.AddDisposable:
                    f.Pc = pc + 2; f.Sp = sp;
                    AddDisposable(realm, regs, code[pc], code[pc + 1], regs[sp - 1]);
                    pc += 2;
                    break;
                case OpCode.DisposeResources:
                    f.Pc = pc + 3; f.Sp = sp;
                    DisposeResources(realm, regs, code[pc], code[pc + 1], code[pc + 2]);
                    pc += 3;
                    break;
                case OpCode.DisposeBegin:
                    DisposeBegin(regs, code[pc], code[pc + 1], code[pc + 2]);
                    pc += 3;
                    break;
                case OpCode.DisposeAsyncStep:
                    {
                        int target = code[pc];
                        var disposal = (Builtins.DisposeCapability)regs[code[pc + 1]].Ref!;
                        pc += 2;
                        f.Pc = pc; f.Sp = sp;
                        if (disposal.Step(realm, out var toAwait)) regs[sp++] = toAwait;
                        else pc = target;
                        break;
                    }
                case OpCode.DisposeAsyncError:
                    ((Builtins.DisposeCapability)regs[code[pc++]].Ref!).RecordError(realm, regs[--sp]);
                    break;
                case OpCode.DisposeEnd:
                    DisposeEnd(regs, code[pc], code[pc + 1], code[pc + 2]);
                    pc += 3;
                    break;
                case OpCode.ForInPrepare:
                    regs[sp - 1] = JsValue.FromInternal(new ForInEnumerator(realm, regs[sp - 1]));
                    break;
                case OpCode.ForInNext:
                    {
                        var en = (ForInEnumerator)regs[sp - 1].Ref!;
                        if (en.MoveNext(out var key)) { regs[sp - 1] = key; pc++; }
                        else { sp--; pc = code[pc]; }
                        break;
                    }

                // --------------------------------------------- generators and async
                case OpCode.InitialYield:
                case OpCode.Yield:
                case OpCode.Await:
                case OpCode.AsyncGeneratorYield:
                case OpCode.YieldDelegate:
                    {
                        var op = (OpCode)code[opStart];
                        if (op == OpCode.YieldDelegate && f.Template.Kind == FunctionKind.AsyncGenerator)
                            f.Delegating = true; // the async generator driver gets the async iterator
                        else if (op == OpCode.YieldDelegate)
                        {
                            // yield*: the iterator replaces the iterable; the generator drives the delegation.
                            f.Pc = pc;
                            f.Sp = sp;
                            regs[sp - 1] = JsValue.FromInternal(IteratorRecord.GetIterator(realm, regs[sp - 1], allowFastPath: false));
                            f.Delegating = true;
                        }
                        if (f != entry) throw new InvalidOperationException("suspension outside the generator's own frame");
                        stepResult = SuspendEntry(f, pc, sp, op);
                        return true;
                    }

                default:
                    throw new InvalidOperationException($"Unknown opcode {(OpCode)code[opStart]} at {opStart}");
            }
        }
        f.Pc = pc;
        f.Sp = sp;
        stepResult = default;
        return false;
    }
}

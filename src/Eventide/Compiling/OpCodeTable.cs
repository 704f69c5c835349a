namespace Eventide.Compiling;

/// <summary>Which of the interpreter's general-path methods implements an instruction.</summary>
internal enum StepGroup : byte { None, NamesAndProperties, OperatorsAndControl, CallsAndLiterals, IterationAndSuspension }

[Flags]
internal enum OpFlags : byte
{
    None = 0,
    /// <summary>Operand 0 is a pc the instruction may jump to (with <see cref="OpInfo.TakenDelta"/>).</summary>
    Jump = 1,
    /// <summary>Control never continues at the next instruction (Jump, Return, Throw...).</summary>
    NoFallthrough = 2,
    /// <summary>A suspension point: the frame may stop here and resume later (yield, await).</summary>
    Suspends = 4,
    /// <summary>Operand 0 is a pc that EndFinally resumes at later, at this instruction's stack depth.</summary>
    ResumeLabel = 8,
}

/// <summary>
/// The facts about one instruction: its inline operands, its stack effect (pops and pushes when
/// it continues at the next instruction; <see cref="TakenDelta"/> when it jumps), the general-path
/// method that implements it, and which operands name registers it reads or writes.
/// </summary>
internal readonly record struct OpInfo(
    byte Operands, sbyte Pops, sbyte Pushes, StepGroup Group, OpFlags Flags = OpFlags.None,
    sbyte PopsOperand = -1, sbyte TakenDelta = 0, byte ReadsRegs = 0, byte WritesRegs = 0)
{
    /// <summary>The values popped, for the instruction at <paramref name="pc"/> (some depend on an operand: argc).</summary>
    public int PopCount(int[] code, int pc) => Pops + (PopsOperand >= 0 ? code[pc + 1 + PopsOperand] : 0);

    public bool IsJump => (Flags & OpFlags.Jump) != 0;
    public bool Falls => (Flags & OpFlags.NoFallthrough) == 0;
    public bool Suspends => (Flags & OpFlags.Suspends) != 0;
    /// <summary>Operand <paramref name="i"/> is a register the instruction reads.</summary>
    public bool ReadsReg(int i) => (ReadsRegs & (1 << i)) != 0;
    public bool WritesReg(int i) => (WritesRegs & (1 << i)) != 0;
}

/// <summary>
/// One table of instruction facts, read by the compiler's stack accounting, the disassembler,
/// the interpreter's dispatch to its general path, suspension points and the bytecode verifier.
/// </summary>
internal static class OpCodeTable
{
    private static readonly OpInfo[] Infos = Build();

    public static ref readonly OpInfo Get(OpCode op) => ref Infos[(int)op];

    /// <summary>The number of opcodes.</summary>
    public static int Count => Infos.Length;

    /// <summary>Number of inline operands of <paramref name="op"/>.</summary>
    public static int OperandCount(OpCode op) => Infos[(int)op].Operands;

    private static OpInfo[] Build()
    {
        const StepGroup N = StepGroup.NamesAndProperties, O = StepGroup.OperatorsAndControl,
            C = StepGroup.CallsAndLiterals, I = StepGroup.IterationAndSuspension;
        const OpFlags J = OpFlags.Jump, End = OpFlags.NoFallthrough, S = OpFlags.Suspends;
        var t = new OpInfo[Enum.GetValues<OpCode>().Length];
        bool[] set = new bool[t.Length];
        void Def(OpCode op, int operands, int pops, int pushes, StepGroup g, OpFlags flags = OpFlags.None,
            int popsOperand = -1, int taken = 0, int reads = 0, int writes = 0)
        {
            t[(int)op] = new OpInfo((byte)operands, (sbyte)pops, (sbyte)pushes, g, flags, (sbyte)popsOperand, (sbyte)taken, (byte)reads, (byte)writes);
            set[(int)op] = true;
        }

        // ---- constants and stack
        Def(OpCode.LoadUndefined, 0, 0, 1, N);
        Def(OpCode.LoadNull, 0, 0, 1, N);
        Def(OpCode.LoadTrue, 0, 0, 1, N);
        Def(OpCode.LoadFalse, 0, 0, 1, N);
        Def(OpCode.LoadInt, 1, 0, 1, N);
        Def(OpCode.LoadLabel, 1, 0, 1, N, OpFlags.ResumeLabel);
        Def(OpCode.LoadConst, 1, 0, 1, N);
        Def(OpCode.LoadHole, 0, 0, 1, N);
        Def(OpCode.LoadThis, 0, 0, 1, N);
        Def(OpCode.LoadNewTarget, 0, 0, 1, N);
        Def(OpCode.LoadFunction, 0, 0, 1, N);
        Def(OpCode.Pop, 0, 1, 0, N);
        Def(OpCode.Dup, 0, 1, 2, N);
        Def(OpCode.Dup2, 0, 2, 4, N);
        Def(OpCode.Swap, 0, 2, 2, N);
        Def(OpCode.Rot3, 0, 3, 3, N);
        Def(OpCode.Rot4, 0, 4, 4, N);
        Def(OpCode.Dup3, 0, 3, 6, N);
        Def(OpCode.Rot5, 0, 5, 5, N);

        // ---- variables
        Def(OpCode.LoadLocal, 1, 0, 1, N, reads: 0b1);
        Def(OpCode.LoadLocal2, 2, 0, 2, N, reads: 0b11);
        Def(OpCode.StoreLocal, 1, 1, 0, N, writes: 0b1);
        Def(OpCode.LoadLocalChecked, 2, 0, 1, N, reads: 0b1);
        Def(OpCode.CheckLocalInit, 2, 0, 0, N, reads: 0b1);
        Def(OpCode.LoadCtx, 2, 0, 1, N);
        Def(OpCode.StoreCtx, 2, 1, 0, N);
        Def(OpCode.LoadCtxChecked, 3, 0, 1, N);
        Def(OpCode.CheckCtxInit, 3, 0, 0, N);
        Def(OpCode.PushContext, 1, 0, 0, N);
        Def(OpCode.PopContext, 0, 0, 0, N);
        Def(OpCode.CloneContext, 0, 0, 0, N);
        Def(OpCode.LoadGlobal, 2, 0, 1, N);
        Def(OpCode.LoadGlobalOrUndefined, 2, 0, 1, N);
        Def(OpCode.StoreGlobal, 2, 1, 0, N);
        Def(OpCode.InitGlobalLexical, 1, 1, 0, N);
        Def(OpCode.DeclareGlobals, 1, 0, 0, N);
        Def(OpCode.ThrowConstAssign, 1, 0, 0, N, End);
        Def(OpCode.LoadArg, 1, 0, 1, N);
        Def(OpCode.LoadRestArgs, 1, 0, 1, N);
        Def(OpCode.CreateArguments, 0, 0, 1, N);
        Def(OpCode.LoadImport, 1, 0, 1, N);
        Def(OpCode.LoadImportMeta, 1, 0, 1, N);
        Def(OpCode.DynamicImport, 2, 2, 1, C);

        // ---- properties
        Def(OpCode.GetNamed, 2, 1, 1, N);
        Def(OpCode.GetLength, 2, 1, 1, N);
        Def(OpCode.SetNamed, 2, 2, 1, N);
        Def(OpCode.GetKeyed, 1, 2, 1, N);
        Def(OpCode.SetKeyed, 0, 3, 1, N);
        Def(OpCode.SetKeyedLocals, 2, 1, 1, N, reads: 0b11);
        Def(OpCode.GetNamedKeep, 2, 1, 2, N);
        Def(OpCode.GetKeyedKeep, 1, 2, 2, N);
        Def(OpCode.DeleteNamed, 2, 1, 1, N);
        Def(OpCode.DeleteKeyed, 1, 2, 1, N);
        Def(OpCode.DeleteGlobal, 1, 0, 1, N);
        Def(OpCode.GetSuperNamed, 1, 1, 1, N);
        Def(OpCode.GetSuperKeyed, 0, 3, 1, N);
        Def(OpCode.LoadSuperBase, 0, 0, 1, N);
        Def(OpCode.SetSuperNamed, 1, 2, 1, N);
        Def(OpCode.SetSuperKeyed, 0, 4, 1, N);
        Def(OpCode.GetPrivate, 0, 2, 1, N);
        Def(OpCode.SetPrivate, 0, 3, 1, N);
        Def(OpCode.HasPrivate, 0, 2, 1, N);
        Def(OpCode.ToPropertyKey, 0, 1, 1, N);
        Def(OpCode.RequireObjectCoercible, 0, 1, 1, N);
        Def(OpCode.ToObject, 0, 1, 1, N);
        Def(OpCode.WithHas, 1, 1, 2, N);
        Def(OpCode.EvalVarHas, 1, 1, 2, N);
        Def(OpCode.DeclareEvalVar, 1, 1, 1, N);
        Def(OpCode.DeclareEvalGlobals, 1, 0, 0, N);
        Def(OpCode.WithGetBinding, 2, 1, 1, N);
        Def(OpCode.WithSetBinding, 2, 2, 1, N);
        Def(OpCode.ReferenceKey, 0, 2, 2, N);

        // ---- operators
        foreach (var op in (ReadOnlySpan<OpCode>)[OpCode.Add, OpCode.Sub, OpCode.Mul, OpCode.Div, OpCode.Mod, OpCode.Exp,
            OpCode.BitAnd, OpCode.BitOr, OpCode.BitXor, OpCode.Shl, OpCode.Shr, OpCode.UShr,
            OpCode.Eq, OpCode.Ne, OpCode.StrictEq, OpCode.StrictNe, OpCode.Lt, OpCode.Le, OpCode.Gt, OpCode.Ge,
            OpCode.InstanceOf, OpCode.In])
            Def(op, 0, 2, 1, O);
        foreach (var op in (ReadOnlySpan<OpCode>)[OpCode.Neg, OpCode.Plus, OpCode.Not, OpCode.BitNot, OpCode.TypeOf,
            OpCode.Inc, OpCode.Dec, OpCode.ToNumeric, OpCode.ToStringOp])
            Def(op, 0, 1, 1, O);
        Def(OpCode.IncLocal, 2, 0, 0, O, reads: 0b1, writes: 0b1);

        // ---- control (TakenDelta: the stack effect when the jump is taken)
        Def(OpCode.Jump, 1, 0, 0, O, J | End);
        Def(OpCode.JumpIfFalse, 1, 1, 0, O, J, taken: -1);
        Def(OpCode.JumpIfTrue, 1, 1, 0, O, J, taken: -1);
        Def(OpCode.JumpIfFalseKeep, 1, 1, 0, O, J, taken: 0);
        Def(OpCode.JumpIfTrueKeep, 1, 1, 0, O, J, taken: 0);
        Def(OpCode.JumpIfNotNullishKeep, 1, 1, 0, O, J, taken: 0);
        Def(OpCode.JumpIfNullish, 1, 1, 1, O, J, taken: 0);
        Def(OpCode.JumpIfNotUndefined, 1, 1, 1, O, J, taken: 0);
        Def(OpCode.Return, 0, 1, 0, O, End);
        Def(OpCode.ReturnUndefined, 0, 0, 0, O, End);
        Def(OpCode.Throw, 0, 1, 0, O, End);
        Def(OpCode.ThrowError, 2, 0, 0, O, End);
        // Falls through on a normal completion; a recorded jump continues at a LoadLabel's target.
        Def(OpCode.EndFinally, 2, 0, 0, O, reads: 0b1);
        Def(OpCode.Debugger, 0, 0, 0, N);

        // ---- calls
        Def(OpCode.Call, 1, 2, 1, C, popsOperand: 0);
        Def(OpCode.CallSpread, 0, 3, 1, C);
        Def(OpCode.CallEvalSpread, 1, 3, 1, C);
        Def(OpCode.SpreadArgs, 0, 1, 1, C);
        Def(OpCode.New, 1, 1, 1, C, popsOperand: 0);
        Def(OpCode.NewSpread, 0, 2, 1, C);
        Def(OpCode.SuperCall, 1, 0, 1, C, popsOperand: 0);
        Def(OpCode.SuperCallSpread, 0, 1, 1, C);
        Def(OpCode.CallEval, 2, 2, 1, C, popsOperand: 0);

        // ---- literals
        Def(OpCode.NewObject, 1, 0, 1, C);
        Def(OpCode.NewArray, 1, 0, 1, C);
        Def(OpCode.ArrayPush, 0, 2, 1, C);
        Def(OpCode.ArrayPushHole, 0, 1, 1, C);
        Def(OpCode.ArraySpread, 0, 2, 1, C);
        Def(OpCode.DefineField, 0, 3, 1, C);
        Def(OpCode.DefineNamedField, 2, 2, 1, C);
        Def(OpCode.DefineMethod, 2, 3, 1, C);
        Def(OpCode.DefinePrivateMethod, 2, 3, 1, C);
        Def(OpCode.CopyDataProperties, 0, 2, 1, C);
        Def(OpCode.CopyDataPropertiesExcluding, 1, 2, 1, C, popsOperand: 0);
        Def(OpCode.SetProtoLiteral, 0, 2, 1, C);
        Def(OpCode.MakeClosure, 1, 0, 1, C);
        Def(OpCode.MakeClass, 2, 0, 2, C, popsOperand: 1);
        Def(OpCode.NewPrivateName, 1, 0, 1, C);
        Def(OpCode.AddField, 1, 4, 2, C);
        Def(OpCode.RunStaticInitializers, 0, 1, 1, C);
        Def(OpCode.SetFunctionName, 1, 2, 2, C);
        Def(OpCode.GetTemplateObject, 1, 0, 1, C);
        Def(OpCode.NewRegExp, 2, 0, 1, C);

        // ---- iteration
        Def(OpCode.GetIterator, 0, 1, 1, I);
        Def(OpCode.GetAsyncIterator, 0, 1, 1, I);
        Def(OpCode.IteratorStep, 1, 1, 1, I, J, taken: -1);
        Def(OpCode.IteratorValueOrUndefined, 0, 1, 1, I);
        Def(OpCode.IteratorRestToArray, 0, 1, 1, I);
        Def(OpCode.ForInPrepare, 0, 1, 1, I);
        Def(OpCode.ForInNext, 1, 1, 1, I, J, taken: -1);
        Def(OpCode.IteratorCloseIfNotDone, 2, 0, 0, I, reads: 0b11);
        Def(OpCode.AsyncIteratorNext, 0, 1, 1, I);
        Def(OpCode.AsyncIteratorComplete, 1, 2, 1, I, J, taken: -2);
        Def(OpCode.AsyncIteratorCloseCall, 3, 0, 1, I, J, taken: 0, reads: 0b110);
        Def(OpCode.AsyncIteratorCloseCheck, 1, 1, 0, I, reads: 0b1);
        Def(OpCode.AsyncIteratorCloseRethrow, 1, 1, 0, I, reads: 0b1);

        // ---- explicit resource management
        Def(OpCode.NewDisposeCapability, 0, 0, 1, I);
        Def(OpCode.AddDisposable, 2, 1, 1, I, reads: 0b1);
        Def(OpCode.DisposeResources, 3, 0, 0, I, reads: 0b011, writes: 0b110); // the value register is read only for a throw
        Def(OpCode.DisposeBegin, 3, 0, 0, I, reads: 0b011);
        Def(OpCode.DisposeAsyncStep, 2, 0, 1, I, J, taken: 0, reads: 0b10);
        Def(OpCode.DisposeAsyncError, 1, 1, 0, I, reads: 0b1);
        Def(OpCode.DisposeEnd, 3, 0, 0, I, reads: 0b011, writes: 0b110);

        // ---- generators and async
        Def(OpCode.InitialYield, 0, 0, 0, I, S);
        Def(OpCode.Yield, 0, 1, 1, I, S);
        Def(OpCode.Await, 0, 1, 1, I, S);
        Def(OpCode.YieldDelegate, 0, 1, 1, I, S);
        Def(OpCode.AsyncGeneratorYield, 0, 1, 1, I, S);

        for (int i = 0; i < set.Length; i++)
            if (!set[i]) throw new InvalidOperationException($"OpCodeTable has no entry for {(OpCode)i}");
        return t;
    }
}

using System.Collections;

namespace Eventide.Compiling;

/// <summary>
/// Checks a compiled function against <see cref="OpCodeTable"/> by following every path through
/// its code (jumps, fallthrough, exception handlers, finally resumptions): operands are in range,
/// jumps land on instructions, the operand stack has one depth at every instruction however it is
/// reached, never underflows into the locals and stays within the registers the frame allocates,
/// and no register is read on any path before it is written, apart from those the frame starts
/// with as undefined or an argument (parameters, vars). The test suites run it on every function
/// they compile (<see cref="Enabled"/>); a violation is a compiler bug.
/// </summary>
internal static class BytecodeVerifier
{
    /// <summary>Verify every function as it is compiled (tests; EVENTIDE_VERIFY_BYTECODE=1).</summary>
    internal static bool Enabled = Environment.GetEnvironmentVariable("EVENTIDE_VERIFY_BYTECODE") == "1";

    /// <remarks><paramref name="undefinedAtEntry"/>: Registers the function may read before writing them.</remarks>
    internal static void Verify(FunctionTemplate t, IReadOnlyCollection<int> undefinedAtEntry)
    {
        var code = t.Code;
        int codeLength = t.CodeLength;
        int locals = t.LocalCount;
        // The instructions decode, and jumps, labels and handlers land on them (as for every function built).
        var isStart = CheckControlTargets(t);
        for (int pc = 0; pc < codeLength; pc += 1 + OpCodeTable.OperandCount((OpCode)code[pc]))
        {
            ref readonly var info = ref OpCodeTable.Get((OpCode)code[pc]);
            for (int i = 0; i < info.Operands; i++)
                if ((info.ReadsReg(i) || info.WritesReg(i)) && (uint)code[pc + 1 + i] >= (uint)locals)
                    Fail(t, pc, $"register operand {code[pc + 1 + i]} is not a local (locals={locals})");
        }
        foreach (var h in t.Handlers)
            if (h.Kind == HandlerKind.Finally && ((uint)h.KindReg >= (uint)locals || (uint)h.ValueReg >= (uint)locals))
                Fail(t, h.HandlerPc, "finally handler registers are not locals");

        var depth = new int[codeLength];
        Array.Fill(depth, -1);
        var assigned = new BitArray?[codeLength];
        var work = new Stack<int>();
        var entry = new BitArray(locals);
        foreach (int r in undefinedAtEntry) entry[r] = true;
        Reach(0, 0, entry);

        int limit = t.MaxStack;
        while (work.Count > 0)
        {
            int pc = work.Pop();
            int d = depth[pc];
            var a = assigned[pc]!;
            var op = (OpCode)code[pc];
            ref readonly var info = ref OpCodeTable.Get(op);
            int pops = info.PopCount(code, pc);
            if (d - pops < 0) Fail(t, pc, $"{op} pops {pops} with {d} on the stack");
            int after = d - pops + info.Pushes;
            if (after > limit) Fail(t, pc, $"{op} leaves {after} on the stack, more than the frame's {limit}");
            if (op == OpCode.ReturnUndefined && d + 1 > limit) Fail(t, pc, $"{op} pushes its value past the frame's {limit}");
            var next = a;
            for (int i = 0; i < info.Operands; i++)
            {
                if (info.ReadsReg(i) && !a[code[pc + 1 + i]]) Fail(t, pc, $"{op} reads register {code[pc + 1 + i]} before it is written on some path");
                if (info.WritesReg(i) && !next[code[pc + 1 + i]])
                {
                    if (ReferenceEquals(next, a)) next = new BitArray(a);
                    next[code[pc + 1 + i]] = true;
                }
            }
            // An instruction inside a try may throw before it writes anything.
            foreach (var h in t.Handlers)
            {
                if (pc < h.TryStart || pc >= h.TryEnd) continue;
                var state = a;
                if (h.Kind == HandlerKind.Finally)
                {
                    state = new BitArray(a);
                    state[h.KindReg] = true;
                    state[h.ValueReg] = true;
                }
                Reach(h.HandlerPc, h.StackDepth + (h.Kind == HandlerKind.Catch ? 1 : 0), state);
            }
            int len = 1 + info.Operands;
            if (info.Falls) Reach(pc + len, after, next);
            if (info.IsJump) Reach(code[pc + 1], d + info.TakenDelta, next);
            // A jump routed through a finally resumes at the label with the depth it had here.
            if ((info.Flags & OpFlags.ResumeLabel) != 0) Reach(code[pc + 1], d, next);
        }

        void Reach(int target, int d, BitArray state)
        {
            if (target < 0 || target >= codeLength || !isStart[target]) Fail(t, target, "control reaches a pc that is not an instruction");
            if (depth[target] < 0)
            {
                depth[target] = d;
                assigned[target] = state;
                work.Push(target);
                return;
            }
            if (depth[target] != d) Fail(t, target, $"stack depth {d} on one path and {depth[target]} on another");
            var known = assigned[target]!;
            // Registers written on every path: the intersection; revisit when it shrinks.
            BitArray? meet = null;
            for (int r = 0; r < known.Length; r++)
            {
                if (known[r] && !state[r]) (meet ??= new BitArray(known))[r] = false;
            }
            if (meet is null) return;
            assigned[target] = meet;
            work.Push(target);
        }
    }

    /// <summary>
    /// The part of the verification that the dispatch loop's unchecked reads of the code rely on, run on
    /// every function compiled: the instructions decode to the end of the code, and every pc control can
    /// be sent to (a jump, a label a finally resumes at, a handler) is one of them. Returns which pcs
    /// start an instruction.
    /// </summary>
    internal static bool[] CheckControlTargets(FunctionTemplate t)
    {
        var code = t.Code;
        int codeLength = t.CodeLength;
        var isStart = new bool[codeLength];
        int pc = 0;
        while (pc < codeLength)
        {
            isStart[pc] = true;
            if ((uint)code[pc] >= (uint)OpCodeTable.Count) Fail(t, pc, $"unknown opcode {code[pc]}");
            pc += 1 + OpCodeTable.OperandCount((OpCode)code[pc]);
        }
        if (pc != codeLength) Fail(t, pc, "operands run past the end of the code");
        for (pc = 0; pc < codeLength; pc += 1 + OpCodeTable.OperandCount((OpCode)code[pc]))
        {
            ref readonly var info = ref OpCodeTable.Get((OpCode)code[pc]);
            if ((info.IsJump || (info.Flags & OpFlags.ResumeLabel) != 0) && !IsInstruction(code[pc + 1]))
                Fail(t, pc, $"target {code[pc + 1]} is not an instruction");
        }
        foreach (var h in t.Handlers)
            if (!IsInstruction(h.HandlerPc)) Fail(t, h.HandlerPc, "handler does not start at an instruction");
        return isStart;

        bool IsInstruction(int target) => (uint)target < (uint)codeLength && isStart[target];
    }

    private static void Fail(FunctionTemplate t, int pc, string message) =>
        throw new InvalidOperationException($"bytecode verifier: {(t.Name.Length > 0 ? t.Name : "(anonymous)")} at pc {pc}: {message}\n{Disassembler.Disassemble(t)}");
}

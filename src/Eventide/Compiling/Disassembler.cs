using System.Text;
using Eventide.Runtime;

namespace Eventide.Compiling;

/// <summary>Renders a template's bytecode as text (debugging, `eventide explain`).</summary>
internal static class Disassembler
{
    public static string Disassemble(FunctionTemplate t)
    {
        var sb = new StringBuilder();
        sb.Append($"function {(t.Name.Length > 0 ? t.Name : "(anonymous)")} [{t.Kind}] locals={t.LocalCount}\n");
        var code = t.Code;
        for (int pc = 0; pc < t.CodeLength;)
        {
            var op = (OpCode)code[pc];
            // Malformed code (the verifier's messages show it): an unknown opcode ends the listing.
            if ((uint)op >= (uint)OpCodeTable.Count) { sb.Append($"  {pc,4}: unknown opcode {code[pc]}\n"); break; }
            int n = Math.Min(OpCodeTable.OperandCount(op), t.CodeLength - pc - 1);
            sb.Append($"  {pc,4}: {op}");
            for (int i = 1; i <= n; i++) sb.Append(' ').Append(code[pc + i]);
            if (op is OpCode.LoadConst && code[pc + 1] < t.Constants.Length) sb.Append($"  ; {Describe(t.Constants[code[pc + 1]])}");
            sb.Append('\n');
            pc += 1 + n;
        }
        foreach (var h in t.Handlers)
            sb.Append($"  handler [{h.TryStart}, {h.TryEnd}) -> {h.HandlerPc} {h.Kind} depth={h.StackDepth} ctx={h.ContextDepth} regs={h.KindReg},{h.ValueReg}\n");
        return sb.ToString();
    }

    private static string Describe(object c) => c switch
    {
        JsValue v when v.IsString => $"'{v.String}'",
        JsValue v => v.ToString(),
        _ => c.ToString() ?? "",
    };
}

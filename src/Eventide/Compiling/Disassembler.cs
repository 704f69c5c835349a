using System.Text;
using Eventide.Runtime;

namespace Eventide.Compiling;

/// <summary>Renders a template's bytecode as text (debugging, `eventide explain`).</summary>
public static class Disassembler
{
    /// <summary>Number of inline operands each opcode takes.</summary>
    public static int OperandCount(OpCode op) => op switch
    {
        OpCode.LoadInt or OpCode.LoadConst or OpCode.LoadLocal or OpCode.StoreLocal or OpCode.PushContext
            or OpCode.InitGlobalLexical or OpCode.DeclareGlobals or OpCode.ThrowConstAssign or OpCode.LoadArg
            or OpCode.LoadRestArgs or OpCode.TypeOfGlobal or OpCode.GetSuperNamed or OpCode.SetSuperNamed
            or OpCode.Jump or OpCode.JumpIfFalse or OpCode.JumpIfTrue or OpCode.JumpIfFalseKeep or OpCode.JumpIfTrueKeep
            or OpCode.JumpIfNotNullishKeep or OpCode.JumpIfNullish or OpCode.JumpIfUndefined or OpCode.JumpIfNotUndefined
            or OpCode.Call or OpCode.New or OpCode.SuperCall or OpCode.NewArray
            or OpCode.CopyDataPropertiesExcluding or OpCode.MakeClosure or OpCode.SetFunctionName or OpCode.GetTemplateObject
            or OpCode.IteratorStep or OpCode.AsyncIteratorComplete or OpCode.AsyncIteratorCloseCheck or OpCode.AsyncIteratorCloseRethrow or OpCode.ForInNext or OpCode.WithHas or OpCode.NewPrivateName or OpCode.AddField or OpCode.DeleteKeyed => 1,
        OpCode.LoadLocal2 or OpCode.LoadLocalChecked or OpCode.CheckLocalInit or OpCode.LoadCtx or OpCode.StoreCtx or OpCode.LoadGlobal
            or OpCode.LoadGlobalOrUndefined or OpCode.StoreGlobal or OpCode.GetNamed or OpCode.SetNamed or OpCode.GetNamedKeep
            or OpCode.DeleteNamed or OpCode.ThrowError or OpCode.EndFinally or OpCode.DefineMethod or OpCode.MakeClass
            or OpCode.NewRegExp or OpCode.IteratorCloseIfNotDone or OpCode.DefineNamedField or OpCode.CallEval or OpCode.DefinePrivateMethod => 2,
        OpCode.LoadCtxChecked or OpCode.CheckCtxInit or OpCode.AsyncIteratorCloseCall => 3,
        _ => 0,
    };

    public static string Disassemble(FunctionTemplate t)
    {
        var sb = new StringBuilder();
        sb.Append($"function {(t.Name.Length > 0 ? t.Name : "(anonymous)")} [{t.Kind}] locals={t.LocalCount}\n");
        var code = t.Code;
        for (int pc = 0; pc < code.Length;)
        {
            var op = (OpCode)code[pc];
            int n = OperandCount(op);
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

using Acornima.Ast;

namespace Eventide.Compiling;
// Acornima's Node, not the Eventide.Node namespace (names in Eventide outrank outer usings).
using Node = Acornima.Ast.Node;

/// <summary>
/// Locals whose read can wait until after other code runs (<see cref="OpCode.SetKeyedLocals"/>): a
/// register is changed only by this function's own assignments, so reading it later gives the value
/// an earlier read would have, unless the code in between assigns it.
/// </summary>
internal sealed partial class FunctionCompiler
{
    /// <summary>A local in a register of this function, outside any with scope, that is certainly
    /// initialised here (no TDZ check whose error would move).</summary>
    private bool TryDeferrableRegister(Identifier id, out int register)
    {
        register = -1;
        if (WithScopesFor(id.Name) is not null) return false;
        var (b, _) = Resolve(id.Name);
        if (b is null || b.InContext || b.Import is not null || b.Register < 0) return false;
        if (b.Kind is not (BindingKind.Var or BindingKind.Let or BindingKind.Const or BindingKind.Param or BindingKind.CatchParam)) return false;
        if (b.NeedsTdz && !IsCertainlyInitialized(b, id.Start)) return false;
        register = b.Register;
        return true;
    }

    /// <summary>True unless <paramref name="node"/> certainly assigns no local of this function: it has no
    /// assignment, update or direct eval outside nested functions (whose writes reach only captured
    /// bindings, which live in contexts; a class's computed keys run here, so classes are searched).</summary>
    private static bool MayAssignLocals(Node node)
    {
        CompileStack.EnsureSufficient();
        switch (node)
        {
            case AssignmentExpression or UpdateExpression:
            case CallExpression { Callee: Identifier { Name: "eval" } }:
                return true;
            case FunctionExpression or ArrowFunctionExpression or FunctionDeclaration:
                return false;
        }
        foreach (var child in node.ChildNodes)
            if (MayAssignLocals(child)) return true;
        return false;
    }
}

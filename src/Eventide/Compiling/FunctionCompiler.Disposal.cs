using Acornima.Ast;
using Eventide.Builtins;

namespace Eventide.Compiling;
// Acornima's Node, not the Eventide.Node namespace.
using Node = Acornima.Ast.Node;

/// <summary>
/// Explicit resource management: a statement list (block, function body, module, static block)
/// or loop head with using declarations runs inside a try/finally whose finally disposes of the
/// scope's resources with the completion the scope ended with (normal, throw, break, continue or
/// return), as 9.11.4.8 DisposeResources is applied at each scope's end in the spec.
/// </summary>
internal sealed partial class FunctionCompiler
{
    /// <summary>The register holding the DisposeCapability of the innermost scope with using declarations.</summary>
    private int _disposeCapabilityRegister = -1;

    private static bool IsUsing(Node? node) =>
        node is VariableDeclaration { Kind: VariableDeclarationKind.Using or VariableDeclarationKind.AwaitUsing };

    /// <summary>An await using declaration (the scope's disposal may Await; its awaits are shown at it).</summary>
    private static VariableDeclaration? AsAwaitUsing(Node? node) =>
        node is VariableDeclaration { Kind: VariableDeclarationKind.AwaitUsing } vd ? vd : null;

    /// <summary>Emits a statement list, disposing of its resources at its end when it declares any.</summary>
    private void EmitStatementList(NodeList<Statement> body)
    {
        bool any = false;
        VariableDeclaration? awaitUsing = null;
        foreach (var st in body)
        {
            any |= IsUsing(st);
            awaitUsing ??= AsAwaitUsing(st);
        }
        if (!any)
        {
            foreach (var st in body) EmitStatement(st);
            return;
        }
        EmitDisposalScope(awaitUsing, () =>
        {
            foreach (var st in body) EmitStatement(st);
        });
    }

    /// <summary>
    /// Runs <paramref name="emitBody"/> with a fresh DisposeCapability (NewDisposeCapability), then
    /// DisposeResources(capability, completion) however the body ends; a dispose error becomes the
    /// scope's completion (EndFinally throws it).
    /// </summary>
    /// <remarks><paramref name="prologue"/> runs before the protected range: a for-of binding, taken from the stack.</remarks>
    private void EmitDisposalScope(VariableDeclaration? awaitUsing, Action emitBody, Action? prologue = null)
    {
        int capReg = NewRegister();
        _b.Emit(OpCode.NewDisposeCapability);
        _b.Emit(OpCode.StoreLocal, capReg);
        int saved = _disposeCapabilityRegister;
        _disposeCapabilityRegister = capReg;
        prologue?.Invoke();
        int depth = _b.StackDepth;
        var fin = new ControlEntry(ControlEntryKind.Finally)
        {
            KindReg = NewRegister(), ValueReg = NewRegister(), FinallyLabel = new Label(), ContextDepth = _contextDepth,
        };
        _control.Add(fin);
        int tryStart = _b.Position;
        emitBody();
        int tryEnd = _b.Position;
        _disposeCapabilityRegister = saved;
        _control.Remove(fin);
        _b.Emit(OpCode.LoadInt, CompletionKind.Normal);
        _b.Emit(OpCode.StoreLocal, fin.KindReg);
        _b.Bind(fin.FinallyLabel!);
        _b.AddHandler(new HandlerEntry(tryStart, tryEnd, fin.FinallyLabel!.Position, HandlerKind.Finally, depth, fin.ContextDepth, fin.KindReg, fin.ValueReg));
        if (awaitUsing is not null)
        {
            Mark(awaitUsing);
            EmitAsyncDisposeResources(capReg, fin.KindReg, fin.ValueReg);
        }
        else _b.Emit(OpCode.DisposeResources, capReg, fin.KindReg, fin.ValueReg);
        _b.Emit(OpCode.EndFinally, fin.KindReg, fin.ValueReg);
        EmitFinallyStubs(fin);
    }

    /// <summary>
    /// 9.11.4.8 DisposeResources where it may Await: DisposeAsyncStep disposes of resources until the
    /// next Await, whose throw completion (a rejected dispose promise) is combined into the completion.
    /// </summary>
    private void EmitAsyncDisposeResources(int capReg, int kindReg, int valueReg)
    {
        _b.Emit(OpCode.DisposeBegin, capReg, kindReg, valueReg);
        var loop = new Label();
        var done = new Label();
        _b.Bind(loop);
        int depth = _b.StackDepth;
        _b.EmitJump(OpCode.DisposeAsyncStep, done, capReg);
        int awaitPc = _b.Position;
        _b.Emit(OpCode.Await);
        int afterAwait = _b.Position;
        _b.Emit(OpCode.Pop);
        _b.EmitJump(OpCode.Jump, loop);
        _b.AddHandler(new HandlerEntry(awaitPc, afterAwait, _b.Position, HandlerKind.Catch, depth, _contextDepth, 0, 0));
        _b.StackDepth = depth + 1; // the Await's error
        _b.Emit(OpCode.DisposeAsyncError, capReg);
        _b.EmitJump(OpCode.Jump, loop);
        _b.Bind(done);
        _b.Emit(OpCode.DisposeEnd, capReg, kindReg, valueReg);
    }

    /// <summary>The value on the stack is a using declaration's initializer: AddDisposableResource, leaving it on the stack.</summary>
    private void EmitAddDisposable(VariableDeclaration vd)
    {
        if (_disposeCapabilityRegister < 0) throw new CompileError(vd.Start, "SyntaxError", "Using declaration outside a block");
        var hint = vd.Kind == VariableDeclarationKind.AwaitUsing ? DisposeHint.AsyncDispose : DisposeHint.SyncDispose;
        _b.Emit(OpCode.AddDisposable, _disposeCapabilityRegister, (int)hint);
    }
}

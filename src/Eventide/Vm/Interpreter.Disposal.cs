using Eventide.Builtins;
using Eventide.Compiling;
using Eventide.Runtime;

namespace Eventide.Vm;

/// <summary>
/// Explicit resource management in frames: a scope with using declarations keeps a
/// DisposeCapability in a register and disposes of it in a finally block, whose completion
/// (kind and value registers) DisposeResources receives and may turn into a throw.
/// </summary>
internal sealed partial class Interpreter
{
    /// <summary>14.3.1.2 / 9.1.1.1.2 InitializeBinding with a hint: ? AddDisposableResource(envRec.[[DisposeCapability]], V, hint).</summary>
    private static void AddDisposable(Realm realm, JsValue[] regs, int capReg, int hint, JsValue value) =>
        ((DisposeCapability)regs[capReg].Ref!).Add(realm, value, (DisposeHint)hint);

    /// <summary>9.11.4.8 DisposeResources ( disposeCapability, completion ) for a scope without await using.</summary>
    private static void DisposeResources(Realm realm, JsValue[] regs, int capReg, int kindReg, int valueReg)
    {
        var disposal = (DisposeCapability)regs[capReg].Ref!;
        disposal.DisposeSync(realm, (int)regs[kindReg].Number == CompletionKind.Throw, regs[valueReg]);
        DisposeEnd(regs, capReg, kindReg, valueReg);
    }

    /// <summary>9.11.4.8 DisposeResources for await using: starts from the completion the scope ended with.</summary>
    private static void DisposeBegin(JsValue[] regs, int capReg, int kindReg, int valueReg) =>
        ((DisposeCapability)regs[capReg].Ref!).Begin((int)regs[kindReg].Number == CompletionKind.Throw, regs[valueReg]);

    /// <summary>9.11.4.8 step 7: Return ? completion. A dispose error replaces the scope's completion (EndFinally throws it).</summary>
    private static void DisposeEnd(JsValue[] regs, int capReg, int kindReg, int valueReg)
    {
        var disposal = (DisposeCapability)regs[capReg].Ref!;
        if (!disposal.HasError) return;
        regs[kindReg] = CompletionKind.Throw;
        regs[valueReg] = disposal.Error;
    }
}

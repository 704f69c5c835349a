using Eventide.Runtime;

namespace Eventide.Builtins;

internal static partial class Intrinsics
{
    /// <summary>Explicit resource management: SuppressedError, DisposableStack, AsyncDisposableStack, the iterators' dispose methods.</summary>
    private static void SetupDisposal(Realm realm)
    {
        SuppressedErrorConstructor.Setup(realm);
        // The stacks are created on first use (LazyIntrinsic): few scripts use them.
        realm.DisposableStack = LazyIntrinsic.Define(realm.GlobalObject, "DisposableStack", () => DisposableStackPrototype.Setup(realm));
        realm.AsyncDisposableStack = LazyIntrinsic.Define(realm.GlobalObject, "AsyncDisposableStack", () => AsyncDisposableStackPrototype.Setup(realm));
        IteratorDisposeMethods.Setup(realm);
    }
}

using Eventide.Runtime;

namespace Eventide.Builtins;

internal static partial class Intrinsics
{
    /// <summary>Explicit resource management: SuppressedError, DisposableStack, AsyncDisposableStack, the iterators' dispose methods.</summary>
    private static void SetupDisposal(Realm realm)
    {
        SuppressedErrorConstructor.Setup(realm);
        DisposableStackPrototype.Setup(realm);
        AsyncDisposableStackPrototype.Setup(realm);
        IteratorDisposeMethods.Setup(realm);
    }
}

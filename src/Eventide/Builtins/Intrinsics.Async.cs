using Eventide.Host;
using Eventide.Runtime;

namespace Eventide.Builtins;

internal static partial class Intrinsics
{
    /// <summary>generators, Promise, async functions, async generators.</summary>
    private static void SetupAsync(Realm realm)
    {
        GeneratorPrototype.Setup(realm);
        PromiseConstructor.Setup(realm);
        AsyncFunctionPrototype.Setup(realm);
        AsyncIteratorPrototype.Setup(realm);
        AsyncGeneratorPrototype.Setup(realm);
        AsyncFromSyncIteratorPrototype.Setup(realm);
    }
}

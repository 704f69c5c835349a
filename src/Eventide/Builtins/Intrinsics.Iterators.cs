using Eventide.Runtime;

namespace Eventide.Builtins;

internal static partial class Intrinsics
{
    /// <summary>The Iterator constructor, Iterator.prototype's helpers, %IteratorHelperPrototype%, %WrapForValidIteratorPrototype%.</summary>
    private static void SetupIterators(Realm realm)
    {
        IteratorConstructor.Setup(realm);
        IteratorHelperPrototype.Setup(realm);
        WrapForValidIteratorPrototype.Setup(realm);
        IteratorPrototype.SetupHelpers(realm);
    }
}

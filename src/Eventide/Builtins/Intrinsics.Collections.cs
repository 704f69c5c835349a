using Eventide.Host;
using Eventide.Runtime;

namespace Eventide.Builtins;

internal static partial class Intrinsics
{
    /// <summary>JSON, Map, Set, WeakMap, WeakSet, WeakRef, FinalizationRegistry, Date.</summary>
    private static void SetupCollections(Realm realm)
    {
        MapConstructor.Setup(realm);
        SetConstructor.Setup(realm);
        WeakCollections.Setup(realm);
        JsonObject.Setup(realm);
        DateConstructor.Setup(realm);
    }
}

using Eventide.Host;
using Eventide.Runtime;

namespace Eventide.Builtins;

internal static partial class Intrinsics
{
    /// <summary>JSON, Map, Set, WeakMap, WeakSet, Date.</summary>
    private static void SetupCollections(Realm realm)
    {

    }
}

using Eventide.Host;
using Eventide.Runtime;

namespace Eventide.Builtins;

internal static partial class Intrinsics
{
    /// <summary>Array, array iterators.</summary>
    private static void SetupArrays(Realm realm)
    {
        ArrayIteratorPrototype.Setup(realm);
        ArrayPrototype.Setup(realm);
        // Last: fast array iteration takes it to mean both prototypes are there.
        realm.ArrayShape = realm.ArrayPrototype.RootShapeForChildren;
        realm.ArrayPrototype.WatchForArrayIteration(WellKnownSymbols.Iterator, realm);
        realm.ArrayIteratorPrototype.WatchForArrayIteration("next", realm);
        realm.ArrayIterationIntact = true;
    }
}

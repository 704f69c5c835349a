using Eventide.Builtins.Temporal;
using Eventide.Runtime;

namespace Eventide.Builtins;

internal static partial class Intrinsics
{
    /// <summary>The Temporal namespace and its types.</summary>
    private static void SetupTemporal(Realm realm) => TemporalObject.Setup(realm);
}

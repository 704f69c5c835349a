using Eventide.Host;
using Eventide.Runtime;

namespace Eventide.Builtins;

internal static partial class Intrinsics
{
    /// <summary>RegExp.</summary>
    private static void SetupRegExp(Realm realm)
    {
        RegExpConstructor.Setup(realm);
    }
}

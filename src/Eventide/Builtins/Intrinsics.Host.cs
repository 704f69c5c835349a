using Eventide.Host;
using Eventide.Runtime;

namespace Eventide.Builtins;

internal static partial class Intrinsics
{
    /// <summary>console, then what the engine's runtime adds (node: timers, process, the web globals).</summary>
    private static void SetupHost(Realm realm)
    {
        ConsoleObject.Setup(realm);
        realm.Engine.Runtime?.InstallGlobals(realm);
    }
}

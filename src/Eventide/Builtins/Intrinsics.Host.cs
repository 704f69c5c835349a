using Eventide.Host;
using Eventide.Runtime;

namespace Eventide.Builtins;

internal static partial class Intrinsics
{
    /// <summary>console and host globals (timers, queueMicrotask, process).</summary>
    private static void SetupHost(Realm realm)
    {
        ConsoleObject.Setup(realm);
        TimerFunctions.Setup(realm);
        ProcessObject.Setup(realm);
    }
}

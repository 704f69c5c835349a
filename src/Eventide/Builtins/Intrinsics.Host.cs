using Eventide.Host;
using Eventide.Runtime;

namespace Eventide.Builtins;

internal static partial class Intrinsics
{
    /// <summary>console and host globals (timers, queueMicrotask, process, web globals).</summary>
    private static void SetupHost(Realm realm)
    {
        ConsoleObject.Setup(realm);
        TimerFunctions.Setup(realm);
        ProcessObject.Setup(realm);
        // The node layer's web globals (EventTarget, AbortController, URL, performance...).
        Node.WebGlobals.Setup(realm);
    }
}

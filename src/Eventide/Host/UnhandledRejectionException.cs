using Eventide.Builtins;
using Eventide.Runtime;
using Eventide.Host;

namespace Eventide;

/// <summary>A promise was rejected and no handler was attached by the end of the microtask checkpoint.</summary>
public sealed class UnhandledRejectionException(JsValue reason) : JsException(reason)
{
    /// <summary>The value the promise was rejected with.</summary>
    public JsValue Reason { get; } = reason;
}

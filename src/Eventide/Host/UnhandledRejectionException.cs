using Eventide.Builtins;
using Eventide.Runtime;
using Eventide.Host;

namespace Eventide;

/// <summary>A promise was rejected and no handler was attached by the end of the microtask checkpoint.</summary>
public sealed class UnhandledRejectionException(JsValue reason, bool strict = false) : JsException(reason)
{
    /// <summary>The value the promise was rejected with.</summary>
    public JsValue Reason { get; } = reason;
    /// <summary>Raised by --unhandled-rejections=strict (node's report names that mode).</summary>
    internal bool Strict { get; } = strict;
}

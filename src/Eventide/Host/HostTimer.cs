using Eventide.Runtime;

namespace Eventide.Host;

/// <summary>
/// A pending callback of the event loop: node's Timeout (setTimeout/setInterval) or Immediate
/// (setImmediate) object. Scripts hold it to clear it, ref/unref it or use it as a number.
/// </summary>
public sealed class HostTimer : JsObject
{
    internal HostTimer(JsObject prototype, bool isImmediate, FunctionObject callback, JsValue[] args, double delay, bool repeat, int id)
        : base(prototype)
    {
        IsImmediate = isImmediate;
        Callback = callback;
        Arguments = args;
        Delay = delay;
        Repeat = repeat;
        Id = id;
    }

    public bool IsImmediate { get; }
    internal FunctionObject Callback { get; }
    internal JsValue[] Arguments { get; }
    /// <summary>The delay in ms after node's clamping (1 ≤ delay ≤ 2^31-1).</summary>
    public double Delay { get; }
    /// <summary>setInterval: rescheduled after each run.</summary>
    public bool Repeat { get; }
    /// <summary>What the timer converts to as a number (node's async id).</summary>
    public int Id { get; }
    /// <summary>When it is due, on the loop's clock (ms).</summary>
    internal double Due;
    /// <summary>Creation order: breaks ties between timers due at the same time.</summary>
    internal long Sequence;
    /// <summary>Scheduled and not cleared or finished.</summary>
    internal bool Active;
    /// <summary>Keeps the process alive (ref/unref).</summary>
    internal bool Refed = true;
    /// <summary>The async context of setTimeout/setInterval/setImmediate: current again in each run of the callback.</summary>
    internal JsObject? AsyncContext;

    public override string ClassName => IsImmediate ? "Immediate" : "Timeout";
}

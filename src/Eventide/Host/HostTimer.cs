using Eventide.Runtime;

namespace Eventide.Host;

/// <summary>
/// A pending callback of the event loop: node's Timeout (setTimeout/setInterval) or Immediate
/// (setImmediate) object. Scripts hold it to clear it, ref/unref it or use it as a number.
/// </summary>
internal sealed class HostTimer : JsObject
{
    internal HostTimer(JsObject prototype, bool isImmediate, JsFunction callback, JsValue[] args, double delay, bool repeat, int id)
        : base(prototype)
    {
        IsImmediate = isImmediate;
        Callback = callback;
        Arguments = args;
        Delay = delay;
        Repeat = repeat;
        Id = id;
    }

    /// <summary>
    /// The own fields node's Timeout and Immediate objects show (the callback under _onTimeout or
    /// _onImmediate, which is also the method name V8's stack traces give it).
    /// </summary>
    internal void DefineNodeFields(Realm realm, double now)
    {
        JsValue callbackArgs = Arguments.Length > 0 ? realm.NewArray(Arguments) : JsValue.Undefined;
        // node links both kinds into its lists through _idlePrev/_idleNext (null here: the lists are ours).
        if (IsImmediate)
        {
            FastSet("_idleNext", JsValue.Null);
            FastSet("_idlePrev", JsValue.Null);
            FastSet("_onImmediate", Callback);
            FastSet("_argv", callbackArgs);
        }
        else
        {
            FastSet("_idleTimeout", Delay);
            FastSet("_idlePrev", JsValue.Null);
            FastSet("_idleNext", JsValue.Null);
            FastSet("_idleStart", now);
            FastSet("_onTimeout", Callback);
            FastSet("_timerArgs", callbackArgs);
            FastSet("_repeat", Repeat ? Delay : JsValue.Null);
        }
        FastSet("_destroyed", false);
    }

    /// <summary>What clearTimeout/clearImmediate leave on node's object: no callback, and a timeout's delay -1.</summary>
    internal void MarkCleared()
    {
        if (IsImmediate) Set("_onImmediate", JsValue.Null);
        else
        {
            Set("_idleTimeout", -1);
            Set("_onTimeout", JsValue.Null);
        }
    }

    public bool IsImmediate { get; }
    internal JsFunction Callback { get; }
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

    internal override string ClassName => IsImmediate ? "Immediate" : "Timeout";
}

using Eventide.Builtins;
using Eventide.Runtime;

using Eventide.Host;

namespace Eventide.Node;

/// <summary>
/// node's timer globals: setTimeout/setInterval/setImmediate, their clear functions and
/// queueMicrotask, plus the Timeout and Immediate prototypes (ref, unref, hasRef, refresh).
/// </summary>
internal static class TimerFunctions
{
    /// <summary>node's TIMEOUT_MAX: 2^31 - 1 ms.</summary>
    private const double TimeoutMax = 2147483647;

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<Realm, JsObject> ByRealm = new();

    /// <summary>Installs the timer functions as globals (NodeGrants.Timers).</summary>
    public static void Setup(Realm realm)
    {
        var functions = Functions(realm);
        foreach (var name in Names) realm.GlobalObject.FastSet(name, functions.GetOwnDataValue(name), PropertyFlags.Hidden);
    }

    private static readonly string[] Names = ["setTimeout", "setInterval", "setImmediate", "clearTimeout", "clearInterval", "clearImmediate", "queueMicrotask"];

    /// <summary>The timer functions of the realm (internal/timers): node's own modules use them whether or not the script has them as globals.</summary>
    public static JsObject Functions(Realm realm) => ByRealm.GetValue(realm, Create);

    private static JsObject Create(Realm realm)
    {
        var engine = realm.Engine;
        var global = realm.NewObject();
        var timeoutProto = CreateTimerPrototype(realm, engine, isImmediate: false);
        var immediateProto = CreateTimerPrototype(realm, engine, isImmediate: true);

        realm.DefineMethod(global, "setTimeout", 2, (_, args) =>
            engine.Loop.AddTimer(timeoutProto, ValidateCallback(realm, args.At(0)), Rest(args, 2), ClampDelay(args.At(1)), repeat: false));
        realm.DefineMethod(global, "setInterval", 2, (_, args) =>
            engine.Loop.AddTimer(timeoutProto, ValidateCallback(realm, args.At(0)), Rest(args, 2), ClampDelay(args.At(1)), repeat: true));
        realm.DefineMethod(global, "setImmediate", 1, (_, args) =>
            engine.Loop.AddImmediate(immediateProto, ValidateCallback(realm, args.At(0)), Rest(args, 1)));
        NativeFn clear = (_, args) =>
        {
            var handle = args.At(0);
            var timer = handle.Ref as HostTimer;
            // node also accepts the timer's primitive (its id) and its string form.
            if (timer is null && (handle.IsNumber || handle.IsString)) timer = engine.Loop.FindById((int)Operations.ToNumber(handle));
            if (timer is not null) { engine.Loop.Clear(timer); timer.MarkCleared(); }
            return JsValue.Undefined;
        };
        realm.DefineMethod(global, "clearTimeout", 1, clear);
        realm.DefineMethod(global, "clearInterval", 1, clear);
        realm.DefineMethod(global, "clearImmediate", 1, clear);
        realm.DefineMethod(global, "queueMicrotask", 1, (_, args) =>
        {
            engine.EnqueueJob(new CallbackJob(ValidateCallback(realm, args.At(0))));
            return JsValue.Undefined;
        });
        return global;
    }

    private static JsObject CreateTimerPrototype(Realm realm, Engine engine, bool isImmediate)
    {
        var proto = realm.NewObject();
        var ctor = new NativeFunction(realm, isImmediate ? "Immediate" : "Timeout", 0, (_, _) =>
            throw JsException.TypeError("Illegal constructor"));
        ctor.FastSet("prototype", proto, PropertyFlags.None);
        proto.FastSet("constructor", ctor, PropertyFlags.Hidden);
        realm.DefineMethod(proto, "ref", 0, (t, _) => { if (t.Ref is HostTimer h) engine.Loop.SetRef(h, true); return t; });
        realm.DefineMethod(proto, "unref", 0, (t, _) => { if (t.Ref is HostTimer h) engine.Loop.SetRef(h, false); return t; });
        realm.DefineMethod(proto, "hasRef", 0, (t, _) => t.Ref is HostTimer { Refed: true });
        if (isImmediate) return proto;
        realm.DefineMethod(proto, "refresh", 0, (t, _) => { if (t.Ref is HostTimer h) engine.Loop.Refresh(h); return t; });
        realm.DefineMethod(proto, "close", 0, (t, _) => { if (t.Ref is HostTimer h) engine.Loop.Clear(h); return t; });
        realm.DefineMethod(proto, WellKnownSymbols.ToPrimitive, 0, (t, _) => t.Ref is HostTimer h ? h.Id : JsValue.Undefined);
        return proto;
    }

    /// <summary>node's validateFunction(callback, "callback").</summary>
    private static JsFunction ValidateCallback(Realm realm, JsValue callback) =>
        callback.Ref as JsFunction ?? throw CodedErrors.InvalidArgType(realm, "callback", "function", callback);

    /// <summary>node: <c>after *= 1; if (!(after &gt;= 1 &amp;&amp; after &lt;= TIMEOUT_MAX)) after = 1</c>.</summary>
    private static double ClampDelay(JsValue delay)
    {
        var numeric = Operations.ToNumeric(delay);
        if (numeric.IsBigInt) throw JsException.TypeError("Cannot mix BigInt and other types, use explicit conversions");
        double after = numeric.Number;
        return after >= 1 && after <= TimeoutMax ? after : 1;
    }

    private static JsValue[] Rest(ReadOnlySpan<JsValue> args, int from) => args.Length > from ? args[from..].ToArray() : [];
}

/// <summary>A queueMicrotask callback.</summary>
internal sealed class CallbackJob(JsFunction callback) : Job
{
    internal override string Describe() => $"queueMicrotask callback {Timeline.Name(callback)}";

    internal override void Run() => callback.Call(JsValue.Undefined, []);
}

namespace Eventide.Runtime;

/// <summary>
/// V8's "stack" of an error (or of any object given to Error.captureStackTrace): the frames are
/// captured when the error is made, the "Name: message" header is formatted on first access, so a
/// subclass that sets this.name after super() shows its own name. The property is an accessor slot
/// carrying this object, which every read of it (JsObject.Get, DescriptorAt) turns into the string,
/// so scripts only ever see a writable, configurable, non-enumerable data property, as in node; a
/// write or redefinition with a value replaces the slot with a plain data property.
/// </summary>
internal sealed class ErrorStack : PendingValue
{
    /// <summary>The captured frames; null when Error.stackTraceLimit was not a number (stack is undefined).</summary>
    private readonly Vm.CallSite[]? _sites;

    /// <summary>The string, once formatted.</summary>
    private JsValue? _value;

    private ErrorStack(Vm.CallSite[]? sites) => _sites = sites;

    /// <summary>The attributes of the pending slot (Writable is what it becomes once formatted).</summary>
    private const PropertyFlags PendingFlags = PropertyFlags.Accessor | PropertyFlags.Writable | PropertyFlags.Configurable;

    /// <summary>
    /// Captures the current stack into <paramref name="target"/>'s "stack", leaving out the frames up
    /// to and including <paramref name="skipUntil"/>'s call; returns the first frame of script kept.
    /// </summary>
    public static Vm.CallSite? Install(Realm realm, JsObject target, JsObject? skipUntil)
    {
        // V8 reads Error.stackTraceLimit as a data property: not a number turns capturing off.
        var limit = realm.ErrorConstructors[(int)ErrorKind.Error].GetOwnDataValue("stackTraceLimit");
        Vm.CallSite[]? sites = null;
        if (limit.IsNumber)
        {
            double d = limit.Number;
            int max = double.IsNaN(d) || d <= 0 ? 0 : d >= int.MaxValue ? int.MaxValue : (int)d;
            sites = realm.Engine.CaptureCallSites(max, skipUntil);
        }
        target.FastSet("stack", JsValue.FromInternal(new Accessor(null, null) { Pending = new ErrorStack(sites) }), PendingFlags);
        // The innermost frame of script (a builtin's line has no place in a source).
        foreach (var site in sites ?? []) if (site.HasFrame) return site;
        return null;
    }

    /// <summary>The slot stays pending (see <see cref="JsObject"/>'s TryRedefinePendingStack): V8 keeps the header of first access.</summary>
    public override bool StaysPendingOnRedefine => true;

    public override JsValue Read(JsObject holder, int slot) => Value(holder);

    /// <summary>The stack's value: formatted for <paramref name="holder"/> on first read, then kept.</summary>
    public JsValue Value(JsObject holder) => _value ??= Prepare(holder) ?? Format(holder);

    /// <summary>Formatting inside Error.prepareStackTrace uses the default format, as V8 does.</summary>
    [ThreadStatic] private static bool _preparing;

    /// <summary>
    /// V8's Error.prepareStackTrace(error, callSites), called when the stack is first read: what it
    /// returns is the stack. Null when there is no such function (or it is already running).
    /// </summary>
    private JsValue? Prepare(JsObject holder)
    {
        if (_sites is null || _preparing || Realm.Current is not { } realm) return null;
        var error = realm.ErrorConstructors[(int)ErrorKind.Error];
        if (error.Get("prepareStackTrace").AsFunction is not { } prepare) return null;
        _preparing = true;
        try { return prepare.Call(error, [holder, Builtins.CallSitePrototype.Array(realm, _sites)]); }
        finally { _preparing = false; }
    }

    /// <summary>The stack string of <paramref name="holder"/>: its Error.prototype.toString header, then the frames.</summary>
    private JsValue Format(JsObject holder)
    {
        if (_sites is null) return JsValue.Undefined;
        // 20.5.3.4 Error.prototype.toString (V8's ErrorUtils::ToString), read now rather than at capture.
        var n = holder.Get("name");
        var m = holder.Get("message");
        string name = n.IsUndefined ? "Error" : Operations.ToString(n);
        string msg = m.IsUndefined ? "" : Operations.ToString(m);
        string header = name.Length == 0 ? msg : msg.Length == 0 ? name : name + ": " + msg;
        return _sites.Length > 0 ? header + "\n" + Vm.CallSite.Format(_sites) : header;
    }
}

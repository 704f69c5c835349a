using Eventide.Runtime;

namespace Eventide.Vm;

/// <summary>
/// V8's "caller" of a sloppy function: an own, non-writable, non-configurable data property that
/// reads as null, except while the function runs: then it is the function that called it, when
/// that is a sloppy script function (a strict caller, a builtin or top-level code give null). Old
/// packages read arguments.callee.caller; the slot stays pending, so every read looks again.
/// </summary>
internal sealed class SloppyCaller : PendingValue
{
    private static readonly SloppyCaller Instance = new();

    /// <summary>The slot value every sloppy function's "caller" holds (with PropertyFlags.Accessor, read as data).</summary>
    public static readonly JsValue Slot = JsValue.FromInternal(new Accessor(null, null) { Pending = Instance });

    private SloppyCaller() { }

    public override JsValue Read(JsObject holder, int slot)
    {
        if (holder is not ScriptFunction callee) return JsValue.Null;
        // The callee's latest activation on the stack; its caller only if it was called from script.
        for (var f = callee.Realm.Engine.Interpreter.CurrentFrame; f is not null; f = f.Parent)
        {
            if (!ReferenceEquals(f.Function, callee)) continue;
            return f.ReturnToParent && f.Parent?.Function is { Template.Strict: false } caller ? caller : JsValue.Null;
        }
        return JsValue.Null;
    }
}

using Eventide.Runtime;

namespace Eventide.Builtins;

/// <summary>One frame of a captured stack as V8 hands it to Error.prepareStackTrace.</summary>
internal sealed class JsCallSite(JsObject prototype, Vm.CallSite site) : JsObject(prototype)
{
    public Vm.CallSite Site { get; } = site;
    internal override string ClassName => "CallSite";
}

/// <summary>
/// V8's CallSite prototype (the objects Error.prepareStackTrace receives): getFileName,
/// getLineNumber, getFunctionName... and toString, the frame as a stack line shows it.
/// </summary>
internal static class CallSitePrototype
{
    /// <summary>The realm's CallSite prototype, made on first use (most programs never ask for one).</summary>
    public static JsObject Get(Realm realm) => realm.CallSitePrototype ??= Create(realm);

    private static JsObject Create(Realm realm)
    {
        var proto = realm.NewObject();
        var ctor = new NativeFunction(realm, "CallSite", 0, (_, _) => throw JsException.TypeError("Illegal constructor"));
        ctor.FastSet("prototype", proto, PropertyFlags.None);
        proto.FastSet("constructor", ctor, PropertyFlags.Hidden);
        Method(realm, proto, "getThis", s => s.HidesReceiver ? JsValue.Undefined : s.Receiver);
        Method(realm, proto, "getTypeName", s => Nullable(s.TypeName()));
        Method(realm, proto, "getFunction", s => s.HidesReceiver || s.Callee is null ? JsValue.Undefined : s.Callee);
        Method(realm, proto, "getFunctionName", s => Nullable(s.FunctionName));
        Method(realm, proto, "getMethodName", s => Nullable(s.MethodName()));
        Method(realm, proto, "getFileName", s => s.FileName);
        Method(realm, proto, "getLineNumber", s => s.HasFrame ? s.LineColumn.Line : JsValue.Null);
        Method(realm, proto, "getColumnNumber", s => s.HasFrame ? s.LineColumn.Column : JsValue.Null);
        Method(realm, proto, "getEnclosingLineNumber", s => s.EnclosingLineColumn is { } lc ? lc.Line : JsValue.Null);
        Method(realm, proto, "getEnclosingColumnNumber", s => s.EnclosingLineColumn is { } lc ? lc.Column : JsValue.Null);
        Method(realm, proto, "getPosition", s => s.Position);
        Method(realm, proto, "getEvalOrigin", s => s.EvalOrigin is { } origin ? origin : JsValue.Undefined);
        Method(realm, proto, "getScriptNameOrSourceURL", s => s.FileName);
        Method(realm, proto, "getScriptHash", _ => "");
        Method(realm, proto, "getPromiseIndex", s => s.PromiseIndex >= 0 ? s.PromiseIndex : JsValue.Null);
        Method(realm, proto, "isToplevel", s => s.IsTopLevel);
        Method(realm, proto, "isEval", s => s.IsEval);
        Method(realm, proto, "isNative", _ => false);
        Method(realm, proto, "isConstructor", s => s.IsConstructor);
        Method(realm, proto, "isAsync", s => s.IsAsync);
        Method(realm, proto, "isPromiseAll", s => s.PromiseIndex >= 0);
        Method(realm, proto, "toString", s => s.ToString());
        return proto;
    }

    private static JsValue Nullable(string? s) => s is null ? JsValue.Null : s;

    private static void Method(Realm realm, JsObject proto, string name, Func<Vm.CallSite, JsValue> body) =>
        realm.DefineMethod(proto, name, 0, (thisValue, _) => thisValue.AsObject is JsCallSite callSite
            ? body(callSite.Site)
            : throw JsException.TypeError($"CallSite method {name} expects CallSite as receiver"));

    /// <summary>The frames as the array Error.prepareStackTrace receives.</summary>
    public static JsArray Array(Realm realm, Vm.CallSite[] sites)
    {
        var proto = Get(realm);
        sites = Vm.CallSite.ForPrepare(sites);
        var items = new JsValue[sites.Length];
        for (int i = 0; i < sites.Length; i++) items[i] = new JsCallSite(proto, sites[i]);
        return realm.NewArray(items);
    }
}

namespace Eventide.Runtime;

/// <summary>
/// 10.5 Proxy exotic object whose target is not callable. Every internal method goes through
/// <see cref="ProxyCore"/>; none of the inherited ordinary storage is used.
/// </summary>
public sealed class JsProxy(ProxyCore core) : JsObject(null), IProxy, ProxyLike
{
    public ProxyCore Core { get; } = core;
    public JsObject TargetOrThrow() => Core.TargetOrThrow("IsArray");

    public override string ClassName => Core.Target?.ClassName ?? "Object";
    protected internal override bool HasPlainStorage => false;
    protected internal override bool HasOrdinaryGet => false;
    protected internal override bool CachesNamedProperties => false;

    public override JsObject? GetPrototypeOf() => Core.GetPrototypeOf();
    public override bool SetPrototypeOf(JsObject? v) => Core.SetPrototypeOf(v);
    public override bool IsExtensible() => Core.IsExtensible();
    public override bool PreventExtensions() => Core.PreventExtensions();
    public override bool GetOwnProperty(in PropertyKey key, out PropertyDescriptor desc) => Core.GetOwnProperty(key, out desc);
    public override bool DefineOwnProperty(in PropertyKey key, in PropertyDescriptor desc) => Core.DefineOwnProperty(key, desc);
    public override bool HasProperty(in PropertyKey key) => Core.HasProperty(key);
    public override JsValue Get(in PropertyKey key, JsValue receiver) => Core.Get(key, receiver);
    public override bool Set(in PropertyKey key, JsValue value, JsValue receiver) => Core.Set(key, value, receiver);
    public override bool Delete(in PropertyKey key) => Core.Delete(key);
    public override List<PropertyKey> OwnPropertyKeys() => Core.OwnPropertyKeys();
}

/// <summary>10.5 Proxy exotic object whose target is callable: it has [[Call]] (and [[Construct]] when the target does).</summary>
public sealed class ProxyFunction(Realm realm, ProxyCore core, bool isConstructor) : FunctionObject(realm, null), IProxy, ProxyLike
{
    public ProxyCore Core { get; } = core;
    public JsObject TargetOrThrow() => Core.TargetOrThrow("IsArray");

    public override bool IsConstructor => isConstructor;
    protected internal override bool HasPlainStorage => false;
    protected internal override bool HasOrdinaryGet => false;
    protected internal override bool CachesNamedProperties => false;

    public override JsValue Call(JsValue thisArg, ReadOnlySpan<JsValue> args) => Core.Call(thisArg, args);
    public override JsValue Construct(ReadOnlySpan<JsValue> args, JsObject newTarget) =>
        isConstructor ? Core.Construct(args, newTarget) : base.Construct(args, newTarget);

    public override JsObject? GetPrototypeOf() => Core.GetPrototypeOf();
    public override bool SetPrototypeOf(JsObject? v) => Core.SetPrototypeOf(v);
    public override bool IsExtensible() => Core.IsExtensible();
    public override bool PreventExtensions() => Core.PreventExtensions();
    public override bool GetOwnProperty(in PropertyKey key, out PropertyDescriptor desc) => Core.GetOwnProperty(key, out desc);
    public override bool DefineOwnProperty(in PropertyKey key, in PropertyDescriptor desc) => Core.DefineOwnProperty(key, desc);
    public override bool HasProperty(in PropertyKey key) => Core.HasProperty(key);
    public override JsValue Get(in PropertyKey key, JsValue receiver) => Core.Get(key, receiver);
    public override bool Set(in PropertyKey key, JsValue value, JsValue receiver) => Core.Set(key, value, receiver);
    public override bool Delete(in PropertyKey key) => Core.Delete(key);
    public override List<PropertyKey> OwnPropertyKeys() => Core.OwnPropertyKeys();
}

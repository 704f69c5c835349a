namespace Eventide.Runtime;

/// <summary>
/// 10.5 Proxy exotic object whose target is not callable. Every internal method goes through
/// <see cref="ProxyCore"/>; none of the inherited ordinary storage is used.
/// </summary>
internal sealed class JsProxy(ProxyCore core) : JsObject(null), IProxy, ProxyLike
{
    public ProxyCore Core { get; } = core;
    public JsObject TargetOrThrow() => Core.TargetOrThrow("IsArray");

    internal override string ClassName => Core.Target?.ClassName ?? "Object";
    internal override bool HasPlainStorage => false;
    internal override bool HasOrdinaryGet => false;
    internal override bool CachesNamedProperties => false;

    internal override JsObject? GetPrototypeOf() => Core.GetPrototypeOf();
    internal override bool SetPrototypeOf(JsObject? v) => Core.SetPrototypeOf(v);
    internal override bool IsExtensible() => Core.IsExtensible();
    internal override bool PreventExtensions() => Core.PreventExtensions();
    internal override bool GetOwnProperty(in PropertyKey key, out PropertyDescriptor desc) => Core.GetOwnProperty(key, out desc);
    internal override bool DefineOwnProperty(in PropertyKey key, in PropertyDescriptor desc) => Core.DefineOwnProperty(key, desc);
    internal override bool HasProperty(in PropertyKey key) => Core.HasProperty(key);
    internal override JsValue Get(in PropertyKey key, JsValue receiver) => Core.Get(key, receiver);
    internal override bool Set(in PropertyKey key, JsValue value, JsValue receiver) => Core.Set(key, value, receiver);
    internal override bool Delete(in PropertyKey key) => Core.Delete(key);
    internal override List<PropertyKey> OwnPropertyKeys() => Core.OwnPropertyKeys();
}

/// <summary>10.5 Proxy exotic object whose target is callable: it has [[Call]] (and [[Construct]] when the target does).</summary>
internal sealed class ProxyFunction(Realm realm, ProxyCore core, bool isConstructor) : JsFunction(realm, null), IProxy, ProxyLike
{
    public ProxyCore Core { get; } = core;
    public JsObject TargetOrThrow() => Core.TargetOrThrow("IsArray");

    internal override bool IsConstructor => isConstructor;
    internal override bool HasPlainStorage => false;
    internal override bool HasOrdinaryGet => false;
    internal override bool CachesNamedProperties => false;

    public override JsValue Call(JsValue thisArg, ReadOnlySpan<JsValue> args) => Core.Call(thisArg, args);
    internal override JsValue Construct(ReadOnlySpan<JsValue> args, JsObject newTarget) =>
        isConstructor ? Core.Construct(args, newTarget) : base.Construct(args, newTarget);

    internal override JsObject? GetPrototypeOf() => Core.GetPrototypeOf();
    internal override bool SetPrototypeOf(JsObject? v) => Core.SetPrototypeOf(v);
    internal override bool IsExtensible() => Core.IsExtensible();
    internal override bool PreventExtensions() => Core.PreventExtensions();
    internal override bool GetOwnProperty(in PropertyKey key, out PropertyDescriptor desc) => Core.GetOwnProperty(key, out desc);
    internal override bool DefineOwnProperty(in PropertyKey key, in PropertyDescriptor desc) => Core.DefineOwnProperty(key, desc);
    internal override bool HasProperty(in PropertyKey key) => Core.HasProperty(key);
    internal override JsValue Get(in PropertyKey key, JsValue receiver) => Core.Get(key, receiver);
    internal override bool Set(in PropertyKey key, JsValue value, JsValue receiver) => Core.Set(key, value, receiver);
    internal override bool Delete(in PropertyKey key) => Core.Delete(key);
    internal override List<PropertyKey> OwnPropertyKeys() => Core.OwnPropertyKeys();
}

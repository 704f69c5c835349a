using Eventide.Runtime;

namespace Eventide.Builtins;

/// <summary>28.2 Proxy Objects: the Proxy constructor and Proxy.revocable.</summary>
internal static class ProxyObject
{
    public static void Setup(Realm realm)
    {
        // 28.2.1.1 Proxy ( target, handler ); the constructor has no "prototype" property.
        var ctor = new NativeFunction(realm, "Proxy", 2, (_, args, newTarget) =>
        {
            if (newTarget is null) throw JsException.TypeError("Constructor Proxy requires 'new'");
            return ProxyCreate(realm, args.At(0), args.At(1));
        });
        realm.GlobalObject.FastSet("Proxy", ctor, PropertyFlags.Hidden);
        // 28.2.2.1 Proxy.revocable ( target, handler )
        realm.DefineMethod(ctor, "revocable", 2, (_, args) =>
        {
            var proxy = ProxyCreate(realm, args.At(0), args.At(1));
            var core = proxy is JsProxy p ? p.Core : ((ProxyFunction)proxy).Core;
            // 28.2.2.1.1 Proxy Revocation Functions
            var revoke = new NativeFunction(realm, "", 0, (_, _) =>
            {
                core.Revoke();
                return JsValue.Undefined;
            });
            var result = realm.NewObject();
            result.CreateDataProperty("proxy", proxy);
            result.CreateDataProperty("revoke", revoke);
            return result;
        });
    }

    /// <summary>10.5.14 ProxyCreate ( target, handler )</summary>
    public static JsObject ProxyCreate(Realm realm, JsValue target, JsValue handler)
    {
        if (target.AsObject is not JsObject t || handler.AsObject is not JsObject h)
            throw JsException.TypeError("Cannot create proxy with a non-object as target or handler");
        var core = new ProxyCore(realm, t, h);
        return t.IsCallable ? new ProxyFunction(realm, core, t.IsConstructor) : new JsProxy(core);
    }
}

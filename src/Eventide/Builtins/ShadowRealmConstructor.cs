using Eventide.Runtime;

namespace Eventide.Builtins;

/// <summary>A ShadowRealm instance: [[ShadowRealm]], the realm its code runs in, and the file it was made from (its imports' base).</summary>
internal sealed class JsShadowRealm(JsObject prototype, Realm shadowRealm, string referrer) : JsObject(prototype)
{
    /// <summary>[[ShadowRealm]]</summary>
    public Realm ShadowRealm { get; } = shadowRealm;
    /// <summary>What importValue's specifiers resolve against (the host's base URL for the realm: the creating script's file).</summary>
    public string Referrer { get; } = referrer;
    internal override string ClassName => "ShadowRealm";
}

/// <summary>ShadowRealm proposal 3.2 The ShadowRealm Constructor.</summary>
internal static class ShadowRealmConstructor
{
    public static void Setup(Realm realm)
    {
        var proto = realm.ShadowRealmPrototype;
        // 3.2.1 ShadowRealm ( )
        realm.DefineConstructor("ShadowRealm", 0, (_, _, newTarget) =>
        {
            // 1. If NewTarget is undefined, throw a TypeError exception.
            if (newTarget is null) throw realm.Error(ErrorKind.TypeError, "Constructor ShadowRealm requires 'new'");
            // 2. Let O be ? OrdinaryCreateFromConstructor(NewTarget, "%ShadowRealm.prototype%", « [[ShadowRealm]] »).
            var prototype = Vm.Interpreter.GetPrototypeFromConstructor(newTarget, proto);
            // 3-7. InitializeHostDefinedRealm(): a new realm, its intrinsics and a global object with the default
            // bindings (SetDefaultGlobalBindings), all configurable, and nothing of the host.
            var shadow = new Realm(realm.Engine, shadow: true);
            // 8. Set O.[[ShadowRealm]] to realmRec. 9. HostInitializeShadowRealm: the host adds nothing.
            return new JsShadowRealm(prototype, shadow, realm.Engine.Interpreter.ActiveReferrer());
        }, proto);
    }
}

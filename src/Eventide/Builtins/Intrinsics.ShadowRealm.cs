using Eventide.Runtime;

namespace Eventide.Builtins;

internal static partial class Intrinsics
{
    /// <summary>ShadowRealm and ShadowRealm.prototype.</summary>
    private static void SetupShadowRealm(Realm realm)
    {
        realm.ShadowRealmPrototype = new JsObject(realm.ObjectPrototype);
        ShadowRealmConstructor.Setup(realm);
        ShadowRealmPrototype.Setup(realm);
    }
}

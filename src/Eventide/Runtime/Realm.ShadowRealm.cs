using Eventide.Host;

namespace Eventide.Runtime;

internal sealed partial class Realm
{
    /// <summary>%ShadowRealm.prototype%.</summary>
    public JsObject ShadowRealmPrototype = null!;

    /// <summary>A ShadowRealm's realm: the ECMAScript globals only, none of the host's (console, the runtime's globals).</summary>
    internal bool IsShadowRealm { get; }

    /// <summary>The module map of a realm other than the engine's main one (made on its first import).</summary>
    internal EsModuleLoader? OwnModules;
}

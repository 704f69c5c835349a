using Eventide.Builtins;
using Eventide.Runtime;

namespace Eventide;

public sealed partial class Engine
{
    /// <summary>
    /// ShadowRealmImportValue step 7, HostLoadImportedModule(evalRealm, specifier, empty, capability): loads, links and
    /// evaluates the module in <paramref name="evalRealm"/>'s own module map, as import() does, resolving
    /// <paramref name="specifier"/> against <paramref name="referrer"/>; the capability settles with its namespace or the error.
    /// </summary>
    internal void ImportIntoRealm(Realm evalRealm, string specifier, string referrer, PromiseCapability capability)
    {
        var modules = EsModulesFor(evalRealm);
        modules.Import(specifier, [], modules.Resolver?.ImportReferrer(referrer) ?? referrer, capability);
    }
}

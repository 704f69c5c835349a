using System.Runtime.CompilerServices;
using Eventide.Runtime;

namespace Eventide.Builtins;

/// <summary>
/// 28.1.1 %AbstractModuleSource%: the abstract base of module source objects (what `import source`
/// gives for modules that have one, such as WebAssembly's). JavaScript modules have none, so nothing a
/// script can reach leads to it; it is made on first use (the test262 host exposes it) and costs an
/// engine nothing otherwise.
/// </summary>
internal static class AbstractModuleSourceConstructor
{
    private static readonly ConditionalWeakTable<Realm, NativeFunction> ByRealm = new();

    public static NativeFunction Get(Realm realm) => ByRealm.GetValue(realm, Create);

    private static NativeFunction Create(Realm realm)
    {
        var prototype = realm.NewObject();
        // 28.1.1.1 %AbstractModuleSource% ( ): 1. Throw a TypeError exception.
        var ctor = realm.DefineConstructor("AbstractModuleSource", 0,
            (_, _, _) => throw JsException.TypeError("Abstract class AbstractModuleSource not directly constructable"), prototype, global: false);
        // 28.1.3.2 get %AbstractModuleSource%.prototype [ @@toStringTag ]: the [[ModuleSourceClassName]]
        // of a module source object, else undefined (and no module source objects exist here).
        realm.DefineGetter(prototype, WellKnownSymbols.ToStringTag, (_, _) => JsValue.Undefined);
        return ctor;
    }
}

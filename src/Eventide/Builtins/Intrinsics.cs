using Eventide.Host;
using Eventide.Runtime;

namespace Eventide.Builtins;

/// <summary>Creates every intrinsic of a realm, in dependency order (9.3.2 CreateIntrinsics).</summary>
internal static class Intrinsics
{
    public static void Setup(Realm realm)
    {
        ObjectPrototype.Setup(realm);
        FunctionPrototype.Setup(realm);
        ErrorConstructors.Setup(realm);
        IteratorPrototype.Setup(realm);
        ArrayIteratorPrototype.Setup(realm);
        ArrayPrototype.Setup(realm);
        // Placeholders until each primitive's builtin file creates its prototype.
        realm.StringPrototype ??= new StringObject(realm.ObjectPrototype, "");
        realm.NumberPrototype ??= new PrimitiveWrapper(realm.ObjectPrototype, 0);
        realm.BooleanPrototype ??= new PrimitiveWrapper(realm.ObjectPrototype, false);
        realm.SymbolPrototype ??= new JsObject(realm.ObjectPrototype);
        realm.BigIntPrototype ??= new JsObject(realm.ObjectPrototype);
        SymbolConstructor.Setup(realm);
        GlobalObject.Setup(realm);
        ConsoleObject.Setup(realm);
    }
}

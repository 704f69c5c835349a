using Eventide.Runtime;

namespace Eventide.Builtins;

/// <summary>24.2.1 The Set Constructor and 24.2.2 its properties.</summary>
internal static class SetConstructor
{
    public static void Setup(Realm realm)
    {
        var proto = new JsObject(realm.ObjectPrototype);
        realm.SetPrototype = proto;
        // 24.2.1.1 Set ( [ iterable ] )
        var ctor = realm.DefineConstructor("Set", 0, (_, args, newTarget) =>
        {
            if (newTarget is null) throw JsException.TypeError("Constructor Set requires 'new'");
            var set = new JsMapOrSet(Vm.Interpreter.GetPrototypeFromConstructor(newTarget, realm.SetPrototype), isMap: false);
            var iterable = args.At(0);
            if (!iterable.IsNullish) CollectionSupport.AddFromIterable(realm, set, iterable, "add", entries: false);
            return set;
        }, proto);
        CollectionSupport.DefineSpeciesGetter(realm, ctor);
        SetPrototype.Setup(realm, proto);
        SetAlgebra.Setup(realm, proto);
    }
}

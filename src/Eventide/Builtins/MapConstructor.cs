using Eventide.Runtime;
using Eventide.Vm;

namespace Eventide.Builtins;

/// <summary>24.1.1 The Map Constructor and 24.1.2 its properties.</summary>
internal static class MapConstructor
{
    public static void Setup(Realm realm)
    {
        var proto = new JsObject(realm.ObjectPrototype);
        realm.MapPrototype = proto;
        // 24.1.1.1 Map ( [ iterable ] )
        var ctor = realm.DefineConstructor("Map", 0, (_, args, newTarget) =>
        {
            if (newTarget is null) throw JsException.TypeError("Constructor Map requires 'new'");
            var map = new JsMapOrSet(Vm.Interpreter.GetPrototypeFromConstructor(newTarget, realm.MapPrototype), isMap: true);
            var iterable = args.At(0);
            if (!iterable.IsNullish) CollectionSupport.AddFromIterable(realm, map, iterable, "set", entries: true);
            return map;
        }, proto);
        // 24.1.2.1 Map.groupBy ( items, callbackfn )
        realm.DefineMethod(ctor, "groupBy", 2, (_, args) =>
        {
            var map = new JsMapOrSet(realm.MapPrototype, isMap: true);
            var items = args.At(0);
            // 7.3.35 GroupBy steps 1-2, in V8's words for Map.groupBy.
            if (items.IsNullish) throw JsException.TypeError($"{Operations.ToDisplay(items)} is not iterable");
            var callbackfn = CollectionSupport.RequireCallable(args.At(1));
            foreach (var (key, elements) in GroupByOperation.GroupBy(realm, items, callbackfn, propertyKeys: false))
                map.Table.Set(key, realm.NewArray(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(elements)));
            return map;
        });
        CollectionSupport.DefineSpeciesGetter(realm, ctor);
        MapPrototype.Setup(realm, proto);
    }
}

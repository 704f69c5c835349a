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
            foreach (var (key, items) in GroupBy(realm, args.At(0), args.At(1), propertyKeys: false))
                map.Table.Set(key, items);
            return map;
        });
        CollectionSupport.DefineSpeciesGetter(realm, ctor);
        MapPrototype.Setup(realm, proto);
    }

    /// <summary>7.3.35 GroupBy ( items, callbackfn, keyCoercion ): groups in first-seen key order.</summary>
    public static List<(JsValue Key, JsArray Items)> GroupBy(Realm realm, JsValue items, JsValue callback, bool propertyKeys)
    {
        if (items.IsNullish) throw JsException.TypeError($"{Operations.ToDisplay(items)} is not iterable");
        var fn = new RepeatedCall(CollectionSupport.RequireCallable(callback), JsValue.Undefined);
        var groups = new List<(JsValue Key, JsArray Items)>();
        var index = new Dictionary<JsValue, int>();
        var iter = Vm.IteratorRecord.GetIterator(realm, items);
        double k = 0;
        while (iter.Step(out var value))
        {
            JsValue key;
            try
            {
                key = fn.Call([value, k]);
                key = propertyKeys ? Operations.ToPropertyKey(key).ToJsValue() : OrderedTable.Normalize(key);
            }
            catch (JsException)
            {
                iter.CloseQuietly();
                throw;
            }
            if (!index.TryGetValue(key, out int g))
            {
                g = groups.Count;
                index[key] = g;
                groups.Add((key, realm.NewArray()));
            }
            groups[g].Items.Push(value);
            k++;
        }
        fn.Release();
        return groups;
    }
}

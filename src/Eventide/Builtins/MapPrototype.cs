using Eventide.Runtime;
using Eventide.Vm;

namespace Eventide.Builtins;

/// <summary>24.1.3 Properties of the Map Prototype Object, and 24.1.5.2 %MapIteratorPrototype%.</summary>
internal static class MapPrototype
{
    private static JsMapOrSet ThisMap(JsValue thisValue, string method) =>
        thisValue.AsObject is JsMapOrSet { IsMap: true } m ? m : throw CollectionSupport.IncompatibleReceiver("Map.prototype." + method, thisValue);

    public static void Setup(Realm realm, JsObject proto)
    {
        realm.MapIteratorPrototype = CollectionSupport.CreateIteratorPrototype(realm, isMap: true);
        // 24.1.3.6 Map.prototype.get
        realm.DefineMethod(proto, "get", 1, (t, args) =>
            ThisMap(t, "get").Table.TryGet(args.At(0), out var v) ? v : JsValue.Undefined);
        // 24.1.3.9 Map.prototype.set
        realm.DefineMethod(proto, "set", 2, (t, args) =>
        {
            ThisMap(t, "set").Table.Set(args.At(0), args.At(1));
            return t;
        });
        // Map.prototype.getOrInsert ( key, value ) (upsert proposal)
        realm.DefineMethod(proto, "getOrInsert", 2, (t, args) =>
        {
            var table = ThisMap(t, "getOrInsert").Table;
            if (table.TryGet(args.At(0), out var existing)) return existing;
            table.Set(args.At(0), args.At(1));
            return args.At(1);
        });
        // Map.prototype.getOrInsertComputed ( key, callbackfn ): the callback may mutate the map; its result wins.
        realm.DefineMethod(proto, "getOrInsertComputed", 2, (t, args) =>
        {
            var table = ThisMap(t, "getOrInsertComputed").Table;
            var fn = CollectionSupport.RequireCallable(args.At(1));
            var key = OrderedTable.Normalize(args.At(0));
            if (table.TryGet(key, out var existing)) return existing;
            var value = fn.Call(JsValue.Undefined, [key]);
            table.Set(key, value);
            return value;
        });
        // 24.1.3.7 Map.prototype.has
        realm.DefineMethod(proto, "has", 1, (t, args) => ThisMap(t, "has").Table.Has(args.At(0)));
        // 24.1.3.3 Map.prototype.delete
        realm.DefineMethod(proto, "delete", 1, (t, args) => ThisMap(t, "delete").Table.Remove(args.At(0)));
        // 24.1.3.1 Map.prototype.clear
        realm.DefineMethod(proto, "clear", 0, (t, _) =>
        {
            ThisMap(t, "clear").Table.Clear();
            return JsValue.Undefined;
        });
        // 24.1.3.4 Map.prototype.entries / 24.1.3.12 @@iterator
        var entries = realm.DefineMethod(proto, "entries", 0, (t, _) =>
            new CollectionIterator(realm.MapIteratorPrototype, ThisMap(t, "entries"), CollectionIterator.IterationKind.Entries));
        // 24.1.3.5 Map.prototype.forEach
        realm.DefineMethod(proto, "forEach", 1, (t, args) =>
        {
            var map = ThisMap(t, "forEach");
            var fn = new RepeatedCall(CollectionSupport.RequireCallable(args.At(0)), args.At(1));
            var cursor = new OrderedTableCursor(map.Table);
            while (cursor.MoveNext(map.Table, out int slot))
                fn.Call([map.Table.ValueAt(slot), map.Table.KeyAt(slot), map]);
            fn.Release();
            return JsValue.Undefined;
        });
        // 24.1.3.8 Map.prototype.keys
        realm.DefineMethod(proto, "keys", 0, (t, _) =>
            new CollectionIterator(realm.MapIteratorPrototype, ThisMap(t, "keys"), CollectionIterator.IterationKind.Keys));
        // 24.1.3.10 get Map.prototype.size
        realm.DefineGetter(proto, "size", (t, _) =>
            t.AsObject is JsMapOrSet { IsMap: true } m ? m.Table.Count : throw CollectionSupport.IncompatibleReceiver("get Map.prototype.size", t));
        // 24.1.3.11 Map.prototype.values
        realm.DefineMethod(proto, "values", 0, (t, _) =>
            new CollectionIterator(realm.MapIteratorPrototype, ThisMap(t, "values"), CollectionIterator.IterationKind.Values));
        proto.FastSet(WellKnownSymbols.Iterator, entries, PropertyFlags.Hidden);
        // 24.1.3.13 Map.prototype [ @@toStringTag ]
        proto.FastSet(WellKnownSymbols.ToStringTag, "Map", PropertyFlags.Configurable);
    }
}

using Eventide.Runtime;
using Eventide.Vm;

namespace Eventide.Builtins;

/// <summary>24.2.4 Properties of the Set Prototype Object, and 24.2.6.2 %SetIteratorPrototype%.</summary>
internal static class SetPrototype
{
    public static JsMapOrSet ThisSet(JsValue thisValue, string method) =>
        thisValue.AsObject is JsMapOrSet { IsMap: false } s ? s : throw CollectionSupport.IncompatibleReceiver("Set.prototype." + method, thisValue);

    public static void Setup(Realm realm, JsObject proto)
    {
        realm.SetIteratorPrototype = CollectionSupport.CreateIteratorPrototype(realm, isMap: false);
        // 24.2.4.8 Set.prototype.has
        realm.DefineMethod(proto, "has", 1, (t, args) => ThisSet(t, "has").Table.Has(args.At(0)));
        // 24.2.4.1 Set.prototype.add
        realm.DefineMethod(proto, "add", 1, (t, args) =>
        {
            var set = ThisSet(t, "add");
            if (!set.Table.Has(args.At(0))) set.Table.Set(args.At(0), JsValue.Undefined);
            return t;
        });
        // 24.2.4.4 Set.prototype.delete
        realm.DefineMethod(proto, "delete", 1, (t, args) => ThisSet(t, "delete").Table.Remove(args.At(0)));
        // 24.2.4.2 Set.prototype.clear
        realm.DefineMethod(proto, "clear", 0, (t, _) =>
        {
            ThisSet(t, "clear").Table.Clear();
            return JsValue.Undefined;
        });
        // 24.2.4.6 Set.prototype.entries
        realm.DefineMethod(proto, "entries", 0, (t, _) =>
            new CollectionIterator(realm.SetIteratorPrototype, ThisSet(t, "entries"), CollectionIterator.IterationKind.Entries));
        // 24.2.4.7 Set.prototype.forEach
        realm.DefineMethod(proto, "forEach", 1, (t, args) =>
        {
            var set = ThisSet(t, "forEach");
            var fn = new RepeatedCall(CollectionSupport.RequireCallable(args.At(0)), args.At(1));
            var cursor = new OrderedTableCursor(set.Table);
            while (cursor.MoveNext(set.Table, out int slot))
            {
                var v = set.Table.KeyAt(slot);
                fn.Call([v, v, set]);
            }
            fn.Release();
            return JsValue.Undefined;
        });
        // 24.2.4.14 get Set.prototype.size
        realm.DefineGetter(proto, "size", (t, _) =>
            t.AsObject is JsMapOrSet { IsMap: false } s ? s.Table.Count : throw CollectionSupport.IncompatibleReceiver("get Set.prototype.size", t));
        // 24.2.4.17 Set.prototype.values (also keys and @@iterator)
        var values = realm.DefineMethod(proto, "values", 0, (t, _) =>
            new CollectionIterator(realm.SetIteratorPrototype, ThisSet(t, "values"), CollectionIterator.IterationKind.Values));
        proto.FastSet("keys", values, PropertyFlags.Hidden);
        proto.FastSet(WellKnownSymbols.Iterator, values, PropertyFlags.Hidden);
        proto.FastSet(WellKnownSymbols.ToStringTag, "Set", PropertyFlags.Configurable);
    }
}

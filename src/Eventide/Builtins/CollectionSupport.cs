using Eventide.Runtime;

namespace Eventide.Builtins;

/// <summary>A Map or Set instance: an ordinary object with [[MapData]] / [[SetData]].</summary>
internal sealed class JsMapOrSet(JsObject prototype, bool isMap) : JsObject(prototype)
{
    public readonly OrderedTable Table = new();
    public readonly bool IsMap = isMap;
    internal override string ClassName => IsMap ? "Map" : "Set";
}

/// <summary>24.1.5 Map Iterator / 24.2.6 Set Iterator objects.</summary>
internal sealed class CollectionIterator(JsObject prototype, JsMapOrSet target, CollectionIterator.IterationKind kind) : JsObject(prototype)
{
    public enum IterationKind { Keys, Values, Entries }
    public JsMapOrSet? Target = target;
    public OrderedTableCursor Cursor = new(target.Table);
    public readonly IterationKind Kind = kind;
    public readonly bool IsMap = target.IsMap;
    internal override string ClassName => IsMap ? "Map Iterator" : "Set Iterator";
}

internal static class CollectionSupport
{
    /// <summary>How V8 names a non-callable value in "X is not a function" from collection builtins.</summary>
    public static string DescribeNonCallable(JsValue v) => v.Ref switch
    {
        null when v.IsUndefined => "undefined",
        string s => $"string \"{s}\"",
        JsObject o => Operations.DescribeForError(o),
        JsSymbol s => s.ToString(),
        JsBigInt b => $"bigint {b.Value}",
        _ when v.IsNull => "null",
        _ => $"{Operations.TypeOf(v)} {Operations.ToString(v)}",
    };

    public static JsFunction RequireCallable(JsValue v) =>
        v.AsFunction ?? throw JsException.TypeError($"{DescribeNonCallable(v)} is not a function");

    public static JsException IncompatibleReceiver(string method, JsValue thisValue) =>
        JsException.TypeError($"Method {method} called on incompatible receiver {ReceiverDisplay(thisValue)}");

    public static string ReceiverDisplay(JsValue v) => v.Ref switch
    {
        JsObject o => Operations.DescribeForError(o),
        string s => s,
        _ => Operations.ToDisplay(v),
    };

    /// <summary>24.1.1.2 AddEntriesFromIterable / the Set constructor loop: calls adder for each item.</summary>
    public static void AddFromIterable(Realm realm, JsObject target, JsValue iterable, string adderName, bool entries)
    {
        var adder = target.Get(adderName);
        if (adder.AsFunction is not JsFunction add)
            throw JsException.TypeError($"'{Operations.ToString(adder.IsSymbol ? "Symbol()" : adder)}' returned for property '{adderName}' of object '{Operations.DescribeForError(target)}' is not a function");
        var iter = Vm.IteratorRecord.GetIterator(realm, iterable);
        while (iter.Step(out var item))
        {
            try
            {
                if (entries)
                {
                    if (item.AsObject is not JsObject entry)
                        throw JsException.TypeError($"Iterator value {Operations.ToString(item.IsSymbol ? item.Symbol.ToString() : item)} is not an entry object");
                    var k = entry.Get(new PropertyKey(0));
                    var v = entry.Get(new PropertyKey(1));
                    add.Call(target, [k, v]);
                }
                else add.Call(target, [item]);
            }
            catch (JsException)
            {
                iter.CloseQuietly();
                throw;
            }
        }
    }

    /// <summary>%MapIteratorPrototype% / %SetIteratorPrototype%.</summary>
    public static JsObject CreateIteratorPrototype(Realm realm, bool isMap)
    {
        var proto = new JsObject(realm.IteratorPrototype);
        string name = isMap ? "Map Iterator" : "Set Iterator";
        // 24.1.5.2.1 %MapIteratorPrototype%.next / 24.2.6.2.1 %SetIteratorPrototype%.next
        realm.DefineMethod(proto, "next", 0, (thisValue, _) =>
        {
            if (thisValue.AsObject is not CollectionIterator it || it.IsMap != isMap)
                throw IncompatibleReceiver(name + ".prototype.next", thisValue);
            if (it.Target is not JsMapOrSet target) return ArrayIteratorPrototype.CreateIterResultObject(realm, JsValue.Undefined, true);
            var table = target.Table;
            if (!it.Cursor.MoveNext(table, out int slot))
            {
                it.Target = null;
                return ArrayIteratorPrototype.CreateIterResultObject(realm, JsValue.Undefined, true);
            }
            JsValue result = it.Kind switch
            {
                CollectionIterator.IterationKind.Keys => table.KeyAt(slot),
                CollectionIterator.IterationKind.Values => isMap ? table.ValueAt(slot) : table.KeyAt(slot),
                _ => realm.NewArray([table.KeyAt(slot), isMap ? table.ValueAt(slot) : table.KeyAt(slot)]),
            };
            return ArrayIteratorPrototype.CreateIterResultObject(realm, result, false);
        });
        proto.FastSet(WellKnownSymbols.ToStringTag, name, PropertyFlags.Configurable);
        return proto;
    }

    public static void DefineSpeciesGetter(Realm realm, JsObject ctor) =>
        realm.DefineGetter(ctor, WellKnownSymbols.Species, (thisValue, _) => thisValue);
}

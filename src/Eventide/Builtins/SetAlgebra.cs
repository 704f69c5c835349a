using Eventide.Runtime;

namespace Eventide.Builtins;

/// <summary>24.2.4 Set.prototype.union, intersection, difference, ... (the set methods) and 24.2.1.? GetSetRecord.</summary>
internal static class SetAlgebra
{
    /// <summary>24.2.1.2 Set Records.</summary>
    private readonly record struct SetRecord(JsObject Set, double Size, JsFunction Has, JsFunction Keys);

    /// <summary>24.2.1.3 GetSetRecord ( obj )</summary>
    private static SetRecord GetSetRecord(JsValue obj)
    {
        if (obj.AsObject is not JsObject o) throw JsException.TypeError($"{Operations.ToDisplay(obj)} is not an object");
        var rawSize = o.Get("size");
        double numSize = Operations.ToNumber(rawSize);
        if (double.IsNaN(numSize)) throw JsException.TypeError("The 'size' property must be a number");
        double intSize = Operations.ToIntegerOrInfinity(numSize);
        if (intSize < 0) throw JsException.RangeError("'size' must be a non-negative number");
        var has = o.Get("has");
        if (has.AsFunction is not JsFunction hasFn) throw JsException.TypeError("The 'has' property must be a function");
        var keys = o.Get("keys");
        if (keys.AsFunction is not JsFunction keysFn) throw JsException.TypeError("The 'keys' property must be a function");
        return new SetRecord(o, intSize, hasFn, keysFn);
    }

    /// <summary>The keys iterator of a set record (GetIteratorFromMethod + next must be callable).</summary>
    private sealed class KeysIterator
    {
        private readonly JsObject _iterator;
        private readonly JsValue _next;

        public KeysIterator(SetRecord rec)
        {
            var it = rec.Keys.Call(rec.Set, []);
            _iterator = it.AsObject ?? throw JsException.TypeError("keys() result is not an object");
            _next = _iterator.Get("next");
            if (!_next.IsCallable) throw JsException.TypeError("The iterator's 'next' property is not a function");
        }

        public bool Step(out JsValue value)
        {
            var r = Operations.Call(_next, _iterator, []);
            if (r.AsObject is not JsObject result) throw JsException.TypeError($"Iterator result {Operations.ToDisplay(r)} is not an object");
            if (Vm.Interpreter.IteratorComplete(Realm.Current, result)) { value = default; return false; }
            value = OrderedTable.Normalize(Vm.Interpreter.IteratorValue(Realm.Current, result));
            return true;
        }

        public void Close()
        {
            var ret = Operations.GetMethod(_iterator, "return");
            if (ret is null) return;
            if (!ret.Call(_iterator, []).IsObject) throw JsException.TypeError("iterator.return() did not return an object");
        }
    }

    private static JsMapOrSet Copy(Realm realm, JsMapOrSet source)
    {
        var result = new JsMapOrSet(realm.SetPrototype, isMap: false);
        var cursor = new OrderedTableCursor(source.Table);
        while (cursor.MoveNext(source.Table, out int slot)) result.Table.Set(source.Table.KeyAt(slot), JsValue.Undefined);
        return result;
    }

    private static bool CallHas(SetRecord rec, JsValue v) => Operations.ToBoolean(rec.Has.Call(rec.Set, [v]));

    public static void Setup(Realm realm, JsObject proto)
    {
        // 24.2.4.19 Set.prototype.union ( other )
        realm.DefineMethod(proto, "union", 1, (t, args) =>
        {
            var o = SetPrototype.ThisSet(t, "union");
            var rec = GetSetRecord(args.At(0));
            var keys = new KeysIterator(rec);
            var result = Copy(realm, o);
            while (keys.Step(out var next))
                if (!result.Table.Has(next)) result.Table.Set(next, JsValue.Undefined);
            return result;
        });
        // 24.2.4.9 Set.prototype.intersection ( other )
        realm.DefineMethod(proto, "intersection", 1, (t, args) =>
        {
            var o = SetPrototype.ThisSet(t, "intersection");
            var rec = GetSetRecord(args.At(0));
            var result = new JsMapOrSet(realm.SetPrototype, isMap: false);
            if (o.Table.Count <= rec.Size)
            {
                var cursor = new OrderedTableCursor(o.Table);
                while (cursor.MoveNext(o.Table, out int slot))
                {
                    var e = o.Table.KeyAt(slot);
                    if (CallHas(rec, e) && !result.Table.Has(e)) result.Table.Set(e, JsValue.Undefined);
                }
            }
            else
            {
                var keys = new KeysIterator(rec);
                while (keys.Step(out var next))
                    if (o.Table.Has(next) && !result.Table.Has(next)) result.Table.Set(next, JsValue.Undefined);
            }
            return result;
        });
        // 24.2.4.5 Set.prototype.difference ( other )
        realm.DefineMethod(proto, "difference", 1, (t, args) =>
        {
            var o = SetPrototype.ThisSet(t, "difference");
            var rec = GetSetRecord(args.At(0));
            var result = Copy(realm, o);
            if (o.Table.Count <= rec.Size)
            {
                var cursor = new OrderedTableCursor(o.Table);
                while (cursor.MoveNext(o.Table, out int slot))
                {
                    var e = o.Table.KeyAt(slot);
                    if (CallHas(rec, e)) result.Table.Remove(e);
                }
            }
            else
            {
                var keys = new KeysIterator(rec);
                while (keys.Step(out var next)) result.Table.Remove(next);
            }
            return result;
        });
        // 24.2.4.15 Set.prototype.symmetricDifference ( other )
        realm.DefineMethod(proto, "symmetricDifference", 1, (t, args) =>
        {
            var o = SetPrototype.ThisSet(t, "symmetricDifference");
            var rec = GetSetRecord(args.At(0));
            var keys = new KeysIterator(rec);
            var result = Copy(realm, o);
            while (keys.Step(out var next))
            {
                if (o.Table.Has(next)) result.Table.Remove(next);
                else if (!result.Table.Has(next)) result.Table.Set(next, JsValue.Undefined);
            }
            return result;
        });
        // 24.2.4.11 Set.prototype.isSubsetOf ( other )
        realm.DefineMethod(proto, "isSubsetOf", 1, (t, args) =>
        {
            var o = SetPrototype.ThisSet(t, "isSubsetOf");
            var rec = GetSetRecord(args.At(0));
            if (o.Table.Count > rec.Size) return false;
            var cursor = new OrderedTableCursor(o.Table);
            while (cursor.MoveNext(o.Table, out int slot))
                if (!CallHas(rec, o.Table.KeyAt(slot))) return false;
            return true;
        });
        // 24.2.4.12 Set.prototype.isSupersetOf ( other )
        realm.DefineMethod(proto, "isSupersetOf", 1, (t, args) =>
        {
            var o = SetPrototype.ThisSet(t, "isSupersetOf");
            var rec = GetSetRecord(args.At(0));
            if (o.Table.Count < rec.Size) return false;
            var keys = new KeysIterator(rec);
            while (keys.Step(out var next))
                if (!o.Table.Has(next)) { keys.Close(); return false; }
            return true;
        });
        // 24.2.4.10 Set.prototype.isDisjointFrom ( other )
        realm.DefineMethod(proto, "isDisjointFrom", 1, (t, args) =>
        {
            var o = SetPrototype.ThisSet(t, "isDisjointFrom");
            var rec = GetSetRecord(args.At(0));
            if (o.Table.Count <= rec.Size)
            {
                var cursor = new OrderedTableCursor(o.Table);
                while (cursor.MoveNext(o.Table, out int slot))
                    if (CallHas(rec, o.Table.KeyAt(slot))) return false;
            }
            else
            {
                var keys = new KeysIterator(rec);
                while (keys.Step(out var next))
                    if (o.Table.Has(next)) { keys.Close(); return false; }
            }
            return true;
        });
    }
}

using Eventide.Runtime;
using Eventide.Vm;
using static Eventide.Builtins.DescriptorConversions;

namespace Eventide.Builtins;

/// <summary>20.1.1 The Object Constructor and 20.1.2 its properties.</summary>
internal static class ObjectConstructor
{
    public static void Setup(Realm realm)
    {
        NativeFunction? self = null;
        // 20.1.1.1 Object ( [ value ] )
        var ctor = self = realm.DefineConstructor("Object", 1, (_, args, newTarget) =>
        {
            if (newTarget is not null && !ReferenceEquals(newTarget, self))
                return new JsObject(Interpreter.GetPrototypeFromConstructor(newTarget, realm.ObjectPrototype));
            var value = args.At(0);
            if (value.IsNullish) return realm.NewObject();
            return Operations.ToObject(realm, value);
        }, realm.ObjectPrototype);
        realm.ObjectConstructor = ctor;

        // 20.1.2.1 Object.assign ( target, ...sources )
        realm.DefineMethod(ctor, "assign", 2, (_, args) =>
        {
            var to = Operations.ToObject(realm, args.At(0));
            for (int i = 1; i < args.Length; i++)
            {
                if (args[i].IsNullish) continue;
                var from = Operations.ToObject(realm, args[i]);
                foreach (var key in from.OwnPropertyKeys())
                {
                    if (!from.GetOwnProperty(key, out var desc) || !desc.Enumerable) continue;
                    var v = from.Get(key, from);
                    SetOrThrow(to, key, v);
                }
            }
            return to;
        });
        // 20.1.2.8 Object.getOwnPropertyDescriptor ( O, P )
        realm.DefineMethod(ctor, "getOwnPropertyDescriptor", 2, (_, args) =>
        {
            var obj = Operations.ToObject(realm, args.At(0));
            var key = Operations.ToPropertyKey(args.At(1));
            bool exists = obj.GetOwnProperty(key, out var desc);
            return FromPropertyDescriptor(realm, exists, desc);
        });
        // 20.1.2.9 Object.getOwnPropertyDescriptors ( O )
        realm.DefineMethod(ctor, "getOwnPropertyDescriptors", 1, (_, args) =>
        {
            var obj = Operations.ToObject(realm, args.At(0));
            var descriptors = realm.NewObject();
            foreach (var key in obj.OwnPropertyKeys())
            {
                bool exists = obj.GetOwnProperty(key, out var desc);
                var descObj = FromPropertyDescriptor(realm, exists, desc);
                if (!descObj.IsUndefined) descriptors.CreateDataProperty(key, descObj);
            }
            return descriptors;
        });
        // 20.1.2.10 Object.getOwnPropertyNames ( O )
        realm.DefineMethod(ctor, "getOwnPropertyNames", 1, (_, args) => GetOwnPropertyKeys(realm, args.At(0), symbols: false));
        // 20.1.2.11 Object.getOwnPropertySymbols ( O )
        realm.DefineMethod(ctor, "getOwnPropertySymbols", 1, (_, args) => GetOwnPropertyKeys(realm, args.At(0), symbols: true));
        // 20.1.2.14 Object.hasOwn ( O, P )
        realm.DefineMethod(ctor, "hasOwn", 2, (_, args) =>
        {
            var obj = Operations.ToObject(realm, args.At(0));
            return obj.HasOwnProperty(Operations.ToPropertyKey(args.At(1)));
        });
        // 20.1.2.15 Object.is ( value1, value2 )
        realm.DefineMethod(ctor, "is", 2, (_, args) => JsValue.SameValue(args.At(0), args.At(1)));
        // 20.1.2.20 Object.preventExtensions ( O )
        realm.DefineMethod(ctor, "preventExtensions", 1, (_, args) =>
        {
            if (args.At(0).AsObject is JsObject o && !o.PreventExtensions())
                throw JsException.TypeError(o is IProxy ? "'preventExtensions' on proxy: trap returned falsish" : $"Cannot prevent extensions of {Operations.DescribeForError(o)}");
            return args.At(0);
        });
        // 20.1.2.22 Object.seal ( O )
        realm.DefineMethod(ctor, "seal", 1, (_, args) =>
        {
            if (args.At(0).AsObject is JsObject o) SetIntegrityLevelOrThrow(o, frozen: false);
            return args.At(0);
        });
        // 20.1.2.2 Object.create ( O, Properties )
        realm.DefineMethod(ctor, "create", 2, (_, args) =>
        {
            var proto = RequireProtoValue(args.At(0));
            var obj = new JsObject(proto);
            if (!args.At(1).IsUndefined) ObjectDefineProperties(realm, obj, args.At(1));
            return obj;
        });
        // 20.1.2.3 Object.defineProperties ( O, Properties )
        realm.DefineMethod(ctor, "defineProperties", 2, (_, args) =>
        {
            if (args.At(0).AsObject is not JsObject o) throw JsException.TypeError("Object.defineProperties called on non-object");
            ObjectDefineProperties(realm, o, args.At(1));
            return o;
        });
        // 20.1.2.4 Object.defineProperty ( O, P, Attributes )
        realm.DefineMethod(ctor, "defineProperty", 3, (_, args) =>
        {
            if (args.At(0).AsObject is not JsObject o) throw JsException.TypeError("Object.defineProperty called on non-object");
            var key = Operations.ToPropertyKey(args.At(1));
            var desc = ToPropertyDescriptor(args.At(2));
            DefinePropertyOrThrow(o, key, desc);
            return o;
        });
        // 20.1.2.6 Object.freeze ( O )
        realm.DefineMethod(ctor, "freeze", 1, (_, args) =>
        {
            if (args.At(0).AsObject is JsObject o) SetIntegrityLevelOrThrow(o, frozen: true);
            return args.At(0);
        });
        // 20.1.2.12 Object.getPrototypeOf ( O )
        realm.DefineMethod(ctor, "getPrototypeOf", 1, (_, args) =>
            Operations.ToObject(realm, args.At(0)).GetPrototypeOf() is { } p ? p : JsValue.Null);
        // 20.1.2.23 Object.setPrototypeOf ( O, proto )
        realm.DefineMethod(ctor, "setPrototypeOf", 2, (_, args) =>
        {
            var o = args.At(0);
            if (o.IsNullish) throw JsException.TypeError("Object.setPrototypeOf called on null or undefined");
            var proto = RequireProtoValue(args.At(1));
            if (o.AsObject is not JsObject obj) return o;
            if (!obj.SetPrototypeOf(proto)) throw SetPrototypeFailure(obj, proto);
            return o;
        });
        // 20.1.2.16 Object.isExtensible ( O )
        realm.DefineMethod(ctor, "isExtensible", 1, (_, args) => args.At(0).AsObject is JsObject o && o.IsExtensible());
        // 20.1.2.17 Object.isFrozen ( O )
        realm.DefineMethod(ctor, "isFrozen", 1, (_, args) => args.At(0).AsObject is not JsObject o || TestIntegrityLevel(o, frozen: true));
        // 20.1.2.18 Object.isSealed ( O )
        realm.DefineMethod(ctor, "isSealed", 1, (_, args) => args.At(0).AsObject is not JsObject o || TestIntegrityLevel(o, frozen: false));
        // 20.1.2.19 Object.keys ( O )
        realm.DefineMethod(ctor, "keys", 1, (_, args) =>
            realm.NewArray(EnumerableOwnProperties(realm, Operations.ToObject(realm, args.At(0)), EnumerationKind.Key).ToArray()));
        // 20.1.2.5 Object.entries ( O )
        realm.DefineMethod(ctor, "entries", 1, (_, args) =>
            realm.NewArray(EnumerableOwnProperties(realm, Operations.ToObject(realm, args.At(0)), EnumerationKind.KeyValue).ToArray()));
        // 20.1.2.7 Object.fromEntries ( iterable )
        realm.DefineMethod(ctor, "fromEntries", 1, (_, args) =>
        {
            var iterable = args.At(0);
            if (iterable.IsNullish) throw JsException.TypeError($"{(iterable.IsNull ? "null" : "undefined")} is not iterable");
            var obj = realm.NewObject();
            AddEntriesFromIterable(realm, iterable, (k, v) => obj.CreateDataPropertyOrThrow(Operations.ToPropertyKey(k), v));
            return obj;
        });
        // 20.1.2.24 Object.values ( O )
        realm.DefineMethod(ctor, "values", 1, (_, args) =>
            realm.NewArray(EnumerableOwnProperties(realm, Operations.ToObject(realm, args.At(0)), EnumerationKind.Value).ToArray()));
        // 20.1.2.13 Object.groupBy ( items, callbackfn )
        realm.DefineMethod(ctor, "groupBy", 2, (_, args) =>
        {
            var items = args.At(0);
            var callback = args.At(1);
            // 7.3.35 GroupBy steps 1-2, in V8's words for Object.groupBy.
            if (items.IsNullish) throw JsException.TypeError("Cannot convert undefined or null to object");
            if (callback.AsFunction is not { } callbackfn) throw JsException.TypeError($"{Operations.ToDisplay(callback)} is not a function");
            var obj = new JsObject(null);
            foreach (var (key, elements) in GroupByOperation.GroupBy(realm, items, callbackfn, propertyKeys: true))
                obj.CreateDataPropertyOrThrow(Operations.ToPropertyKey(key), realm.NewArray(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(elements)));
            return obj;
        });
    }

    /// <summary>The O argument of Object.create / setPrototypeOf: an object or null.</summary>
    internal static JsObject? RequireProtoValue(JsValue v)
    {
        if (v.IsNull) return null;
        if (v.AsObject is JsObject o) return o;
        throw JsException.TypeError($"Object prototype may only be an Object or null: {DisplayValue(v)}");
    }

    /// <summary>The error V8 raises when [[SetPrototypeOf]] returns false.</summary>
    internal static JsException SetPrototypeFailure(JsObject obj, JsObject? proto)
    {
        if (obj is IProxy) return JsException.TypeError("'setPrototypeOf' on proxy: trap returned falsish for property 'undefined'");
        if (obj is ImmutablePrototypeObject) return JsException.TypeError("Immutable prototype object 'Object.prototype' cannot have their prototype set");
        if (!obj.IsExtensible()) return JsException.TypeError($"{Operations.DescribeForError(obj)} is not extensible");
        return JsException.TypeError("Cyclic __proto__ value");
    }

    /// <summary>7.3.9 DefinePropertyOrThrow, with V8's messages.</summary>
    internal static void DefinePropertyOrThrow(JsObject o, in PropertyKey key, in PropertyDescriptor desc)
    {
        if (o.DefineOwnProperty(key, desc)) return;
        if (o is IProxy) throw JsException.TypeError($"'defineProperty' on proxy: trap returned falsish for property '{key}'");
        if (!o.HasOwnProperty(key) && !o.IsExtensible()) throw JsException.TypeError($"Cannot define property {key}, object is not extensible");
        throw JsException.TypeError($"Cannot redefine property: {key}");
    }

    /// <summary>7.3.4 Set(O, P, V, true), with V8's messages.</summary>
    internal static void SetOrThrow(JsObject o, in PropertyKey key, JsValue v)
    {
        if (o.Set(key, v, o)) return;
        if (o is IProxy) throw JsException.TypeError($"'set' on proxy: trap returned falsish for property '{key}'");
        if (!o.HasOwnProperty(key) && !o.IsExtensible()) throw JsException.TypeError($"Cannot add property {key}, object is not extensible");
        throw JsException.TypeError($"Cannot assign to read only property '{key}' of object '{Operations.DescribeForError(o)}'");
    }

    /// <summary>20.1.2.3.1 ObjectDefineProperties ( O, Properties )</summary>
    internal static void ObjectDefineProperties(Realm realm, JsObject o, JsValue properties)
    {
        var props = Operations.ToObject(realm, properties);
        var descriptors = new List<(PropertyKey, PropertyDescriptor)>();
        foreach (var key in props.OwnPropertyKeys())
        {
            if (!props.GetOwnProperty(key, out var propDesc) || !propDesc.Enumerable) continue;
            descriptors.Add((key, ToPropertyDescriptor(props.Get(key, props))));
        }
        foreach (var (key, desc) in descriptors) DefinePropertyOrThrow(o, key, desc);
    }

    internal enum EnumerationKind { Key, Value, KeyValue }

    /// <summary>7.3.23 EnumerableOwnProperties ( O, kind )</summary>
    internal static List<JsValue> EnumerableOwnProperties(Realm realm, JsObject o, EnumerationKind kind)
    {
        var keys = o.OwnPropertyKeys();
        var results = new List<JsValue>(keys.Count);
        foreach (var key in keys)
        {
            if (key.IsSymbol) continue;
            if (!o.GetOwnProperty(key, out var desc) || !desc.Enumerable) continue;
            if (kind == EnumerationKind.Key) { results.Add(key.ToJsValue()); continue; }
            var value = o.Get(key, o);
            results.Add(kind == EnumerationKind.Value ? value : realm.NewArray([key.ToJsValue(), value]));
        }
        return results;
    }

    /// <summary>20.1.2.11.1 GetOwnPropertyKeys ( O, type )</summary>
    private static JsArray GetOwnPropertyKeys(Realm realm, JsValue o, bool symbols)
    {
        var obj = Operations.ToObject(realm, o);
        var list = new List<JsValue>();
        foreach (var key in obj.OwnPropertyKeys())
            if (key.IsSymbol == symbols) list.Add(key.ToJsValue());
        return realm.NewArray(list.ToArray());
    }

    /// <summary>7.3.15 SetIntegrityLevel, throwing when it fails.</summary>
    internal static void SetIntegrityLevelOrThrow(JsObject o, bool frozen)
    {
        // A typed array's elements can never become read-only (unless its buffer is immutable): fail as V8
        // words it (after PreventExtensions, as the spec orders).
        if (frozen && o is JsTypedArray { Length: > 0, IsImmutable: false } && o.PreventExtensions())
            throw JsException.TypeError("Cannot freeze array buffer views with elements");
        if (!SetIntegrityLevel(o, frozen))
            throw JsException.TypeError(o is IProxy ? "'preventExtensions' on proxy: trap returned falsish" : $"Cannot prevent extensions of {Operations.DescribeForError(o)}");
    }

    /// <summary>7.3.15 SetIntegrityLevel ( O, level )</summary>
    internal static bool SetIntegrityLevel(JsObject o, bool frozen)
    {
        if (!o.PreventExtensions()) return false;
        var keys = o.OwnPropertyKeys();
        foreach (var key in keys)
        {
            var desc = new PropertyDescriptor { Configurable = false, Fields = DescriptorFields.Configurable };
            if (frozen)
            {
                if (!o.GetOwnProperty(key, out var current)) continue;
                if (!current.IsAccessor) desc.Fields |= DescriptorFields.Writable;
            }
            DefinePropertyOrThrow(o, key, desc);
        }
        return true;
    }

    /// <summary>7.3.16 TestIntegrityLevel ( O, level )</summary>
    internal static bool TestIntegrityLevel(JsObject o, bool frozen)
    {
        if (o.IsExtensible()) return false;
        foreach (var key in o.OwnPropertyKeys())
        {
            if (!o.GetOwnProperty(key, out var current)) continue;
            if (current.Configurable) return false;
            if (frozen && !current.IsAccessor && current.Writable) return false;
        }
        return true;
    }

    /// <summary>24.1.1.2 AddEntriesFromIterable: calls <paramref name="adder"/> with each entry's key and value.</summary>
    internal static void AddEntriesFromIterable(Realm realm, JsValue iterable, Action<JsValue, JsValue> adder)
    {
        var iterator = IteratorRecord.GetIterator(realm, iterable);
        while (iterator.Step(out var next))
        {
            try
            {
                if (next.AsObject is not JsObject entry)
                    throw JsException.TypeError($"Iterator value {DisplayValue(next)} is not an entry object");
                var k = entry.Get("0");
                var v = entry.Get("1");
                adder(k, v);
            }
            catch (JsException)
            {
                iterator.CloseQuietly();
                throw;
            }
        }
    }
}

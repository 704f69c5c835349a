using System.Runtime.CompilerServices;
using Eventide.Runtime;

namespace Eventide.Builtins;

/// <summary>A WeakMap or WeakSet: entries live as long as their key (ConditionalWeakTable).</summary>
internal sealed class JsWeakCollection(JsObject prototype, bool isMap) : JsObject(prototype)
{
    public readonly ConditionalWeakTable<object, StrongBox<JsValue>> Table = new();
    public readonly bool IsMap = isMap;
    internal override string ClassName => IsMap ? "WeakMap" : "WeakSet";
}

/// <summary>26.1 WeakRef objects.</summary>
internal sealed class JsWeakRef(JsObject prototype, object target) : JsObject(prototype)
{
    public readonly WeakReference<object> Target = new(target);
    internal override string ClassName => "WeakRef";
}

/// <summary>26.2 FinalizationRegistry objects. Cleanup callbacks are never scheduled (allowed: GC is unobservable).</summary>
internal sealed class JsFinalizationRegistry(JsObject prototype, JsFunction cleanup) : JsObject(prototype)
{
    public readonly JsFunction Cleanup = cleanup;
    public readonly List<(WeakReference<object> Target, JsValue Held, WeakReference<object>? Token)> Cells = new();
    internal override string ClassName => "FinalizationRegistry";
}

/// <summary>24.3 WeakMap, 24.4 WeakSet, 26.1 WeakRef and 26.2 FinalizationRegistry.</summary>
internal static class WeakCollections
{
    /// <summary>9.13 CanBeHeldWeakly: objects and symbols not in the global registry.</summary>
    public static bool CanBeHeldWeakly(JsValue v, out object target)
    {
        target = v.Ref!;
        return v.IsObject || (v.Ref is JsSymbol s && s.RegistryKey is null);
    }

    private static JsWeakCollection This(JsValue t, bool isMap, string method) =>
        t.AsObject is JsWeakCollection w && w.IsMap == isMap ? w
            : throw CollectionSupport.IncompatibleReceiver((isMap ? "WeakMap" : "WeakSet") + ".prototype." + method, t);

    public static void Setup(Realm realm)
    {
        SetupWeakMap(realm);
        SetupWeakSet(realm);
        SetupWeakRef(realm);
        SetupFinalizationRegistry(realm);
    }

    private static void SetupWeakMap(Realm realm)
    {
        var proto = new JsObject(realm.ObjectPrototype);
        realm.WeakMapPrototype = proto;
        // 24.3.1.1 WeakMap ( [ iterable ] )
        realm.DefineConstructor("WeakMap", 0, (_, args, newTarget) =>
        {
            if (newTarget is null) throw JsException.TypeError("Constructor WeakMap requires 'new'");
            var map = new JsWeakCollection(Vm.Interpreter.GetPrototypeFromConstructor(newTarget, realm.WeakMapPrototype), isMap: true);
            if (!args.At(0).IsNullish) CollectionSupport.AddFromIterable(realm, map, args.At(0), "set", entries: true);
            return map;
        }, proto);
        // 24.3.3.2 WeakMap.prototype.delete
        realm.DefineMethod(proto, "delete", 1, (t, args) =>
        {
            var m = This(t, true, "delete");
            return CanBeHeldWeakly(args.At(0), out var key) && m.Table.Remove(key);
        });
        // 24.3.3.3 WeakMap.prototype.get
        realm.DefineMethod(proto, "get", 1, (t, args) =>
        {
            var m = This(t, true, "get");
            return CanBeHeldWeakly(args.At(0), out var key) && m.Table.TryGetValue(key, out var box) ? box.Value : JsValue.Undefined;
        });
        // 24.3.3.5 WeakMap.prototype.set
        realm.DefineMethod(proto, "set", 2, (t, args) =>
        {
            var m = This(t, true, "set");
            if (!CanBeHeldWeakly(args.At(0), out var key)) throw JsException.TypeError("Invalid value used as weak map key");
            m.Table.AddOrUpdate(key, new StrongBox<JsValue>(args.At(1)));
            return t;
        });
        // WeakMap.prototype.getOrInsert / getOrInsertComputed (upsert proposal)
        realm.DefineMethod(proto, "getOrInsert", 2, (t, args) =>
        {
            var m = This(t, true, "getOrInsert");
            if (!CanBeHeldWeakly(args.At(0), out var key)) throw JsException.TypeError("Invalid value used as weak map key");
            if (m.Table.TryGetValue(key, out var box)) return box.Value;
            m.Table.AddOrUpdate(key, new StrongBox<JsValue>(args.At(1)));
            return args.At(1);
        });
        realm.DefineMethod(proto, "getOrInsertComputed", 2, (t, args) =>
        {
            var m = This(t, true, "getOrInsertComputed");
            var fn = CollectionSupport.RequireCallable(args.At(1));
            if (!CanBeHeldWeakly(args.At(0), out var key)) throw JsException.TypeError("Invalid value used as weak map key");
            if (m.Table.TryGetValue(key, out var box)) return box.Value;
            var value = fn.Call(JsValue.Undefined, [args.At(0)]);
            m.Table.AddOrUpdate(key, new StrongBox<JsValue>(value));
            return value;
        });
        // 24.3.3.4 WeakMap.prototype.has
        realm.DefineMethod(proto, "has", 1, (t, args) =>
        {
            var m = This(t, true, "has");
            return CanBeHeldWeakly(args.At(0), out var key) && m.Table.TryGetValue(key, out _);
        });
        proto.FastSet(WellKnownSymbols.ToStringTag, "WeakMap", PropertyFlags.Configurable);
    }

    private static void SetupWeakSet(Realm realm)
    {
        var proto = new JsObject(realm.ObjectPrototype);
        realm.WeakSetPrototype = proto;
        // 24.4.1.1 WeakSet ( [ iterable ] )
        realm.DefineConstructor("WeakSet", 0, (_, args, newTarget) =>
        {
            if (newTarget is null) throw JsException.TypeError("Constructor WeakSet requires 'new'");
            var set = new JsWeakCollection(Vm.Interpreter.GetPrototypeFromConstructor(newTarget, realm.WeakSetPrototype), isMap: false);
            if (!args.At(0).IsNullish) CollectionSupport.AddFromIterable(realm, set, args.At(0), "add", entries: false);
            return set;
        }, proto);
        // 24.4.3.1 WeakSet.prototype.add
        realm.DefineMethod(proto, "add", 1, (t, args) =>
        {
            var s = This(t, false, "add");
            if (!CanBeHeldWeakly(args.At(0), out var key)) throw JsException.TypeError("Invalid value used in weak set");
            s.Table.AddOrUpdate(key, new StrongBox<JsValue>(JsValue.True));
            return t;
        });
        // 24.4.3.3 WeakSet.prototype.delete
        realm.DefineMethod(proto, "delete", 1, (t, args) =>
        {
            var s = This(t, false, "delete");
            return CanBeHeldWeakly(args.At(0), out var key) && s.Table.Remove(key);
        });
        // 24.4.3.4 WeakSet.prototype.has
        realm.DefineMethod(proto, "has", 1, (t, args) =>
        {
            var s = This(t, false, "has");
            return CanBeHeldWeakly(args.At(0), out var key) && s.Table.TryGetValue(key, out _);
        });
        proto.FastSet(WellKnownSymbols.ToStringTag, "WeakSet", PropertyFlags.Configurable);
    }

    private static void SetupWeakRef(Realm realm)
    {
        var proto = realm.WeakRefPrototype = new JsObject(realm.ObjectPrototype);
        // 26.1.1.1 WeakRef ( target )
        realm.DefineConstructor("WeakRef", 1, (_, args, newTarget) =>
        {
            if (newTarget is null) throw JsException.TypeError("Constructor WeakRef requires 'new'");
            if (!CanBeHeldWeakly(args.At(0), out var target)) throw JsException.TypeError("WeakRef: invalid target");
            return new JsWeakRef(Vm.Interpreter.GetPrototypeFromConstructor(newTarget, proto), target);
        }, proto);
        // 26.1.3.2 WeakRef.prototype.deref
        realm.DefineMethod(proto, "deref", 0, (t, _) =>
        {
            if (t.AsObject is not JsWeakRef w) throw CollectionSupport.IncompatibleReceiver("WeakRef.prototype.deref", t);
            return w.Target.TryGetTarget(out var o) ? (o is JsSymbol s ? s : (JsObject)o) : JsValue.Undefined;
        });
        proto.FastSet(WellKnownSymbols.ToStringTag, "WeakRef", PropertyFlags.Configurable);
    }

    private static void SetupFinalizationRegistry(Realm realm)
    {
        var proto = realm.FinalizationRegistryPrototype = new JsObject(realm.ObjectPrototype);
        // 26.2.1.1 FinalizationRegistry ( cleanupCallback )
        realm.DefineConstructor("FinalizationRegistry", 1, (_, args, newTarget) =>
        {
            if (newTarget is null) throw JsException.TypeError("Constructor FinalizationRegistry requires 'new'");
            if (args.At(0).AsFunction is not JsFunction cleanup) throw JsException.TypeError("FinalizationRegistry: cleanup must be callable");
            return new JsFinalizationRegistry(Vm.Interpreter.GetPrototypeFromConstructor(newTarget, proto), cleanup);
        }, proto);
        // 26.2.3.2 FinalizationRegistry.prototype.register
        realm.DefineMethod(proto, "register", 2, (t, args) =>
        {
            if (t.AsObject is not JsFinalizationRegistry r) throw CollectionSupport.IncompatibleReceiver("FinalizationRegistry.prototype.register", t);
            if (!CanBeHeldWeakly(args.At(0), out var target)) throw JsException.TypeError("FinalizationRegistry.prototype.register: invalid target");
            if (JsValue.SameValue(args.At(0), args.At(1))) throw JsException.TypeError("FinalizationRegistry.prototype.register: target and holdings must not be same");
            WeakReference<object>? token = null;
            if (!args.At(2).IsUndefined)
            {
                if (!CanBeHeldWeakly(args.At(2), out var tok)) throw JsException.TypeError($"Invalid unregisterToken ('{Operations.ToString(args.At(2).IsSymbol ? args.At(2).Symbol.ToString() : args.At(2))}')");
                token = new WeakReference<object>(tok);
            }
            r.Cells.Add((new WeakReference<object>(target), args.At(1), token));
            return JsValue.Undefined;
        });
        // 26.2.3.3 FinalizationRegistry.prototype.unregister
        realm.DefineMethod(proto, "unregister", 1, (t, args) =>
        {
            if (t.AsObject is not JsFinalizationRegistry r) throw CollectionSupport.IncompatibleReceiver("FinalizationRegistry.prototype.unregister", t);
            if (!CanBeHeldWeakly(args.At(0), out var tok)) throw JsException.TypeError($"Invalid unregisterToken ('{Operations.ToString(args.At(0).IsSymbol ? args.At(0).Symbol.ToString() : args.At(0))}')");
            int removed = r.Cells.RemoveAll(c => c.Token is not null && c.Token.TryGetTarget(out var o) && ReferenceEquals(o, tok));
            return removed > 0;
        });
        proto.FastSet(WellKnownSymbols.ToStringTag, "FinalizationRegistry", PropertyFlags.Configurable);
    }
}

using Eventide.Runtime;
using static Eventide.Builtins.DescriptorConversions;

namespace Eventide.Builtins;

/// <summary>28.1 The Reflect Object.</summary>
internal static class ReflectObject
{
    public static void Setup(Realm realm)
    {
        var reflect = realm.NewObject();
        realm.GlobalObject.FastSet("Reflect", reflect, PropertyFlags.Hidden);
        // 28.1.3 Reflect.defineProperty ( target, propertyKey, attributes )
        realm.DefineMethod(reflect, "defineProperty", 3, (_, args) =>
        {
            var target = RequireTarget(args, "defineProperty");
            var key = Operations.ToPropertyKey(args.At(1));
            var desc = ToPropertyDescriptor(args.At(2));
            return target.DefineOwnProperty(key, desc);
        });
        // 28.1.4 Reflect.deleteProperty ( target, propertyKey )
        realm.DefineMethod(reflect, "deleteProperty", 2, (_, args) =>
        {
            var target = RequireTarget(args, "deleteProperty");
            return target.Delete(Operations.ToPropertyKey(args.At(1)));
        });
        // 28.1.1 Reflect.apply ( target, thisArgument, argumentsList )
        realm.ReflectApply = realm.DefineMethod(reflect, "apply", 3, (_, args) =>
        {
            var target = args.At(0);
            if (target.AsFunction is not { IsCallable: true } f)
                throw JsException.TypeError(ApplyOnNonFunction(realm, target));
            var list = Operations.CreateListFromArrayLike(args.At(2));
            return f.Call(args.At(1), list);
        }).AsCallForwarder();
        // 28.1.2 Reflect.construct ( target, argumentsList [ , newTarget ] )
        realm.DefineMethod(reflect, "construct", 2, (_, args) =>
        {
            var target = args.At(0);
            if (!Operations.IsConstructor(target)) throw JsException.TypeError($"{Operations.ToDisplay(target)} is not a constructor");
            var newTarget = args.Length > 2 ? args[2] : target;
            if (!Operations.IsConstructor(newTarget)) throw JsException.TypeError($"{Operations.ToDisplay(newTarget)} is not a constructor");
            var list = Operations.CreateListFromArrayLike(args.At(1));
            return target.AsFunction!.Construct(list, newTarget.AsObject!);
        }).HiddenFromStacks(); // V8 runs it without a frame of its own
        // 28.1.5 Reflect.get ( target, propertyKey [ , receiver ] )
        realm.DefineMethod(reflect, "get", 2, (_, args) =>
        {
            var target = RequireTarget(args, "get");
            var key = Operations.ToPropertyKey(args.At(1));
            return target.Get(key, args.Length > 2 ? args[2] : target);
        });
        // 28.1.6 Reflect.getOwnPropertyDescriptor ( target, propertyKey )
        realm.DefineMethod(reflect, "getOwnPropertyDescriptor", 2, (_, args) =>
        {
            var target = RequireTarget(args, "getOwnPropertyDescriptor");
            var key = Operations.ToPropertyKey(args.At(1));
            bool exists = target.GetOwnProperty(key, out var desc);
            return FromPropertyDescriptor(realm, exists, desc);
        });
        // 28.1.7 Reflect.getPrototypeOf ( target )
        realm.DefineMethod(reflect, "getPrototypeOf", 1, (_, args) =>
            RequireTarget(args, "getPrototypeOf").GetPrototypeOf() is { } p ? p : JsValue.Null);
        // 28.1.8 Reflect.has ( target, propertyKey )
        realm.DefineMethod(reflect, "has", 2, (_, args) =>
        {
            var target = RequireTarget(args, "has");
            return target.HasProperty(Operations.ToPropertyKey(args.At(1)));
        });
        // 28.1.9 Reflect.isExtensible ( target )
        realm.DefineMethod(reflect, "isExtensible", 1, (_, args) => RequireTarget(args, "isExtensible").IsExtensible());
        // 28.1.10 Reflect.ownKeys ( target )
        realm.DefineMethod(reflect, "ownKeys", 1, (_, args) =>
        {
            var keys = RequireTarget(args, "ownKeys").OwnPropertyKeys();
            var values = new JsValue[keys.Count];
            for (int i = 0; i < values.Length; i++) values[i] = keys[i].ToJsValue();
            return realm.NewArray(values);
        });
        // 28.1.11 Reflect.preventExtensions ( target )
        realm.DefineMethod(reflect, "preventExtensions", 1, (_, args) => RequireTarget(args, "preventExtensions").PreventExtensions());
        // 28.1.12 Reflect.set ( target, propertyKey, V [ , receiver ] )
        realm.DefineMethod(reflect, "set", 3, (_, args) =>
        {
            var target = RequireTarget(args, "set");
            var key = Operations.ToPropertyKey(args.At(1));
            return target.Set(key, args.At(2), args.Length > 3 ? args[3] : target);
        });
        // 28.1.13 Reflect.setPrototypeOf ( target, proto )
        realm.DefineMethod(reflect, "setPrototypeOf", 2, (_, args) =>
        {
            var target = RequireTarget(args, "setPrototypeOf");
            var proto = ObjectConstructor.RequireProtoValue(args.At(1));
            return target.SetPrototypeOf(proto);
        });
        // 28.1.14 Reflect [ @@toStringTag ]
        reflect.FastSet(WellKnownSymbols.ToStringTag, "Reflect", PropertyFlags.Configurable);
    }

    private static JsObject RequireTarget(ReadOnlySpan<JsValue> args, string method) =>
        args.At(0).AsObject ?? throw JsException.TypeError($"Reflect.{method} called on non-object");

    /// <summary>V8's words when apply's target is not callable (Reflect.apply, and Function.prototype.apply
    /// called other than from a call site: a builtin's callback, Reflect.apply of apply).</summary>
    internal static string ApplyOnNonFunction(Realm realm, JsValue target) =>
        $"Function.prototype.apply was called on {(target.IsObject ? Host.Inspector.NoSideEffectsToString(realm, target) : DisplayValue(target))}, which is {Article(target)} and not a function";

    /// <summary>"a number", "an object"...: how V8 names a value's type in apply's message.</summary>
    internal static string Article(JsValue v)
    {
        string t = Operations.TypeOf(v);
        return (t[0] is 'a' or 'e' or 'i' or 'o' or 'u' ? "an " : "a ") + t;
    }
}

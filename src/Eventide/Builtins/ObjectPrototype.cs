using Eventide.Runtime;

namespace Eventide.Builtins;

/// <summary>20.1.3 Properties of the Object Prototype Object.</summary>
internal static class ObjectPrototype
{
    public static void Setup(Realm realm)
    {
        var proto = realm.ObjectPrototype;
        // Reserves the first slot, as in V8; the Object constructor fills it in.
        proto.FastSet("constructor", JsValue.Undefined, PropertyFlags.Hidden);
        // B.2.2.2 Object.prototype.__defineGetter__ ( P, getter )
        realm.DefineMethod(proto, "__defineGetter__", 2, (thisValue, args) => DefineAccessor(realm, thisValue, args, getter: true));
        // B.2.2.3 Object.prototype.__defineSetter__ ( P, setter )
        realm.DefineMethod(proto, "__defineSetter__", 2, (thisValue, args) => DefineAccessor(realm, thisValue, args, getter: false));
        // 20.1.3.2 Object.prototype.hasOwnProperty ( V )
        realm.DefineMethod(proto, "hasOwnProperty", 1, (thisValue, args) =>
        {
            var key = Operations.ToPropertyKey(args.At(0));
            return Operations.ToObject(realm, thisValue).HasOwnProperty(key);
        });
        // B.2.2.4 Object.prototype.__lookupGetter__ ( P )
        realm.DefineMethod(proto, "__lookupGetter__", 1, (thisValue, args) => LookupAccessor(realm, thisValue, args.At(0), getter: true));
        // B.2.2.5 Object.prototype.__lookupSetter__ ( P )
        realm.DefineMethod(proto, "__lookupSetter__", 1, (thisValue, args) => LookupAccessor(realm, thisValue, args.At(0), getter: false));
        // 20.1.3.3 Object.prototype.isPrototypeOf ( V )
        realm.DefineMethod(proto, "isPrototypeOf", 1, (thisValue, args) =>
        {
            if (args.At(0).AsObject is not JsObject v) return false;
            var o = Operations.ToObject(realm, thisValue);
            for (var p = v.GetPrototypeOf(); p is not null; p = p.GetPrototypeOf())
                if (ReferenceEquals(p, o)) return true;
            return false;
        });
        // 20.1.3.4 Object.prototype.propertyIsEnumerable ( V )
        realm.DefineMethod(proto, "propertyIsEnumerable", 1, (thisValue, args) =>
        {
            var key = Operations.ToPropertyKey(args.At(0));
            var o = Operations.ToObject(realm, thisValue);
            return o.GetOwnProperty(key, out var desc) && desc.Enumerable;
        });
        // 20.1.3.6 Object.prototype.toString ( )
        realm.DefineMethod(proto, "toString", 0, (thisValue, _) => ToStringTag(realm, thisValue));
        // 20.1.3.7 Object.prototype.valueOf ( )
        realm.DefineMethod(proto, "valueOf", 0, (thisValue, _) => Operations.ToObject(realm, thisValue));
        // B.2.2.1 Object.prototype.__proto__
        realm.DefineGetter(proto, "__proto__",
            (thisValue, _) => Operations.ToObject(realm, thisValue).GetPrototypeOf() is { } p ? p : JsValue.Null,
            (thisValue, args) =>
            {
                if (thisValue.IsNullish) throw JsException.TypeError("set Object.prototype.__proto__ called on null or undefined");
                var proto = args.At(0);
                if (!proto.IsNull && proto.AsObject is null) return JsValue.Undefined;
                if (thisValue.AsObject is not JsObject o) return JsValue.Undefined;
                var newProto = proto.AsObject;
                if (!o.SetPrototypeOf(newProto)) throw ObjectConstructor.SetPrototypeFailure(o, newProto);
                return JsValue.Undefined;
            });
        // 20.1.3.5 Object.prototype.toLocaleString ( [ reserved1 [ , reserved2 ] ] )
        realm.DefineMethod(proto, "toLocaleString", 0, (thisValue, _) =>
        {
            if (thisValue.IsNullish) throw JsException.TypeError("Object.prototype.toLocaleString called on null or undefined");
            return Operations.Invoke(thisValue, "toString", []);
        });
    }

    private static JsValue DefineAccessor(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args, bool getter)
    {
        var o = Operations.ToObject(realm, thisValue);
        var fn = args.At(1);
        if (!fn.IsCallable)
            throw JsException.TypeError($"Object.prototype.__define{(getter ? "Getter" : "Setter")}__: Expecting function");
        var desc = new PropertyDescriptor
        {
            Enumerable = true,
            Configurable = true,
            Fields = DescriptorFields.Enumerable | DescriptorFields.Configurable | (getter ? DescriptorFields.Get : DescriptorFields.Set),
        };
        if (getter) desc.Get = fn; else desc.Set = fn;
        var key = Operations.ToPropertyKey(args.At(0));
        ObjectConstructor.DefinePropertyOrThrow(o, key, desc);
        return JsValue.Undefined;
    }

    private static JsValue LookupAccessor(Realm realm, JsValue thisValue, JsValue property, bool getter)
    {
        var o = Operations.ToObject(realm, thisValue);
        var key = Operations.ToPropertyKey(property);
        for (JsObject? p = o; p is not null; p = p.GetPrototypeOf())
        {
            if (p.GetOwnProperty(key, out var desc))
                return desc.IsAccessor ? (getter ? desc.Get : desc.Set) : JsValue.Undefined;
        }
        return JsValue.Undefined;
    }

    /// <summary>20.1.3.6 Object.prototype.toString ( )</summary>
    public static string ToStringTag(Realm realm, JsValue thisValue)
    {
        if (thisValue.IsUndefined) return "[object Undefined]";
        if (thisValue.IsNull) return "[object Null]";
        var o = Operations.ToObject(realm, thisValue);
        string builtinTag = o switch
        {
            _ when Operations.IsArray(o) => "Array",
            Vm.ArgumentsObject => "Arguments",
            _ when o.IsCallable => "Function",
            JsError => "Error",
            PrimitiveWrapper pw => pw.PrimitiveValue.Type switch
            {
                JsType.Boolean => "Boolean",
                JsType.Number => "Number",
                _ => "Object",
            },
            StringObject => "String",
            // A proxy has no [[DateValue]] or [[RegExpMatcher]] slot of its own.
            IProxy => "Object",
            _ => o.ClassName is "Date" or "RegExp" ? o.ClassName : "Object",
        };
        var tag = o.Get(WellKnownSymbols.ToStringTag);
        return $"[object {(tag.IsString ? tag.String : builtinTag)}]";
    }
}

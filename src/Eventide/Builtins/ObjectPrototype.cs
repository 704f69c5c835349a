using Eventide.Runtime;

namespace Eventide.Builtins;

/// <summary>20.1.3 Properties of the Object Prototype Object.</summary>
internal static class ObjectPrototype
{
    public static void Setup(Realm realm)
    {
        var proto = realm.ObjectPrototype;
        // 20.1.3.2 Object.prototype.hasOwnProperty
        realm.DefineMethod(proto, "hasOwnProperty", 1, (thisValue, args) =>
        {
            var key = Operations.ToPropertyKey(args.At(0));
            return Operations.ToObject(realm, thisValue).HasOwnProperty(key);
        });
        // 20.1.3.6 Object.prototype.toString
        realm.DefineMethod(proto, "toString", 0, (thisValue, _) => ToStringTag(realm, thisValue));
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
            FunctionObject => "Function",
            JsError => "Error",
            PrimitiveWrapper pw => pw.PrimitiveValue.Type switch
            {
                JsType.Boolean => "Boolean",
                JsType.Number => "Number",
                _ => "Object",
            },
            StringObject => "String",
            _ => o.ClassName is "Date" or "RegExp" ? o.ClassName : "Object",
        };
        var tag = o.Get(WellKnownSymbols.ToStringTag);
        return $"[object {(tag.IsString ? tag.String : builtinTag)}]";
    }
}

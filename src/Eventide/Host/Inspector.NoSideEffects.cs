using Eventide.Runtime;

namespace Eventide.Host;

/// <summary>V8's Object::NoSideEffectsToString, which node uses to name an unhandled rejection's reason.</summary>
internal static partial class Inspector
{
    /// <summary>A value as text without running user code: "#&lt;Ctor&gt;", "[object Tag]", "Name: message", source text.</summary>
    public static string NoSideEffectsToString(Realm realm, JsValue value)
    {
        if (value.IsString) return value.String;
        if (value.IsSymbol) return value.Symbol.ToString();
        if (value.IsBigInt) return value.BigInt.ToString();
        if (value.AsObject is not JsObject o) return value.ToString();
        // Proxies are described by their target (no trap runs).
        while (ProxyCoreOf(o) is { } proxy)
        {
            if (proxy.Target is null) return "[object Object]";
            o = proxy.Target;
        }
        if (o is JsFunction)
        {
            var fnToString = realm.FunctionPrototype.GetOwnDataValue("toString").AsFunction;
            try { return fnToString is null ? "function () { [native code] }" : Operations.ToString(fnToString.Call(o, [])); }
            catch (JsException) { return "function () { [native code] }"; }
        }
        var toString = GetDataProperty(o, "toString");
        var errorToString = realm.ErrorPrototype?.GetOwnDataValue("toString") ?? JsValue.Undefined;
        if (o is JsError || (toString.IsObject && JsValue.SameValue(toString, errorToString)))
        {
            var name = GetDataProperty(o, "name");
            var message = GetDataProperty(o, "message");
            string n = name.IsString ? name.String : "Error";
            string m = message.IsString ? message.String : "";
            if (n == "") return m;
            return m == "" ? n : $"{n}: {m}";
        }
        if (toString.IsObject && JsValue.SameValue(toString, realm.ObjectPrototype.GetOwnDataValue("toString")) &&
            GetDataProperty(o, "constructor").AsFunction is { } ctor &&
            ctor.GetOwnDataValue("name") is { IsString: true } ctorName && ctorName.String != "")
            return $"#<{ctorName.String}>";
        var tag = GetDataProperty(o, WellKnownSymbols.ToStringTag);
        return $"[object {(tag.IsString ? tag.String : o.ClassName)}]";
    }

    /// <summary>JSReceiver::GetDataProperty: a data property found along the prototype chain; accessors and proxies give undefined.</summary>
    private static JsValue GetDataProperty(JsObject o, PropertyKey key)
    {
        for (JsObject? p = o; p is not null && ProxyCoreOf(p) is null; p = p.GetPrototypeOf())
        {
            if (!p.GetOwnProperty(key, out var desc)) continue;
            return desc.IsAccessor ? JsValue.Undefined : desc.Value;
        }
        return JsValue.Undefined;
    }
}

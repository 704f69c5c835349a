using Eventide.Runtime;

namespace Eventide.Builtins;

/// <summary>20.4 Symbol Objects: the constructor, Symbol.for/keyFor and the well-known symbols.</summary>
internal static class SymbolConstructor
{
    public static void Setup(Realm realm)
    {
        var proto = realm.SymbolPrototype = new JsObject(realm.ObjectPrototype);
        var registry = realm.Engine.GlobalSymbolRegistry;
        // 20.4.1.1 Symbol ( [ description ] )
        var ctor = realm.DefineConstructor("Symbol", 0, (_, args, newTarget) =>
        {
            if (newTarget is not null) throw JsException.TypeError("Symbol is not a constructor");
            var d = args.At(0);
            return new JsSymbol(d.IsUndefined ? null : Operations.ToString(d));
        }, proto);
        foreach (var (name, symbol) in WellKnownSymbols.All) ctor.FastSet(name, symbol, PropertyFlags.None);
        // 20.4.2.2 Symbol.for ( key )
        realm.DefineMethod(ctor, "for", 1, (_, args) =>
        {
            var key = Operations.ToString(args.At(0));
            if (!registry.TryGetValue(key, out var s)) registry[key] = s = new JsSymbol(key) { RegistryKey = key };
            return s;
        });
        // 20.4.2.6 Symbol.keyFor ( sym )
        realm.DefineMethod(ctor, "keyFor", 1, (_, args) =>
        {
            if (!args.At(0).IsSymbol) throw JsException.TypeError($"{(args.At(0).IsString ? args.At(0).String : Operations.ToDisplay(args.At(0)))} is not a symbol");
            return args.At(0).Symbol.RegistryKey is { } k ? k : JsValue.Undefined;
        });
        // 20.4.3 Properties of the Symbol Prototype Object
        realm.DefineMethod(proto, "toString", 0, (thisValue, _) => ThisSymbol(thisValue, "Symbol.prototype.toString").ToString());
        realm.DefineMethod(proto, "valueOf", 0, (thisValue, _) => ThisSymbol(thisValue, "Symbol.prototype.valueOf"));
        realm.DefineGetter(proto, "description", (thisValue, _) => ThisSymbol(thisValue, "Symbol.prototype.description").Description is { } d ? d : JsValue.Undefined);
        var toPrim = new NativeFunction(realm, "[Symbol.toPrimitive]", 1, (thisValue, _) => ThisSymbol(thisValue, "Symbol.prototype [ @@toPrimitive ]"));
        proto.FastSet(WellKnownSymbols.ToPrimitive, toPrim, PropertyFlags.Configurable);
        proto.FastSet(WellKnownSymbols.ToStringTag, "Symbol", PropertyFlags.Configurable);
    }

    /// <summary>20.4.3 thisSymbolValue</summary>
    private static JsSymbol ThisSymbol(JsValue v, string method)
    {
        if (v.IsSymbol) return v.Symbol;
        if (v.AsObject is PrimitiveWrapper { PrimitiveValue.IsSymbol: true } w) return w.PrimitiveValue.Symbol;
        throw JsException.TypeError($"{method} requires that 'this' be a Symbol");
    }
}

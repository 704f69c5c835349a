using Eventide.Runtime;
using Eventide.Vm;

namespace Eventide.Builtins;

/// <summary>20.3 Boolean Objects: the constructor and Boolean.prototype.</summary>
internal static class BooleanConstructor
{
    public static void Setup(Realm realm)
    {
        // 20.3.3 The Boolean prototype object is itself a Boolean object whose value is false.
        var proto = realm.BooleanPrototype = new PrimitiveWrapper(realm.ObjectPrototype, false);
        // 20.3.1.1 Boolean ( value )
        realm.DefineConstructor("Boolean", 1, (_, args, newTarget) =>
        {
            bool b = Operations.ToBoolean(args.At(0));
            if (newTarget is null) return b;
            return new PrimitiveWrapper(Interpreter.GetPrototypeFromConstructor(newTarget, realm.BooleanPrototype), b);
        }, proto);
        // 20.3.3.2 Boolean.prototype.toString ( )
        realm.DefineMethod(proto, "toString", 0, (thisValue, _) =>
            ThisBooleanValue(thisValue, "Boolean.prototype.toString") ? "true" : "false");
        // 20.3.3.3 Boolean.prototype.valueOf ( )
        realm.DefineMethod(proto, "valueOf", 0, (thisValue, _) => ThisBooleanValue(thisValue, "Boolean.prototype.valueOf"));
    }

    /// <summary>20.3.3.3.1 ThisBooleanValue ( value )</summary>
    private static bool ThisBooleanValue(JsValue value, string method)
    {
        if (value.IsBoolean) return value.Boolean;
        if (value.AsObject is PrimitiveWrapper { PrimitiveValue.IsBoolean: true } w) return w.PrimitiveValue.Boolean;
        throw JsException.TypeError($"{method} requires that 'this' be a Boolean");
    }
}

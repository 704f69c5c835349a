using Eventide.Runtime;

namespace Eventide.Builtins;

/// <summary>19.1 Value properties and 19.2 function properties of the global object.</summary>
internal static class GlobalObject
{
    public static void Setup(Realm realm)
    {
        var g = realm.GlobalObject;
        g.FastSet("globalThis", g, PropertyFlags.Hidden);
        g.FastSet("undefined", JsValue.Undefined, PropertyFlags.None);
        g.FastSet("NaN", double.NaN, PropertyFlags.None);
        g.FastSet("Infinity", double.PositiveInfinity, PropertyFlags.None);
        // 19.2.1 eval ( x )
        realm.Eval = realm.DefineMethod(g, "eval", 1, (_, args) => realm.Engine.Interpreter.PerformIndirectEval(realm, args.At(0)));
    }
}

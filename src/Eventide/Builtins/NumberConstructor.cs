using Eventide.Runtime;

namespace Eventide.Builtins;

/// <summary>21.1.1 The Number Constructor and 21.1.2 its properties.</summary>
internal static class NumberConstructor
{
    public static void Setup(Realm realm)
    {
        var proto = new PrimitiveWrapper(realm.ObjectPrototype, 0);
        realm.NumberPrototype = proto;
        // 21.1.1.1 Number ( value )
        var ctor = realm.DefineConstructor("Number", 1, (_, args, newTarget) =>
        {
            double n = 0;
            if (args.Length > 0)
            {
                var prim = Operations.ToNumeric(args[0]);
                n = prim.IsBigInt ? BigIntConstructor.ToDouble(prim.BigInt.Value) : prim.Number;
            }
            if (newTarget is null) return n;
            return new PrimitiveWrapper(StringConstructor.PrototypeFromConstructor(newTarget, r => r.NumberPrototype), n);
        }, proto);
        realm.NumberConstructor = ctor;

        // 21.1.2.1 Number.EPSILON ... 21.1.2.14 Number.POSITIVE_INFINITY
        ctor.FastSet("EPSILON", Math.Pow(2, -52), PropertyFlags.None);
        ctor.FastSet("MAX_SAFE_INTEGER", 9007199254740991d, PropertyFlags.None);
        ctor.FastSet("MAX_VALUE", double.MaxValue, PropertyFlags.None);
        ctor.FastSet("MIN_SAFE_INTEGER", -9007199254740991d, PropertyFlags.None);
        ctor.FastSet("MIN_VALUE", double.Epsilon, PropertyFlags.None);
        ctor.FastSet("NaN", double.NaN, PropertyFlags.None);
        ctor.FastSet("NEGATIVE_INFINITY", double.NegativeInfinity, PropertyFlags.None);
        ctor.FastSet("POSITIVE_INFINITY", double.PositiveInfinity, PropertyFlags.None);

        // 21.1.2.2 Number.isFinite ( number )
        realm.DefineMethod(ctor, "isFinite", 1, (_, args) => args.At(0).IsNumber && double.IsFinite(args.At(0).Number));
        // 21.1.2.3 Number.isInteger ( number )
        realm.DefineMethod(ctor, "isInteger", 1, (_, args) => args.At(0).IsNumber && IsIntegralNumber(args.At(0).Number));
        // 21.1.2.4 Number.isNaN ( number )
        realm.DefineMethod(ctor, "isNaN", 1, (_, args) => args.At(0).IsNumber && double.IsNaN(args.At(0).Number));
        // 21.1.2.5 Number.isSafeInteger ( number )
        realm.DefineMethod(ctor, "isSafeInteger", 1, (_, args) =>
            args.At(0).IsNumber && IsIntegralNumber(args.At(0).Number) && Math.Abs(args.At(0).Number) <= 9007199254740991d);
        // 21.1.2.12 Number.parseFloat / 21.1.2.13 Number.parseInt: the global functions themselves
        ctor.FastSet("parseFloat", realm.GlobalObject.GetOwnDataValue("parseFloat"), PropertyFlags.Hidden);
        ctor.FastSet("parseInt", realm.GlobalObject.GetOwnDataValue("parseInt"), PropertyFlags.Hidden);

        NumberPrototype.Setup(realm, proto);
    }

    /// <summary>7.2.6 IsIntegralNumber</summary>
    public static bool IsIntegralNumber(double n) => double.IsFinite(n) && Math.Truncate(n) == n;
}

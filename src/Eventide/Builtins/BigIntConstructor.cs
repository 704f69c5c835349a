using System.Numerics;
using Eventide.Runtime;

namespace Eventide.Builtins;

/// <summary>21.2.1 The BigInt Constructor and 21.2.2 its properties.</summary>
internal static class BigIntConstructor
{
    public static void Setup(Realm realm)
    {
        var proto = new JsObject(realm.ObjectPrototype);
        realm.BigIntPrototype = proto;
        // 21.2.1.1 BigInt ( value )
        var ctor = realm.DefineConstructor("BigInt", 1, (_, args, newTarget) =>
        {
            if (newTarget is not null) throw JsException.TypeError("BigInt is not a constructor");
            var prim = Operations.ToPrimitive(args.At(0), "number");
            if (prim.IsNumber) return NumberToBigInt(prim.Number);
            return ToBigInt(prim);
        }, proto);
        realm.BigIntConstructor = ctor;
        // 21.2.2.1 BigInt.asIntN ( bits, bigint )
        realm.DefineMethod(ctor, "asIntN", 2, (_, args) =>
        {
            long bits = ToBitCount(args.At(0));
            var b = ToBigInt(args.At(1)).Value;
            if (bits == 0) return new JsBigInt(BigInteger.Zero);
            // Values that already fit need no arithmetic (and bits may be huge).
            if (bits > b.GetBitLength() + 1) return new JsBigInt(b);
            var modulus = BigInteger.One << (int)bits;
            var mod = BigInteger.Remainder(b, modulus);
            if (mod.Sign < 0) mod += modulus;
            if (mod >= modulus >> 1) mod -= modulus;
            return new JsBigInt(mod);
        });
        // 21.2.2.2 BigInt.asUintN ( bits, bigint )
        realm.DefineMethod(ctor, "asUintN", 2, (_, args) =>
        {
            long bits = ToBitCount(args.At(0));
            var b = ToBigInt(args.At(1)).Value;
            if (bits == 0) return new JsBigInt(BigInteger.Zero);
            if (b.Sign >= 0 && bits >= b.GetBitLength()) return new JsBigInt(b);
            if (bits > BigIntSize.MaxBits) throw BigIntSize.Exceeded();
            var modulus = BigInteger.One << (int)bits;
            var mod = BigInteger.Remainder(b, modulus);
            if (mod.Sign < 0) mod += modulus;
            return new JsBigInt(mod);
        });
        BigIntPrototype.Setup(realm, proto);
    }

    private static long ToBitCount(JsValue v) => Operations.ToIndex(v, "Invalid value: not (convertible to) a safe integer");

    /// <summary>21.2.1.1.1 NumberToBigInt</summary>
    public static JsBigInt NumberToBigInt(double n)
    {
        if (!NumberConstructor.IsIntegralNumber(n))
            throw JsException.RangeError($"The number {NumberConversions.ToString(n)} cannot be converted to a BigInt because it is not an integer");
        return new JsBigInt(new BigInteger(n));
    }

    /// <summary>7.1.13 ToBigInt</summary>
    public static JsBigInt ToBigInt(JsValue argument)
    {
        var prim = Operations.ToPrimitive(argument, "number");
        switch (prim.Ref)
        {
            case JsBigInt b: return b;
            case string s:
                if (!Operations.TryStringToBigInt(s, out var value)) throw new JsException(ErrorKind.SyntaxError, $"Cannot convert {s} to a BigInt");
                return new JsBigInt(value);
            case JsSymbol sym: throw JsException.TypeError($"Cannot convert {sym} to a BigInt");
        }
        if (prim.IsBoolean) return new JsBigInt(prim.IsTrue ? BigInteger.One : BigInteger.Zero);
        throw JsException.TypeError($"Cannot convert {Operations.ToString(prim)} to a BigInt");
    }

    /// <summary>𝔽(ℝ(bigint)): the nearest double, ties to even.</summary>
    public static double ToDouble(BigInteger value)
    {
        if (value.IsZero) return 0;
        bool negative = value.Sign < 0;
        var abs = BigInteger.Abs(value);
        long bitLength = (long)abs.GetBitLength();
        if (bitLength <= 53) return negative ? -(double)(long)abs : (double)(long)abs;
        if (bitLength > 1024) return negative ? double.NegativeInfinity : double.PositiveInfinity;
        int shift = (int)bitLength - 54;
        var top = (long)(abs >> shift); // 54 bits: 53 kept plus the rounding bit
        bool sticky = !(abs & ((BigInteger.One << shift) - 1)).IsZero;
        long mantissa = top >> 1;
        if ((top & 1) != 0 && (sticky || (mantissa & 1) != 0)) mantissa++;
        double result = Math.ScaleB(mantissa, shift + 1);
        return negative ? -result : result;
    }
}

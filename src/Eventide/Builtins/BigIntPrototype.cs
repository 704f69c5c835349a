using System.Numerics;
using System.Text;
using Eventide.Runtime;

namespace Eventide.Builtins;

/// <summary>21.2.3 Properties of the BigInt Prototype Object.</summary>
internal static class BigIntPrototype
{
    public static void Setup(Realm realm, JsObject proto)
    {
        // 21.2.3.2 BigInt.prototype.toLocaleString ( [ reserved1 [ , reserved2 ] ] )
        realm.DefineMethod(proto, "toLocaleString", 0, (t, _) =>
        {
            var x = ThisBigIntValue(t, "BigInt.prototype.toLocaleString");
            var digits = BigInteger.Abs(x).ToString();
            return (x.Sign < 0 ? "-" : "") + NumberPrototype.GroupThousands(digits);
        });
        // 21.2.3.3 BigInt.prototype.toString ( [ radix ] )
        realm.DefineMethod(proto, "toString", 0, (t, args) =>
        {
            var x = ThisBigIntValue(t, "BigInt.prototype.toString");
            return ToString(x, NumberPrototype.ToRadix(args.At(0)));
        });
        // 21.2.3.4 BigInt.prototype.valueOf ( )
        realm.DefineMethod(proto, "valueOf", 0, (t, _) => new JsBigInt(ThisBigIntValue(t, "BigInt.prototype.valueOf")));
        // 21.2.3.5 BigInt.prototype [ @@toStringTag ]
        proto.FastSet(WellKnownSymbols.ToStringTag, "BigInt", PropertyFlags.Configurable);
    }

    /// <summary>21.2.3.4.1 ThisBigIntValue</summary>
    private static BigInteger ThisBigIntValue(JsValue v, string method)
    {
        if (v.Ref is JsBigInt b) return b.Value;
        if (v.AsObject is PrimitiveWrapper { PrimitiveValue.IsBigInt: true } w) return w.PrimitiveValue.BigInt.Value;
        throw JsException.TypeError($"{method} requires that 'this' be a BigInt");
    }

    /// <summary>Radix 2, 4, 8, 16 or 32 reads the digits straight from the bits: linear, where
    /// peeling chunks by division is quadratic (minutes for a BigInt near the size bound).</summary>
    private static string PowerOfTwoRadix(BigInteger abs, int radix, bool negative, string chars)
    {
        int bitsPerDigit = System.Numerics.BitOperations.Log2((uint)radix);
        long bitLength = (long)abs.GetBitLength();
        long digits = (bitLength + bitsPerDigit - 1) / bitsPerDigit;
        // In binary a BigInt near the size bound has more digits than a string may hold (V8's RangeError).
        if (digits + (negative ? 1 : 0) > StringPrototype.MaxStringLength) throw JsException.RangeError("Invalid string length");
        byte[] bytes = abs.ToByteArray(isUnsigned: true, isBigEndian: false);
        // Written straight into the string: a char array and its copy tripled the memory a BigInt near
        // the size bound needs (a 2^30-bit one in hex is 256M characters, 512 MB).
        return string.Create((int)digits + (negative ? 1 : 0), (bytes, bitsPerDigit, radix, negative, chars, digits: (int)digits), static (result, s) =>
        {
            if (s.negative) result[0] = '-';
            for (int d = 0, last = result.Length - 1; d < s.digits; d++)
            {
                long bit = (long)d * s.bitsPerDigit;
                int at = (int)(bit >> 3), shift = (int)(bit & 7);
                int window = s.bytes[at] | (at + 1 < s.bytes.Length ? s.bytes[at + 1] << 8 : 0);
                result[last - d] = s.chars[(window >> shift) & (s.radix - 1)];
            }
        });
    }

    /// <summary>6.1.6.2.23 BigInt::toString ( x, radix )</summary>
    public static string ToString(BigInteger x, int radix)
    {
        if (radix == 10) return x.ToString();
        if (x.IsZero) return "0";
        const string chars = "0123456789abcdefghijklmnopqrstuvwxyz";
        bool negative = x.Sign < 0;
        var abs = BigInteger.Abs(x);
        if ((radix & (radix - 1)) == 0) return PowerOfTwoRadix(abs, radix, negative, chars);
        // Peel off chunks of digits that fit a long, then format each chunk.
        int chunkDigits = (int)Math.Floor(62 / Math.Log2(radix));
        var chunkBase = BigInteger.Pow(radix, chunkDigits);
        var chunks = new List<long>();
        while (!abs.IsZero)
        {
            abs = BigInteger.DivRem(abs, chunkBase, out var rem);
            chunks.Add((long)rem);
        }
        var sb = new StringBuilder();
        if (negative) sb.Append('-');
        for (int i = chunks.Count - 1; i >= 0; i--)
        {
            var part = new StringBuilder();
            long c = chunks[i];
            while (c > 0) { part.Insert(0, chars[(int)(c % radix)]); c /= radix; }
            if (i != chunks.Count - 1) part.Insert(0, new string('0', chunkDigits - part.Length));
            sb.Append(part);
        }
        return sb.ToString();
    }
}

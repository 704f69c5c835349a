using System.Numerics;
using Eventide.Runtime;

namespace Eventide.Builtins;

/// <summary>21.3 The Math Object.</summary>
internal static class MathObject
{
    public static void Setup(Realm realm)
    {
        var math = new JsObject(realm.ObjectPrototype);
        realm.GlobalObject.FastSet("Math", math, PropertyFlags.Hidden);
        // 21.3.1 Value Properties of the Math Object
        math.FastSet("E", Math.E, PropertyFlags.None);
        math.FastSet("LN10", 2.302585092994046, PropertyFlags.None);
        math.FastSet("LN2", 0.6931471805599453, PropertyFlags.None);
        math.FastSet("LOG10E", 0.4342944819032518, PropertyFlags.None);
        math.FastSet("LOG2E", 1.4426950408889634, PropertyFlags.None);
        math.FastSet("PI", Math.PI, PropertyFlags.None);
        math.FastSet("SQRT1_2", 0.7071067811865476, PropertyFlags.None);
        math.FastSet("SQRT2", 1.4142135623730951, PropertyFlags.None);
        math.FastSet(WellKnownSymbols.ToStringTag, "Math", PropertyFlags.Configurable);

        // 21.3.2 Function Properties of the Math Object
        Unary(realm, math, "abs", Math.Abs);
        Unary(realm, math, "acos", Math.Acos);
        Unary(realm, math, "acosh", FdLibm.Acosh);
        Unary(realm, math, "asin", Math.Asin);
        Unary(realm, math, "asinh", FdLibm.Asinh);
        Unary(realm, math, "atan", FdLibm.Atan);
        Unary(realm, math, "atanh", FdLibm.Atanh);
        realm.DefineMethod(math, "atan2", 2, (_, args) =>
        {
            double y = Operations.ToNumber(args.At(0));
            double x = Operations.ToNumber(args.At(1));
            return FdLibm.Atan2(y, x);
        });
        Unary(realm, math, "cbrt", FdLibm.Cbrt);
        Unary(realm, math, "ceil", Math.Ceiling);
        realm.DefineMethod(math, "clz32", 1, (_, args) => BitOperations.LeadingZeroCount(Operations.ToUint32(args.At(0))));
        Unary(realm, math, "cos", Math.Cos);
        Unary(realm, math, "cosh", FdLibm.Cosh);
        Unary(realm, math, "exp", FdLibm.Exp);
        Unary(realm, math, "expm1", FdLibm.Expm1);
        Unary(realm, math, "floor", Math.Floor);
        Unary(realm, math, "fround", x => (double)(float)x);
        Unary(realm, math, "f16round", x => (double)(Half)x);
        realm.DefineMethod(math, "hypot", 2, (_, args) => Hypot(args));
        realm.DefineMethod(math, "imul", 2, (_, args) =>
        {
            int a = Operations.ToInt32(args.At(0));
            int b = Operations.ToInt32(args.At(1));
            return unchecked(a * b);
        });
        Unary(realm, math, "log", FdLibm.Log);
        Unary(realm, math, "log1p", FdLibm.Log1p);
        Unary(realm, math, "log10", FdLibm.Log10);
        Unary(realm, math, "log2", Math.Log2);
        realm.DefineMethod(math, "max", 2, (_, args) => MaxMin(args, max: true));
        realm.DefineMethod(math, "min", 2, (_, args) => MaxMin(args, max: false));
        realm.DefineMethod(math, "pow", 2, (_, args) =>
        {
            double b = Operations.ToNumber(args.At(0));
            double e = Operations.ToNumber(args.At(1));
            return Arithmetic.Exponentiate(b, e);
        });
        // 21.3.2.27 Math.random ( ): seeded per engine in a deterministic run.
        var seeded = realm.Engine.Clock.MathRandom;
        realm.DefineMethod(math, "random", 0, seeded is null ? (_, _) => Random.Shared.NextDouble() : (_, _) => seeded.NextDouble());
        Unary(realm, math, "round", Round);
        // Math.sumPrecise ( items ) (ES2026)
        realm.DefineMethod(math, "sumPrecise", 1, (_, args) => SumPrecise(realm, args.At(0)));
        Unary(realm, math, "sign", x => double.IsNaN(x) || x == 0 ? x : Math.Sign(x));
        Unary(realm, math, "sin", Math.Sin);
        Unary(realm, math, "sinh", FdLibm.Sinh);
        Unary(realm, math, "sqrt", Math.Sqrt);
        Unary(realm, math, "tan", Math.Tan);
        Unary(realm, math, "tanh", FdLibm.Tanh);
        Unary(realm, math, "trunc", Math.Truncate);
    }

    private static void Unary(Realm realm, JsObject math, string name, Func<double, double> f) =>
        realm.DefineMethod(math, name, 1, (_, args) => f(Operations.ToNumber(args.At(0))));

    /// <summary>21.3.2.28 Math.round: the nearest integer, halves toward +∞, keeping -0.</summary>
    private static double Round(double x)
    {
        if (!double.IsFinite(x) || x == 0) return x;
        if (x > 0 && x < 0.5) return 0;
        if (x < 0 && x >= -0.5) return -0.0;
        double r = Math.Floor(x);
        return x - r >= 0.5 ? r + 1 : r;
    }

    /// <summary>21.3.2.24/25 Math.max / Math.min: every argument is coerced; NaN wins; -0 &lt; +0.</summary>
    private static double MaxMin(ReadOnlySpan<JsValue> args, bool max)
    {
        double result = max ? double.NegativeInfinity : double.PositiveInfinity;
        bool nan = false;
        foreach (var a in args)
        {
            double n = Operations.ToNumber(a);
            if (double.IsNaN(n)) { nan = true; continue; }
            if (max ? n > result || (n == 0 && result == 0 && !double.IsNegative(n)) : n < result || (n == 0 && result == 0 && double.IsNegative(n)))
                result = n;
        }
        return nan ? double.NaN : result;
    }

    /// <summary>21.3.2.18 Math.hypot ( ...args )</summary>
    private static double Hypot(ReadOnlySpan<JsValue> args)
    {
        var numbers = new double[args.Length];
        for (int i = 0; i < args.Length; i++) numbers[i] = Operations.ToNumber(args[i]);
        bool nan = false;
        double largest = 0;
        foreach (double n in numbers)
        {
            if (double.IsInfinity(n)) return double.PositiveInfinity;
            if (double.IsNaN(n)) nan = true;
            else largest = Math.Max(largest, Math.Abs(n));
        }
        if (nan) return double.NaN;
        if (largest == 0) return 0;
        // Scaled Kahan summation, as V8 does.
        double sum = 0, compensation = 0;
        foreach (double n in numbers)
        {
            double r = n / largest;
            double summand = r * r - compensation;
            double prelim = sum + summand;
            compensation = (prelim - sum) - summand;
            sum = prelim;
        }
        return Math.Sqrt(sum) * largest;
    }

    /// <summary>Math.sumPrecise: the exactly rounded sum of an iterable of Numbers (every double is an
    /// integer multiple of 2^-1074, so the sum is exact in a BigInteger).</summary>
    private static double SumPrecise(Realm realm, JsValue items)
    {
        if (items.IsNullish) throw JsException.TypeError($"{Operations.ToDisplay(items)} is not iterable");
        var iter = Vm.IteratorRecord.GetIterator(realm, items);
        bool anyFinite = false, posInf = false, negInf = false, nan = false;
        System.Numerics.BigInteger sum = 0;
        while (iter.Step(out var value))
        {
            if (!value.IsNumber)
            {
                iter.CloseQuietly();
                throw JsException.TypeError($"{Operations.ToDisplay(value)} is not a number");
            }
            double n = value.Number;
            if (double.IsNaN(n)) nan = true;
            else if (double.IsPositiveInfinity(n)) posInf = true;
            else if (double.IsNegativeInfinity(n)) negInf = true;
            else if (!(n == 0 && double.IsNegative(n)))
            {
                anyFinite = true;
                long bits = BitConverter.DoubleToInt64Bits(Math.Abs(n));
                int biased = (int)(bits >> 52);
                long mantissa = bits & 0xFFFFFFFFFFFFFL;
                if (biased != 0) mantissa |= 1L << 52;
                var scaled = (System.Numerics.BigInteger)mantissa << Math.Max(biased - 1, 0);
                sum += n < 0 ? -scaled : scaled;
            }
        }
        if (nan || (posInf && negInf)) return double.NaN;
        if (posInf) return double.PositiveInfinity;
        if (negInf) return double.NegativeInfinity;
        if (!anyFinite) return -0.0;
        if (sum.IsZero) return 0;
        // sum × 2^-1074, rounded to nearest even.
        return ScaleDown(sum);
    }

    private static double ScaleDown(System.Numerics.BigInteger scaled)
    {
        bool negative = scaled.Sign < 0;
        var abs = System.Numerics.BigInteger.Abs(scaled);
        long bitLength = (long)abs.GetBitLength();
        double result;
        if (bitLength <= 53) result = Math.ScaleB((double)(long)abs, -1074);
        else
        {
            // Keep 53 significant bits, but never below the subnormal precision (2^-1074 is bit 0 here).
            int shift = (int)bitLength - 53;
            var kept = abs >> shift;
            var rest = abs - (kept << shift);
            var half = System.Numerics.BigInteger.One << (shift - 1);
            if (rest > half || (rest == half && !kept.IsEven)) kept += 1;
            result = Math.ScaleB((double)kept, shift - 1074);
        }
        return negative ? -result : result;
    }
}

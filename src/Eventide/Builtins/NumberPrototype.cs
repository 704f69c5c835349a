using System.Text;
using Eventide.Runtime;

namespace Eventide.Builtins;

/// <summary>21.1.3 Properties of the Number Prototype Object.</summary>
internal static partial class NumberPrototype
{
    public static void Setup(Realm realm, JsObject proto)
    {
        // 21.1.3.2 Number.prototype.toExponential ( fractionDigits )
        realm.DefineMethod(proto, "toExponential", 1, (t, args) =>
        {
            double x = ThisNumberValue(t, "Number.prototype.toExponential");
            double f = Operations.ToIntegerOrInfinity(args.At(0));
            if (!double.IsFinite(x)) return NumberConversions.ToString(x);
            if (f < 0 || f > 100) throw JsException.RangeError("toExponential() argument must be between 0 and 100");
            return ToExponential(x, args.At(0).IsUndefined ? -1 : (int)f);
        });
        // 21.1.3.3 Number.prototype.toFixed ( fractionDigits )
        realm.DefineMethod(proto, "toFixed", 1, (t, args) =>
        {
            double x = ThisNumberValue(t, "Number.prototype.toFixed");
            double f = Operations.ToIntegerOrInfinity(args.At(0));
            if (f < 0 || f > 100) throw JsException.RangeError("toFixed() digits argument must be between 0 and 100");
            if (!double.IsFinite(x) || Math.Abs(x) >= 1e21) return NumberConversions.ToString(x);
            return ToFixed(x, (int)f);
        });
        // 21.1.3.4 Number.prototype.toLocaleString ( [ reserved1 [ , reserved2 ] ] )
        realm.DefineMethod(proto, "toLocaleString", 0, (t, _) => ToLocaleString(ThisNumberValue(t, "Number.prototype.toLocaleString")));
        // 21.1.3.5 Number.prototype.toPrecision ( precision )
        realm.DefineMethod(proto, "toPrecision", 1, (t, args) =>
        {
            double x = ThisNumberValue(t, "Number.prototype.toPrecision");
            if (args.At(0).IsUndefined) return NumberConversions.ToString(x);
            double p = Operations.ToIntegerOrInfinity(args.At(0));
            if (!double.IsFinite(x)) return NumberConversions.ToString(x);
            if (p < 1 || p > 100) throw JsException.RangeError("toPrecision() argument must be between 1 and 100");
            return ToPrecision(x, (int)p);
        });
        // 21.1.3.6 Number.prototype.toString ( [ radix ] )
        realm.DefineMethod(proto, "toString", 1, (t, args) =>
        {
            double x = ThisNumberValue(t, "Number.prototype.toString");
            int radix = ToRadix(args.At(0));
            return radix == 10 ? NumberConversions.ToString(x) : NumberConversions.ToString(x, radix);
        });
        // 21.1.3.7 Number.prototype.valueOf ( )
        realm.DefineMethod(proto, "valueOf", 0, (t, _) => ThisNumberValue(t, "Number.prototype.valueOf"));
    }

    /// <summary>The radix argument of Number/BigInt toString: undefined is 10, else 2..36.</summary>
    public static int ToRadix(JsValue radix)
    {
        if (radix.IsUndefined) return 10;
        double r = Operations.ToIntegerOrInfinity(radix);
        if (r < 2 || r > 36) throw JsException.RangeError("toString() radix argument must be between 2 and 36");
        return (int)r;
    }

    /// <summary>21.1.3.7.1 ThisNumberValue</summary>
    private static double ThisNumberValue(JsValue v, string method)
    {
        if (v.IsNumber) return v.Number;
        if (v.AsObject is PrimitiveWrapper { PrimitiveValue.IsNumber: true } w) return w.PrimitiveValue.Number;
        throw JsException.TypeError($"{method} requires that 'this' be a Number");
    }

    /// <summary>en-US grouping of an integer digit string ("1234567" → "1,234,567").</summary>
    public static string GroupThousands(string digits)
    {
        if (digits.Length <= 3) return digits;
        var sb = new StringBuilder(digits.Length + digits.Length / 3);
        int first = digits.Length % 3;
        if (first > 0) sb.Append(digits, 0, first);
        for (int i = first; i < digits.Length; i += 3)
        {
            if (sb.Length > 0) sb.Append(',');
            sb.Append(digits, i, 3);
        }
        return sb.ToString();
    }

    /// <summary>What node's default (en-US, ICU) Number.prototype.toLocaleString prints: the shortest decimal
    /// of x rounded half-up to at most 3 fraction digits, grouped by thousands.</summary>
    private static string ToLocaleString(double x)
    {
        if (double.IsNaN(x)) return "NaN";
        if (double.IsInfinity(x)) return x > 0 ? "∞" : "-∞";
        bool negative = x < 0 || (x == 0 && double.IsNegative(x));
        string intPart = "0", frac = "";
        if (x != 0)
        {
            NumberConversions.GetShortestDigits(Math.Abs(x), out var digits, out int n);
            // value = 0.digits × 10^n; keep n + 3 digits, rounding on the next one.
            int keep = n + 3;
            if (keep < 0) digits = "0";
            else if (keep < digits.Length)
            {
                bool up = digits[keep] >= '5';
                var kept = digits[..keep].ToCharArray();
                int i = kept.Length - 1;
                while (up && i >= 0)
                {
                    if (kept[i] == '9') { kept[i] = '0'; i--; }
                    else { kept[i]++; up = false; }
                }
                digits = new string(kept);
                if (up) { digits = "1" + digits; n++; }
            }
            if (n > 0)
            {
                intPart = digits.Length >= n ? digits[..n] : digits + new string('0', n - digits.Length);
                frac = digits.Length > n ? digits[n..] : "";
            }
            else frac = new string('0', -n) + digits;
            if (frac.Length > 3) frac = frac[..3];
            frac = frac.TrimEnd('0');
            if (intPart.Length == 0) intPart = "0";
        }
        var s = GroupThousands(intPart) + (frac.Length > 0 ? "." + frac : "");
        return negative ? "-" + s : s;
    }
}

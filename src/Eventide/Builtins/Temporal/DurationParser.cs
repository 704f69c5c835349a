using Eventide.Runtime;

namespace Eventide.Builtins.Temporal;

/// <summary>7.5.x ParseTemporalDurationString over the spec's Duration grammar (designators case-insensitive).</summary>
internal static class DurationParser
{
    public static DurationRecord Parse(string s)
    {
        var fields = new double[DurationRecord.FieldCount];
        int i = 0;
        double sign = 1;
        if (i < s.Length && (s[i] == '+' || s[i] == '-')) sign = s[i++] == '-' ? -1 : 1;
        if (i >= s.Length || char.ToUpperInvariant(s[i]) != 'P') throw Invalid(s);
        i++;
        // Date part: designators must come in order Y, M, W, D; each at most once.
        int lastDate = -1;
        bool any = false;
        while (i < s.Length && char.ToUpperInvariant(s[i]) != 'T')
        {
            var digits = ReadDigits(s, ref i);
            if (digits.Length == 0 || i >= s.Length) throw Invalid(s);
            int field = char.ToUpperInvariant(s[i]) switch { 'Y' => 0, 'M' => 1, 'W' => 2, 'D' => 3, _ => -1 };
            if (field <= lastDate) throw Invalid(s);
            fields[field] = double.Parse(digits, System.Globalization.CultureInfo.InvariantCulture);
            lastDate = field;
            any = true;
            i++;
        }
        if (i < s.Length)
        {
            i++; // T
            int lastTime = 3;
            bool anyTime = false, fractionSeen = false;
            Int128 fractionNs = 0;
            TemporalUnit fractionUnit = TemporalUnit.Nanosecond;
            while (i < s.Length)
            {
                if (fractionSeen) throw Invalid(s); // a fraction must be on the last component
                var digits = ReadDigits(s, ref i);
                if (digits.Length == 0 || i >= s.Length) throw Invalid(s);
                string fraction = "";
                if (s[i] == '.' || s[i] == ',')
                {
                    i++;
                    fraction = ReadDigits(s, ref i);
                    if (fraction.Length is 0 or > 9 || i >= s.Length) throw Invalid(s);
                    fractionSeen = true;
                }
                int field = char.ToUpperInvariant(s[i]) switch { 'H' => 4, 'M' => 5, 'S' => 6, _ => -1 };
                if (field <= lastTime) throw Invalid(s);
                fields[field] = double.Parse(digits, System.Globalization.CultureInfo.InvariantCulture);
                if (fractionSeen)
                {
                    fractionUnit = (TemporalUnit)field;
                    fractionNs = long.Parse(fraction.PadRight(9, '0')) * (Int128)TemporalUnits.Length(fractionUnit) / 1_000_000_000;
                }
                lastTime = field;
                anyTime = true;
                i++;
            }
            if (!anyTime) throw Invalid(s);
            any = true;
            if (fractionSeen) SpreadFraction(fields, fractionUnit, fractionNs);
        }
        if (!any) throw Invalid(s);
        for (int f = 0; f < fields.Length; f++) fields[f] = fields[f] * sign + 0.0;
        var result = DurationRecord.FromFields(fields);
        result.ThrowIfInvalid();
        return result;
    }

    /// <summary>Spreads the exact nanoseconds of a fractional component over the smaller units.</summary>
    private static void SpreadFraction(double[] fields, TemporalUnit unit, Int128 ns)
    {
        for (var u = unit + 1; u <= TemporalUnit.Nanosecond; u++)
        {
            long length = TemporalUnits.Length(u);
            fields[(int)u] = (double)(ns / length);
            ns %= length;
        }
    }

    private static string ReadDigits(string s, ref int i)
    {
        int start = i;
        while (i < s.Length && s[i] is >= '0' and <= '9') i++;
        return s[start..i];
    }

    private static JsException Invalid(string s) => JsException.RangeError($"Invalid duration string: {s}");
}

using Eventide.Runtime;

namespace Eventide.Builtins.Temporal;

/// <summary>4.5.1 Time Records: a wall-clock time of day.</summary>
internal readonly record struct IsoTime(int Hour, int Minute, int Second, int Millisecond, int Microsecond, int Nanosecond) : IComparable<IsoTime>
{
    public const long NsPerDay = 86_400_000_000_000;

    /// <summary>Nanoseconds since midnight.</summary>
    public long TotalNanoseconds =>
        ((Hour * 60L + Minute) * 60 + Second) * 1_000_000_000 + Millisecond * 1_000_000L + Microsecond * 1_000L + Nanosecond;

    public static IsoTime FromNanoseconds(long ns) => new(
        (int)(ns / 3_600_000_000_000), (int)(ns / 60_000_000_000 % 60), (int)(ns / 1_000_000_000 % 60),
        (int)(ns / 1_000_000 % 1000), (int)(ns / 1000 % 1000), (int)(ns % 1000));

    // 4.5.x CompareTimeRecord
    public int CompareTo(IsoTime other) => TotalNanoseconds.CompareTo(other.TotalNanoseconds);

    // 4.5.x IsValidTime
    public static bool IsValid(double h, double m, double s, double ms, double us, double ns) =>
        h is >= 0 and <= 23 && m is >= 0 and <= 59 && s is >= 0 and <= 59 && ms is >= 0 and <= 999 && us is >= 0 and <= 999 && ns is >= 0 and <= 999;

    // 4.5.x RegulateTime
    public static IsoTime Regulate(double h, double m, double s, double ms, double us, double ns, Overflow overflow)
    {
        if (overflow == Overflow.Reject)
        {
            if (!IsValid(h, m, s, ms, us, ns)) throw JsException.RangeError("Time is out of range");
            return new((int)h, (int)m, (int)s, (int)ms, (int)us, (int)ns);
        }
        return new((int)Math.Clamp(h, 0, 23), (int)Math.Clamp(m, 0, 59), (int)Math.Clamp(s, 0, 59),
            (int)Math.Clamp(ms, 0, 999), (int)Math.Clamp(us, 0, 999), (int)Math.Clamp(ns, 0, 999));
    }

    /// <summary>4.5.x AddTime / BalanceTime: the time plus a duration, with the whole days carried out.</summary>
    public (long Days, IsoTime Time) Add(Int128 ns)
    {
        var total = TotalNanoseconds + ns;
        var days = total / NsPerDay;
        var rem = total % NsPerDay;
        if (rem < 0) { rem += NsPerDay; days--; }
        return ((long)days, FromNanoseconds((long)rem));
    }

    // 4.5.x TimeRecordToString / FormatTimeString; precision -1 auto, -2 minute
    public string Format(int precision)
    {
        var s = $"{Hour:D2}:{Minute:D2}";
        if (precision == -2) return s;
        long sub = Millisecond * 1_000_000L + Microsecond * 1000L + Nanosecond;
        return $"{s}:{Second:D2}{DurationMath.FormatFractionalSeconds(sub, precision)}";
    }

    /// <summary>4.5.x RoundTime: rounds to increment × unit; may carry one day.</summary>
    public (long Days, IsoTime Time) Round(long increment, TemporalUnit unit, RoundingMode mode)
    {
        long length = unit == TemporalUnit.Day ? NsPerDay : TemporalUnits.Length(unit);
        var rounded = Rounding.RoundToIncrement(TotalNanoseconds, (Int128)increment * length, mode);
        return new IsoTime().Add(rounded);
    }
}

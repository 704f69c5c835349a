using Eventide.Runtime;

namespace Eventide.Builtins.Temporal;

/// <summary>The ten float64 fields of a Temporal.Duration (7.2 Properties of Temporal.Duration Instances).</summary>
internal readonly record struct DurationRecord(
    double Years, double Months, double Weeks, double Days,
    double Hours, double Minutes, double Seconds,
    double Milliseconds, double Microseconds, double Nanoseconds)
{
    public const int FieldCount = 10;

    public double this[int i] => i switch
    {
        0 => Years, 1 => Months, 2 => Weeks, 3 => Days, 4 => Hours, 5 => Minutes,
        6 => Seconds, 7 => Milliseconds, 8 => Microseconds, _ => Nanoseconds,
    };

    public static DurationRecord FromFields(ReadOnlySpan<double> f) => new(f[0], f[1], f[2], f[3], f[4], f[5], f[6], f[7], f[8], f[9]);

    // 7.5.10 DurationSign
    public int Sign()
    {
        for (int i = 0; i < FieldCount; i++)
        {
            double v = this[i];
            if (v < 0) return -1;
            if (v > 0) return 1;
        }
        return 0;
    }

    public DurationRecord Negated() => new(
        -Years + 0.0, -Months + 0.0, -Weeks + 0.0, -Days + 0.0, -Hours + 0.0, -Minutes + 0.0,
        -Seconds + 0.0, -Milliseconds + 0.0, -Microseconds + 0.0, -Nanoseconds + 0.0);

    // 7.5.14 DefaultTemporalLargestUnit
    public TemporalUnit DefaultLargestUnit()
    {
        for (int i = 0; i < FieldCount; i++)
            if (this[i] != 0) return (TemporalUnit)i;
        return TemporalUnit.Nanosecond;
    }

    /// <summary>Above this many nanoseconds a time duration is invalid (2^53 seconds).</summary>
    public static readonly Int128 MaxTimeDuration = (Int128)(1L << 53) * 1_000_000_000 - 1;

    // 7.5.11 IsValidDuration
    public bool IsValid()
    {
        int sign = 0;
        for (int i = 0; i < FieldCount; i++)
        {
            double v = this[i];
            if (double.IsNaN(v) || double.IsInfinity(v)) return false;
            if (v < 0) { if (sign > 0) return false; sign = -1; }
            else if (v > 0) { if (sign < 0) return false; sign = 1; }
        }
        if (Math.Abs(Years) >= 4294967296.0 || Math.Abs(Months) >= 4294967296.0 || Math.Abs(Weeks) >= 4294967296.0) return false;
        // Same signs everywhere, so one oversized component already makes the total too large.
        for (int i = 3; i < FieldCount; i++)
            if (Math.Abs(this[i]) > 9.007199254740992e15 * 1e9 / TemporalUnits.Length((TemporalUnit)i) * 2) return false;
        var total = TimeDurationFromComponents(Hours, Minutes, Seconds, Milliseconds, Microseconds, Nanoseconds) + (Int128)Days * TemporalUnits.Length(TemporalUnit.Day);
        return Int128.Abs(total) <= MaxTimeDuration;
    }

    // 7.5.19 TimeDurationFromComponents (exact; callers validated the ranges)
    public static Int128 TimeDurationFromComponents(double hours, double minutes, double seconds, double ms, double us, double ns) =>
        (Int128)hours * 3_600_000_000_000 + (Int128)minutes * 60_000_000_000 + (Int128)seconds * 1_000_000_000
        + (Int128)ms * 1_000_000 + (Int128)us * 1_000 + (Int128)ns;

    public Int128 TimeDuration => TimeDurationFromComponents(Hours, Minutes, Seconds, Milliseconds, Microseconds, Nanoseconds);

    public void ThrowIfInvalid()
    {
        if (!IsValid()) throw JsException.RangeError("Invalid duration: fields out of range or of mixed signs");
    }
}

/// <summary>7.2.x Date Duration Record (calendar part of an Internal Duration Record).</summary>
internal readonly record struct DateDuration(double Years, double Months, double Weeks, double Days)
{
    public int Sign() => Years != 0 ? Math.Sign(Years) : Months != 0 ? Math.Sign(Months) : Weeks != 0 ? Math.Sign(Weeks) : Math.Sign(Days);
}

/// <summary>7.2.x Internal Duration Record: a date duration plus an exact time duration in nanoseconds.</summary>
internal readonly record struct InternalDuration(DateDuration Date, Int128 Time)
{
    // 7.5.7 InternalDurationSign
    public int Sign()
    {
        int s = Date.Sign();
        return s != 0 ? s : Time.CompareTo(Int128.Zero);
    }
}

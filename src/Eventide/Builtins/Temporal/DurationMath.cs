using System.Numerics;
using Eventide.Runtime;

namespace Eventide.Builtins.Temporal;

/// <summary>7.5 Abstract operations converting between Duration fields and internal duration records.</summary>
internal static class DurationMath
{
    public const long NsPerDay = 86_400_000_000_000;

    // 7.5.4 ToInternalDurationRecord
    public static InternalDuration ToInternal(in DurationRecord d) =>
        new(new DateDuration(d.Years, d.Months, d.Weeks, d.Days), d.TimeDuration);

    // 7.5.5 ToInternalDurationRecordWith24HourDays
    public static InternalDuration ToInternalWith24HourDays(in DurationRecord d) =>
        new(new DateDuration(d.Years, d.Months, d.Weeks, 0), d.TimeDuration + (Int128)d.Days * NsPerDay);

    // 7.5.x AddTimeDuration (throws when out of range)
    public static Int128 AddTime(Int128 a, Int128 b)
    {
        var r = a + b;
        if (Int128.Abs(r) > DurationRecord.MaxTimeDuration) throw JsException.RangeError("Duration out of range");
        return r;
    }

    // 7.5.8 TemporalDurationFromInternal
    public static DurationRecord FromInternal(in InternalDuration internalDuration, TemporalUnit largestUnit)
    {
        var ns = internalDuration.Time;
        int sign = ns < 0 ? -1 : 1;
        ns = Int128.Abs(ns);
        Int128 days = 0, hours = 0, minutes = 0, seconds = 0, ms = 0, us = 0;
        if (largestUnit <= TemporalUnit.Day)
        {
            (days, ns) = Int128.DivRem(ns, NsPerDay);
            largestUnit = TemporalUnit.Hour;
        }
        switch (largestUnit)
        {
            case TemporalUnit.Hour:
                (hours, ns) = Int128.DivRem(ns, 3_600_000_000_000);
                goto case TemporalUnit.Minute;
            case TemporalUnit.Minute:
                (minutes, ns) = Int128.DivRem(ns, 60_000_000_000);
                goto case TemporalUnit.Second;
            case TemporalUnit.Second:
                (seconds, ns) = Int128.DivRem(ns, 1_000_000_000);
                goto case TemporalUnit.Millisecond;
            case TemporalUnit.Millisecond:
                (ms, ns) = Int128.DivRem(ns, 1_000_000);
                goto case TemporalUnit.Microsecond;
            case TemporalUnit.Microsecond:
                (us, ns) = Int128.DivRem(ns, 1_000);
                break;
        }
        var date = internalDuration.Date;
        var result = new DurationRecord(date.Years, date.Months, date.Weeks, date.Days + (double)(days * sign),
            F(hours, sign), F(minutes, sign), F(seconds, sign), F(ms, sign), F(us, sign), F(ns, sign));
        result.ThrowIfInvalid();
        return result;
    }

    private static double F(Int128 v, int sign) => (double)(v * sign) + 0.0;

    // 7.5.x RoundTimeDuration
    public static Int128 RoundTimeDuration(Int128 time, long increment, TemporalUnit unit, RoundingMode mode)
    {
        var r = Rounding.RoundToIncrement(time, (Int128)increment * TemporalUnits.Length(unit), mode);
        if (Int128.Abs(r) > DurationRecord.MaxTimeDuration) throw JsException.RangeError("Rounded duration out of range");
        return r;
    }

    // 7.5.x TotalTimeDuration
    public static double TotalTimeDuration(Int128 time, TemporalUnit unit) =>
        Rounding.DivideToDouble((BigInteger)time, TemporalUnits.Length(unit));

    // 7.5.x AddDurations (without relativeTo: calendar units are rejected)
    public static DurationRecord Add(in DurationRecord a, in DurationRecord b)
    {
        var largest = TemporalUnits.Larger(a.DefaultLargestUnit(), b.DefaultLargestUnit());
        if (TemporalUnits.IsCalendarUnit(largest))
            throw JsException.RangeError("Adding durations with years, months or weeks requires a relativeTo date");
        var time = AddTime(ToInternalWith24HourDays(a).Time, ToInternalWith24HourDays(b).Time);
        return FromInternal(new InternalDuration(default, time), largest);
    }

    // 7.5.x TemporalDurationToString; precision -1 is "auto"
    public static string ToString(in DurationRecord d, int precision)
    {
        var sb = new System.Text.StringBuilder();
        if (d.Sign() < 0) sb.Append('-');
        sb.Append('P');
        AppendPart(sb, d.Years, 'Y');
        AppendPart(sb, d.Months, 'M');
        AppendPart(sb, d.Weeks, 'W');
        AppendPart(sb, d.Days, 'D');
        int timeStart = sb.Length;
        sb.Append('T');
        AppendPart(sb, d.Hours, 'H');
        AppendPart(sb, d.Minutes, 'M');
        bool zeroMinutesAndHigher = d.Years == 0 && d.Months == 0 && d.Weeks == 0 && d.Days == 0 && d.Hours == 0 && d.Minutes == 0;
        var secondsDuration = DurationRecord.TimeDurationFromComponents(0, 0, d.Seconds, d.Milliseconds, d.Microseconds, d.Nanoseconds);
        if (secondsDuration != 0 || zeroMinutesAndHigher || precision != -1)
        {
            var abs = Int128.Abs(secondsDuration);
            sb.Append((abs / 1_000_000_000).ToString());
            sb.Append(FormatFractionalSeconds((long)(abs % 1_000_000_000), precision));
            sb.Append('S');
        }
        if (sb.Length == timeStart + 1) sb.Length = timeStart;
        return sb.ToString();
    }

    private static void AppendPart(System.Text.StringBuilder sb, double value, char designator)
    {
        if (value == 0) return;
        sb.Append(new BigInteger(Math.Abs(value)).ToString());
        sb.Append(designator);
    }

    // 13.x FormatFractionalSeconds; precision -1 is "auto"
    public static string FormatFractionalSeconds(long subSecondNanoseconds, int precision)
    {
        if (precision == -1)
        {
            if (subSecondNanoseconds == 0) return "";
            return "." + subSecondNanoseconds.ToString("D9").TrimEnd('0');
        }
        if (precision == 0) return "";
        return "." + subSecondNanoseconds.ToString("D9")[..precision];
    }
}

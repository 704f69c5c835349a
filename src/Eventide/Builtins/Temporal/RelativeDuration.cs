using System.Numerics;
using Eventide.Runtime;

namespace Eventide.Builtins.Temporal;

/// <summary>7.5.x Rounding and totaling durations relative to a date or, with a time zone, to a zoned date-time (iso8601 calendar).</summary>
internal static class RelativeDuration
{
    // 7.5.x DateDurationDays
    public static Int128 DateDurationDays(DateDuration d, IsoDate relativeTo)
    {
        var ymw = d with { Days = 0 };
        if (ymw.Sign() == 0) return (Int128)d.Days;
        var later = relativeTo.Add(ymw, Overflow.Constrain);
        return (Int128)d.Days + (later.EpochDays - relativeTo.EpochDays);
    }

    /// <summary>The target date-time of a duration applied at midnight of relativeTo (the first steps of round/total).</summary>
    private static (IsoDateTime Start, IsoDateTime Target) Endpoints(InternalDuration d, IsoDate relativeTo)
    {
        var (days, time) = new IsoTime().Add(d.Time);
        var dateDuration = d.Date with { Days = d.Date.Days + days };
        var targetDate = relativeTo.Add(dateDuration, Overflow.Constrain);
        return (new IsoDateTime(relativeTo, default), new IsoDateTime(targetDate, time));
    }

    // 7.3.20 Temporal.Duration.prototype.round, steps for plainRelativeTo
    public static InternalDuration RoundRelativeTo(InternalDuration d, IsoDate relativeTo, TemporalUnit largestUnit, int increment, TemporalUnit smallestUnit, RoundingMode mode)
    {
        var (start, target) = Endpoints(d, relativeTo);
        return DifferenceWithRounding(start, target, largestUnit, increment, smallestUnit, mode);
    }

    // 7.3.21 Temporal.Duration.prototype.total, steps for plainRelativeTo
    public static double TotalRelativeTo(InternalDuration d, IsoDate relativeTo, TemporalUnit unit)
    {
        var (start, target) = Endpoints(d, relativeTo);
        if (start.CompareTo(target) == 0) return 0;
        RequireWithinLimits(start, target);
        var diff = DifferenceIsoDateTime(start, target, unit);
        if (unit == TemporalUnit.Nanosecond) return (double)diff.Time;
        return TotalRelativeDuration(diff, target.EpochNanoseconds, start, null, unit);
    }

    private static void RequireWithinLimits(IsoDateTime a, IsoDateTime b)
    {
        if (!a.WithinLimits() || !b.WithinLimits()) throw JsException.RangeError("Date-time is outside the supported range");
    }

    // 5.5.x DifferenceISODateTime
    public static InternalDuration DifferenceIsoDateTime(IsoDateTime one, IsoDateTime two, TemporalUnit largestUnit)
    {
        Int128 time = two.Time.TotalNanoseconds - one.Time.TotalNanoseconds;
        int timeSign = time.CompareTo(Int128.Zero);
        int dateSign = two.Date.CompareTo(one.Date);
        var adjusted = two.Date;
        if (timeSign == -dateSign && timeSign != 0)
        {
            adjusted = adjusted.AddDays(timeSign);
            time -= timeSign * (Int128)IsoTime.NsPerDay;
        }
        var dateLargest = TemporalUnits.Larger(TemporalUnit.Day, largestUnit);
        var dateDiff = one.Date.Until(adjusted, dateLargest);
        if (largestUnit != dateLargest)
        {
            time += (Int128)dateDiff.Days * IsoTime.NsPerDay;
            dateDiff = dateDiff with { Days = 0 };
        }
        return new InternalDuration(dateDiff, time);
    }

    // 5.5.x DifferencePlainDateTimeWithRounding
    public static InternalDuration DifferenceWithRounding(IsoDateTime one, IsoDateTime two, TemporalUnit largestUnit, int increment, TemporalUnit smallestUnit, RoundingMode mode)
    {
        if (one.CompareTo(two) == 0) return default;
        RequireWithinLimits(one, two);
        var diff = DifferenceIsoDateTime(one, two, largestUnit);
        if (smallestUnit == TemporalUnit.Nanosecond && increment == 1) return diff;
        return RoundRelativeDuration(diff, two.EpochNanoseconds, one, null, largestUnit, increment, smallestUnit, mode);
    }

    /// <summary>Calendar units, and days in a time zone, have no fixed length: they are rounded by NudgeToCalendarUnit.</summary>
    private static bool IsIrregularLength(TemporalUnit unit, string? timeZone) =>
        TemporalUnits.IsCalendarUnit(unit) || (timeZone is not null && unit == TemporalUnit.Day);

    // 7.5.x RoundRelativeDuration
    public static InternalDuration RoundRelativeDuration(InternalDuration d, Int128 destEpochNs, IsoDateTime start, string? timeZone, TemporalUnit largestUnit, int increment, TemporalUnit smallestUnit, RoundingMode mode)
    {
        int sign = d.Sign() < 0 ? -1 : 1;
        Nudge nudge = IsIrregularLength(smallestUnit, timeZone) ? NudgeToCalendarUnit(sign, d, destEpochNs, start, timeZone, increment, smallestUnit, mode).Nudge
            : timeZone is not null ? NudgeToZonedTime(sign, d, start, timeZone, increment, smallestUnit, mode)
            : NudgeToDayOrTime(d, destEpochNs, largestUnit, increment, smallestUnit, mode);
        d = nudge.Duration;
        if (nudge.DidExpand && smallestUnit != TemporalUnit.Week)
            d = BubbleRelativeDuration(sign, d, nudge.EpochNs, start, timeZone, largestUnit, TemporalUnits.Larger(smallestUnit, TemporalUnit.Day));
        return d;
    }

    // 7.5.x TotalRelativeDuration
    public static double TotalRelativeDuration(InternalDuration d, Int128 destEpochNs, IsoDateTime start, string? timeZone, TemporalUnit unit)
    {
        if (IsIrregularLength(unit, timeZone))
        {
            int sign = d.Sign() < 0 ? -1 : 1;
            return NudgeToCalendarUnit(sign, d, destEpochNs, start, timeZone, 1, unit, RoundingMode.Trunc).Total;
        }
        var time = d.Time + (Int128)d.Date.Days * IsoTime.NsPerDay;
        return DurationMath.TotalTimeDuration(time, unit);
    }

    private readonly record struct Nudge(InternalDuration Duration, Int128 EpochNs, bool DidExpand);

    // 7.5.x NudgeToCalendarUnit
    private static (Nudge Nudge, double Total) NudgeToCalendarUnit(int sign, InternalDuration d, Int128 destEpochNs, IsoDateTime start, string? timeZone, int increment, TemporalUnit unit, RoundingMode mode)
    {
        var date = d.Date;
        double r1, r2;
        DateDuration startDuration, endDuration;
        switch (unit)
        {
            case TemporalUnit.Year:
                r1 = TruncToIncrement(date.Years, increment);
                r2 = r1 + increment * sign;
                startDuration = new(r1, 0, 0, 0);
                endDuration = new(r2, 0, 0, 0);
                break;
            case TemporalUnit.Month:
                r1 = TruncToIncrement(date.Months, increment);
                r2 = r1 + increment * sign;
                startDuration = new(date.Years, r1, 0, 0);
                endDuration = new(date.Years, r2, 0, 0);
                break;
            case TemporalUnit.Week:
                var weeksStart = start.Date.Add(new DateDuration(date.Years, date.Months, 0, 0), Overflow.Constrain);
                var weeksEnd = weeksStart.AddDays((long)date.Days);
                var until = weeksStart.Until(weeksEnd, TemporalUnit.Week);
                r1 = TruncToIncrement(date.Weeks + until.Weeks, increment);
                r2 = r1 + increment * sign;
                startDuration = new(date.Years, date.Months, r1, 0);
                endDuration = new(date.Years, date.Months, r2, 0);
                break;
            default:
                r1 = TruncToIncrement(date.Days, increment);
                r2 = r1 + increment * sign;
                startDuration = new(date.Years, date.Months, date.Weeks, r1);
                endDuration = new(date.Years, date.Months, date.Weeks, r2);
                break;
        }
        var startEpochNs = EpochNsAfter(start, startDuration, timeZone);
        var endEpochNs = EpochNsAfter(start, endDuration, timeZone);
        if (startEpochNs == endEpochNs) throw JsException.RangeError("Cannot round a duration across an empty interval");
        var numerator = (BigInteger)(destEpochNs - startEpochNs);
        var denominator = (BigInteger)(endEpochNs - startEpochNs);
        if (denominator < 0) { numerator = -numerator; denominator = -denominator; }
        // total = r1 + progress × increment × sign, exactly.
        var totalNumerator = (BigInteger)r1 * denominator + numerator * increment * sign;
        double total = Rounding.DivideToDouble(totalNumerator, denominator);
        bool expand;
        if (numerator == denominator) expand = true;
        else
        {
            // Round |total| = |r1| + progress × increment between |r1| and |r2|, in units of increment (so halfEven sees r1's parity).
            var steps = (BigInteger)Math.Abs(r1) / increment;
            var rounded = Rounding.RoundRational(steps * denominator + numerator, denominator, sign < 0 ? DifferenceSettings.NegateMode(mode) : mode) - steps;
            expand = !rounded.IsZero;
        }
        var nudge = expand
            ? new Nudge(new InternalDuration(endDuration, 0), endEpochNs, true)
            : new Nudge(new InternalDuration(startDuration, 0), startEpochNs, false);
        return (nudge, total);
    }

    /// <summary>The instant of start's wall clock moved by a date duration: UTC without a time zone, else GetEpochNanosecondsFor(compatible).</summary>
    private static Int128 EpochNsAfter(IsoDateTime start, DateDuration duration, string? timeZone)
    {
        var dateTime = new IsoDateTime(start.Date.Add(duration, Overflow.Constrain), start.Time);
        return timeZone is null ? dateTime.EpochNanoseconds : TimeZones.EpochNanosecondsFor(timeZone, dateTime, "compatible");
    }

    private static double TruncToIncrement(double value, int increment) => Math.Truncate(value / increment) * increment + 0.0;

    // 7.5.x NudgeToDayOrTime
    private static Nudge NudgeToDayOrTime(InternalDuration d, Int128 destEpochNs, TemporalUnit largestUnit, int increment, TemporalUnit smallestUnit, RoundingMode mode)
    {
        var time = d.Time + (Int128)d.Date.Days * IsoTime.NsPerDay;
        var rounded = DurationMath.RoundTimeDuration(time, increment, smallestUnit, mode);
        var diff = rounded - time;
        var wholeDays = time / IsoTime.NsPerDay;
        var roundedWholeDays = rounded / IsoTime.NsPerDay;
        var dayDelta = roundedWholeDays - wholeDays;
        bool didExpandDays = dayDelta.CompareTo(Int128.Zero) == time.CompareTo(Int128.Zero);
        var nudgedEpochNs = diff + destEpochNs;
        double days = 0;
        var remainder = rounded;
        if (TemporalUnits.IsDateUnit(largestUnit))
        {
            days = (double)roundedWholeDays;
            remainder = rounded - roundedWholeDays * IsoTime.NsPerDay;
        }
        return new Nudge(new InternalDuration(d.Date with { Days = days }, remainder), nudgedEpochNs, didExpandDays);
    }

    // 7.5.x NudgeToZonedTime
    private static Nudge NudgeToZonedTime(int sign, InternalDuration d, IsoDateTime start, string timeZone, int increment, TemporalUnit unit, RoundingMode mode)
    {
        var startDate = start.Date.Add(d.Date, Overflow.Constrain);
        var startEpochNs = TimeZones.EpochNanosecondsFor(timeZone, new IsoDateTime(startDate, start.Time), "compatible");
        var endEpochNs = TimeZones.EpochNanosecondsFor(timeZone, new IsoDateTime(startDate.AddDays(sign), start.Time), "compatible");
        var daySpan = endEpochNs - startEpochNs;
        var rounded = DurationMath.RoundTimeDuration(d.Time, increment, unit, mode);
        var beyondDaySpan = DurationMath.AddTime(rounded, -daySpan);
        bool didRoundBeyondDay = beyondDaySpan.CompareTo(Int128.Zero) != -sign;
        Int128 nudgedEpochNs;
        if (didRoundBeyondDay)
        {
            rounded = DurationMath.RoundTimeDuration(beyondDaySpan, increment, unit, mode);
            nudgedEpochNs = endEpochNs + rounded;
        }
        else nudgedEpochNs = startEpochNs + rounded;
        var date = d.Date with { Days = d.Date.Days + (didRoundBeyondDay ? sign : 0) };
        return new Nudge(new InternalDuration(date, rounded), nudgedEpochNs, didRoundBeyondDay);
    }

    // 7.5.x BubbleRelativeDuration
    private static InternalDuration BubbleRelativeDuration(int sign, InternalDuration d, Int128 nudgedEpochNs, IsoDateTime start, string? timeZone, TemporalUnit largestUnit, TemporalUnit smallestUnit)
    {
        if (smallestUnit == largestUnit) return d;
        for (var unit = smallestUnit - 1; unit >= largestUnit; unit--)
        {
            if (unit == TemporalUnit.Week && largestUnit != TemporalUnit.Week) continue;
            var date = d.Date;
            DateDuration end = unit switch
            {
                TemporalUnit.Year => new(date.Years + sign, 0, 0, 0),
                TemporalUnit.Month => new(date.Years, date.Months + sign, 0, 0),
                _ => new(date.Years, date.Months, date.Weeks + sign, 0),
            };
            var endEpochNs = EpochNsAfter(start, end, timeZone);
            var beyond = nudgedEpochNs - endEpochNs;
            if (beyond.CompareTo(Int128.Zero) != -sign) d = new InternalDuration(end, 0);
            else break;
        }
        return d;
    }
}

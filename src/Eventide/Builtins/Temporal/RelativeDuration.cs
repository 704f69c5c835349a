using System.Numerics;
using Eventide.Runtime;

namespace Eventide.Builtins.Temporal;

/// <summary>Where a relative duration starts: its instant, its wall clock and its time zone (null: UTC arithmetic on plain date-times).</summary>
internal readonly record struct RelativeOrigin(Int128 EpochNs, IsoDateTime DateTime, string? TimeZone)
{
    public static RelativeOrigin Plain(IsoDateTime dateTime) => new(dateTime.EpochNanoseconds, dateTime, null);

    public static RelativeOrigin Zoned(Int128 epochNs, string timeZone) => new(epochNs, TimeZones.IsoDateTimeFor(timeZone, epochNs), timeZone);
}

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
        return TotalRelativeDuration(diff, target.EpochNanoseconds, RelativeOrigin.Plain(start), unit);
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
        return RoundRelativeDuration(diff, two.EpochNanoseconds, RelativeOrigin.Plain(one), largestUnit, increment, smallestUnit, mode);
    }

    /// <summary>Calendar units, and days in a time zone, have no fixed length: they are rounded by NudgeToCalendarUnit.</summary>
    private static bool IsIrregularLength(TemporalUnit unit, string? timeZone) =>
        TemporalUnits.IsCalendarUnit(unit) || (timeZone is not null && unit == TemporalUnit.Day);

    // 7.5.x RoundRelativeDuration
    public static InternalDuration RoundRelativeDuration(InternalDuration d, Int128 destEpochNs, RelativeOrigin origin, TemporalUnit largestUnit, int increment, TemporalUnit smallestUnit, RoundingMode mode)
    {
        int sign = d.Sign() < 0 ? -1 : 1;
        Nudge nudge = IsIrregularLength(smallestUnit, origin.TimeZone) ? NudgeToCalendarUnit(sign, d, destEpochNs, origin, increment, smallestUnit, mode).Nudge
            : origin.TimeZone is { } timeZone ? NudgeToZonedTime(sign, d, origin.DateTime, timeZone, increment, smallestUnit, mode)
            : NudgeToDayOrTime(d, destEpochNs, largestUnit, increment, smallestUnit, mode);
        d = nudge.Duration;
        if (nudge.DidExpand && smallestUnit != TemporalUnit.Week)
            d = BubbleRelativeDuration(sign, d, nudge.EpochNs, origin, largestUnit, TemporalUnits.Larger(smallestUnit, TemporalUnit.Day));
        return d;
    }

    // 7.5.x TotalRelativeDuration
    public static double TotalRelativeDuration(InternalDuration d, Int128 destEpochNs, RelativeOrigin origin, TemporalUnit unit)
    {
        if (IsIrregularLength(unit, origin.TimeZone))
        {
            int sign = d.Sign() < 0 ? -1 : 1;
            return NudgeToCalendarUnit(sign, d, destEpochNs, origin, 1, unit, RoundingMode.Trunc).Total;
        }
        var time = d.Time + (Int128)d.Date.Days * IsoTime.NsPerDay;
        return DurationMath.TotalTimeDuration(time, unit);
    }

    private readonly record struct Nudge(InternalDuration Duration, Int128 EpochNs, bool DidExpand);

    private readonly record struct NudgeWindow(double R1, double R2, Int128 StartEpochNs, Int128 EndEpochNs, DateDuration StartDuration, DateDuration EndDuration)
    {
        public bool Contains(int sign, Int128 destEpochNs) => sign > 0
            ? StartEpochNs <= destEpochNs && destEpochNs <= EndEpochNs
            : EndEpochNs <= destEpochNs && destEpochNs <= StartEpochNs;
    }

    // 7.5.x ComputeNudgeWindow: the unit's interval [r1, r2) around the duration; additionalShift moves it one increment further.
    private static NudgeWindow ComputeNudgeWindow(int sign, InternalDuration d, RelativeOrigin origin, int increment, TemporalUnit unit, bool additionalShift)
    {
        var date = d.Date;
        double shift = additionalShift ? increment * sign : 0;
        double r1;
        Func<double, DateDuration> withUnit;
        switch (unit)
        {
            case TemporalUnit.Year:
                r1 = TruncToIncrement(date.Years, increment) + shift;
                withUnit = r => new(r, 0, 0, 0);
                break;
            case TemporalUnit.Month:
                r1 = TruncToIncrement(date.Months, increment) + shift;
                withUnit = r => new(date.Years, r, 0, 0);
                break;
            case TemporalUnit.Week:
                var weeksStart = origin.DateTime.Date.Add(new DateDuration(date.Years, date.Months, 0, 0), Overflow.Constrain);
                var until = weeksStart.Until(weeksStart.AddDays((long)date.Days), TemporalUnit.Week);
                r1 = TruncToIncrement(date.Weeks + until.Weeks, increment);
                withUnit = r => new(date.Years, date.Months, r, 0);
                break;
            default:
                r1 = TruncToIncrement(date.Days, increment);
                withUnit = r => new(date.Years, date.Months, date.Weeks, r);
                break;
        }
        double r2 = r1 + increment * sign;
        DateDuration startDuration = withUnit(r1), endDuration = withUnit(r2);
        // A window starting at the origin (an empty start duration, tc39/proposal-temporal#3316) starts at its exact instant,
        // not at its wall clock taken back through the time zone.
        var startEpochNs = startDuration.Sign() == 0 ? origin.EpochNs : EpochNsAfter(origin, startDuration);
        return new NudgeWindow(r1, r2, startEpochNs, EpochNsAfter(origin, endDuration), startDuration, endDuration);
    }

    // 7.5.x NudgeToCalendarUnit
    private static (Nudge Nudge, double Total) NudgeToCalendarUnit(int sign, InternalDuration d, Int128 destEpochNs, RelativeOrigin origin, int increment, TemporalUnit unit, RoundingMode mode)
    {
        var window = ComputeNudgeWindow(sign, d, origin, increment, unit, false);
        bool didExpand = false;
        if (!window.Contains(sign, destEpochNs))
        {
            // The truncated duration already passed the destination (a constrained month end): round in the next window.
            window = ComputeNudgeWindow(sign, d, origin, increment, unit, true);
            if (!window.Contains(sign, destEpochNs)) throw JsException.RangeError("Cannot round a duration across an empty interval");
            didExpand = true;
        }
        var (r1, _, startEpochNs, endEpochNs, startDuration, endDuration) = window;
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
        didExpand |= expand;
        var nudge = new Nudge(new InternalDuration(expand ? endDuration : startDuration, 0), didExpand ? endEpochNs : startEpochNs, didExpand);
        return (nudge, total);
    }

    /// <summary>The instant of the origin's wall clock moved by a date duration: UTC without a time zone, else GetEpochNanosecondsFor(compatible).</summary>
    private static Int128 EpochNsAfter(RelativeOrigin origin, DateDuration duration)
    {
        var dateTime = new IsoDateTime(origin.DateTime.Date.Add(duration, Overflow.Constrain), origin.DateTime.Time);
        return origin.TimeZone is null ? dateTime.EpochNanoseconds : TimeZones.EpochNanosecondsFor(origin.TimeZone, dateTime, "compatible");
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
    private static InternalDuration BubbleRelativeDuration(int sign, InternalDuration d, Int128 nudgedEpochNs, RelativeOrigin origin, TemporalUnit largestUnit, TemporalUnit smallestUnit)
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
            var endEpochNs = EpochNsAfter(origin, end);
            var beyond = nudgedEpochNs - endEpochNs;
            if (beyond.CompareTo(Int128.Zero) != -sign) d = new InternalDuration(end, 0);
            else break;
        }
        return d;
    }
}

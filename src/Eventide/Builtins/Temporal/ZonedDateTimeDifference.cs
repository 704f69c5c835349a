using Eventide.Runtime;

namespace Eventide.Builtins.Temporal;

/// <summary>6.5 The difference operations of Temporal.ZonedDateTime: calendar days follow the wall clock, time follows the instant.</summary>
internal static class ZonedDateTimeDifference
{
    // 6.5.x DifferenceTemporalZonedDateTime
    public static JsValue DifferenceTemporalZonedDateTime(Realm realm, bool since, JsZonedDateTime z, JsValue otherValue, JsValue optionsValue)
    {
        var (otherNs, otherTimeZone) = ZonedDateTimeConstructor.ToTemporalZonedDateTime(otherValue, JsValue.Undefined);
        var options = TemporalOptions.GetOptionsObject(optionsValue);
        var settings = DifferenceSettings.Get(since, options, UnitGroup.DateTime, TemporalUnit.Nanosecond, TemporalUnit.Hour);
        if (!TemporalUnits.IsDateUnit(settings.LargestUnit))
            return JsTemporalDuration.FromDifference(realm, since, InstantPrototype.DifferenceInstant(z.EpochNanoseconds, otherNs, settings), settings.LargestUnit);
        if (!TimeZones.Equal(z.TimeZone, otherTimeZone))
            throw JsException.RangeError("Cannot compute a difference in days or larger units between different time zones");
        if (z.EpochNanoseconds == otherNs) return JsTemporalDuration.Create(realm, default);
        var d = DifferenceWithRounding(z.EpochNanoseconds, otherNs, z.TimeZone, settings.LargestUnit, settings.Increment, settings.SmallestUnit, settings.Mode);
        return JsTemporalDuration.FromDifference(realm, since, d, TemporalUnit.Hour);
    }

    // 6.5.x DifferenceZonedDateTime
    public static InternalDuration Difference(Int128 ns1, Int128 ns2, string timeZone, TemporalUnit largestUnit)
    {
        if (ns1 == ns2) return default;
        var start = TimeZones.IsoDateTimeFor(timeZone, ns1);
        var end = TimeZones.IsoDateTimeFor(timeZone, ns2);
        if (start.Date.CompareTo(end.Date) == 0) return new InternalDuration(default, ns2 - ns1);
        int sign = ns2 < ns1 ? -1 : 1;
        int maxDayCorrection = sign == 1 ? 2 : 1;
        int dayCorrection = 0;
        Int128 timeDuration = end.Time.TotalNanoseconds - start.Time.TotalNanoseconds;
        if (timeDuration.CompareTo(Int128.Zero) == -sign) dayCorrection++;
        IsoDateTime intermediate = default;
        bool success = false;
        for (; dayCorrection <= maxDayCorrection && !success; dayCorrection++)
        {
            intermediate = new IsoDateTime(end.Date.AddDays(-dayCorrection * sign), start.Time);
            var intermediateNs = TimeZones.EpochNanosecondsFor(timeZone, intermediate, "compatible");
            timeDuration = ns2 - intermediateNs;
            success = timeDuration.CompareTo(Int128.Zero) != -sign;
        }
        if (!success) throw JsException.RangeError("Time zone offsets changed too much to compute a difference");
        var dateDifference = start.Date.Until(intermediate.Date, TemporalUnits.Larger(largestUnit, TemporalUnit.Day));
        return new InternalDuration(dateDifference, timeDuration);
    }

    // 6.5.x DifferenceZonedDateTimeWithRounding
    public static InternalDuration DifferenceWithRounding(Int128 ns1, Int128 ns2, string timeZone, TemporalUnit largestUnit, int increment, TemporalUnit smallestUnit, RoundingMode mode)
    {
        if (!TemporalUnits.IsDateUnit(largestUnit))
            return InstantPrototype.DifferenceInstant(ns1, ns2, new DifferenceSettings(smallestUnit, largestUnit, mode, increment));
        var difference = Difference(ns1, ns2, timeZone, largestUnit);
        if (smallestUnit == TemporalUnit.Nanosecond && increment == 1) return difference;
        return RelativeDuration.RoundRelativeDuration(difference, ns2, RelativeOrigin.Zoned(ns1, timeZone), largestUnit, increment, smallestUnit, mode);
    }

    // 6.5.x DifferenceZonedDateTimeWithTotal
    public static double DifferenceWithTotal(Int128 ns1, Int128 ns2, string timeZone, TemporalUnit unit)
    {
        if (!TemporalUnits.IsDateUnit(unit)) return DurationMath.TotalTimeDuration(ns2 - ns1, unit);
        var difference = Difference(ns1, ns2, timeZone, unit);
        return RelativeDuration.TotalRelativeDuration(difference, ns2, RelativeOrigin.Zoned(ns1, timeZone), unit);
    }
}

using Eventide.Runtime;

namespace Eventide.Builtins.Temporal;

/// <summary>7.3 Properties of the Temporal.Duration Prototype Object.</summary>
internal static class DurationPrototype
{
    private static readonly string[] FieldNames =
        ["years", "months", "weeks", "days", "hours", "minutes", "seconds", "milliseconds", "microseconds", "nanoseconds"];

    private static DurationRecord This(JsValue thisValue, string method) =>
        thisValue.AsObject is JsTemporalDuration d ? d.Value
            : throw JsException.TypeError($"Temporal.Duration.prototype.{method} called on an object that is not a Temporal.Duration");

    public static void Setup(Realm realm, JsObject proto)
    {
        // 7.3.3-7.3.12 get Temporal.Duration.prototype.years ... nanoseconds
        for (int i = 0; i < FieldNames.Length; i++)
        {
            int field = i;
            realm.DefineGetter(proto, FieldNames[i], (t, _) => This(t, FieldNames[field])[field]);
        }
        // 7.3.13 get Temporal.Duration.prototype.sign
        realm.DefineGetter(proto, "sign", (t, _) => This(t, "sign").Sign());
        // 7.3.14 get Temporal.Duration.prototype.blank
        realm.DefineGetter(proto, "blank", (t, _) => This(t, "blank").Sign() == 0);
        // 7.3.15 Temporal.Duration.prototype.with ( temporalDurationLike )
        realm.DefineMethod(proto, "with", 1, (t, args) =>
        {
            var d = This(t, "with");
            var partial = DurationConstructor.ToPartialDuration(args.At(0));
            Span<double> fields = stackalloc double[DurationRecord.FieldCount];
            for (int i = 0; i < fields.Length; i++) fields[i] = partial[i] ?? d[i];
            return JsTemporalDuration.Create(realm, DurationRecord.FromFields(fields));
        });
        // 7.3.16 Temporal.Duration.prototype.negated ( )
        realm.DefineMethod(proto, "negated", 0, (t, _) => JsTemporalDuration.Create(realm, This(t, "negated").Negated()));
        // 7.3.17 Temporal.Duration.prototype.abs ( )
        realm.DefineMethod(proto, "abs", 0, (t, _) =>
        {
            var d = This(t, "abs");
            return JsTemporalDuration.Create(realm, d.Sign() < 0 ? d.Negated() : d);
        });
        // 7.3.18 Temporal.Duration.prototype.add ( other )
        realm.DefineMethod(proto, "add", 1, (t, args) =>
        {
            var d = This(t, "add");
            return JsTemporalDuration.Create(realm, DurationMath.Add(d, DurationConstructor.ToTemporalDuration(args.At(0))));
        });
        // 7.3.19 Temporal.Duration.prototype.subtract ( other )
        realm.DefineMethod(proto, "subtract", 1, (t, args) =>
        {
            var d = This(t, "subtract");
            return JsTemporalDuration.Create(realm, DurationMath.Add(d, DurationConstructor.ToTemporalDuration(args.At(0)).Negated()));
        });
        // 7.3.20 Temporal.Duration.prototype.round ( roundTo )
        realm.DefineMethod(proto, "round", 1, (t, args) => JsTemporalDuration.Create(realm, Round(This(t, "round"), args.At(0))));
        // 7.3.21 Temporal.Duration.prototype.total ( totalOf )
        realm.DefineMethod(proto, "total", 1, (t, args) => Total(This(t, "total"), args.At(0)));
        // 7.3.22 Temporal.Duration.prototype.toString ( [ options ] )
        realm.DefineMethod(proto, "toString", 0, (t, args) => ToString(This(t, "toString"), args.At(0)));
        // 7.3.23 Temporal.Duration.prototype.toJSON ( )
        realm.DefineMethod(proto, "toJSON", 0, (t, _) => DurationMath.ToString(This(t, "toJSON"), -1));
        // 7.3.24 Temporal.Duration.prototype.toLocaleString ( [ locales [ , options ] ] )
        realm.DefineMethod(proto, "toLocaleString", 0, (t, _) => DurationMath.ToString(This(t, "toLocaleString"), -1));
        // 7.3.25 Temporal.Duration.prototype.valueOf ( )
        realm.DefineMethod(proto, "valueOf", 0, (_, _) =>
            throw JsException.TypeError("Do not use Temporal.Duration.prototype.valueOf; use toString or compare instead"));
        TemporalObject.SetToStringTag(proto, "Temporal.Duration");
    }

    // 7.3.20 Temporal.Duration.prototype.round
    private static DurationRecord Round(DurationRecord duration, JsValue roundToValue)
    {
        var roundTo = TemporalOptions.OptionsOrSingleString(roundToValue, "smallestUnit", "Temporal.Duration.prototype.round");
        var largestUnit = TemporalOptions.GetUnit(roundTo, "largestUnit");
        var (plainRelativeTo, zonedRelativeTo) = RelativeTo.Get(roundTo);
        int increment = TemporalOptions.GetRoundingIncrement(roundTo);
        var mode = TemporalOptions.GetRoundingMode(roundTo, RoundingMode.HalfExpand);
        var smallestUnit = TemporalOptions.GetUnit(roundTo, "smallestUnit");
        TemporalUnits.Validate(smallestUnit, UnitGroup.DateTime, "smallestUnit");
        bool smallestPresent = smallestUnit != TemporalUnit.Unset;
        if (!smallestPresent) smallestUnit = TemporalUnit.Nanosecond;
        var existingLargest = duration.DefaultLargestUnit();
        var defaultLargest = TemporalUnits.Larger(existingLargest, smallestUnit);
        bool largestPresent = largestUnit != TemporalUnit.Unset;
        if (!largestPresent || largestUnit == TemporalUnit.Auto) largestUnit = defaultLargest;
        if (!smallestPresent && !largestPresent) throw JsException.RangeError("One of smallestUnit or largestUnit is required");
        if (TemporalUnits.Larger(largestUnit, smallestUnit) != largestUnit)
            throw JsException.RangeError($"largestUnit {TemporalUnits.Name(largestUnit)} is smaller than smallestUnit {TemporalUnits.Name(smallestUnit)}");
        if (TemporalUnits.MaximumRoundingIncrement(smallestUnit) is { } maximum)
            TemporalOptions.ValidateRoundingIncrement(increment, maximum, inclusive: false);
        if (increment > 1 && largestUnit != smallestUnit && TemporalUnits.IsDateUnit(smallestUnit))
            throw JsException.RangeError("roundingIncrement with a date smallestUnit requires largestUnit to be the same unit");
        if (zonedRelativeTo is { } zoned)
        {
            var target = ZonedDateTimePrototype.AddZoned(zoned.EpochNs, zoned.TimeZone, DurationMath.ToInternal(duration), Overflow.Constrain);
            var rounded = ZonedDateTimeDifference.DifferenceWithRounding(zoned.EpochNs, target, zoned.TimeZone, largestUnit, increment, smallestUnit, mode);
            return DurationMath.FromInternal(rounded, TemporalUnits.IsDateUnit(largestUnit) ? TemporalUnit.Hour : largestUnit);
        }
        if (plainRelativeTo is { } plain)
        {
            var rounded = RelativeDuration.RoundRelativeTo(DurationMath.ToInternalWith24HourDays(duration), plain, largestUnit, increment, smallestUnit, mode);
            return DurationMath.FromInternal(rounded, largestUnit);
        }
        if (TemporalUnits.IsCalendarUnit(existingLargest) || TemporalUnits.IsCalendarUnit(largestUnit))
            throw JsException.RangeError("Rounding a duration with years, months or weeks requires relativeTo");
        var internalDuration = DurationMath.ToInternalWith24HourDays(duration);
        // Rounding to days rounds the 24-hour-day total, which is the time duration rounded to a multiple of days.
        var time = DurationMath.RoundTimeDuration(internalDuration.Time, increment, smallestUnit, mode);
        if (smallestUnit == TemporalUnit.Day)
            return DurationMath.FromInternal(new InternalDuration(new DateDuration(0, 0, 0, (double)(time / DurationMath.NsPerDay)), 0), largestUnit);
        return DurationMath.FromInternal(new InternalDuration(default, time), largestUnit);
    }

    // 7.3.21 Temporal.Duration.prototype.total
    private static double Total(DurationRecord duration, JsValue totalOfValue)
    {
        var totalOf = TemporalOptions.OptionsOrSingleString(totalOfValue, "unit", "Temporal.Duration.prototype.total");
        var (plainRelativeTo, zonedRelativeTo) = RelativeTo.Get(totalOf);
        var unit = TemporalOptions.GetUnit(totalOf, "unit", required: true);
        TemporalUnits.Validate(unit, UnitGroup.DateTime, "unit");
        if (zonedRelativeTo is { } zoned)
        {
            var target = ZonedDateTimePrototype.AddZoned(zoned.EpochNs, zoned.TimeZone, DurationMath.ToInternal(duration), Overflow.Constrain);
            return ZonedDateTimeDifference.DifferenceWithTotal(zoned.EpochNs, target, zoned.TimeZone, unit);
        }
        if (plainRelativeTo is { } plain)
            return RelativeDuration.TotalRelativeTo(DurationMath.ToInternalWith24HourDays(duration), plain, unit);
        if (TemporalUnits.IsCalendarUnit(duration.DefaultLargestUnit()) || TemporalUnits.IsCalendarUnit(unit))
            throw JsException.RangeError("Totaling a duration with years, months or weeks requires relativeTo");
        return DurationMath.TotalTimeDuration(DurationMath.ToInternalWith24HourDays(duration).Time, unit);
    }

    // 7.3.22 Temporal.Duration.prototype.toString
    private static string ToString(DurationRecord duration, JsValue optionsValue)
    {
        var options = TemporalOptions.GetOptionsObject(optionsValue);
        var (precision, unit, increment, mode) = TemporalOptions.GetToStringPrecision(options, allowMinute: false);
        if (unit == TemporalUnit.Nanosecond && increment == 1) return DurationMath.ToString(duration, precision);
        var largestUnit = duration.DefaultLargestUnit();
        var internalDuration = DurationMath.ToInternal(duration);
        var time = DurationMath.RoundTimeDuration(internalDuration.Time, increment, unit, mode);
        var rounded = DurationMath.FromInternal(new InternalDuration(internalDuration.Date, time), TemporalUnits.Larger(largestUnit, TemporalUnit.Second));
        return DurationMath.ToString(rounded, precision);
    }
}

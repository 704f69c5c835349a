using Eventide.Runtime;

namespace Eventide.Builtins.Temporal;

/// <summary>5.3 Properties of the Temporal.PlainDateTime Prototype Object.</summary>
internal static class PlainDateTimePrototype
{
    private static IsoDateTime This(JsValue thisValue, string method) =>
        thisValue.AsObject is JsPlainDateTime d ? d.Value
            : throw JsException.TypeError($"Temporal.PlainDateTime.prototype.{method} called on an object that is not a Temporal.PlainDateTime");

    public static void Setup(Realm realm, JsObject proto)
    {
        CalendarGetters.Define(realm, proto, (t, m) => This(t, m).Date);
        PlainTimePrototype.DefineTimeGetters(realm, proto, (t, m) => This(t, m).Time);
        // 5.3.x Temporal.PlainDateTime.prototype.with ( temporalDateTimeLike [ , options ] )
        realm.DefineMethod(proto, "with", 1, (t, args) =>
        {
            var value = This(t, "with");
            if (args.At(0).AsObject is not { } like) throw JsException.TypeError("with() requires an object");
            PlainDateConstructor.RejectTemporalLikeObject(like);
            var partial = CalendarFields.Prepare(like, FieldSet.Date | FieldSet.Time, partial: true);
            var fields = PlainTimeConstructor.MergeTimeFields(value.Time, CalendarFields.Merge(CalendarFields.FromDate(value.Date, FieldSet.Date), partial));
            var overflow = TemporalOptions.GetOverflow(TemporalOptions.GetOptionsObject(args.At(1)));
            return JsPlainDateTime.Create(realm, PlainDateTimeConstructor.InterpretFields(fields, overflow));
        });
        // 5.3.x Temporal.PlainDateTime.prototype.withPlainTime ( [ plainTimeLike ] )
        realm.DefineMethod(proto, "withPlainTime", 0, (t, args) =>
        {
            var value = This(t, "withPlainTime");
            return JsPlainDateTime.Create(realm, value with { Time = PlainTimeConstructor.ToTimeOrMidnight(args.At(0)) });
        });
        // 5.3.x Temporal.PlainDateTime.prototype.withCalendar ( calendarLike )
        realm.DefineMethod(proto, "withCalendar", 1, (t, args) =>
        {
            var value = This(t, "withCalendar");
            if (args.At(0).IsUndefined) throw JsException.TypeError("withCalendar() requires a calendar");
            CalendarFields.ToCalendarIdentifier(args.At(0));
            return JsPlainDateTime.Create(realm, value);
        });
        // 5.3.x Temporal.PlainDateTime.prototype.add / subtract / until / since
        TemporalObject.DefineArithmetic(realm, proto, This, (v, duration, options, sign) => AddDuration(realm, v, duration, options, sign),
            (since, v, other, options) => Difference(realm, since, v, other, options));
        // 5.3.x Temporal.PlainDateTime.prototype.round ( roundTo )
        realm.DefineMethod(proto, "round", 1, (t, args) =>
        {
            var value = This(t, "round");
            var (increment, unit, mode) = PlainTimePrototype.GetRoundTo(args.At(0), TemporalUnit.Day);
            return JsPlainDateTime.Create(realm, RoundIsoDateTime(value, increment, unit, mode));
        });
        realm.DefineMethod(proto, "equals", 1, (t, args) =>
        {
            var value = This(t, "equals");
            return PlainDateTimeConstructor.ToTemporalDateTime(args.At(0), JsValue.Undefined) == value;
        });
        // 5.3.x Temporal.PlainDateTime.prototype.toString ( [ options ] )
        realm.DefineMethod(proto, "toString", 0, (t, args) =>
        {
            var value = This(t, "toString");
            var options = TemporalOptions.GetOptionsObject(args.At(0));
            var show = TemporalFormat.GetShowCalendar(options);
            var (precision, unit, increment, mode) = TemporalOptions.GetToStringPrecision(options, allowMinute: true);
            var rounded = RoundIsoDateTime(value, increment, unit, mode);
            if (!rounded.WithinLimits()) throw JsException.RangeError("Date-time is outside the supported range");
            return Format(rounded, precision) + TemporalFormat.CalendarAnnotation(show);
        });
        realm.DefineMethod(proto, "toLocaleString", 0, (t, _) => Format(This(t, "toLocaleString"), -1));
        realm.DefineMethod(proto, "toJSON", 0, (t, _) => Format(This(t, "toJSON"), -1));
        realm.DefineMethod(proto, "valueOf", 0, (_, _) =>
            throw JsException.TypeError("Do not use Temporal.PlainDateTime.prototype.valueOf; use toString or compare instead"));
        // 5.3.x Temporal.PlainDateTime.prototype.toZonedDateTime ( temporalTimeZoneLike [ , options ] )
        realm.DefineMethod(proto, "toZonedDateTime", 1, (t, args) =>
        {
            var value = This(t, "toZonedDateTime");
            var timeZone = TimeZones.ToIdentifier(args.At(0));
            var options = TemporalOptions.GetOptionsObject(args.At(1));
            var disambiguation = TemporalOptions.GetStringOption(options, "disambiguation", ZonedDateTimeConstructor.DisambiguationValues) ?? "compatible";
            return JsZonedDateTime.Create(realm, TimeZones.EpochNanosecondsFor(timeZone, value, disambiguation), timeZone);
        });
        realm.DefineMethod(proto, "toPlainDate", 0, (t, _) => JsPlainDate.Create(realm, This(t, "toPlainDate").Date));
        realm.DefineMethod(proto, "toPlainTime", 0, (t, _) => JsPlainTime.Create(realm, This(t, "toPlainTime").Time));
        TemporalObject.SetToStringTag(proto, "Temporal.PlainDateTime");
    }

    public static string Format(IsoDateTime value, int precision) =>
        TemporalFormat.Date(value.Date) + "T" + value.Time.Format(precision);

    // 5.5.x RoundISODateTime
    public static IsoDateTime RoundIsoDateTime(IsoDateTime value, long increment, TemporalUnit unit, RoundingMode mode)
    {
        var (days, time) = value.Time.Round(increment, unit, mode);
        return new IsoDateTime(value.Date.AddDays(days), time);
    }

    // 5.5.x AddDurationToDateTime
    private static JsValue AddDuration(Realm realm, IsoDateTime value, JsValue durationLike, JsValue optionsValue, int sign)
    {
        var duration = DurationConstructor.ToTemporalDuration(durationLike);
        if (sign < 0) duration = duration.Negated();
        var overflow = TemporalOptions.GetOverflow(TemporalOptions.GetOptionsObject(optionsValue));
        var internalDuration = DurationMath.ToInternalWith24HourDays(duration);
        var (days, time) = value.Time.Add(internalDuration.Time);
        var date = value.Date.Add(internalDuration.Date with { Days = days }, overflow);
        return JsPlainDateTime.Create(realm, new IsoDateTime(date, time));
    }

    // 5.5.x DifferenceTemporalPlainDateTime
    private static JsValue Difference(Realm realm, bool since, IsoDateTime value, JsValue otherValue, JsValue optionsValue)
    {
        var other = PlainDateTimeConstructor.ToTemporalDateTime(otherValue, JsValue.Undefined);
        var options = TemporalOptions.GetOptionsObject(optionsValue);
        var settings = DifferenceSettings.Get(since, options, UnitGroup.DateTime, TemporalUnit.Nanosecond, TemporalUnit.Day);
        if (value == other) return JsTemporalDuration.Create(realm, default);
        var d = RelativeDuration.DifferenceWithRounding(value, other, settings.LargestUnit, settings.Increment, settings.SmallestUnit, settings.Mode);
        return JsTemporalDuration.FromDifference(realm, since, d, settings.LargestUnit);
    }
}

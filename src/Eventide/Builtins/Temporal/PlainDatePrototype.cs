using Eventide.Runtime;

namespace Eventide.Builtins.Temporal;

/// <summary>3.3 Properties of the Temporal.PlainDate Prototype Object.</summary>
internal static class PlainDatePrototype
{
    private static IsoDate This(JsValue thisValue, string method) =>
        thisValue.AsObject is JsPlainDate d ? d.Date
            : throw JsException.TypeError($"Temporal.PlainDate.prototype.{method} called on an object that is not a Temporal.PlainDate");

    public static void Setup(Realm realm, JsObject proto)
    {
        CalendarGetters.Define(realm, proto, This);
        // 3.3.x Temporal.PlainDate.prototype.with ( temporalDateLike [ , options ] )
        realm.DefineMethod(proto, "with", 1, (t, args) =>
        {
            var date = This(t, "with");
            if (args.At(0).AsObject is not { } like) throw JsException.TypeError("with() requires an object");
            PlainDateConstructor.RejectTemporalLikeObject(like);
            var partial = CalendarFields.Prepare(like, FieldSet.Date, partial: true);
            var fields = CalendarFields.Merge(CalendarFields.FromDate(date, FieldSet.Date), partial);
            var overflow = TemporalOptions.GetOverflow(TemporalOptions.GetOptionsObject(args.At(1)));
            return JsPlainDate.Create(realm, CalendarFields.DateFromFields(fields, overflow));
        });
        // 3.3.x Temporal.PlainDate.prototype.withCalendar ( calendarLike )
        realm.DefineMethod(proto, "withCalendar", 1, (t, args) =>
        {
            var date = This(t, "withCalendar");
            if (args.At(0).IsUndefined) throw JsException.TypeError("withCalendar() requires a calendar");
            CalendarFields.ToCalendarIdentifier(args.At(0));
            return JsPlainDate.Create(realm, date);
        });
        // 3.3.x Temporal.PlainDate.prototype.add / subtract / until / since
        TemporalObject.DefineArithmetic(realm, proto, This, (v, duration, options, sign) => AddDuration(realm, v, duration, options, sign),
            (since, v, other, options) => Difference(realm, since, v, other, options));
        // 3.3.x Temporal.PlainDate.prototype.equals ( other )
        realm.DefineMethod(proto, "equals", 1, (t, args) =>
        {
            var date = This(t, "equals");
            return PlainDateConstructor.ToTemporalDate(args.At(0), JsValue.Undefined) == date;
        });
        // 3.3.x Temporal.PlainDate.prototype.toPlainDateTime ( [ temporalTime ] )
        realm.DefineMethod(proto, "toPlainDateTime", 0, (t, args) =>
        {
            var date = This(t, "toPlainDateTime");
            var time = args.At(0).IsUndefined ? default : PlainTimeConstructor.ToTemporalTime(args.At(0), JsValue.Undefined);
            return JsPlainDateTime.Create(realm, new IsoDateTime(date, time));
        });
        // 3.3.x Temporal.PlainDate.prototype.toZonedDateTime ( item )
        realm.DefineMethod(proto, "toZonedDateTime", 1, (t, args) =>
        {
            var date = This(t, "toZonedDateTime");
            var item = args.At(0);
            string timeZone;
            var temporalTime = JsValue.Undefined;
            if (item.AsObject is { } obj && obj is not JsZonedDateTime)
            {
                var timeZoneLike = obj.Get("timeZone");
                if (timeZoneLike.IsUndefined) timeZone = TimeZones.ToIdentifier(item);
                else
                {
                    timeZone = TimeZones.ToIdentifier(timeZoneLike);
                    temporalTime = obj.Get("plainTime");
                }
            }
            else timeZone = TimeZones.ToIdentifier(item);
            if (temporalTime.IsUndefined) return JsZonedDateTime.Create(realm, ZonedDateTimePrototype.StartOfDay(timeZone, date), timeZone);
            var local = new IsoDateTime(date, PlainTimeConstructor.ToTemporalTime(temporalTime, JsValue.Undefined));
            if (!local.WithinLimits()) throw JsException.RangeError("Date-time is outside the supported range");
            return JsZonedDateTime.Create(realm, TimeZones.EpochNanosecondsFor(timeZone, local, "compatible"), timeZone);
        });
        // 3.3.x Temporal.PlainDate.prototype.toPlainYearMonth ( ) / toPlainMonthDay ( )
        realm.DefineMethod(proto, "toPlainYearMonth", 0, (t, _) =>
            JsPlainYearMonth.Create(realm, CalendarFields.YearMonthFromFields(CalendarFields.FromDate(This(t, "toPlainYearMonth"), FieldSet.Date), Overflow.Constrain)));
        realm.DefineMethod(proto, "toPlainMonthDay", 0, (t, _) =>
            JsPlainMonthDay.Create(realm, CalendarFields.MonthDayFromFields(CalendarFields.FromDate(This(t, "toPlainMonthDay"), FieldSet.Date), Overflow.Constrain)));
        // 3.3.x Temporal.PlainDate.prototype.toString ( [ options ] ), toLocaleString, toJSON, valueOf
        TemporalObject.DefineCalendarStringMethods(realm, proto, "PlainDate", This,
            (date, show) => TemporalFormat.Date(date) + TemporalFormat.CalendarAnnotation(show), "toString or compare");
        TemporalObject.SetToStringTag(proto, "Temporal.PlainDate");
    }

    // 3.5.x AddDurationToDate
    private static JsValue AddDuration(Realm realm, IsoDate date, JsValue durationLike, JsValue optionsValue, int sign)
    {
        var duration = DurationConstructor.ToTemporalDuration(durationLike);
        if (sign < 0) duration = duration.Negated();
        var dateDuration = ToDateDurationWithoutTime(duration);
        var overflow = TemporalOptions.GetOverflow(TemporalOptions.GetOptionsObject(optionsValue));
        return JsPlainDate.Create(realm, date.Add(dateDuration, overflow));
    }

    // 7.5.x ToDateDurationRecordWithoutTime
    public static DateDuration ToDateDurationWithoutTime(in DurationRecord duration)
    {
        var internalDuration = DurationMath.ToInternalWith24HourDays(duration);
        return internalDuration.Date with { Days = (double)(internalDuration.Time / DurationMath.NsPerDay) };
    }

    // 3.5.x DifferenceTemporalPlainDate
    private static JsValue Difference(Realm realm, bool since, IsoDate date, JsValue otherValue, JsValue optionsValue)
    {
        var other = PlainDateConstructor.ToTemporalDate(otherValue, JsValue.Undefined);
        var options = TemporalOptions.GetOptionsObject(optionsValue);
        var settings = DifferenceSettings.Get(since, options, UnitGroup.Date, TemporalUnit.Day, TemporalUnit.Day);
        if (date == other) return JsTemporalDuration.Create(realm, default);
        var duration = new InternalDuration(date.Until(other, settings.LargestUnit), 0);
        if (settings.SmallestUnit != TemporalUnit.Day || settings.Increment != 1)
        {
            var start = new IsoDateTime(date, default);
            var destEpochNs = new IsoDateTime(other, default).EpochNanoseconds;
            duration = RelativeDuration.RoundRelativeDuration(duration, destEpochNs, RelativeOrigin.Plain(start), settings.LargestUnit, settings.Increment, settings.SmallestUnit, settings.Mode);
        }
        return JsTemporalDuration.FromDifference(realm, since, duration, TemporalUnit.Day);
    }
}

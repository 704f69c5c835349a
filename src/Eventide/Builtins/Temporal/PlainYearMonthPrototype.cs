using Eventide.Runtime;

namespace Eventide.Builtins.Temporal;

/// <summary>9.3 Properties of the Temporal.PlainYearMonth Prototype Object.</summary>
internal static class PlainYearMonthPrototype
{
    private static IsoDate This(JsValue thisValue, string method) =>
        thisValue.AsObject is JsPlainYearMonth ym ? ym.Date
            : throw JsException.TypeError($"Temporal.PlainYearMonth.prototype.{method} called on an object that is not a Temporal.PlainYearMonth");

    private const FieldSet YearMonthFields = FieldSet.Year | FieldSet.Month | FieldSet.MonthCode;

    public static void Setup(Realm realm, JsObject proto)
    {
        void Getter(string name, Func<IsoDate, JsValue> read) => realm.DefineGetter(proto, name, (t, _) => read(This(t, name)));
        Getter("calendarId", _ => "iso8601");
        Getter("era", _ => JsValue.Undefined);
        Getter("eraYear", _ => JsValue.Undefined);
        Getter("year", d => d.Year);
        Getter("month", d => d.Month);
        Getter("monthCode", d => TemporalFormat.MonthCode(d.Month));
        Getter("daysInYear", d => IsoDate.IsLeapYear(d.Year) ? 366 : 365);
        Getter("daysInMonth", d => IsoDate.DaysInMonth(d.Year, d.Month));
        Getter("monthsInYear", _ => 12);
        Getter("inLeapYear", d => IsoDate.IsLeapYear(d.Year));
        // 9.3.x Temporal.PlainYearMonth.prototype.with ( temporalYearMonthLike [ , options ] )
        realm.DefineMethod(proto, "with", 1, (t, args) =>
        {
            var date = This(t, "with");
            if (args.At(0).AsObject is not { } like) throw JsException.TypeError("with() requires an object");
            PlainDateConstructor.RejectTemporalLikeObject(like);
            var partial = CalendarFields.Prepare(like, YearMonthFields, partial: true);
            var fields = CalendarFields.Merge(CalendarFields.FromDate(date, YearMonthFields), partial);
            var overflow = TemporalOptions.GetOverflow(TemporalOptions.GetOptionsObject(args.At(1)));
            return JsPlainYearMonth.Create(realm, CalendarFields.YearMonthFromFields(fields, overflow));
        });
        // 9.3.x Temporal.PlainYearMonth.prototype.add / subtract / until / since
        TemporalObject.DefineArithmetic(realm, proto, This, (v, duration, options, sign) => AddDuration(realm, v, duration, options, sign),
            (since, v, other, options) => Difference(realm, since, v, other, options));
        realm.DefineMethod(proto, "equals", 1, (t, args) =>
        {
            var date = This(t, "equals");
            return PlainYearMonthConstructor.ToTemporalYearMonth(args.At(0), JsValue.Undefined) == date;
        });
        // 9.3.x Temporal.PlainYearMonth.prototype.toString ( [ options ] ), toLocaleString, toJSON, valueOf
        TemporalObject.DefineCalendarStringMethods(realm, proto, "PlainYearMonth", This, Format, "toString or compare");
        // 9.3.x Temporal.PlainYearMonth.prototype.toPlainDate ( item )
        TemporalObject.DefineToPlainDate(realm, proto, This, YearMonthFields, FieldSet.Day);
        TemporalObject.SetToStringTag(proto, "Temporal.PlainYearMonth");
    }

    // 9.5.x TemporalYearMonthToString
    private static string Format(IsoDate date, string showCalendar)
    {
        var text = $"{TemporalFormat.PadYear(date.Year)}-{date.Month:D2}";
        if (showCalendar is "always" or "critical") text += $"-{date.Day:D2}";
        return text + TemporalFormat.CalendarAnnotation(showCalendar);
    }

    // 9.5.x AddDurationToYearMonth
    private static JsValue AddDuration(Realm realm, IsoDate date, JsValue durationLike, JsValue optionsValue, int sign)
    {
        var duration = DurationConstructor.ToTemporalDuration(durationLike);
        if (sign < 0) duration = duration.Negated();
        var overflow = TemporalOptions.GetOverflow(TemporalOptions.GetOptionsObject(optionsValue));
        int durationSign = duration.Sign();
        // The month's first day must be a representable date (CalendarDateFromFields with day 1).
        RequireFirstDayWithinLimits(date.Year, date.Month);
        if (durationSign == 0) return JsPlainYearMonth.Create(realm, date);
        if (duration.Weeks != 0 || duration.Days != 0 || duration.TimeDuration != 0)
            throw JsException.RangeError("Only years and months can be added to a PlainYearMonth");
        var (y, m) = IsoDate.BalanceYearMonth(date.Year + duration.Years, date.Month + duration.Months);
        if (!IsoDate.YearMonthWithinLimits(y, m)) throw JsException.RangeError("Year-month is outside the supported range");
        var result = IsoDate.Regulate(y, m, 1, overflow);
        return JsPlainYearMonth.Create(realm, result);
    }

    private static void RequireFirstDayWithinLimits(long year, long month)
    {
        if (!IsoDate.WithinLimits(year, month, 1)) throw JsException.RangeError("Year-month is outside the supported range for arithmetic");
    }

    // 9.5.x DifferenceTemporalPlainYearMonth
    private static JsValue Difference(Realm realm, bool since, IsoDate date, JsValue otherValue, JsValue optionsValue)
    {
        var other = PlainYearMonthConstructor.ToTemporalYearMonth(otherValue, JsValue.Undefined);
        var options = TemporalOptions.GetOptionsObject(optionsValue);
        var settings = DifferenceSettings.Get(since, options, UnitGroup.Date, TemporalUnit.Month, TemporalUnit.Year);
        if (settings.LargestUnit is TemporalUnit.Week or TemporalUnit.Day || settings.SmallestUnit is TemporalUnit.Week or TemporalUnit.Day)
            throw JsException.RangeError("weeks and days are not valid units for a PlainYearMonth difference");
        if (date.CompareTo(other) == 0) return JsTemporalDuration.Create(realm, default);
        RequireFirstDayWithinLimits(date.Year, date.Month);
        RequireFirstDayWithinLimits(other.Year, other.Month);
        var thisDate = date with { Day = 1 };
        var otherDate = other with { Day = 1 };
        var diff = thisDate.Until(otherDate, settings.LargestUnit);
        var duration = new InternalDuration(new DateDuration(diff.Years, diff.Months, 0, 0), 0);
        if (settings.SmallestUnit != TemporalUnit.Month || settings.Increment != 1)
        {
            var destEpochNs = new IsoDateTime(otherDate, default).EpochNanoseconds;
            duration = RelativeDuration.RoundRelativeDuration(duration, destEpochNs, RelativeOrigin.Plain(new IsoDateTime(thisDate, default)),
                settings.LargestUnit, settings.Increment, settings.SmallestUnit, settings.Mode);
        }
        return JsTemporalDuration.FromDifference(realm, since, duration, TemporalUnit.Day);
    }
}

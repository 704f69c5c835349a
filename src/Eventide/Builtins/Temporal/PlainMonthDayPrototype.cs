using Eventide.Runtime;

namespace Eventide.Builtins.Temporal;

/// <summary>10.3 Properties of the Temporal.PlainMonthDay Prototype Object.</summary>
internal static class PlainMonthDayPrototype
{
    private static IsoDate This(JsValue thisValue, string method) =>
        thisValue.AsObject is JsPlainMonthDay md ? md.Date
            : throw JsException.TypeError($"Temporal.PlainMonthDay.prototype.{method} called on an object that is not a Temporal.PlainMonthDay");

    private const FieldSet MonthDayFields = FieldSet.MonthCode | FieldSet.Day;

    public static void Setup(Realm realm, JsObject proto)
    {
        realm.DefineGetter(proto, "calendarId", (t, _) => { This(t, "calendarId"); return "iso8601"; });
        realm.DefineGetter(proto, "monthCode", (t, _) => TemporalFormat.MonthCode(This(t, "monthCode").Month));
        realm.DefineGetter(proto, "day", (t, _) => This(t, "day").Day);
        // 10.3.x Temporal.PlainMonthDay.prototype.with ( temporalMonthDayLike [ , options ] )
        realm.DefineMethod(proto, "with", 1, (t, args) =>
        {
            var date = This(t, "with");
            if (args.At(0).AsObject is not { } like) throw JsException.TypeError("with() requires an object");
            PlainDateConstructor.RejectTemporalLikeObject(like);
            var partial = CalendarFields.Prepare(like, FieldSet.Date, partial: true);
            var fields = CalendarFields.Merge(CalendarFields.FromDate(date, MonthDayFields), partial);
            var overflow = TemporalOptions.GetOverflow(TemporalOptions.GetOptionsObject(args.At(1)));
            return JsPlainMonthDay.Create(realm, CalendarFields.MonthDayFromFields(fields, overflow));
        });
        realm.DefineMethod(proto, "equals", 1, (t, args) =>
        {
            var date = This(t, "equals");
            return PlainMonthDayConstructor.ToTemporalMonthDay(args.At(0), JsValue.Undefined) == date;
        });
        // 10.3.x Temporal.PlainMonthDay.prototype.toString ( [ options ] ), toLocaleString, toJSON, valueOf
        TemporalObject.DefineCalendarStringMethods(realm, proto, "PlainMonthDay", This, Format, "toString or equals");
        // 10.3.x Temporal.PlainMonthDay.prototype.toPlainDate ( item )
        TemporalObject.DefineToPlainDate(realm, proto, This, MonthDayFields, FieldSet.Year);
        TemporalObject.SetToStringTag(proto, "Temporal.PlainMonthDay");
    }

    // 10.5.x TemporalMonthDayToString
    private static string Format(IsoDate date, string showCalendar)
    {
        var text = $"{date.Month:D2}-{date.Day:D2}";
        if (showCalendar is "always" or "critical") text = TemporalFormat.PadYear(date.Year) + "-" + text;
        return text + TemporalFormat.CalendarAnnotation(showCalendar);
    }
}

using Eventide.Runtime;

namespace Eventide.Builtins.Temporal;

/// <summary>A zoned relativeTo: an instant and its time zone (the iso8601 calendar).</summary>
internal readonly record struct ZonedRelativeTo(Int128 EpochNs, string TimeZone);

/// <summary>7.5.x GetTemporalRelativeToOption: a plain date or a zoned date-time, or neither.</summary>
internal static class RelativeTo
{
    public static (IsoDate? Plain, ZonedRelativeTo? Zoned) Get(JsObject? options)
    {
        if (options is null) return (null, null);
        var value = options.Get("relativeTo");
        if (value.IsUndefined) return (null, null);
        if (value.AsObject is { } obj)
        {
            if (obj is JsZonedDateTime zdt) return (null, new ZonedRelativeTo(zdt.EpochNanoseconds, zdt.TimeZone));
            if (obj is JsPlainDate pd) return (pd.Date, null);
            if (obj is JsPlainDateTime pdt) return (pdt.Value.Date, null);
            CalendarFields.GetCalendarWithIsoDefault(obj);
            var fields = CalendarFields.Prepare(obj, FieldSet.Date | FieldSet.Time | FieldSet.Offset | FieldSet.TimeZone, partial: false);
            // InterpretTemporalDateTimeFields, without the date-time limits: midnight of the first day is a valid relativeTo.
            var local = new IsoDateTime(CalendarFields.DateFromFields(fields, Overflow.Constrain), CalendarFields.TimeFromFields(fields, Overflow.Constrain));
            if (fields.TimeZone is not { } timeZone) return (local.Date, null);
            bool hasOffset = fields.Offset is not null;
            long offsetNs = hasOffset ? IsoStringParser.ParseOffsetString(fields.Offset!, true)!.Value : 0;
            var ns = ZonedDateTimeConstructor.InterpretOffset(local, hasOffset ? "option" : "wall", offsetNs, timeZone, "compatible", "reject", matchMinutes: false);
            return (null, new ZonedRelativeTo(JsZonedDateTime.RequireValid(ns), timeZone));
        }
        if (!value.IsString) throw JsException.TypeError("relativeTo must be a string or an object");
        var parsed = IsoStringParser.Parse(value.String, IsoStringKind.RelativeTo);
        var isoDate = new IsoDate(parsed.Year, parsed.Month, parsed.Day);
        if (parsed.TimeZone is not null)
        {
            var timeZone = TimeZones.ToIdentifier(parsed.TimeZone);
            CalendarFields.FromParse(parsed);
            var behaviour = parsed.Z ? "exact" : parsed.Offset is null ? "wall" : "option";
            var ns = ZonedDateTimeConstructor.InterpretOffset(new IsoDateTime(isoDate, parsed.Time), behaviour, parsed.OffsetNs, timeZone, "compatible", "reject", matchMinutes: true);
            return (null, new ZonedRelativeTo(JsZonedDateTime.RequireValid(ns), timeZone));
        }
        CalendarFields.FromParse(parsed);
        return isoDate.WithinLimits() ? (isoDate, null) : throw JsException.RangeError("relativeTo is outside the supported range");
    }
}

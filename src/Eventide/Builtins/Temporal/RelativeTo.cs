using Eventide.Runtime;

namespace Eventide.Builtins.Temporal;

/// <summary>7.5.x GetTemporalRelativeToOption (plain dates; zoned relativeTo is not supported yet).</summary>
internal static class RelativeTo
{
    /// <summary>The relativeTo date, or null when absent.</summary>
    public static IsoDate? Get(JsObject? options)
    {
        if (options is null) return null;
        var value = options.Get("relativeTo");
        if (value.IsUndefined) return null;
        if (value.AsObject is { } obj)
        {
            if (obj is JsZonedDateTime) throw ZonedUnsupported();
            if (obj is JsPlainDate pd) return pd.Date;
            if (obj is JsPlainDateTime pdt) return pdt.Value.Date;
            CalendarFields.GetCalendarWithIsoDefault(obj);
            var fields = CalendarFields.Prepare(obj, FieldSet.Date | FieldSet.Time | FieldSet.Offset | FieldSet.TimeZone, partial: false);
            var date = CalendarFields.DateFromFields(fields, Overflow.Constrain);
            CalendarFields.TimeFromFields(fields, Overflow.Constrain);
            if (fields.TimeZone is not null) throw ZonedUnsupported();
            return date;
        }
        if (!value.IsString) throw JsException.TypeError("relativeTo must be a string or an object");
        var parsed = IsoStringParser.Parse(value.String, IsoStringKind.RelativeTo);
        CalendarFields.FromParse(parsed);
        if (parsed.TimeZone is not null) throw ZonedUnsupported();
        var isoDate = new IsoDate(parsed.Year, parsed.Month, parsed.Day);
        return isoDate.WithinLimits() ? isoDate : throw JsException.RangeError("relativeTo is outside the supported range");
    }

    private static JsException ZonedUnsupported() => JsException.RangeError("A zoned relativeTo is not supported yet");
}

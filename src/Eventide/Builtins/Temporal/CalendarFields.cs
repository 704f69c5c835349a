using Eventide.Runtime;

namespace Eventide.Builtins.Temporal;

/// <summary>Which fields PrepareCalendarFields reads.</summary>
[Flags]
internal enum FieldSet
{
    None = 0, Year = 1, Month = 2, MonthCode = 4, Day = 8, Time = 16, Offset = 32, TimeZone = 64,
    Date = Year | Month | MonthCode | Day,
}

/// <summary>The values read from a property bag (12.2.x Calendar Fields Record); null is ~unset~.</summary>
internal sealed class CalendarFieldValues
{
    public double? Year, Month, Day;
    public string? MonthCode;
    public double? Hour, Minute, Second, Millisecond, Microsecond, Nanosecond;
    public string? Offset;
    public string? TimeZone;

    public CalendarFieldValues Clone() => (CalendarFieldValues)MemberwiseClone();
}

/// <summary>12.2.x PrepareCalendarFields and the iso8601 field resolution (CalendarResolveFields).</summary>
internal static class CalendarFields
{
    private const string Iso8601 = "iso8601";

    /// <summary>The property names in the alphabetical order they are read.</summary>
    private static readonly (string Name, FieldSet Set)[] Order =
    [
        ("day", FieldSet.Day), ("hour", FieldSet.Time), ("microsecond", FieldSet.Time), ("millisecond", FieldSet.Time),
        ("minute", FieldSet.Time), ("month", FieldSet.Month), ("monthCode", FieldSet.MonthCode), ("nanosecond", FieldSet.Time),
        ("offset", FieldSet.Offset), ("second", FieldSet.Time), ("timeZone", FieldSet.TimeZone), ("year", FieldSet.Year),
    ];

    // 12.2.x PrepareCalendarFields (partial: requiredFieldNames is ~partial~)
    public static CalendarFieldValues Prepare(JsObject bag, FieldSet fields, bool partial)
    {
        var r = new CalendarFieldValues();
        bool any = false;
        foreach (var (name, set) in Order)
        {
            if ((fields & set) == 0) continue;
            var v = bag.Get(name);
            if (v.IsUndefined) continue;
            any = true;
            switch (name)
            {
                case "day": r.Day = ToPositiveInteger(v, name); break;
                case "month": r.Month = ToPositiveInteger(v, name); break;
                case "monthCode": r.MonthCode = ToMonthCode(v); break;
                case "year": r.Year = TemporalOptions.ToIntegerWithTruncation(v); break;
                case "hour": r.Hour = TemporalOptions.ToIntegerWithTruncation(v); break;
                case "minute": r.Minute = TemporalOptions.ToIntegerWithTruncation(v); break;
                case "second": r.Second = TemporalOptions.ToIntegerWithTruncation(v); break;
                case "millisecond": r.Millisecond = TemporalOptions.ToIntegerWithTruncation(v); break;
                case "microsecond": r.Microsecond = TemporalOptions.ToIntegerWithTruncation(v); break;
                case "nanosecond": r.Nanosecond = TemporalOptions.ToIntegerWithTruncation(v); break;
                case "offset": r.Offset = ToOffsetString(v); break;
                case "timeZone": r.TimeZone = TimeZones.ToIdentifier(v); break;
            }
        }
        if (partial && !any) throw JsException.TypeError("Object must have at least one recognized temporal property");
        return r;
    }

    private static double ToPositiveInteger(JsValue v, string name)
    {
        double n = TemporalOptions.ToIntegerWithTruncation(v);
        return n > 0 ? n : throw JsException.RangeError($"{name} must be a positive integer");
    }

    // 13.x ToMonthCode
    private static string ToMonthCode(JsValue v)
    {
        var p = Operations.ToPrimitive(v, "string");
        if (!p.IsString) throw JsException.TypeError("monthCode must be a string");
        var s = p.String;
        bool ok = s.Length is 3 or 4 && s[0] == 'M' && char.IsAsciiDigit(s[1]) && char.IsAsciiDigit(s[2])
            && (s.Length == 3 || s[3] == 'L') && !(s[1] == '0' && s[2] == '0' && s.Length == 3);
        return ok ? s : throw JsException.RangeError($"Invalid monthCode {s}");
    }

    // 13.x ToOffsetString
    private static string ToOffsetString(JsValue v)
    {
        var p = Operations.ToPrimitive(v, "string");
        if (!p.IsString) throw JsException.TypeError("offset must be a string");
        return IsoStringParser.ParseOffsetString(p.String, allowSubMinute: true) is null
            ? throw JsException.RangeError($"Invalid offset {p.String}") : p.String;
    }

    // 12.2.x ISODateToFields
    public static CalendarFieldValues FromDate(IsoDate date, FieldSet fields) => new()
    {
        Year = (fields & FieldSet.Year) != 0 ? date.Year : null,
        Month = (fields & FieldSet.Month) != 0 ? date.Month : null,
        MonthCode = (fields & FieldSet.MonthCode) != 0 ? TemporalFormat.MonthCode(date.Month) : null,
        Day = (fields & FieldSet.Day) != 0 ? date.Day : null,
    };

    /// <summary>12.2.x CalendarMergeFields for iso8601: a new month or monthCode replaces both.</summary>
    public static CalendarFieldValues Merge(CalendarFieldValues fields, CalendarFieldValues additional)
    {
        var merged = additional.Clone();
        merged.Year ??= fields.Year;
        merged.Day ??= fields.Day;
        if (additional.Month is null && additional.MonthCode is null)
        {
            merged.Month = fields.Month;
            merged.MonthCode = fields.MonthCode;
        }
        merged.Hour ??= fields.Hour;
        merged.Minute ??= fields.Minute;
        merged.Second ??= fields.Second;
        merged.Millisecond ??= fields.Millisecond;
        merged.Microsecond ??= fields.Microsecond;
        merged.Nanosecond ??= fields.Nanosecond;
        return merged;
    }

    // 12.2.x CalendarYearMonthFromFields (iso8601)
    public static IsoDate YearMonthFromFields(CalendarFieldValues f, Overflow overflow)
    {
        if (f.Year is null) throw JsException.TypeError("year is required");
        ResolveMonth(f);
        var date = IsoDate.Regulate(f.Year.Value, f.Month!.Value, 1, overflow);
        return IsoDate.YearMonthWithinLimits(date.Year, date.Month) ? date : throw JsException.RangeError("Year-month is outside the supported range");
    }

    // 12.2.x CalendarMonthDayFromFields (iso8601): the reference year is 1972.
    public static IsoDate MonthDayFromFields(CalendarFieldValues f, Overflow overflow)
    {
        if (f.Day is null) throw JsException.TypeError("day is required");
        ResolveMonth(f);
        double day = f.Day.Value;
        if (f.Year is { } year) day = IsoDate.Regulate(year, f.Month!.Value, day, overflow).Day;
        return IsoDate.Regulate(1972, f.Month!.Value, day, overflow);
    }

    /// <summary>12.2.x CalendarResolveFields for iso8601: month from monthCode, required fields present.</summary>
    public static void ResolveMonth(CalendarFieldValues f)
    {
        if (f.MonthCode is { } code)
        {
            if (code.Length == 4) throw JsException.RangeError($"monthCode {code} is not valid in the ISO 8601 calendar");
            int number = (code[1] - '0') * 10 + (code[2] - '0');
            if (number > 12) throw JsException.RangeError($"monthCode {code} is not valid in the ISO 8601 calendar");
            if (f.Month is { } m && m != number) throw JsException.RangeError("month and monthCode disagree");
            f.Month = number;
        }
        else if (f.Month is null) throw JsException.TypeError("month or monthCode is required");
    }

    // 12.2.x CalendarDateFromFields (iso8601)
    public static IsoDate DateFromFields(CalendarFieldValues f, Overflow overflow)
    {
        if (f.Year is null) throw JsException.TypeError("year is required");
        if (f.Day is null) throw JsException.TypeError("day is required");
        ResolveMonth(f);
        var date = IsoDate.Regulate(f.Year.Value, f.Month!.Value, f.Day.Value, overflow);
        if (!date.WithinLimits()) throw JsException.RangeError("Date is outside the supported range");
        return date;
    }

    // 4.5.x ToTemporalTimeRecord's defaults + RegulateTime
    public static IsoTime TimeFromFields(CalendarFieldValues f, Overflow overflow) => IsoTime.Regulate(
        f.Hour ?? 0, f.Minute ?? 0, f.Second ?? 0, f.Millisecond ?? 0, f.Microsecond ?? 0, f.Nanosecond ?? 0, overflow);

    // 12.1.x GetTemporalCalendarIdentifierWithISODefault
    public static string GetCalendarWithIsoDefault(JsObject item)
    {
        if (HasCalendar(item)) return Iso8601;
        var v = item.Get("calendar");
        return v.IsUndefined ? Iso8601 : ToCalendarIdentifier(v);
    }

    private static bool HasCalendar(JsObject o) => o is JsPlainDate or JsPlainDateTime or JsPlainYearMonth or JsPlainMonthDay or JsZonedDateTime;

    // 12.1.x ToTemporalCalendarIdentifier
    public static string ToCalendarIdentifier(JsValue v)
    {
        if (v.AsObject is { } o && HasCalendar(o)) return Iso8601;
        if (!v.IsString) throw JsException.TypeError("Calendar must be a string");
        var s = v.String;
        var parsed = IsoStringParser.TryParse(s, IsoStringKind.DateTime) ?? IsoStringParser.TryParse(s, IsoStringKind.ZonedDateTime)
            ?? IsoStringParser.TryParse(s, IsoStringKind.Instant) ?? IsoStringParser.TryParse(s, IsoStringKind.Time)
            ?? IsoStringParser.TryParse(s, IsoStringKind.YearMonth) ?? IsoStringParser.TryParse(s, IsoStringKind.MonthDay);
        return Canonicalize(parsed is null ? s : parsed.Calendar ?? Iso8601);
    }

    // 12.1.x CanonicalizeCalendar: only iso8601 is supported.
    public static string Canonicalize(string id) =>
        id.Equals(Iso8601, StringComparison.OrdinalIgnoreCase) ? Iso8601 : throw JsException.RangeError($"Unsupported calendar {id}");

    /// <summary>The calendar of a parsed string, canonicalized.</summary>
    public static string FromParse(IsoParseResult r) => Canonicalize(r.Calendar ?? Iso8601);
}

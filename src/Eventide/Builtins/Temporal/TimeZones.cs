using Eventide.Runtime;

namespace Eventide.Builtins.Temporal;

/// <summary>11 Time zone identifiers: UTC, fixed offsets and the host's IANA zones.</summary>
internal static class TimeZones
{
    // 11.1.x ToTemporalTimeZoneIdentifier
    public static string ToIdentifier(JsValue v)
    {
        if (v.AsObject is JsZonedDateTime zdt) return zdt.TimeZone;
        if (!v.IsString) throw JsException.TypeError("Time zone must be a string");
        var s = v.String;
        string id = s;
        if (!IsIdentifierShape(s))
        {
            var parsed = IsoStringParser.TryParse(s, IsoStringKind.ZonedDateTime) ?? IsoStringParser.TryParse(s, IsoStringKind.Instant)
                ?? throw JsException.RangeError($"Invalid time zone {s}");
            id = parsed.TimeZone ?? (parsed.Z ? "UTC" : parsed.Offset ?? throw JsException.RangeError($"Invalid time zone {s}"));
            if (parsed.TimeZone is null && parsed.Offset is not null && IsoStringParser.ParseOffsetString(id, false) is null)
                throw JsException.RangeError($"Invalid time zone {s}");
        }
        return Canonical(id) ?? throw JsException.RangeError($"Unknown time zone {s}");
    }

    private static bool IsIdentifierShape(string s) =>
        s.Length > 0 && !s.Contains('[') && (s[0] is '+' or '-' ? IsoStringParser.ParseOffsetString(s, false) is not null : !char.IsAsciiDigit(s[0]));

    /// <summary>The canonical (case-normalized) identifier, or null when unknown.</summary>
    public static string? Canonical(string id)
    {
        if (id[0] is '+' or '-')
        {
            if (IsoStringParser.ParseOffsetString(id, false) is not { } ns) return null;
            return FormatOffset(ns);
        }
        if (id.Equals("UTC", StringComparison.OrdinalIgnoreCase)) return "UTC";
        if (id.Equals("Etc/UTC", StringComparison.OrdinalIgnoreCase)) return "Etc/UTC";
        if (id.Equals("Etc/GMT", StringComparison.OrdinalIgnoreCase)) return "Etc/GMT";
        return TimeZoneInfo.TryFindSystemTimeZoneById(id, out var tz) ? tz.Id : null;
    }

    /// <summary>±HH:MM for a whole-minute offset (11.1.x FormatOffsetTimeZoneIdentifier).</summary>
    public static string FormatOffset(long ns)
    {
        long minutes = Math.Abs(ns) / 60_000_000_000;
        return $"{(ns < 0 ? '-' : '+')}{minutes / 60:D2}:{minutes % 60:D2}";
    }

    // 11.1.x GetOffsetNanosecondsFor
    public static long OffsetNanoseconds(string id, Int128 epochNs)
    {
        if (id[0] is '+' or '-') return IsoStringParser.ParseOffsetString(id, false)!.Value;
        if (id is "UTC" or "Etc/UTC" or "Etc/GMT") return 0;
        if (!TimeZoneInfo.TryFindSystemTimeZoneById(id, out var tz)) return 0;
        // TimeZoneInfo covers years 1..9999; outside that the nearest rule applies.
        long ms = (long)(epochNs / 1_000_000);
        ms = Math.Clamp(ms, -62135596800000 + 86_400_000, 253402300799000 - 86_400_000);
        return (long)tz.GetUtcOffset(DateTimeOffset.FromUnixTimeMilliseconds(ms)).TotalSeconds * 1_000_000_000;
    }

    // 11.1.x GetISODateTimeFor
    public static IsoDateTime IsoDateTimeFor(string id, Int128 epochNs)
    {
        var local = epochNs + OffsetNanoseconds(id, epochNs);
        var days = local / IsoTime.NsPerDay;
        var rem = local % IsoTime.NsPerDay;
        if (rem < 0) { rem += IsoTime.NsPerDay; days--; }
        return new IsoDateTime(IsoDate.FromEpochDays((long)days), IsoTime.FromNanoseconds((long)rem));
    }

    // 13.x FormatDateTimeUTCOffsetRounded: ±HH:MM, rounded to the minute.
    public static string FormatOffsetRounded(long ns) =>
        FormatOffset((long)Rounding.RoundToIncrement(ns, 60_000_000_000, RoundingMode.HalfExpand));

    /// <summary>The host's time zone (11.1.x SystemTimeZoneIdentifier); UTC when it has no IANA name.</summary>
    public static string SystemTimeZone()
    {
        var id = TimeZoneInfo.Local.Id;
        return id.Contains('/') || id == "UTC" ? Canonical(id) ?? "UTC" : "UTC";
    }

    /// <summary>11.1.x ParseTimeZoneIdentifier + canonicalization for the ZonedDateTime constructor: no ISO strings.</summary>
    public static string ParseIdentifier(string id) =>
        (id.Length > 0 && (id[0] is '+' or '-' || !char.IsAsciiDigit(id[0])) && !id.Contains('[') ? Canonical(id) : null)
            ?? throw JsException.RangeError($"Invalid time zone {id}");

    // 11.1.x GetPossibleEpochNanoseconds
    public static List<Int128> PossibleEpochNanoseconds(string id, IsoDateTime local)
    {
        var utc = local.EpochNanoseconds;
        var result = new List<Int128>(2);
        if (id[0] is '+' or '-' || id is "UTC" or "Etc/UTC" or "Etc/GMT") result.Add(utc - OffsetNanoseconds(id, utc));
        else
        {
            // The offsets in force a day either side bound the candidates; keep those that map back to local.
            foreach (var offset in new[] { OffsetNanoseconds(id, utc - IsoTime.NsPerDay), OffsetNanoseconds(id, utc + IsoTime.NsPerDay) })
            {
                var candidate = utc - offset;
                if (OffsetNanoseconds(id, candidate) == offset && !result.Contains(candidate)) result.Add(candidate);
            }
            result.Sort();
        }
        foreach (var ns in result)
            if (!JsInstant.IsValid(ns)) throw JsException.RangeError("Date-time is outside the supported range");
        return result;
    }

    // 11.1.x DisambiguatePossibleEpochNanoseconds / GetEpochNanosecondsFor
    public static Int128 EpochNanosecondsFor(string id, IsoDateTime local, string disambiguation)
    {
        var possible = PossibleEpochNanoseconds(id, local);
        return Disambiguate(possible, id, local, disambiguation);
    }

    public static Int128 Disambiguate(List<Int128> possible, string id, IsoDateTime local, string disambiguation)
    {
        if (possible.Count == 1) return possible[0];
        if (possible.Count > 1)
            return disambiguation switch
            {
                "earlier" or "compatible" => possible[0],
                "later" => possible[^1],
                _ => throw JsException.RangeError("The wall-clock time is ambiguous in this time zone"),
            };
        if (disambiguation == "reject") throw JsException.RangeError("The wall-clock time does not exist in this time zone");
        var utc = local.EpochNanoseconds;
        long before = OffsetNanoseconds(id, utc - IsoTime.NsPerDay);
        long after = OffsetNanoseconds(id, utc + IsoTime.NsPerDay);
        long gap = after - before;
        if (disambiguation == "earlier") return PossibleEpochNanoseconds(id, local.AddTime(-gap))[0];
        return PossibleEpochNanoseconds(id, local.AddTime(gap))[^1];
    }

    // 11.1.x TimeZoneEquals: identifiers are canonical here, so equal zones have equal names up to case.
    public static bool Equal(string a, string b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);

    /// <summary>13.x FormatUTCOffsetNanoseconds: ±HH:MM, with seconds and a fraction only when present.</summary>
    public static string FormatOffsetNanoseconds(long ns)
    {
        var abs = Math.Abs(ns);
        long h = abs / 3_600_000_000_000, m = abs / 60_000_000_000 % 60, s = abs / 1_000_000_000 % 60, sub = abs % 1_000_000_000;
        var text = $"{(ns < 0 ? '-' : '+')}{h:D2}:{m:D2}";
        if (s != 0 || sub != 0) text += $":{s:D2}{DurationMath.FormatFractionalSeconds(sub, -1)}";
        return text;
    }
}

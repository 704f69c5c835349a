using Eventide.Runtime;

namespace Eventide.Builtins.Temporal;

/// <summary>What a parsed ISO 8601 / RFC 9557 string held (13.x ParseISODateTime's record).</summary>
internal sealed class IsoParseResult
{
    public int Year;
    public int Month = 1;
    public int Day = 1;
    public bool HasDate;
    public bool HasTime;
    public IsoTime Time;
    public bool Z;
    public string? Offset;
    /// <summary>Offset nanoseconds when <see cref="Offset"/> is present.</summary>
    public long OffsetNs;
    public string? TimeZone;
    public string? Calendar;
}

/// <summary>The kinds of string a Temporal type accepts (the goal symbols of the spec's grammar).</summary>
internal enum IsoStringKind { DateTime, ZonedDateTime, RelativeTo, Instant, Time, YearMonth, MonthDay }

/// <summary>13.x ParseISODateTime and friends over the grammar of ISO 8601 with RFC 9557 annotations.</summary>
internal ref struct IsoStringParser
{
    private readonly string _s;
    private int _i;

    private IsoStringParser(string s) { _s = s; _i = 0; }

    public static IsoParseResult Parse(string s, IsoStringKind kind) =>
        TryParse(s, kind) ?? throw JsException.RangeError($"Invalid ISO 8601 string: {s}");

    public static IsoParseResult? TryParse(string s, IsoStringKind kind)
    {
        var result = kind switch
        {
            IsoStringKind.Time => new IsoStringParser(s).ParseTime(),
            IsoStringKind.YearMonth => new IsoStringParser(s).ParseYearMonth() ?? new IsoStringParser(s).ParseDateTime(false, false),
            IsoStringKind.MonthDay => new IsoStringParser(s).ParseMonthDay() ?? new IsoStringParser(s).ParseDateTime(false, false),
            IsoStringKind.ZonedDateTime => new IsoStringParser(s).ParseDateTime(true, true),
            IsoStringKind.Instant => new IsoStringParser(s).ParseDateTime(true, false),
            IsoStringKind.RelativeTo => new IsoStringParser(s).ParseDateTime(true, false),
            _ => new IsoStringParser(s).ParseDateTime(false, false),
        };
        if (result is null) return null;
        if (kind == IsoStringKind.Instant && !result.Z && result.Offset is null) return null;
        if (kind == IsoStringKind.Instant && !result.HasTime) return null;
        if (kind == IsoStringKind.ZonedDateTime && result.TimeZone is null) return null;
        if (kind == IsoStringKind.RelativeTo && result.Z && result.TimeZone is null) return null;
        if (result.HasDate && !IsoDate.IsValid(result.Year, result.Month, result.Day)) throw JsException.RangeError($"Invalid ISO date in {s}");
        return result;
    }

    private bool AtEnd => _i >= _s.Length;
    private char Peek => _i < _s.Length ? _s[_i] : '\0';

    private bool Eat(char c)
    {
        if (Peek != c) return false;
        _i++;
        return true;
    }

    private int Digits(int count)
    {
        if (_i + count > _s.Length) return -1;
        int v = 0;
        for (int k = 0; k < count; k++)
        {
            char c = _s[_i + k];
            if (c is < '0' or > '9') return -1;
            v = v * 10 + (c - '0');
        }
        _i += count;
        return v;
    }

    private IsoParseResult? ParseDateTime(bool allowZ, bool requireZone)
    {
        var r = new IsoParseResult();
        if (!ParseDate(r)) return null;
        if (Peek is 'T' or 't' or ' ')
        {
            _i++;
            if (!ParseTimeOfDay(r)) return null;
            if (!ParseOffset(r, allowZ)) return null;
        }
        if (!ParseAnnotations(r)) return null;
        if (requireZone && r.TimeZone is null) return null;
        return AtEnd ? r : null;
    }

    private IsoParseResult? ParseTime()
    {
        var r = new IsoParseResult();
        bool designator = Peek is 'T' or 't';
        if (designator) _i++;
        int start = _i;
        if (!designator)
        {
            // A full date-time with its time is also a time string.
            var full = new IsoStringParser(_s).ParseDateTime(false, false);
            if (full is not null) return full.HasTime ? full : null;
        }
        if (!ParseTimeOfDay(r) || !ParseOffset(r, false) || !ParseAnnotations(r) || !AtEnd) return null;
        if (!designator)
        {
            // Ambiguous with a year-month or month-day: those need the T.
            var body = _s[start..];
            int bracket = body.IndexOf('[');
            if (bracket >= 0) body = body[..bracket];
            if (new IsoStringParser(body).ParseYearMonth() is { } ym && IsoDate.IsValid(ym.Year, ym.Month, 1)) return null;
            if (new IsoStringParser(body).ParseMonthDay() is { } md && IsoDate.IsValid(1972, md.Month, md.Day)) return null;
        }
        return r;
    }

    private IsoParseResult? ParseYearMonth()
    {
        var r = new IsoParseResult { HasDate = true };
        if (!ParseYear(r)) return null;
        Eat('-');
        if ((r.Month = Digits(2)) < 0 || !ParseAnnotations(r) || !AtEnd) return null;
        return r;
    }

    private IsoParseResult? ParseMonthDay()
    {
        var r = new IsoParseResult { HasDate = true, Year = 1972 };
        if (Eat('-') && !Eat('-')) return null;
        if ((r.Month = Digits(2)) < 0) return null;
        Eat('-');
        if ((r.Day = Digits(2)) < 0 || !ParseAnnotations(r) || !AtEnd) return null;
        return r;
    }

    private bool ParseYear(IsoParseResult r)
    {
        if (Peek is '+' or '-')
        {
            bool negative = _s[_i++] == '-';
            int y = Digits(6);
            if (y < 0 || (negative && y == 0)) return false;
            r.Year = negative ? -y : y;
            return true;
        }
        return (r.Year = Digits(4)) >= 0;
    }

    private bool ParseDate(IsoParseResult r)
    {
        r.HasDate = true;
        if (!ParseYear(r)) return false;
        bool extended = Eat('-');
        if ((r.Month = Digits(2)) < 0) return false;
        if (extended != Eat('-')) return false;
        return (r.Day = Digits(2)) >= 0;
    }

    private bool ParseTimeOfDay(IsoParseResult r)
    {
        r.HasTime = true;
        int h = Digits(2), m = 0, sec = 0;
        if (h is < 0 or > 23) return false;
        long fraction = 0;
        bool extended = Eat(':');
        if (extended || Peek is >= '0' and <= '9')
        {
            if ((m = Digits(2)) is < 0 or > 59) return false;
            bool more = extended ? Eat(':') : Peek is >= '0' and <= '9';
            if (more)
            {
                if ((sec = Digits(2)) is < 0 or > 60) return false;
                if (sec == 60) sec = 59;
                if (Peek is '.' or ',')
                {
                    _i++;
                    if ((fraction = Fraction()) < 0) return false;
                }
            }
        }
        r.Time = new IsoTime(h, m, sec, (int)(fraction / 1_000_000), (int)(fraction / 1000 % 1000), (int)(fraction % 1000));
        return true;
    }

    /// <summary>1 to 9 fraction digits as nanoseconds; -1 when malformed.</summary>
    private long Fraction()
    {
        int start = _i;
        while (_i < _s.Length && _s[_i] is >= '0' and <= '9') _i++;
        int n = _i - start;
        if (n is 0 or > 9) return -1;
        return long.Parse(_s.AsSpan(start, n)) * (long)Math.Pow(10, 9 - n);
    }

    private bool ParseOffset(IsoParseResult r, bool allowZ)
    {
        if (Peek is 'Z' or 'z')
        {
            if (!allowZ) return false;
            _i++;
            r.Z = true;
            return true;
        }
        if (Peek is not ('+' or '-')) return true;
        int start = _i;
        if (ParseUtcOffset(allowSubMinute: true) is not { } ns) return false;
        r.Offset = _s[start.._i];
        r.OffsetNs = ns;
        return true;
    }

    /// <summary>±HH[:MM[:SS[.fff]]] (or the basic format) as nanoseconds.</summary>
    private long? ParseUtcOffset(bool allowSubMinute)
    {
        int sign = _s[_i++] == '-' ? -1 : 1;
        int h = Digits(2), m = 0, sec = 0;
        if (h is < 0 or > 23) return null;
        long fraction = 0;
        bool extended = Eat(':');
        if (extended || Peek is >= '0' and <= '9')
        {
            if ((m = Digits(2)) is < 0 or > 59) return null;
            bool more = extended ? Eat(':') : Peek is >= '0' and <= '9';
            if (more)
            {
                if (!allowSubMinute || (sec = Digits(2)) is < 0 or > 59) return null;
                if (Peek is '.' or ',')
                {
                    _i++;
                    if ((fraction = Fraction()) < 0) return null;
                }
            }
        }
        return sign * ((h * 3600L + m * 60 + sec) * 1_000_000_000 + fraction);
    }

    private bool ParseAnnotations(IsoParseResult r)
    {
        bool first = true, calendarCritical = false;
        int calendars = 0;
        while (Peek == '[')
        {
            int close = _s.IndexOf(']', _i);
            if (close < 0) return false;
            var content = _s[(_i + 1)..close];
            _i = close + 1;
            bool critical = content.StartsWith('!');
            if (critical) content = content[1..];
            int eq = content.IndexOf('=');
            if (eq < 0)
            {
                if (!first || !IsTimeZoneIdentifier(content)) return false;
                r.TimeZone = content;
            }
            else
            {
                var key = content[..eq];
                var value = content[(eq + 1)..];
                if (!IsAnnotationKey(key) || !IsAnnotationValue(value)) return false;
                if (key == "u-ca")
                {
                    if (calendars++ == 0) r.Calendar = value;
                    calendarCritical |= critical;
                }
                else if (critical) throw JsException.RangeError($"Unknown critical annotation [!{key}={value}]");
            }
            first = false;
        }
        if (calendars > 1 && calendarCritical) throw JsException.RangeError("Multiple calendar annotations with a critical flag");
        return true;
    }

    private static bool IsAnnotationKey(string key)
    {
        if (key.Length == 0 || !(key[0] is (>= 'a' and <= 'z') or '_')) return false;
        foreach (char c in key)
            if (!(c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '_' or '-')) return false;
        return true;
    }

    private static bool IsAnnotationValue(string value)
    {
        foreach (var part in value.Split('-'))
        {
            if (part.Length == 0) return false;
            foreach (char c in part)
                if (!char.IsAsciiLetterOrDigit(c)) return false;
        }
        return true;
    }

    private static bool IsTimeZoneIdentifier(string id)
    {
        if (id.Length == 0) return false;
        if (id[0] is '+' or '-')
        {
            var p = new IsoStringParser(id);
            return p.ParseUtcOffset(allowSubMinute: false) is not null && p.AtEnd;
        }
        foreach (var part in id.Split('/'))
        {
            if (part.Length == 0 || part is "." or ".." || char.IsAsciiDigit(part[0]) && !id.StartsWith("Etc/", StringComparison.OrdinalIgnoreCase)) return false;
            foreach (char c in part)
                if (!(char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '-' or '+')) return false;
        }
        return true;
    }

    /// <summary>Parses a whole UTC offset string (the time zone form: no seconds) as nanoseconds, or null.</summary>
    public static long? ParseOffsetString(string s, bool allowSubMinute)
    {
        if (s.Length == 0 || s[0] is not ('+' or '-')) return null;
        var p = new IsoStringParser(s);
        var ns = p.ParseUtcOffset(allowSubMinute);
        return p.AtEnd ? ns : null;
    }
}

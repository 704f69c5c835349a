namespace Eventide.Builtins;

/// <summary>21.4.1 Overview of Date Objects and Definitions of Abstract Operations: time values in ms since the epoch (UTC).</summary>
internal static class DateMath
{
    public const double MsPerSecond = 1000, MsPerMinute = 60000, MsPerHour = 3600000, MsPerDay = 86400000;

    private static double Mod(double a, double b)
    {
        double r = a % b;
        return r < 0 ? r + b : r;
    }

    public static double Day(double t) => Math.Floor(t / MsPerDay);
    public static double TimeWithinDay(double t) => Mod(t, MsPerDay);

    public static double DaysInYear(double y) =>
        y % 4 != 0 ? 365 : y % 100 != 0 ? 366 : y % 400 != 0 ? 365 : 366;

    public static double DayFromYear(double y) =>
        365 * (y - 1970) + Math.Floor((y - 1969) / 4) - Math.Floor((y - 1901) / 100) + Math.Floor((y - 1601) / 400);

    public static double TimeFromYear(double y) => MsPerDay * DayFromYear(y);

    public static double YearFromTime(double t)
    {
        double y = Math.Floor(t / (MsPerDay * 365.2425)) + 1970;
        while (TimeFromYear(y) > t) y--;
        while (TimeFromYear(y + 1) <= t) y++;
        return y;
    }

    public static bool InLeapYear(double t) => DaysInYear(YearFromTime(t)) == 366;

    private static readonly int[] CumulativeDays = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334, 365];

    private static double DayOfMonthStart(int month, bool leap) => CumulativeDays[month] + (leap && month >= 2 ? 1 : 0);

    public static double MonthFromTime(double t)
    {
        double y = YearFromTime(t);
        double dayInYear = Day(t) - DayFromYear(y);
        bool leap = DaysInYear(y) == 366;
        int m = 0;
        while (m < 11 && dayInYear >= DayOfMonthStart(m + 1, leap)) m++;
        return m;
    }

    public static double DateFromTime(double t)
    {
        double y = YearFromTime(t);
        double dayInYear = Day(t) - DayFromYear(y);
        bool leap = DaysInYear(y) == 366;
        int m = (int)MonthFromTime(t);
        return dayInYear - DayOfMonthStart(m, leap) + 1;
    }

    public static double WeekDay(double t) => Mod(Day(t) + 4, 7);
    public static double HourFromTime(double t) => Mod(Math.Floor(t / MsPerHour), 24);
    public static double MinFromTime(double t) => Mod(Math.Floor(t / MsPerMinute), 60);
    public static double SecFromTime(double t) => Mod(Math.Floor(t / MsPerSecond), 60);
    public static double MsFromTime(double t) => Mod(t, MsPerSecond);

    private static double ToInteger(double d) => double.IsNaN(d) ? 0 : Math.Truncate(d) + 0.0;

    /// <summary>21.4.1.27 MakeTime ( hour, min, sec, ms )</summary>
    public static double MakeTime(double hour, double min, double sec, double ms)
    {
        if (!double.IsFinite(hour) || !double.IsFinite(min) || !double.IsFinite(sec) || !double.IsFinite(ms)) return double.NaN;
        return ToInteger(hour) * MsPerHour + ToInteger(min) * MsPerMinute + ToInteger(sec) * MsPerSecond + ToInteger(ms);
    }

    /// <summary>21.4.1.28 MakeDay ( year, month, date )</summary>
    public static double MakeDay(double year, double month, double date)
    {
        if (!double.IsFinite(year) || !double.IsFinite(month) || !double.IsFinite(date)) return double.NaN;
        double y = ToInteger(year), m = ToInteger(month), dt = ToInteger(date);
        double ym = y + Math.Floor(m / 12);
        if (!double.IsFinite(ym) || Math.Abs(ym) > 400000) return double.NaN;
        int mn = (int)Mod(m, 12);
        double day = DayFromYear(ym) + DayOfMonthStart(mn, DaysInYear(ym) == 366);
        return day + dt - 1;
    }

    /// <summary>21.4.1.29 MakeDate ( day, time )</summary>
    public static double MakeDate(double day, double time)
    {
        if (!double.IsFinite(day) || !double.IsFinite(time)) return double.NaN;
        double tv = day * MsPerDay + time;
        return double.IsFinite(tv) ? tv : double.NaN;
    }

    /// <summary>21.4.1.31 TimeClip ( time )</summary>
    public static double TimeClip(double time)
    {
        if (!double.IsFinite(time) || Math.Abs(time) > 8.64e15) return double.NaN;
        return Math.Truncate(time) + 0.0;
    }

    // ------------------------------------------------------ local time zone ----

    private static readonly DateTime Epoch = new(1970, 1, 1, 0, 0, 0, DateTimeKind.Utc);
    private static readonly double MinDateTimeMs = (DateTime.MinValue - Epoch).TotalMilliseconds + MsPerDay;
    private static readonly double MaxDateTimeMs = (DateTime.MaxValue - Epoch).TotalMilliseconds - MsPerDay;

    private static TimeZoneInfo Zone => TimeZoneInfo.Local;

    private static DateTime ToDateTime(double t, DateTimeKind kind) =>
        DateTime.SpecifyKind(Epoch.AddMilliseconds(Math.Clamp(t, MinDateTimeMs, MaxDateTimeMs)), kind);

    /// <summary>The local zone's offset from UTC in ms at UTC time t (21.4.1.20 + 21.4.1.25).</summary>
    public static double OffsetAtUtc(double t)
    {
        var zone = Zone;
        if (zone.BaseUtcOffset == TimeSpan.Zero && !zone.SupportsDaylightSavingTime) return 0;
        return zone.GetUtcOffset(ToDateTime(t, DateTimeKind.Utc)).TotalMilliseconds;
    }

    /// <summary>21.4.1.25 LocalTime ( t )</summary>
    public static double LocalTime(double t) => t + OffsetAtUtc(t);

    /// <summary>21.4.1.26 UTC ( t ): t is a local time.</summary>
    public static double Utc(double t)
    {
        if (!double.IsFinite(t)) return double.NaN;
        var zone = Zone;
        if (zone.BaseUtcOffset == TimeSpan.Zero && !zone.SupportsDaylightSavingTime) return t;
        var local = ToDateTime(t, DateTimeKind.Unspecified);
        TimeSpan offset = zone.IsInvalidTime(local) ? zone.GetUtcOffset(local.AddHours(-1)) : zone.GetUtcOffset(local);
        return t - offset.TotalMilliseconds;
    }

    /// <summary>The zone's name for the time, as V8 prints it in parentheses: "Coordinated Universal Time".</summary>
    public static string ZoneName(double utc)
    {
        var zone = Zone;
        bool dst = zone.SupportsDaylightSavingTime && zone.IsDaylightSavingTime(ToDateTime(utc, DateTimeKind.Utc));
        string name = dst ? zone.DaylightName : zone.StandardName;
        return name is "UTC" or "Etc/UTC" or "" ? "Coordinated Universal Time" : name;
    }
}

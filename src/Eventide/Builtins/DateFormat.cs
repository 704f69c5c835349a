using System.Globalization;
using System.Text;

namespace Eventide.Builtins;

/// <summary>21.4.4.41 Date.prototype.toString and friends, in V8's exact format.</summary>
internal static class DateFormat
{
    private static readonly string[] DayNames = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
    private static readonly string[] MonthNames = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

    private static string Two(double v) => ((int)v).ToString("D2", CultureInfo.InvariantCulture);

    /// <summary>Years as V8 prints them in toString/toUTCString: at least 4 digits, "-" for negative.</summary>
    private static string Year(double y) => y >= 0
        ? ((long)y).ToString("D4", CultureInfo.InvariantCulture)
        : "-" + ((long)-y).ToString("D4", CultureInfo.InvariantCulture);

    /// <summary>21.4.4.41.2 DateString ( tv ): "Tue Nov 25 2026" (tv is local time).</summary>
    public static string DateString(double tv) =>
        $"{DayNames[(int)DateMath.WeekDay(tv)]} {MonthNames[(int)DateMath.MonthFromTime(tv)]} {Two(DateMath.DateFromTime(tv))} {Year(DateMath.YearFromTime(tv))}";

    /// <summary>21.4.4.41.1 TimeString ( tv ): "06:20:00".</summary>
    public static string TimeString(double tv) =>
        $"{Two(DateMath.HourFromTime(tv))}:{Two(DateMath.MinFromTime(tv))}:{Two(DateMath.SecFromTime(tv))}";

    /// <summary>21.4.4.41.3 TimeZoneString ( tv ): "GMT+0100 (Central European Standard Time)" (tv is UTC).</summary>
    public static string TimeZoneString(double tv)
    {
        double offset = DateMath.OffsetAtUtc(tv);
        double abs = Math.Abs(offset);
        string sign = offset >= 0 ? "+" : "-";
        return $"GMT{sign}{Two(Math.Floor(abs / DateMath.MsPerHour))}{Two(DateMath.MinFromTime(abs))} ({DateMath.ZoneName(tv)})";
    }

    /// <summary>21.4.4.41.4 ToDateString ( tv )</summary>
    public static string ToDateString(double tv)
    {
        if (double.IsNaN(tv)) return "Invalid Date";
        double t = DateMath.LocalTime(tv);
        return $"{DateString(t)} {TimeString(t)} {TimeZoneString(tv)}";
    }

    public static string ToUtcString(double tv)
    {
        if (double.IsNaN(tv)) return "Invalid Date";
        return $"{DayNames[(int)DateMath.WeekDay(tv)]}, {Two(DateMath.DateFromTime(tv))} {MonthNames[(int)DateMath.MonthFromTime(tv)]} {Year(DateMath.YearFromTime(tv))} {TimeString(tv)} GMT";
    }

    /// <summary>21.4.4.36 toISOString: "2026-11-25T06:20:00.000Z", expanded years as ±YYYYYY.</summary>
    public static string ToIsoString(double tv)
    {
        double y = DateMath.YearFromTime(tv);
        string year = y >= 0 && y <= 9999
            ? ((int)y).ToString("D4", CultureInfo.InvariantCulture)
            : (y < 0 ? "-" : "+") + ((long)Math.Abs(y)).ToString("D6", CultureInfo.InvariantCulture);
        return $"{year}-{Two(DateMath.MonthFromTime(tv) + 1)}-{Two(DateMath.DateFromTime(tv))}T{TimeString(tv)}.{((int)DateMath.MsFromTime(tv)).ToString("D3", CultureInfo.InvariantCulture)}Z";
    }

    /// <summary>toLocaleDateString in node's default locale (en-US): "6/15/2020".</summary>
    public static string LocaleDate(double local) =>
        $"{DateMath.MonthFromTime(local) + 1}/{DateMath.DateFromTime(local)}/{LocaleYear(DateMath.YearFromTime(local))}";

    private static string LocaleYear(double y) => y > 0 ? y.ToString(CultureInfo.InvariantCulture) : (1 - y).ToString(CultureInfo.InvariantCulture);

    /// <summary>toLocaleTimeString in en-US: "1:04:05 PM".</summary>
    public static string LocaleTime(double local)
    {
        int h = (int)DateMath.HourFromTime(local);
        int h12 = h % 12 == 0 ? 12 : h % 12;
        return $"{h12}:{Two(DateMath.MinFromTime(local))}:{Two(DateMath.SecFromTime(local))} {(h < 12 ? "AM" : "PM")}";
    }
}

using Eventide.Runtime;

namespace Eventide.Builtins.Temporal;

/// <summary>The string forms Temporal values print (3.5.x TemporalDateToString and its pieces).</summary>
internal static class TemporalFormat
{
    private static readonly string[] ShowCalendarValues = ["auto", "always", "never", "critical"];

    // 13.x GetTemporalShowCalendarNameOption
    public static string GetShowCalendar(JsObject? options) =>
        TemporalOptions.GetStringOption(options, "calendarName", ShowCalendarValues) ?? "auto";

    // 3.5.x PadISOYear
    public static string PadYear(int year) =>
        year is >= 0 and <= 9999 ? year.ToString("D4") : (year < 0 ? "-" : "+") + Math.Abs(year).ToString("D6");

    public static string Date(IsoDate d) => $"{PadYear(d.Year)}-{d.Month:D2}-{d.Day:D2}";

    // 12.x FormatCalendarAnnotation (iso8601 only)
    public static string CalendarAnnotation(string showCalendar) => showCalendar switch
    {
        "always" => "[u-ca=iso8601]",
        "critical" => "[!u-ca=iso8601]",
        _ => "",
    };

    public static string MonthCode(int month) => $"M{month:D2}";
}

using Eventide.Runtime;

namespace Eventide.Builtins.Temporal;

/// <summary>The iso8601 calendar's date properties (12.3.x CalendarISOToDate), shared by PlainDate, PlainDateTime and ZonedDateTime.</summary>
internal static class CalendarGetters
{
    public static void Define(Realm realm, JsObject proto, Func<JsValue, string, IsoDate> thisDate)
    {
        void Getter(string name, Func<IsoDate, JsValue> read) =>
            realm.DefineGetter(proto, name, (t, _) => read(thisDate(t, name)));
        realm.DefineGetter(proto, "calendarId", (t, _) => { thisDate(t, "calendarId"); return "iso8601"; });
        Getter("era", _ => JsValue.Undefined);
        Getter("eraYear", _ => JsValue.Undefined);
        Getter("year", d => d.Year);
        Getter("month", d => d.Month);
        Getter("monthCode", d => TemporalFormat.MonthCode(d.Month));
        Getter("day", d => d.Day);
        Getter("dayOfWeek", d => DayOfWeek(d));
        Getter("dayOfYear", d => DayOfYear(d));
        Getter("weekOfYear", d => WeekOfYear(d).Week);
        Getter("yearOfWeek", d => WeekOfYear(d).Year);
        Getter("daysInWeek", _ => 7);
        Getter("daysInMonth", d => IsoDate.DaysInMonth(d.Year, d.Month));
        Getter("daysInYear", d => IsoDate.IsLeapYear(d.Year) ? 366 : 365);
        Getter("monthsInYear", _ => 12);
        Getter("inLeapYear", d => IsoDate.IsLeapYear(d.Year));
    }

    /// <summary>1 is Monday, 7 is Sunday (1970-01-01 was a Thursday).</summary>
    public static int DayOfWeek(IsoDate d) => (int)IsoDate.FloorMod(d.EpochDays + 3, 7) + 1;

    public static int DayOfYear(IsoDate d) => (int)(d.EpochDays - IsoDate.ToEpochDays(d.Year, 1, 1)) + 1;

    /// <summary>The ISO 8601 week number and its week-numbering year.</summary>
    public static (int Week, int Year) WeekOfYear(IsoDate d)
    {
        int week = (DayOfYear(d) - DayOfWeek(d) + 10) / 7;
        if (week < 1) return (WeeksInYear(d.Year - 1), d.Year - 1);
        if (week > WeeksInYear(d.Year)) return (1, d.Year + 1);
        return (week, d.Year);
    }

    private static int WeeksInYear(int year)
    {
        int jan1 = DayOfWeek(new IsoDate(year, 1, 1));
        return jan1 == 4 || (jan1 == 3 && IsoDate.IsLeapYear(year)) ? 53 : 52;
    }
}

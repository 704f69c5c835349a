using Eventide.Runtime;

namespace Eventide.Builtins.Temporal;

/// <summary>A Temporal.PlainYearMonth instance (9.4): an ISO date whose day is a reference day.</summary>
internal sealed class JsPlainYearMonth(JsObject prototype, IsoDate date) : JsObject(prototype)
{
    public IsoDate Date { get; } = date;

    // 9.5.x CreateTemporalYearMonth
    public static JsPlainYearMonth Create(Realm realm, IsoDate date) =>
        IsoDate.YearMonthWithinLimits(date.Year, date.Month) ? new JsPlainYearMonth(realm.TemporalPlainYearMonthPrototype, date)
            : throw JsException.RangeError("Year-month is outside the supported range");
}

/// <summary>A Temporal.PlainMonthDay instance (10.4): an ISO date whose year is a reference year.</summary>
internal sealed class JsPlainMonthDay(JsObject prototype, IsoDate date) : JsObject(prototype)
{
    public IsoDate Date { get; } = date;

    // 10.5.x CreateTemporalMonthDay
    public static JsPlainMonthDay Create(Realm realm, IsoDate date) =>
        date.WithinLimits() ? new JsPlainMonthDay(realm.TemporalPlainMonthDayPrototype, date)
            : throw JsException.RangeError("Month-day is outside the supported range");
}

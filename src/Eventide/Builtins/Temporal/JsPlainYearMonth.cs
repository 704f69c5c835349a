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

using Eventide.Runtime;

namespace Eventide.Builtins.Temporal;

/// <summary>A Temporal.PlainMonthDay instance (10.4): an ISO date whose year is a reference year.</summary>
internal sealed class JsPlainMonthDay(JsObject prototype, IsoDate date) : JsObject(prototype)
{
    public IsoDate Date { get; } = date;

    // 10.5.x CreateTemporalMonthDay
    public static JsPlainMonthDay Create(Realm realm, IsoDate date) =>
        date.WithinLimits() ? new JsPlainMonthDay(realm.TemporalPlainMonthDayPrototype, date)
            : throw JsException.RangeError("Month-day is outside the supported range");
}

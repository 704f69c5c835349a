using Eventide.Runtime;

namespace Eventide.Builtins.Temporal;

/// <summary>A Temporal.PlainDate instance (3.4): an ISO date in the iso8601 calendar.</summary>
internal sealed class JsPlainDate(JsObject prototype, IsoDate date) : JsObject(prototype)
{
    public IsoDate Date { get; } = date;

    // 3.5.x CreateTemporalDate (with the intrinsic prototype)
    public static JsPlainDate Create(Realm realm, IsoDate date) =>
        date.WithinLimits() ? new JsPlainDate(realm.TemporalPlainDatePrototype, date) : throw JsException.RangeError("Date is outside the supported range");
}

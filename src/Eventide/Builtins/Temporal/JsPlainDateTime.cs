using Eventide.Runtime;

namespace Eventide.Builtins.Temporal;

/// <summary>A Temporal.PlainDateTime instance (5.4).</summary>
internal sealed class JsPlainDateTime(JsObject prototype, IsoDateTime value) : JsObject(prototype)
{
    public IsoDateTime Value { get; } = value;

    // 5.5.x CreateTemporalDateTime
    public static JsPlainDateTime Create(Realm realm, IsoDateTime value) =>
        value.WithinLimits() ? new JsPlainDateTime(realm.TemporalPlainDateTimePrototype, value) : throw JsException.RangeError("Date-time is outside the supported range");
}

using Eventide.Runtime;

namespace Eventide.Builtins.Temporal;

/// <summary>A Temporal.ZonedDateTime instance (6.4): an exact instant in a time zone (iso8601 calendar).</summary>
internal sealed class JsZonedDateTime(JsObject prototype, Int128 epochNanoseconds, string timeZone) : JsObject(prototype)
{
    public Int128 EpochNanoseconds { get; } = epochNanoseconds;
    public string TimeZone { get; } = timeZone;

    /// <summary>The wall-clock date-time (11.1.x GetISODateTimeFor).</summary>
    public IsoDateTime Local => TimeZones.IsoDateTimeFor(TimeZone, EpochNanoseconds);

    public long OffsetNanoseconds => TimeZones.OffsetNanoseconds(TimeZone, EpochNanoseconds);

    // 6.5.x CreateTemporalZonedDateTime
    public static JsZonedDateTime Create(Realm realm, Int128 ns, string timeZone) =>
        new(realm.TemporalZonedDateTimePrototype, RequireValid(ns), timeZone);

    /// <summary>The validity check of CreateTemporalZonedDateTime, for the places that keep only the slots.</summary>
    public static Int128 RequireValid(Int128 ns) =>
        JsInstant.IsValid(ns) ? ns : throw JsException.RangeError("ZonedDateTime is outside the supported range");
}

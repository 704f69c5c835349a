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

/// <summary>A Temporal.PlainTime instance (4.4).</summary>
internal sealed class JsPlainTime(JsObject prototype, IsoTime time) : JsObject(prototype)
{
    public IsoTime Time { get; } = time;

    public static JsPlainTime Create(Realm realm, IsoTime time) => new(realm.TemporalPlainTimePrototype, time);
}

/// <summary>A Temporal.PlainDateTime instance (5.4).</summary>
internal sealed class JsPlainDateTime(JsObject prototype, IsoDateTime value) : JsObject(prototype)
{
    public IsoDateTime Value { get; } = value;

    // 5.5.x CreateTemporalDateTime
    public static JsPlainDateTime Create(Realm realm, IsoDateTime value) =>
        value.WithinLimits() ? new JsPlainDateTime(realm.TemporalPlainDateTimePrototype, value) : throw JsException.RangeError("Date-time is outside the supported range");
}

/// <summary>5.5.1 ISO Date-Time Records.</summary>
internal readonly record struct IsoDateTime(IsoDate Date, IsoTime Time) : IComparable<IsoDateTime>
{
    public int CompareTo(IsoDateTime other)
    {
        int c = Date.CompareTo(other.Date);
        return c != 0 ? c : Time.CompareTo(other.Time);
    }

    /// <summary>GetUTCEpochNanoseconds: the date-time read as UTC.</summary>
    public Int128 EpochNanoseconds => (Int128)Date.EpochDays * IsoTime.NsPerDay + Time.TotalNanoseconds;

    private static readonly Int128 Limit = (Int128)100_000_001 * IsoTime.NsPerDay;

    // 5.5.x ISODateTimeWithinLimits
    public bool WithinLimits()
    {
        if (Date.Year < -271821 || Date.Year > 275760) return false;
        var ns = EpochNanoseconds;
        return ns > -Limit && ns < Limit;
    }

    public IsoDateTime AddTime(Int128 ns)
    {
        var (days, time) = Time.Add(ns);
        return new IsoDateTime(Date.AddDays(days), time);
    }
}

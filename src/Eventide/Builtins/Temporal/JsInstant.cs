using Eventide.Runtime;

namespace Eventide.Builtins.Temporal;

/// <summary>A Temporal.Instant instance (8.4): exact epoch nanoseconds.</summary>
internal sealed class JsInstant(JsObject prototype, Int128 epochNanoseconds) : JsObject(prototype)
{
    public Int128 EpochNanoseconds { get; } = epochNanoseconds;

    /// <summary>nsMaxInstant: 10^8 days of nanoseconds either side of the epoch.</summary>
    public static readonly Int128 Limit = (Int128)100_000_000 * IsoTime.NsPerDay;

    // 8.5.x IsValidEpochNanoseconds
    public static bool IsValid(Int128 ns) => ns >= -Limit && ns <= Limit;

    // 8.5.x CreateTemporalInstant
    public static JsInstant Create(Realm realm, Int128 ns) =>
        IsValid(ns) ? new JsInstant(realm.TemporalInstantPrototype, ns) : throw JsException.RangeError("Instant is outside the supported range");

    public static Int128 FromBigInteger(System.Numerics.BigInteger value)
    {
        if (System.Numerics.BigInteger.Abs(value) > (System.Numerics.BigInteger)Limit) throw JsException.RangeError("Instant is outside the supported range");
        return (Int128)value;
    }
}

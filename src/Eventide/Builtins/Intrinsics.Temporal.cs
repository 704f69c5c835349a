using Eventide.Builtins.Temporal;
using Eventide.Runtime;

namespace Eventide.Builtins;

internal static partial class Intrinsics
{
    /// <summary>
    /// 1 The Temporal Object: the namespace is made with the realm, each of its types on first use
    /// (<see cref="LazyIntrinsic"/>): they are most of a realm's bytes and few scripts use them.
    /// </summary>
    private static void SetupTemporal(Realm realm)
    {
        var temporal = new JsObject(realm.ObjectPrototype);
        // 1.1.1 Temporal [ %Symbol.toStringTag% ]
        temporal.FastSet(WellKnownSymbols.ToStringTag, "Temporal", PropertyFlags.Configurable);
        realm.TemporalDuration = LazyIntrinsic.Define(temporal, "Duration", () => DurationConstructor.Setup(realm));
        realm.TemporalPlainDate = LazyIntrinsic.Define(temporal, "PlainDate", () => PlainDateConstructor.Setup(realm));
        realm.TemporalPlainTime = LazyIntrinsic.Define(temporal, "PlainTime", () => PlainTimeConstructor.Setup(realm));
        realm.TemporalPlainDateTime = LazyIntrinsic.Define(temporal, "PlainDateTime", () => PlainDateTimeConstructor.Setup(realm));
        realm.TemporalInstant = LazyIntrinsic.Define(temporal, "Instant", () => InstantConstructor.Setup(realm));
        realm.TemporalPlainYearMonth = LazyIntrinsic.Define(temporal, "PlainYearMonth", () => PlainYearMonthConstructor.Setup(realm));
        realm.TemporalPlainMonthDay = LazyIntrinsic.Define(temporal, "PlainMonthDay", () => PlainMonthDayConstructor.Setup(realm));
        realm.TemporalZonedDateTime = LazyIntrinsic.Define(temporal, "ZonedDateTime", () => ZonedDateTimeConstructor.Setup(realm));
        LazyIntrinsic.Define(temporal, "Now", () => NowObject.Setup(realm));
        realm.GlobalObject.FastSet("Temporal", temporal, PropertyFlags.Hidden);
        TemporalObject.DefineDateToTemporalInstant(realm);
    }
}

using Eventide.Runtime;

namespace Eventide.Builtins.Temporal;

/// <summary>2 The Temporal.Now Object: the current instant and wall-clock values from the engine's clock.</summary>
internal static class NowObject
{
    public static JsObject Setup(Realm realm)
    {
        var now = new JsObject(realm.ObjectPrototype);
        var clock = realm.Engine.Clock;
        Int128 Now() => (Int128)clock.UnixNow * 1_000_000;
        string TimeZoneArg(JsValue v) => v.IsUndefined ? TimeZones.SystemTimeZone() : TimeZones.ToIdentifier(v);
        // 2.2.1 Temporal.Now.timeZoneId ( )
        realm.DefineMethod(now, "timeZoneId", 0, (_, _) => TimeZones.SystemTimeZone());
        // 2.2.2 Temporal.Now.instant ( )
        realm.DefineMethod(now, "instant", 0, (_, _) => JsInstant.Create(realm, Now()));
        // 2.2.4 Temporal.Now.zonedDateTimeISO ( [ temporalTimeZoneLike ] )
        realm.DefineMethod(now, "zonedDateTimeISO", 0, (_, args) => JsZonedDateTime.Create(realm, Now(), TimeZoneArg(args.At(0))));
        // 2.2.3 Temporal.Now.plainDateTimeISO ( [ temporalTimeZoneLike ] )
        realm.DefineMethod(now, "plainDateTimeISO", 0, (_, args) =>
            JsPlainDateTime.Create(realm, TimeZones.IsoDateTimeFor(TimeZoneArg(args.At(0)), Now())));
        // 2.2.5 Temporal.Now.plainDateISO ( [ temporalTimeZoneLike ] )
        realm.DefineMethod(now, "plainDateISO", 0, (_, args) =>
            JsPlainDate.Create(realm, TimeZones.IsoDateTimeFor(TimeZoneArg(args.At(0)), Now()).Date));
        // 2.2.6 Temporal.Now.plainTimeISO ( [ temporalTimeZoneLike ] )
        realm.DefineMethod(now, "plainTimeISO", 0, (_, args) =>
            JsPlainTime.Create(realm, TimeZones.IsoDateTimeFor(TimeZoneArg(args.At(0)), Now()).Time));
        TemporalObject.SetToStringTag(now, "Temporal.Now");
        return now;
    }
}

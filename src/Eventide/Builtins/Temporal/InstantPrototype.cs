using System.Numerics;
using Eventide.Runtime;

namespace Eventide.Builtins.Temporal;

/// <summary>8.3 Properties of the Temporal.Instant Prototype Object.</summary>
internal static class InstantPrototype
{
    private static Int128 This(JsValue thisValue, string method) =>
        thisValue.AsObject is JsInstant i ? i.EpochNanoseconds
            : throw JsException.TypeError($"Temporal.Instant.prototype.{method} called on an object that is not a Temporal.Instant");

    public static void Setup(Realm realm, JsObject proto)
    {
        // 8.3.3 get Temporal.Instant.prototype.epochMilliseconds
        realm.DefineGetter(proto, "epochMilliseconds", (t, _) =>
            (double)(BigInteger.Divide((BigInteger)This(t, "epochMilliseconds") - FloorAdjust(This(t, "epochMilliseconds")), 1_000_000)));
        // 8.3.4 get Temporal.Instant.prototype.epochNanoseconds
        realm.DefineGetter(proto, "epochNanoseconds", (t, _) => InstantConstructor.ToBigInt(This(t, "epochNanoseconds")));
        // 8.3.x Temporal.Instant.prototype.add / subtract / until / since
        TemporalObject.DefineArithmetic(realm, proto, This, (v, duration, _, sign) => AddDuration(realm, v, duration, sign),
            (since, v, other, options) => Difference(realm, since, v, other, options));
        // 8.3.x Temporal.Instant.prototype.round ( roundTo )
        realm.DefineMethod(proto, "round", 1, (t, args) =>
        {
            var ns = This(t, "round");
            var (increment, unit, mode) = GetRoundTo(args.At(0));
            return JsInstant.Create(realm, Rounding.RoundAsIfPositive(ns, (Int128)increment * TemporalUnits.Length(unit), mode));
        });
        realm.DefineMethod(proto, "equals", 1, (t, args) =>
        {
            var ns = This(t, "equals");
            return InstantConstructor.ToTemporalInstant(args.At(0)) == ns;
        });
        // 8.3.x Temporal.Instant.prototype.toString ( [ options ] )
        realm.DefineMethod(proto, "toString", 0, (t, args) =>
        {
            var ns = This(t, "toString");
            var options = TemporalOptions.GetOptionsObject(args.At(0));
            var tzValue = JsValue.Undefined;
            var (precision, unit, increment, mode) = TemporalOptions.GetToStringPrecision(options, allowMinute: true,
                () => tzValue = options?.Get("timeZone") ?? JsValue.Undefined);
            string? timeZone = tzValue.IsUndefined ? null : TimeZones.ToIdentifier(tzValue);
            var rounded = Rounding.RoundAsIfPositive(ns, (Int128)increment * TemporalUnits.Length(unit), mode);
            return Format(rounded, timeZone, precision);
        });
        // 8.3.x Temporal.Instant.prototype.toZonedDateTimeISO ( timeZone )
        realm.DefineMethod(proto, "toZonedDateTimeISO", 1, (t, args) =>
        {
            var ns = This(t, "toZonedDateTimeISO");
            return JsZonedDateTime.Create(realm, ns, TimeZones.ToIdentifier(args.At(0)));
        });
        realm.DefineMethod(proto, "toLocaleString", 0, (t, _) => Format(This(t, "toLocaleString"), null, -1));
        realm.DefineMethod(proto, "toJSON", 0, (t, _) => Format(This(t, "toJSON"), null, -1));
        realm.DefineMethod(proto, "valueOf", 0, (_, _) =>
            throw JsException.TypeError("Do not use Temporal.Instant.prototype.valueOf; use toString or compare instead"));
        TemporalObject.SetToStringTag(proto, "Temporal.Instant");
    }

    private static BigInteger FloorAdjust(Int128 ns)
    {
        var rem = ns % 1_000_000;
        return rem < 0 ? (BigInteger)(rem + 1_000_000) : (BigInteger)rem;
    }

    // 8.5.x TemporalInstantToString
    public static string Format(Int128 ns, string? timeZone, int precision)
    {
        var dateTime = TimeZones.IsoDateTimeFor(timeZone ?? "UTC", ns);
        var text = PlainDateTimePrototype.Format(dateTime, precision);
        return text + (timeZone is null ? "Z" : TimeZones.FormatOffsetRounded(TimeZones.OffsetNanoseconds(timeZone, ns)));
    }

    /// <summary>Instant.prototype.round's options: the increment must divide a day.</summary>
    private static (int Increment, TemporalUnit Unit, RoundingMode Mode) GetRoundTo(JsValue roundToValue)
    {
        var roundTo = TemporalOptions.OptionsOrSingleString(roundToValue, "smallestUnit", "round()");
        int increment = TemporalOptions.GetRoundingIncrement(roundTo);
        var mode = TemporalOptions.GetRoundingMode(roundTo, RoundingMode.HalfExpand);
        var unit = TemporalOptions.GetUnit(roundTo, "smallestUnit", required: true);
        TemporalUnits.Validate(unit, UnitGroup.Time, "smallestUnit");
        TemporalOptions.ValidateRoundingIncrement(increment, IsoTime.NsPerDay / TemporalUnits.Length(unit), inclusive: true);
        return (increment, unit, mode);
    }

    // 8.5.x AddDurationToInstant
    private static JsValue AddDuration(Realm realm, Int128 ns, JsValue durationLike, int sign)
    {
        var duration = DurationConstructor.ToTemporalDuration(durationLike);
        if (sign < 0) duration = duration.Negated();
        if (TemporalUnits.IsDateUnit(duration.DefaultLargestUnit()))
            throw JsException.RangeError("Durations added to an Instant cannot have days or larger units");
        return JsInstant.Create(realm, ns + DurationMath.ToInternalWith24HourDays(duration).Time);
    }

    // 8.5.x DifferenceTemporalInstant
    private static JsValue Difference(Realm realm, bool since, Int128 ns, JsValue otherValue, JsValue optionsValue)
    {
        var other = InstantConstructor.ToTemporalInstant(otherValue);
        var options = TemporalOptions.GetOptionsObject(optionsValue);
        var settings = DifferenceSettings.Get(since, options, UnitGroup.Time, TemporalUnit.Nanosecond, TemporalUnit.Second);
        return JsTemporalDuration.FromDifference(realm, since, DifferenceInstant(ns, other, settings), settings.LargestUnit);
    }

    // 8.5.x DifferenceInstant
    public static InternalDuration DifferenceInstant(Int128 ns1, Int128 ns2, in DifferenceSettings settings) =>
        new(default, DurationMath.RoundTimeDuration(ns2 - ns1, settings.Increment, settings.SmallestUnit, settings.Mode));
}

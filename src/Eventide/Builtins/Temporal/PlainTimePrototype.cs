using Eventide.Runtime;

namespace Eventide.Builtins.Temporal;

/// <summary>4.3 Properties of the Temporal.PlainTime Prototype Object.</summary>
internal static class PlainTimePrototype
{
    private static IsoTime This(JsValue thisValue, string method) =>
        thisValue.AsObject is JsPlainTime t ? t.Time
            : throw JsException.TypeError($"Temporal.PlainTime.prototype.{method} called on an object that is not a Temporal.PlainTime");

    public static void Setup(Realm realm, JsObject proto)
    {
        DefineTimeGetters(realm, proto, This);
        // 4.3.x Temporal.PlainTime.prototype.add / subtract / until / since
        TemporalObject.DefineArithmetic(realm, proto, This, (v, duration, _, sign) => AddDuration(realm, v, duration, sign),
            (since, v, other, options) => Difference(realm, since, v, other, options));
        // 4.3.x Temporal.PlainTime.prototype.with ( temporalTimeLike [ , options ] )
        realm.DefineMethod(proto, "with", 1, (t, args) =>
        {
            var time = This(t, "with");
            if (args.At(0).AsObject is not { } like) throw JsException.TypeError("with() requires an object");
            PlainDateConstructor.RejectTemporalLikeObject(like);
            var partial = CalendarFields.Prepare(like, FieldSet.Time, partial: true);
            var overflow = TemporalOptions.GetOverflow(TemporalOptions.GetOptionsObject(args.At(1)));
            return JsPlainTime.Create(realm, CalendarFields.TimeFromFields(PlainTimeConstructor.MergeTimeFields(time, partial), overflow));
        });
        // 4.3.x Temporal.PlainTime.prototype.round ( roundTo )
        realm.DefineMethod(proto, "round", 1, (t, args) =>
        {
            var time = This(t, "round");
            var (increment, unit, mode) = GetRoundTo(args.At(0), TemporalUnit.Hour);
            return JsPlainTime.Create(realm, time.Round(increment, unit, mode).Time);
        });
        // 4.3.x Temporal.PlainTime.prototype.equals ( other )
        realm.DefineMethod(proto, "equals", 1, (t, args) =>
        {
            var time = This(t, "equals");
            return PlainTimeConstructor.ToTemporalTime(args.At(0), JsValue.Undefined) == time;
        });
        // 4.3.x Temporal.PlainTime.prototype.toString ( [ options ] )
        realm.DefineMethod(proto, "toString", 0, (t, args) =>
        {
            var time = This(t, "toString");
            var (precision, unit, increment, mode) = TemporalOptions.GetToStringPrecision(TemporalOptions.GetOptionsObject(args.At(0)), allowMinute: true);
            return time.Round(increment, unit, mode).Time.Format(precision);
        });
        realm.DefineMethod(proto, "toLocaleString", 0, (t, _) => This(t, "toLocaleString").Format(-1));
        realm.DefineMethod(proto, "toJSON", 0, (t, _) => This(t, "toJSON").Format(-1));
        realm.DefineMethod(proto, "valueOf", 0, (_, _) =>
            throw JsException.TypeError("Do not use Temporal.PlainTime.prototype.valueOf; use toString or compare instead"));
        TemporalObject.SetToStringTag(proto, "Temporal.PlainTime");
    }

    private static readonly string[] TimeFieldNames = ["hour", "minute", "second", "millisecond", "microsecond", "nanosecond"];

    /// <summary>hour ... nanosecond getters, shared with PlainDateTime.</summary>
    public static void DefineTimeGetters(Realm realm, JsObject proto, Func<JsValue, string, IsoTime> thisTime)
    {
        for (int i = 0; i < TimeFieldNames.Length; i++)
        {
            int field = i;
            realm.DefineGetter(proto, TimeFieldNames[i], (t, _) =>
            {
                var time = thisTime(t, TimeFieldNames[field]);
                return field switch
                {
                    0 => time.Hour, 1 => time.Minute, 2 => time.Second,
                    3 => time.Millisecond, 4 => time.Microsecond, _ => time.Nanosecond,
                };
            });
        }
    }

    /// <summary>The roundTo argument of round(): a unit string or an options bag (increment, mode, required smallestUnit).</summary>
    public static (int Increment, TemporalUnit Unit, RoundingMode Mode) GetRoundTo(JsValue roundToValue, TemporalUnit largestAllowed)
    {
        var roundTo = TemporalOptions.OptionsOrSingleString(roundToValue, "smallestUnit", "round()");
        int increment = TemporalOptions.GetRoundingIncrement(roundTo);
        var mode = TemporalOptions.GetRoundingMode(roundTo, RoundingMode.HalfExpand);
        var unit = TemporalOptions.GetUnit(roundTo, "smallestUnit", required: true);
        TemporalUnits.Validate(unit, UnitGroup.Time, "smallestUnit", largestAllowed == TemporalUnit.Day ? TemporalUnit.Day : null);
        long maximum = unit == TemporalUnit.Day ? 1 : TemporalUnits.MaximumRoundingIncrement(unit)!.Value;
        TemporalOptions.ValidateRoundingIncrement(increment, maximum, inclusive: unit == TemporalUnit.Day);
        return (increment, unit, mode);
    }

    // 4.5.x AddDurationToTime
    private static JsValue AddDuration(Realm realm, IsoTime time, JsValue durationLike, int sign)
    {
        var duration = DurationConstructor.ToTemporalDuration(durationLike);
        if (sign < 0) duration = duration.Negated();
        return JsPlainTime.Create(realm, time.Add(duration.TimeDuration).Time);
    }

    // 4.5.x DifferenceTemporalPlainTime
    private static JsValue Difference(Realm realm, bool since, IsoTime time, JsValue otherValue, JsValue optionsValue)
    {
        var other = PlainTimeConstructor.ToTemporalTime(otherValue, JsValue.Undefined);
        var options = TemporalOptions.GetOptionsObject(optionsValue);
        var settings = DifferenceSettings.Get(since, options, UnitGroup.Time, TemporalUnit.Nanosecond, TemporalUnit.Hour);
        Int128 diff = other.TotalNanoseconds - time.TotalNanoseconds;
        diff = DurationMath.RoundTimeDuration(diff, settings.Increment, settings.SmallestUnit, settings.Mode);
        return JsTemporalDuration.FromDifference(realm, since, new InternalDuration(default, diff), settings.LargestUnit);
    }
}

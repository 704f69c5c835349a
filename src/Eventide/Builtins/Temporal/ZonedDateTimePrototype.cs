using Eventide.Runtime;

namespace Eventide.Builtins.Temporal;

/// <summary>6.3 Properties of the Temporal.ZonedDateTime Prototype Object (the conversions and string forms so far).</summary>
internal static class ZonedDateTimePrototype
{
    private static readonly string[] OffsetDisplayValues = ["auto", "never"];
    private static readonly string[] TimeZoneNameValues = ["auto", "never", "critical"];

    private static JsZonedDateTime This(JsValue thisValue, string method) =>
        thisValue.AsObject as JsZonedDateTime
            ?? throw JsException.TypeError($"Temporal.ZonedDateTime.prototype.{method} called on an object that is not a Temporal.ZonedDateTime");

    public static void Setup(Realm realm, JsObject proto)
    {
        realm.DefineGetter(proto, "timeZoneId", (t, _) => This(t, "timeZoneId").TimeZone);
        CalendarGetters.Define(realm, proto, (t, m) => This(t, m).Local.Date);
        PlainTimePrototype.DefineTimeGetters(realm, proto, (t, m) => This(t, m).Local.Time);
        realm.DefineGetter(proto, "epochMilliseconds", (t, _) =>
        {
            var ns = This(t, "epochMilliseconds").EpochNanoseconds;
            var ms = ns / 1_000_000;
            return (double)(ns % 1_000_000 < 0 ? ms - 1 : ms);
        });
        realm.DefineGetter(proto, "epochNanoseconds", (t, _) => InstantConstructor.ToBigInt(This(t, "epochNanoseconds").EpochNanoseconds));
        realm.DefineGetter(proto, "offsetNanoseconds", (t, _) => (double)This(t, "offsetNanoseconds").OffsetNanoseconds);
        realm.DefineGetter(proto, "offset", (t, _) => TimeZones.FormatOffsetNanoseconds(This(t, "offset").OffsetNanoseconds));
        // 6.3.x get Temporal.ZonedDateTime.prototype.hoursInDay
        realm.DefineGetter(proto, "hoursInDay", (t, _) =>
        {
            var z = This(t, "hoursInDay");
            var today = z.Local.Date;
            var start = StartOfDay(z.TimeZone, today);
            var end = StartOfDay(z.TimeZone, today.AddDays(1));
            return Rounding.DivideToDouble((System.Numerics.BigInteger)(end - start), 3_600_000_000_000);
        });
        // 6.3.x Temporal.ZonedDateTime.prototype.startOfDay ( )
        realm.DefineMethod(proto, "startOfDay", 0, (t, _) =>
        {
            var z = This(t, "startOfDay");
            return JsZonedDateTime.Create(realm, StartOfDay(z.TimeZone, z.Local.Date), z.TimeZone);
        });
        // 6.3.x Temporal.ZonedDateTime.prototype.add / subtract / until / since
        TemporalObject.DefineArithmetic(realm, proto, This, (v, duration, options, sign) => AddDuration(realm, v, duration, options, sign),
            (since, v, other, options) => ZonedDateTimeDifference.DifferenceTemporalZonedDateTime(realm, since, v, other, options));
        // 6.3.x Temporal.ZonedDateTime.prototype.getTimeZoneTransition ( directionParam )
        realm.DefineMethod(proto, "getTimeZoneTransition", 1, (t, args) =>
        {
            var z = This(t, "getTimeZoneTransition");
            var direction = GetDirectionOption(args.At(0));
            var transition = direction == "next" ? TimeZoneTransitions.Next(z.TimeZone, z.EpochNanoseconds) : TimeZoneTransitions.Previous(z.TimeZone, z.EpochNanoseconds);
            return transition is { } ns ? JsZonedDateTime.Create(realm, ns, z.TimeZone) : JsValue.Null;
        });
        // 6.3.x Temporal.ZonedDateTime.prototype.withPlainTime ( [ plainTimeLike ] )
        realm.DefineMethod(proto, "withPlainTime", 0, (t, args) =>
        {
            var z = This(t, "withPlainTime");
            var date = z.Local.Date;
            if (args.At(0).IsUndefined) return JsZonedDateTime.Create(realm, StartOfDay(z.TimeZone, date), z.TimeZone);
            var local = new IsoDateTime(date, PlainTimeConstructor.ToTemporalTime(args.At(0), JsValue.Undefined));
            return JsZonedDateTime.Create(realm, TimeZones.EpochNanosecondsFor(z.TimeZone, local, "compatible"), z.TimeZone);
        });
        // 6.3.x Temporal.ZonedDateTime.prototype.round ( roundTo )
        realm.DefineMethod(proto, "round", 1, (t, args) =>
        {
            var z = This(t, "round");
            var (increment, unit, mode) = PlainTimePrototype.GetRoundTo(args.At(0), TemporalUnit.Day);
            return JsZonedDateTime.Create(realm, Round(z, increment, unit, mode), z.TimeZone);
        });
        // 6.3.x Temporal.ZonedDateTime.prototype.with ( temporalZonedDateTimeLike [ , options ] )
        realm.DefineMethod(proto, "with", 1, (t, args) =>
        {
            var z = This(t, "with");
            if (args.At(0).AsObject is not { } like) throw JsException.TypeError("with() requires an object");
            PlainDateConstructor.RejectTemporalLikeObject(like);
            var local = z.Local;
            var current = CalendarFields.FromDate(local.Date, FieldSet.Date);
            current.Offset = TimeZones.FormatOffsetNanoseconds(z.OffsetNanoseconds);
            var partial = CalendarFields.Prepare(like, FieldSet.Date | FieldSet.Time | FieldSet.Offset, partial: true);
            var fields = PlainTimeConstructor.MergeTimeFields(local.Time, CalendarFields.Merge(current, partial));
            fields.Offset = partial.Offset ?? current.Offset;
            var (disambiguation, offsetOption, overflow) = ZonedDateTimeConstructor.ReadOptions(args.At(1), "prefer");
            var dateTime = PlainDateTimeConstructor.InterpretFields(fields, overflow);
            long offsetNs = IsoStringParser.ParseOffsetString(fields.Offset!, true)!.Value;
            var ns = ZonedDateTimeConstructor.InterpretOffset(dateTime, "option", offsetNs, z.TimeZone, disambiguation, offsetOption, matchMinutes: false);
            return JsZonedDateTime.Create(realm, ns, z.TimeZone);
        });
        realm.DefineMethod(proto, "withTimeZone", 1, (t, args) =>
        {
            var z = This(t, "withTimeZone");
            return JsZonedDateTime.Create(realm, z.EpochNanoseconds, TimeZones.ToIdentifier(args.At(0)));
        });
        realm.DefineMethod(proto, "withCalendar", 1, (t, args) =>
        {
            var z = This(t, "withCalendar");
            if (args.At(0).IsUndefined) throw JsException.TypeError("withCalendar() requires a calendar");
            CalendarFields.ToCalendarIdentifier(args.At(0));
            return JsZonedDateTime.Create(realm, z.EpochNanoseconds, z.TimeZone);
        });
        realm.DefineMethod(proto, "equals", 1, (t, args) =>
        {
            var z = This(t, "equals");
            var (ns, tz) = ZonedDateTimeConstructor.ToTemporalZonedDateTime(args.At(0), JsValue.Undefined);
            return ns == z.EpochNanoseconds && TimeZones.Equal(tz, z.TimeZone);
        });
        // 6.3.x Temporal.ZonedDateTime.prototype.toString ( [ options ] )
        realm.DefineMethod(proto, "toString", 0, (t, args) =>
        {
            var z = This(t, "toString");
            var options = TemporalOptions.GetOptionsObject(args.At(0));
            var showCalendar = TemporalFormat.GetShowCalendar(options);
            string showOffset = "auto", showTimeZone = "auto";
            int digits = TemporalOptions.GetFractionalSecondDigits(options);
            showOffset = TemporalOptions.GetStringOption(options, "offset", OffsetDisplayValues) ?? "auto";
            var mode = TemporalOptions.GetRoundingMode(options, RoundingMode.Trunc);
            var smallest = TemporalOptions.GetUnit(options, "smallestUnit");
            showTimeZone = TemporalOptions.GetStringOption(options, "timeZoneName", TimeZoneNameValues) ?? "auto";
            TemporalUnits.Validate(smallest, UnitGroup.Time, "smallestUnit");
            if (smallest == TemporalUnit.Hour) throw JsException.RangeError("hour is not a valid value for smallestUnit");
            var (precision, unit, increment) = TemporalOptions.ToSecondsStringPrecision(smallest, digits);
            return Format(z, precision, unit, increment, mode, showCalendar, showTimeZone, showOffset);
        });
        realm.DefineMethod(proto, "toLocaleString", 0, (t, _) => Format(This(t, "toLocaleString"), -1, TemporalUnit.Nanosecond, 1, RoundingMode.Trunc, "auto", "auto", "auto"));
        realm.DefineMethod(proto, "toJSON", 0, (t, _) => Format(This(t, "toJSON"), -1, TemporalUnit.Nanosecond, 1, RoundingMode.Trunc, "auto", "auto", "auto"));
        realm.DefineMethod(proto, "valueOf", 0, (_, _) =>
            throw JsException.TypeError("Do not use Temporal.ZonedDateTime.prototype.valueOf; use toString or compare instead"));
        realm.DefineMethod(proto, "toInstant", 0, (t, _) => JsInstant.Create(realm, This(t, "toInstant").EpochNanoseconds));
        realm.DefineMethod(proto, "toPlainDate", 0, (t, _) => JsPlainDate.Create(realm, This(t, "toPlainDate").Local.Date));
        realm.DefineMethod(proto, "toPlainTime", 0, (t, _) => JsPlainTime.Create(realm, This(t, "toPlainTime").Local.Time));
        realm.DefineMethod(proto, "toPlainDateTime", 0, (t, _) => JsPlainDateTime.Create(realm, This(t, "toPlainDateTime").Local));
        TemporalObject.SetToStringTag(proto, "Temporal.ZonedDateTime");
    }

    private static readonly string[] DirectionValues = ["next", "previous"];

    /// <summary>getTimeZoneTransition's argument: a bare direction string or an options bag (13.x GetDirectionOption).</summary>
    private static string GetDirectionOption(JsValue value)
    {
        var options = TemporalOptions.OptionsOrSingleString(value, "direction", "getTimeZoneTransition()");
        return TemporalOptions.GetStringOption(options, "direction", DirectionValues) ?? throw JsException.RangeError("direction is required");
    }

    // 6.3.x Temporal.ZonedDateTime.prototype.round, the rounding steps
    private static Int128 Round(JsZonedDateTime z, int increment, TemporalUnit unit, RoundingMode mode)
    {
        var local = z.Local;
        if (unit == TemporalUnit.Day)
        {
            var start = StartOfDay(z.TimeZone, local.Date);
            var end = StartOfDay(z.TimeZone, local.Date.AddDays(1));
            return start + Rounding.RoundToIncrement(z.EpochNanoseconds - start, end - start, mode);
        }
        var rounded = PlainDateTimePrototype.RoundIsoDateTime(local, increment, unit, mode);
        return ZonedDateTimeConstructor.InterpretOffset(rounded, "option", z.OffsetNanoseconds, z.TimeZone, "compatible", "prefer", matchMinutes: false);
    }

    // 6.5.x AddDurationToZonedDateTime
    private static JsValue AddDuration(Realm realm, JsZonedDateTime z, JsValue durationLike, JsValue optionsValue, int sign)
    {
        var duration = DurationConstructor.ToTemporalDuration(durationLike);
        if (sign < 0) duration = duration.Negated();
        var overflow = TemporalOptions.GetOverflow(TemporalOptions.GetOptionsObject(optionsValue));
        var internalDuration = DurationMath.ToInternal(duration);
        return JsZonedDateTime.Create(realm, AddZoned(z.EpochNanoseconds, z.TimeZone, internalDuration, overflow), z.TimeZone);
    }

    // 6.5.x AddZonedDateTime: calendar days move the wall clock, the time part moves the instant.
    public static Int128 AddZoned(Int128 ns, string timeZone, InternalDuration d, Overflow overflow)
    {
        if (d.Date.Sign() != 0)
        {
            var local = TimeZones.IsoDateTimeFor(timeZone, ns);
            var intermediate = new IsoDateTime(local.Date.Add(d.Date, overflow), local.Time);
            if (!intermediate.WithinLimits()) throw JsException.RangeError("Date-time is outside the supported range");
            ns = TimeZones.EpochNanosecondsFor(timeZone, intermediate, "compatible");
        }
        var result = ns + d.Time;
        return JsInstant.IsValid(result) ? result : throw JsException.RangeError("ZonedDateTime is outside the supported range");
    }

    // 11.1.x GetStartOfDay
    public static Int128 StartOfDay(string timeZone, IsoDate date)
    {
        var midnight = new IsoDateTime(date, default);
        var possible = TimeZones.PossibleEpochNanoseconds(timeZone, midnight);
        return possible.Count > 0 ? possible[0] : TimeZones.Disambiguate(possible, timeZone, midnight, "later");
    }

    // 6.5.x TemporalZonedDateTimeToString
    private static string Format(JsZonedDateTime z, int precision, TemporalUnit unit, int increment, RoundingMode mode, string showCalendar, string showTimeZone, string showOffset)
    {
        var ns = Rounding.RoundAsIfPositive(z.EpochNanoseconds, (Int128)increment * TemporalUnits.Length(unit), mode);
        var offsetNs = TimeZones.OffsetNanoseconds(z.TimeZone, ns);
        var local = TimeZones.IsoDateTimeFor(z.TimeZone, ns);
        var text = PlainDateTimePrototype.Format(local, precision);
        if (showOffset != "never") text += TimeZones.FormatOffsetRounded(offsetNs);
        if (showTimeZone != "never") text += $"[{(showTimeZone == "critical" ? "!" : "")}{z.TimeZone}]";
        return text + TemporalFormat.CalendarAnnotation(showCalendar);
    }
}
